// Tokeniser for event extraction: words, clitics ('s, 'll, n't), dotted acronyms, punctuation.
#include "event/tokens.h"

#include <array>
#include <cctype>
#include <cstdint>

#include "base/utf8.h"

namespace annalist::event {
namespace {

// The next code point; ASCII (nearly every byte of news text) without a call.
inline char32_t next_char(std::string_view s, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(s[i]);
  if (byte < 0x80) {
    ++i;
    return byte;
  }
  return base::decode_utf8(s, i);
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC'; }

// ASCII letters and digits, by table: the tokenizer asks for nearly every byte of the text.
constexpr std::array<bool, 128> kAsciiWord = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();

bool is_wide_word_char(char32_t c);

// Letters and digits, including non-ASCII letters; typographic punctuation is not a letter.
inline bool is_word_char(char32_t c) { return c < 0x80 ? kAsciiWord[c] : is_wide_word_char(c); }

bool is_wide_word_char(char32_t c) {
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation: dashes, quotes, bullets, …
  if (c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB7 || c == 0xA9 || c == 0xAE) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  return true;
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
  if (c >= 0x100 && c <= 0x17F) return c % 2 == 0;  // Latin Extended-A pairs, upper first
  if (c >= 0x410 && c <= 0x42F) return true;         // Cyrillic capitals
  return false;
}

// Appends the normal form of `s` to `out`, whose room the caller has made (tokenize: three bytes
// per byte of text at most, the replacement character of an invalid byte).
void append_lowered(std::string_view s, std::vector<char>& out) {
  // Plain ASCII (nearly every token) needs no decoding: lowered in one pass.
  std::size_t i = 0;
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) break;
  }
  if (i == s.size()) {
    for (char ch : s) out.push_back(static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch));
    return;
  }
  std::string wide;
  i = 0;
  while (i < s.size()) {
    char32_t c = base::decode_utf8(s, i);
    if (c < 0x80) c = static_cast<char32_t>(std::tolower(static_cast<int>(c)));
    else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 0x20;
    else if (c >= 0x410 && c <= 0x42F) c += 0x20;
    else if (is_apostrophe(c)) c = U'\'';
    base::append_utf8(wide, c);
  }
  out.insert(out.end(), wide.begin(), wide.end());
}

// What the tokenizer needs to know of an ASCII byte, by one table look-up per byte.
enum : std::uint8_t { kOther = 0, kSpace = 1, kLetter = 2, kDigit = 4, kUpper = 8 };
constexpr std::array<std::uint8_t, 128> kAsciiClass = [] {
  std::array<std::uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') t[c] = kSpace;
    if (c >= 'a' && c <= 'z') t[c] = kLetter;
    if (c >= 'A' && c <= 'Z') t[c] = kLetter | kUpper;
    if (c >= '0' && c <= '9') t[c] = kDigit;
  }
  return t;
}();

inline bool ascii_letter(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x80 && (kAsciiClass[u] & kLetter);
}
inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_quote(const Token& t) {
  // " or one of the typographic quotes; compared by length first, as nearly every token is a word.
  // Byte by byte: a string compare costs a library call per token.
  const std::string_view s = t.text;
  if (s.size() == 1) return s[0] == '"';
  if (s.size() == 2) return s[0] == '\xC2' && (s[1] == '\xAB' || s[1] == '\xBB');
  if (s.size() == 3) return s[0] == '\xE2' && s[1] == '\x80' && (s[2] == '\x9C' || s[2] == '\x9D' || s[2] == '\x98');
  return false;
}

Tokens tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  Tokens out;
  tokenize(text, begin, end, out, out.lowered_);
  return out;
}

