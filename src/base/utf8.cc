#include "base/utf8.h"

#include <cstdint>
#include <cstring>

namespace annalist::base {
namespace {
int sequence_length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return c >= 0xC2 ? 2 : 0;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return c <= 0xF4 ? 4 : 0;
  return 0;
}
}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    int n = sequence_length(c);
    if (n == 0 || i + n > s.size()) return i;
    char32_t cp = n == 1 ? c : (c & (0x7F >> n));
    for (int k = 1; k < n; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += n;
  }
  return std::nullopt;
}

namespace {
bool is_lead_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
}  // namespace

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += is_lead_byte(c);
  return n;
}

std::size_t CodePointIndex::to_code_point(std::size_t byte) const {
  const std::size_t b = byte < text_.size() ? byte : text_.size();
  if (b < at_byte_ && b < at_byte_ - b) at_byte_ = at_cp_ = 0;  // nearer the start than the cursor
  // Eight bytes at a time: a continuation byte is 10xxxxxx, its top bit set and the next clear.
  for (; at_byte_ + 8 <= b; at_byte_ += 8) {
    std::uint64_t w;
    std::memcpy(&w, text_.data() + at_byte_, 8);
    const std::uint64_t continuation = w & ~(w << 1) & 0x8080808080808080ULL;
    at_cp_ += 8 - (((continuation >> 7) * 0x0101010101010101ULL) >> 56);
  }
  for (; at_byte_ < b; ++at_byte_) at_cp_ += is_lead_byte(text_[at_byte_]);
  while (at_byte_ > b) at_cp_ -= is_lead_byte(text_[--at_byte_]);
  if (b < text_.size() && !is_lead_byte(text_[b])) return at_cp_ == 0 ? 0 : at_cp_ - 1;
  return at_cp_;
}

std::size_t CodePointIndex::to_byte(std::size_t cp) const {
  if (cp < at_cp_ && cp < at_cp_ - cp) at_byte_ = at_cp_ = 0;  // nearer the start than the cursor
  while (at_cp_ > cp) at_cp_ -= is_lead_byte(text_[--at_byte_]);
  // At most `cp` code points lie before the cursor: the one numbered `cp` starts at or after it.
  for (; at_byte_ < text_.size(); ++at_byte_)
    if (is_lead_byte(text_[at_byte_])) {
      if (at_cp_ == cp) return at_byte_;
      ++at_cp_;
    }
  return text_.size();
}

char32_t decode_utf8(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  int n = sequence_length(c);
  if (n == 0 || i + n > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = n == 1 ? c : (c & (0x7F >> n));
  for (int k = 1; k < n; ++k) {
    auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += n;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t line_of_byte(std::string_view s, std::size_t byte) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < byte && i < s.size(); ++i)
    if (s[i] == '\n') ++line;
  return line;
}

bool is_xml_char(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

std::string xml_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::string enc;
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    std::size_t b = i;
    char32_t cp = decode_utf8(s, i);
    enc.clear();
    append_utf8(enc, cp);
    // Re-encoding tells a well-formed sequence from an invalid, overlong or surrogate one.
    bool ok = is_xml_char(cp) && s.substr(b, i - b) == enc;
    if (ok)
      out += enc;
    else
      out += "\xEF\xBF\xBD";
  }
  return out;
}

}  // namespace annalist::base
