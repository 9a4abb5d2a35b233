// JSON strings written by hand, byte for byte as nlohmann::json::dump writes them (ensure_ascii
// off), for the per-document lines of `tag --jsonl` and `extract --jsonl`, where a JSON tree per
// line costs more than the analysis.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/utf8.h"

namespace annalist::base {

/// The most bytes put_json_string writes for `s`: six per byte ("\u00XX") and the two quotes.
constexpr std::size_t json_room(std::string_view s) { return 6 * s.size() + 2; }

/// Writes `s` at `p` as a JSON string (quotes included) and advances `p`: '"', '\\' and the control
/// characters escaped, everything else copied. `p` must have room for json_room(s) bytes. Returns
/// false on invalid UTF-8, leaving a partial write: the caller then leaves the string to nlohmann,
/// which replaces the bad bytes by U+FFFD.
inline bool put_json_string(std::string_view s, char*& p) {
  static const char hex[] = "0123456789abcdef";
  *p++ = '"';
  std::size_t i = 0, run = 0, n = s.size();
  while (i < n) {
    // Eight bytes at a time while none needs a look (most text): a byte below 0x20, '"', '\\' or
    // from 0x80 sets the high bit of its byte in `special`. A borrow can also mark a byte after a
    // marked one, never one before: the lowest mark is the first byte to look at.
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
      const std::uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
      const std::uint64_t special =
          (((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | w) & highs;
      if (special) {
        i += static_cast<std::size_t>(__builtin_ctzll(special)) / 8;  // little-endian: the first byte is the lowest
        break;
      }
      i += 8;
    }
    if (i < n && n - i < 8) {
      // The last bytes as one word too, padded with spaces (which need no look): short strings
      // ("DATE", "Friday") are all tail, and byte by byte they cost more than the rest.
      std::uint64_t w = 0x2020202020202020ULL;
      std::memcpy(&w, s.data() + i, n - i);
      constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
      const std::uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
      const std::uint64_t special =
          (((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | w) & highs;
      i = special ? i + static_cast<std::size_t>(__builtin_ctzll(special)) / 8 : n;
    }
    if (i >= n) break;
#endif
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) { ++i; continue; }
    if (c >= 0x80) {
      std::size_t k = i;
      decode_utf8(s, k);
      std::size_t len = k - i;
      if (find_invalid_utf8(s.substr(i, len))) return false;
      i = k;
      continue;
    }
    std::memcpy(p, s.data() + run, i - run);
    p += i - run;
    *p++ = '\\';
    switch (c) {
      case '"': *p++ = '"'; break;
      case '\\': *p++ = '\\'; break;
      case '\b': *p++ = 'b'; break;
      case '\f': *p++ = 'f'; break;
      case '\n': *p++ = 'n'; break;
      case '\r': *p++ = 'r'; break;
      case '\t': *p++ = 't'; break;
      default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = hex[c >> 4];
        *p++ = hex[c & 15];
    }
    run = ++i;
  }
  std::memcpy(p, s.data() + run, n - run);
  p += n - run;
  *p++ = '"';
  return true;
}

}  // namespace annalist::base
