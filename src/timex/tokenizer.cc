// Tokenizer of the timex engine: language-blind, one pass, no allocation beyond the reused buffer.
#include "timex/tokenizer.h"

#include <cstring>

#include "base/utf8.h"

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

}  // namespace

void tokenize(std::string_view text, TokenBuffer& out) {
  out.tokens.clear();
  // Keys are never longer than the text (folding only shortens), so they are written through a
  // pointer into a buffer sized once.
  out.keys.resize(text.size());
  char* kp = out.keys.data();
  std::size_t kl = 0;
  std::size_t i = 0, n = text.size();
  bool space = true;
  int newlines = 0;
  while (i < n) {
    auto c = static_cast<unsigned char>(text[i]);
    // ASCII fast path.
    if (c < 0x80) {
      if (c == ' ' || c == '\t' || c == '\r') { space = true; ++i; continue; }
      if (c == '\n') { space = true; if (newlines < 2) ++newlines; ++i; continue; }
    }
    std::size_t start = i;
    char32_t cp = c < 0x80 ? char32_t(c) : base::decode_utf8(text, i);
    if (c < 0x80) ++i;
    CharClass cls = classify(cp);
    if (cls == CharClass::kSpace) { space = true; continue; }
    if (cls == CharClass::kNewline) { space = true; if (newlines < 2) ++newlines; continue; }
    Token t;
    t.begin = static_cast<std::uint32_t>(start);
    t.key_begin = static_cast<std::uint32_t>(kl);
    t.space_before = space;
    t.newlines_before = static_cast<std::uint8_t>(newlines);
    space = false;
    newlines = 0;
    if (cls == CharClass::kDigit) {
      t.kind = TokenKind::kNumber;
      std::uint64_t v = 0;
      std::size_t j = start;
      while (j < n && text[j] >= '0' && text[j] <= '9') {
        if (v < 1000000000ULL) v = v * 10 + (text[j] - '0');
        ++j;
      }
      t.number = static_cast<std::uint32_t>(v > 1000000000ULL ? 1000000000ULL : v);
      t.digits = static_cast<std::uint8_t>(j - start > 254 ? 254 : j - start);
      // "2082.1" and "1,700" are one number, never a year or a day: digits = 255 keeps them out
      // of every #dN class and range.
      bool grouped = false;
      while (j + 1 < n && (text[j] == '.' || text[j] == ',') && text[j + 1] >= '0' && text[j + 1] <= '9') {
        j += 1;
        while (j < n && text[j] >= '0' && text[j] <= '9') ++j;
        grouped = true;
      }
      if (grouped) t.digits = 255;
      std::memcpy(kp + kl, text.data() + start, j - start);
      kl += j - start;
      i = j;
    } else if (cls == CharClass::kLetter) {
      t.kind = TokenKind::kWord;
      t.capitalized = c >= 'A' && c <= 'Z';
      std::size_t j = start;
      while (j < n) {
        auto d = static_cast<unsigned char>(text[j]);
        if (d < 0x80) {
          // Run of ASCII letters, folded in one append.
          std::size_t k = j;
          while (k < n && is_ascii_letter(static_cast<unsigned char>(text[k]))) ++k;
          if (k == j) break;
          for (std::size_t q = j; q < k; ++q) kp[kl++] = static_cast<char>(text[q] | 0x20);
          j = k;
        } else {
          std::size_t k = j;
          char32_t q = base::decode_utf8(text, k);
          if (classify(q) != CharClass::kLetter) break;
          std::memcpy(kp + kl, text.data() + j, k - j);
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
        std::memcpy(kp + kl, text.data() + start, i - start);
        kl += i - start;
      }
    }
    t.end = static_cast<std::uint32_t>(i);
    t.key_len = static_cast<std::uint32_t>(kl - t.key_begin);
    out.tokens.push_back(t);
  }
  out.keys.resize(kl);
}

}  // namespace annalist::timex
