// Sentence splitting of news text: abbreviations, initials, decimals, quotes, list items, headlines.
#include "doc/sentences.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>

namespace annalist::doc {
namespace {

// Words that end with a period without ending the sentence. Lower-case, without the period.
constexpr std::array<std::string_view, 47> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt",
    "cmdr", "adm", "sgt", "st", "mt", "jr", "sr", "rev", "hon", "pres", "amb", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs",
    "inc", "corp", "co", "ltd", "approx", "est", "e.g", "i.e", "cf", "al"};
// Abbreviations only before a number ("No. 5", "Vol. 2"); elsewhere "no." ends a sentence.
constexpr std::array<std::string_view, 6> kNumberAbbreviations = {"no", "nos", "vol", "pp", "fig", "art"};

// Bytes that may end a sentence: . ! ? and the lead byte of "…" (E2 80 A6).
constexpr std::array<bool, 256> kMayEnd = [] {
  std::array<bool, 256> t{};
  t['.'] = t['!'] = t['?'] = t[0xE2] = true;
  return t;
}();

// The first byte of text[i, e) that may end a sentence (kMayEnd), else e. Eight bytes at a time: one
// word is tested for the four bytes at once (a zero byte of the word xor the wanted byte; the
// lowest one found is exact), as nearly every byte of news text is none of them.
std::size_t next_may_end(std::string_view text, std::size_t i, std::size_t e) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  auto zero_bytes = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  for (; i + 8 <= e; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    const std::uint64_t hit = zero_bytes(w ^ (kOnes * '.')) | zero_bytes(w ^ (kOnes * '!')) |
                              zero_bytes(w ^ (kOnes * '?')) | zero_bytes(w ^ (kOnes * 0xE2));
    if (hit) return i + (__builtin_ctzll(hit) >> 3);
  }
#endif
  while (i < e && !kMayEnd[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool is_abbreviation(std::string_view word) {
  std::string w;
  for (char c : word) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto a : kAbbreviations)
    if (w == a) return true;
  // Initials and dotted acronyms: "W", "U.S", "U.N" (the final period is the one being tested).
  if (w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0]))) return true;
  if (w.size() >= 3 && w.find('.') != std::string::npos) {
    for (std::size_t i = 0; i < w.size(); ++i) {
      bool letter = std::isalpha(static_cast<unsigned char>(w[i]));
      if ((i % 2 == 0) != letter) return false;
      if (i % 2 == 1 && w[i] != '.') return false;
    }
    return true;
  }
  return false;
}

// Closing quotes and brackets that may follow a sentence-final mark: ' " ) ] ’ ” »
std::size_t closer_len(std::string_view t, std::size_t i) {
  if (i >= t.size()) return 0;
  unsigned char c = t[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (t.compare(i, 3, "\xE2\x80\x99") == 0 || t.compare(i, 3, "\xE2\x80\x9D") == 0) return 3;
  if (t.compare(i, 2, "\xC2\xBB") == 0) return 2;
  return 0;
}

// Can a sentence start at t[i]? Upper-case letter, digit, opening quote/bracket, bullet or non-ASCII letter.
bool can_start(std::string_view t, std::size_t i) {
  if (i >= t.size()) return false;
  unsigned char c = t[i];
  if (std::isupper(c) || std::isdigit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if (c >= 0x80) {
    // Lower-case Latin letters with accents start with C3 A0..C3 BF; treat the rest as possible starts.
    if (c == 0xC3 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) >= 0x9F) return false;
    return true;
  }
  return false;
}

bool is_bullet_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && is_space(line[i])) ++i;
  std::string_view s = line.substr(i);
  if (s.empty()) return false;
  if (s[0] == '-' || s[0] == '*' || s.compare(0, 3, "\xE2\x80\xA2") == 0 || s.compare(0, 3, "\xE2\x80\x93") == 0)
    return true;
  std::size_t d = 0;
  while (d < s.size() && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  return d > 0 && d < 4 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ';
}

bool ends_terminal(std::string_view line) {
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  while (!line.empty()) {
    std::size_t n = 0;
    if (line.size() >= 3 && (line.substr(line.size() - 3) == "\xE2\x80\x99" || line.substr(line.size() - 3) == "\xE2\x80\x9D")) n = 3;
    else if (line.back() == '"' || line.back() == '\'' || line.back() == ')') n = 1;
    if (!n) break;
    line.remove_suffix(n);
  }
  if (line.empty()) return false;
  char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\xA6");
}

bool starts_lower(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && is_space(line[i])) ++i;
  return i < line.size() && std::islower(static_cast<unsigned char>(line[i]));
}

