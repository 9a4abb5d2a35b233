// Tokenizer of the timex engine: language-blind, one pass, no allocation beyond the reused buffer.
#include "timex/tokenizer.h"

#include <cstdint>
#include <cstring>

#include "base/utf8.h"
#include "timex/rule_set.h"

namespace annalist::timex {
namespace {

enum class CharClass { kSpace, kNewline, kLetter, kDigit, kPunct };

inline bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Non-ASCII code points are letters except the spaces, punctuation and symbols that news text
// uses between words (no-break space, typographic quotes and dashes, ellipsis...).
CharClass classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n') return CharClass::kNewline;
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v') return CharClass::kSpace;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if (is_ascii_letter(static_cast<unsigned char>(cp))) return CharClass::kLetter;
    return CharClass::kPunct;
  }
  if (cp == 0xA0 || cp == 0x2028 || cp == 0x2029 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) ||
      cp == 0x202F || cp == 0x205F || cp == 0xFEFF)
    return CharClass::kSpace;
  if ((cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x206F) ||
      (cp >= 0x3001 && cp <= 0x303F) || cp == 0xFFFD || (cp >= 0x20A0 && cp <= 0x20CF))
    return CharClass::kPunct;
  return CharClass::kLetter;
}

// ASCII fold of typographic punctuation, so that data files can be written in plain ASCII.
char32_t fold_punct(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: return '\'';
    case 0x201C: case 0x201D: case 0x201F: case 0x2033: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return '-';
    default: return cp;
  }
}

// Classes of the ASCII bytes, so that the hot loop tests one table entry per byte.
enum : std::uint8_t { kA_Space, kA_Newline, kA_Letter, kA_Digit, kA_Punct, kA_Other };
struct AsciiTable {
  std::uint8_t cls[128];
  constexpr AsciiTable() : cls() {
    for (int c = 0; c < 128; ++c) {
      if (c == '\n') cls[c] = kA_Newline;
      else if (c == ' ' || c == '\t' || c == '\r') cls[c] = kA_Space;
      else if (c == '\f' || c == '\v') cls[c] = kA_Other;  // spaces, through classify()
      else if (c >= '0' && c <= '9') cls[c] = kA_Digit;
      else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') cls[c] = kA_Letter;
      else cls[c] = kA_Punct;
    }
  }
};
constexpr AsciiTable kAscii;

}  // namespace

