// Tokeniser for event extraction: words, clitics ('s, 'll, n't), dotted acronyms, punctuation.
#include "event/tokens.h"

#include <array>
#include <cctype>

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

void lower_into(std::string_view s, std::string& out) {
  // Plain ASCII (nearly every token) needs no decoding: lowered in one pass.
  out.resize(s.size());
  std::size_t i = 0;
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) break;
    out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (i == s.size()) return;
  out.clear();
  i = 0;
  while (i < s.size()) {
    char32_t c = base::decode_utf8(s, i);
    if (c < 0x80) c = static_cast<char32_t>(std::tolower(static_cast<int>(c)));
    else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 0x20;
    else if (c >= 0x410 && c <= 0x42F) c += 0x20;
    else if (is_apostrophe(c)) c = U'\'';
    base::append_utf8(out, c);
  }
}

std::string lower(std::string_view s) {
  std::string out;
  lower_into(s, out);
  return out;
}

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

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Token> out;
  out.reserve((end - begin) / 4 + 4);  // about one token per five bytes of news text
  std::size_t i = begin;
  auto push = [&](std::size_t b, std::size_t e, bool word) {
    Token& t = out.emplace_back();
    t.byte_begin = b;
    t.byte_end = e;
    const std::string_view written = text.substr(b, e - b);
    t.text = written;
    // Plain ASCII without capitals (most tokens): the text is its own normal form.
    bool plain = true;
    for (char c : written)
      if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z')) {
        plain = false;
        break;
      }
    if (plain) {
      t.norm = written;
    } else {
      std::string lowered;
      lower_into(written, lowered);
      t.set_norm(std::move(lowered));
    }
    t.word = word;
    std::size_t k = 0;
    char32_t first = next_char(written, k);
    t.capitalised = word && is_upper(first);
    t.number = word && first >= '0' && first <= '9';
    if (t.number)
      for (char c : written)
        if (!(c >= '0' && c <= '9') && c != ',' && c != '.') t.number = false;
  };
  while (i < end) {
    std::size_t b = i;
    char32_t c = next_char(text, i);
    if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0) continue;
    if (is_apostrophe(c) && i < end) {
      // Clitics: 's 'll 're 've 'd 'm (a following letter run after an apostrophe at a word end).
      std::size_t j = i;
      std::size_t k = j;
      while (k < end) {
        std::size_t save = k;
        char32_t d = base::decode_utf8(text, k);
        if (!(d < 0x80 && std::isalpha(static_cast<int>(d)))) { k = save; break; }
      }
      std::string clitic = lower(text.substr(j, k - j));
      // At the very start a clitic is a lexicon phrase ("'ll"); elsewhere it must follow a word.
      bool after_word = (b == begin) || (!out.empty() && out.back().word && out.back().byte_end == b);
      if (after_word && (clitic == "s" || clitic == "ll" || clitic == "re" || clitic == "ve" ||
                         clitic == "d" || clitic == "m")) {
        push(b, k, true);
        i = k;
        continue;
      }
    }
    if (is_word_char(c)) {
      std::size_t e = i;
      while (e < end) {
        std::size_t save = e;
        char32_t d = next_char(text, e);
        if (is_word_char(d)) continue;
        // Keep "3.5", "1,000" and dotted acronyms "U.S." together.
        if ((d == U'.' || d == U',') && e < end) {
          std::size_t f = e;
          char32_t n = next_char(text, f);
          bool digits = std::isdigit(static_cast<unsigned char>(text[save - 1])) && n < 0x80 &&
                        std::isdigit(static_cast<int>(n));
          if (digits) { e = f; continue; }
        }
        e = save;
        break;
      }
      // Dotted acronym: single letters separated by periods ("U.S.", "U.N.").
      if (e - b == 1 && e < end && text[e] == '.' && e + 2 < end && std::isalpha(static_cast<unsigned char>(text[e + 1])) &&
          text[e + 2] == '.') {
        std::size_t f = e;
        while (f + 1 < end && text[f] == '.' && std::isalpha(static_cast<unsigned char>(text[f + 1])) &&
               (f + 2 >= end || !std::isalpha(static_cast<unsigned char>(text[f + 2]))))
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
              (f + 1 >= end || !std::isalpha(static_cast<unsigned char>(text[f + 1])))) {
            push(b, e - 1, true);
            push(e - 1, f + 1, true);
            i = f + 1;
            continue;
          }
        }
      }
      push(b, e, true);
      i = e;
      continue;
    }
    push(b, i, false);
  }
  return out;
}

std::vector<std::string> phrase_tokens(std::string_view phrase) {
  std::vector<std::string> out;
  for (auto& t : tokenize(phrase)) out.emplace_back(t.norm);
  return out;
}

}  // namespace annalist::event