void push_trimmed(std::string_view text, std::size_t b, std::size_t e, std::vector<SentenceSpan>& out) {
  while (b < e && (is_space(text[b]) || text[b] == '\n')) ++b;
  while (e > b && (is_space(text[e - 1]) || text[e - 1] == '\n')) --e;
  if (b < e) out.push_back({b, e});
}

// Splits one block (no hard break inside) at sentence-final punctuation.
void split_block(std::string_view text, std::size_t b, std::size_t e, std::vector<SentenceSpan>& out) {
  std::size_t start = b;
  for (std::size_t i = b; i < e; ++i) {
    i = next_may_end(text, i, e);  // nearly every byte is none of the marks
    if (i >= e) break;
    char c = text[i];
    bool ellipsis = c == '\xE2' && text.compare(i, 3, "\xE2\x80\xA6") == 0;
    if (c == '\xE2' && !ellipsis) continue;
    std::size_t j = i + (ellipsis ? 3 : 1);
    while (j < e && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
    while (std::size_t n = closer_len(text, j)) j += n;
    if (j >= e) break;
    if (!is_space(static_cast<unsigned char>(text[j])) && text[j] != '\n') {  // 3.5, U.S.-led
      // "... amid differences.Today, ...": a space lost after a full stop, between a lower-case
      // word of three letters or more and a capitalised word.
      bool lost_space = c == '.' && !ellipsis && j == i + 1 && j + 1 < e &&
                        std::isupper(static_cast<unsigned char>(text[j])) &&
                        std::islower(static_cast<unsigned char>(text[j + 1]));
      std::size_t w = i;
      while (lost_space && w > b && std::islower(static_cast<unsigned char>(text[w - 1]))) --w;
      if (!lost_space || i - w < 3 || (w > b && (std::isalnum(static_cast<unsigned char>(text[w - 1])) || text[w - 1] == '.' || text[w - 1] == '/'))) continue;
      push_trimmed(text, start, j, out);
      start = j;
      i = j - 1;
      continue;
    }
    std::size_t k = j;
    while (k < e && (is_space(static_cast<unsigned char>(text[k])) || text[k] == '\n')) ++k;
    if (k >= e || !can_start(text, k)) continue;
    if (c == '.' && !ellipsis) {
      std::size_t w = i;
      while (w > b && (std::isalpha(static_cast<unsigned char>(text[w - 1])) || text[w - 1] == '.')) --w;
      std::string_view word = text.substr(w, i - w);
      if (!word.empty() && is_abbreviation(word)) continue;
      std::string lw;
      for (char ch : word) lw += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      bool number_next = std::isdigit(static_cast<unsigned char>(text[k]));
      for (auto a : kNumberAbbreviations)
        if (lw == a && number_next) word = {};
      if (word.empty() && i > w) continue;
      // "1. First item": a number opening the block is a list marker.
      std::size_t d = i;
      while (d > b && std::isdigit(static_cast<unsigned char>(text[d - 1]))) --d;
      if (d < i) {
        std::size_t q = d;
        while (q > start && is_space(static_cast<unsigned char>(text[q - 1]))) --q;
        if (q == start) continue;
      }
    }
    push_trimmed(text, start, j, out);
    start = j;
    i = j - 1;
  }
  push_trimmed(text, start, e, out);
}

}  // namespace

std::vector<SentenceSpan> split_sentences(std::string_view text) {
  std::vector<SentenceSpan> out;
  // Lines; a block ends at a blank line, or at a single newline unless the line looks hard-wrapped
  // (no terminal punctuation and the next line starts in lower case), or before/after a list item.
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  std::size_t p = 0;
  while (p <= text.size()) {
    std::size_t nl = text.find('\n', p);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back({p, nl});
    p = nl + 1;
  }
  std::size_t block_b = std::string_view::npos, block_e = 0;
  auto flush = [&] {
    if (block_b != std::string_view::npos) split_block(text, block_b, block_e, out);
    block_b = std::string_view::npos;
  };
  for (std::size_t li = 0; li < lines.size(); ++li) {
    auto [lb, le] = lines[li];
    std::string_view line = text.substr(lb, le - lb);
    bool blank = true;
    for (char c : line)
      if (!is_space(static_cast<unsigned char>(c))) {
        blank = false;  // the first other byte decides: no need to read the rest of the line
        break;
      }
    if (blank) { flush(); continue; }
    if (block_b != std::string_view::npos) {
      std::string_view prev = text.substr(block_b, block_e - block_b);
      std::size_t last_nl = prev.rfind('\n');
      std::string_view prev_line = last_nl == std::string_view::npos ? prev : prev.substr(last_nl + 1);
      bool wrapped = !ends_terminal(prev_line) && starts_lower(line) && !is_bullet_line(line);
      if (!wrapped) flush();
    }
    if (block_b == std::string_view::npos) block_b = lb;
    block_e = le;
  }
  flush();
  return out;
}

}  // namespace annalist::doc