void tokenize(std::string_view text, TokenBuffer& out, const Vocabulary* vocab, const std::uint8_t* start_flags) {
  out.tokens.clear();
  out.starts.clear();
  out.line_starts.clear();
  bool ascii = true;
  // Each key is written at its token's offset (folding only shortens it), through a pointer into
  // a buffer sized once; eight-byte stores past a key land where later keys are written.
  if (out.keys.size() < text.size() + 16) out.keys.resize(text.size() + 16);
  char* kp = out.keys.data();
  const char* tp = text.data();
  std::size_t kl = 0;  // end of the key being written
  std::size_t i = 0, n = text.size();
  // At most one token per byte: the starts are written through a pointer into room that only
  // grows (zeroing room for every byte of every text cost more than the list), then copied out.
  int* starts = nullptr;
  std::size_t ns = 0;
  const Vocabulary::Table table = vocab ? vocab->table() : Vocabulary::Table{};
  if (start_flags) {
    if (out.start_room.size() < n + 1) out.start_room.resize(n + 1);
    starts = out.start_room.data();
  }
  bool space = true;
  int newlines = 0;
  while (i < n) {
    auto c = static_cast<unsigned char>(tp[i]);
    std::uint8_t a = c < 0x80 ? kAscii.cls[c] : static_cast<std::uint8_t>(kA_Other);
    // ASCII fast path.
    if (a == kA_Space) { space = true; ++i; continue; }
    if (a == kA_Newline) { space = true; if (newlines < 2) ++newlines; ++i; continue; }
    std::size_t start = i;
    CharClass cls;
    char32_t cp = c;
    switch (a) {
      case kA_Letter: cls = CharClass::kLetter; ++i; break;
      case kA_Digit: cls = CharClass::kDigit; ++i; break;
      case kA_Punct: cls = CharClass::kPunct; ++i; break;
      default:
        if (c < 0x80) {
          ++i;
        } else {
          cp = base::decode_utf8(text, i);
          ascii = false;
        }
        cls = classify(cp);
    }
    if (cls == CharClass::kSpace) { space = true; continue; }
    if (cls == CharClass::kNewline) { space = true; if (newlines < 2) ++newlines; continue; }
    out.tokens.emplace_back();
    Token& t = out.tokens.back();
    t.begin = static_cast<std::uint32_t>(start);
    kl = start;
    t.space_before = space;
    t.newlines_before = static_cast<std::uint8_t>(newlines);
    if (newlines > 0 && out.tokens.size() > 1) out.line_starts.push_back(static_cast<int>(out.tokens.size() - 1));
    space = false;
    newlines = 0;
    if (cls == CharClass::kDigit) {
      t.kind = TokenKind::kNumber;
      std::uint64_t v = 0;
      std::size_t j = start;
      while (j < n && tp[j] >= '0' && tp[j] <= '9') {
        if (v < 1000000000ULL) v = v * 10 + (tp[j] - '0');
        ++j;
      }
      t.number = static_cast<std::uint32_t>(v > 1000000000ULL ? 1000000000ULL : v);
      t.digits = static_cast<std::uint8_t>(j - start > 254 ? 254 : j - start);
      // "2082.1" and "1,700" are one number, never a year or a day: digits = 255 keeps them out
      // of every #dN class and range.
      bool grouped = false;
      while (j + 1 < n && (tp[j] == '.' || tp[j] == ',') && tp[j + 1] >= '0' && tp[j + 1] <= '9') {
        j += 1;
        while (j < n && tp[j] >= '0' && tp[j] <= '9') ++j;
        grouped = true;
      }
      if (grouped) t.digits = 255;
      std::memcpy(kp + kl, tp + start, j - start);
      kl += j - start;
      i = j;
    } else if (cls == CharClass::kLetter) {
      t.kind = TokenKind::kWord;
      t.capitalized = c >= 'A' && c <= 'Z';
      std::size_t j = start;
      // One pass: ASCII letters are folded as they are copied; other letters are copied as they are.
      while (j < n) {
        auto d = static_cast<unsigned char>(tp[j]);
        if (d < 0x80) {
          if (kAscii.cls[d] != kA_Letter) break;
          // Eight bytes at a time: fold them all, keep the run of letters at the front (the key
          // buffer has room for the bytes written past it).
          if (j + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, tp + j, 8);
            constexpr std::uint64_t k01 = 0x0101010101010101ULL, k80 = 0x8080808080808080ULL;
            std::uint64_t x = w | (k01 * 0x20);
            // Letter bytes: ASCII, and 'a' <= (b | 0x20) <= 'z'.
            std::uint64_t letters = (x + k01 * (0x80 - 'a')) & ~(x + k01 * (0x80 - 'z' - 1)) & ~w & k80;
            if (w & k80) letters &= ~(w & k80) & ((w & k80) - 1) & k80;  // stop before non-ASCII
            std::memcpy(kp + kl, &x, 8);
            std::size_t run = letters == k80 ? 8 : static_cast<std::size_t>(__builtin_ctzll(~letters & k80)) / 8;
            kl += run;
            j += run;
            // A run cut short by an ASCII byte ends the word (a non-ASCII one may be a letter).
            if (run < 8 && static_cast<unsigned char>(tp[j]) < 0x80) break;
            continue;
          }
          kp[kl++] = static_cast<char>(d | 0x20);
          ++j;
        } else {
          ascii = false;
          std::size_t k = j;
          char32_t q = base::decode_utf8(text, k);
          if (classify(q) != CharClass::kLetter) break;
          std::memcpy(kp + kl, tp + j, k - j);
          kl += k - j;
          j = k;
        }
      }
      i = j;
    } else {
      t.kind = TokenKind::kPunct;
      char32_t f = fold_punct(cp);
      if (f < 0x80) {
        kp[kl++] = static_cast<char>(f);
      } else {
        std::memcpy(kp + kl, tp + start, i - start);
        kl += i - start;
      }
    }
    t.end = static_cast<std::uint32_t>(i);
    // Only folded punctuation is shorter than its token (a typographic quote: one byte of three).
    const std::size_t key_len = kl - start;
    if (key_len != i - start) t.key_len = static_cast<std::uint8_t>(key_len);
    int id = table.find(kp + start, key_len);
    t.id = id;
    if (start_flags) {
      // Written always, counted when it may start a match: whether a word is in the vocabulary
      // is a coin toss a branch would mispredict.
      bool may = (start_flags[id < 0 ? 0 : id] & 1 & (id >= 0)) | (t.kind == TokenKind::kNumber);
      starts[ns] = static_cast<int>(out.tokens.size() - 1);
      ns += may;
    }
  }
  if (start_flags) out.starts.assign(starts, starts + ns);
  out.ascii = ascii;
}

}  // namespace annalist::timex