void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out,
              std::vector<char>& lowered) {
  out.clear();
  out.reserve((end - begin) / 4 + 4);  // about one token per five bytes of news text
  // Room for every lowered form before the first is written: the views into it stay valid. A
  // lowered form is at most three bytes per byte of its text (an invalid byte becomes U+FFFD).
  lowered.clear();
  if (lowered.capacity() < 3 * (end - begin)) lowered.reserve(3 * (end - begin));
  std::size_t i = begin;
  // `plain`: the token is plain ASCII without capitals (most tokens), its text its own normal
  // form; 1 or 0 when the caller saw every byte already, -1 to look here.
  auto push = [&](std::size_t b, std::size_t e, bool word, int plain_known = -1) {
    Token& t = out.emplace_back();
    t.byte_begin = b;
    t.byte_end = e;
    const std::string_view written = text.substr(b, e - b);
    t.text = written;
    t.word = word;
    const auto first = static_cast<unsigned char>(written[0]);
    bool plain = plain_known > 0;
    if (plain_known < 0) {
      plain = true;
      for (char c : written) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (kAsciiClass[u] & kUpper)) {
          plain = false;
          break;
        }
      }
    }
    if (plain) {
      t.norm = written;
    } else {
      const std::size_t from = lowered.size();
      append_lowered(written, lowered);
      t.norm = std::string_view(lowered.data() + from, lowered.size() - from);
    }
    if (!word) return;
    if (first < 0x80) {
      t.capitalised = kAsciiClass[first] & kUpper;
    } else {
      std::size_t k = 0;
      t.capitalised = is_upper(next_char(written, k));
    }
    t.number = ascii_digit(static_cast<char>(first));
    if (t.number)
      for (char c : written)
        if (!ascii_digit(c) && c != ',' && c != '.') t.number = false;
  };
  while (i < end) {
    const std::size_t b = i;
    const auto u = static_cast<unsigned char>(text[i]);
    char32_t c;
    if (u < 0x80) {
      const std::uint8_t cls = kAsciiClass[u];
      if (cls == kSpace) {
        ++i;
        continue;
      }
      ++i;
      c = u;
      if (cls == kOther && c != U'\'') {  // punctuation: a token of one byte
        push(b, i, false);
        continue;
      }
    } else {
      c = base::decode_utf8(text, i);
      if (c == 0xA0) continue;
    }
    if (is_apostrophe(c) && i < end) {
      // Clitics: 's 'll 're 've 'd 'm (a following letter run after an apostrophe at a word end).
      std::size_t k = i;
      while (k < end && ascii_letter(text[k])) ++k;
      // At the very start a clitic is a lexicon phrase ("'ll"); elsewhere it must follow a word.
      const bool after_word = (b == begin) || (!out.empty() && out.back().word && out.back().byte_end == b);
      if (after_word && k > i && k - i <= 2) {
        char l[2] = {0, 0};
        for (std::size_t j = i; j < k; ++j) l[j - i] = static_cast<char>(text[j] | 0x20);  // ASCII letters
        const bool clitic = k - i == 1 ? (l[0] == 's' || l[0] == 'd' || l[0] == 'm')
                                       : ((l[0] == 'l' && l[1] == 'l') || (l[0] == 'r' && l[1] == 'e') ||
                                          (l[0] == 'v' && l[1] == 'e'));
        if (clitic) {
          push(b, k, true);
          i = k;
          continue;
        }
      }
    }
    if (is_word_char(c)) {
      std::size_t e = i;
      // Capitals and wide characters seen on the way (kUpper, 0x80), from the first character on.
      unsigned seen = c < 0x80 ? kAsciiClass[c] & kUpper : 0x80;
      while (e < end) {
        const auto d = static_cast<unsigned char>(text[e]);
        if (d < 0x80) {
          if (kAsciiClass[d] & (kLetter | kDigit)) {
            seen |= kAsciiClass[d];
            ++e;
            continue;
          }
          // Keep "3.5" and "1,000" together.
          if ((d == '.' || d == ',') && e + 1 < end && ascii_digit(text[e - 1]) && ascii_digit(text[e + 1])) {
            e += 2;
            continue;
          }
          break;
        }
        const std::size_t save = e;
        if (is_wide_word_char(base::decode_utf8(text, e))) {
          seen |= 0x80;
          continue;
        }
        e = save;
        break;
      }
      // Dotted acronym: single letters separated by periods ("U.S.", "U.N.").
      if (e - b == 1 && e < end && text[e] == '.' && e + 2 < end && ascii_letter(text[e + 1]) && text[e + 2] == '.') {
        std::size_t f = e;
        while (f + 1 < end && text[f] == '.' && ascii_letter(text[f + 1]) && (f + 2 >= end || !ascii_letter(text[f + 2])))
          f += 2;
        if (f < end && text[f] == '.') ++f;
        push(b, f, true);
        i = f;
        continue;
      }
      // "didn't" -> "did" "n't"
      if (e + 2 < end + 1 && e - b > 1 && (text[e - 1] == 'n' || text[e - 1] == 'N')) {
        std::size_t f = e;
        if (f < end) {
          char32_t a = base::decode_utf8(text, f);
          if (is_apostrophe(a) && f < end && (text[f] == 't' || text[f] == 'T') &&
              (f + 1 >= end || !ascii_letter(text[f + 1]))) {
            push(b, e - 1, true);
            push(e - 1, f + 1, true);
            i = f + 1;
            continue;
          }
        }
      }
      push(b, e, true, (seen & (kUpper | 0x80)) ? 0 : 1);
      i = e;
      continue;
    }
    push(b, i, false);
  }
}

std::vector<std::string> phrase_tokens(std::string_view phrase) {
  std::vector<std::string> out;
  for (auto& t : tokenize(phrase)) out.emplace_back(t.norm);
  return out;
}

}  // namespace annalist::event
