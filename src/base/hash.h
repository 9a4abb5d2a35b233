// Content hashing for idempotent ingest and stable event ids; the word hash of the vocabularies.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace annalist::base {

inline constexpr std::uint64_t kFnvOffsetBasis = 14695981039346656037ULL;
inline constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

/// 64-bit FNV-1a of the bytes.
std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t seed = kFnvOffsetBasis);

/// Lower-case hex of a 64-bit value, 16 digits.
std::string hex64(std::uint64_t v);

/// 128-bit content hash as 32 hex digits (two independent FNV-1a streams): collisions between
/// documents of a corpus are negligible at this width.
std::string content_hash(std::string_view bytes);

/// A fast 64-bit hash of a short key (a word), for the open-addressing vocabularies of the tagger
/// and the phrase index: eight bytes a step, since nearly every word fits in one or two. Inline:
/// it runs once per token of every text.
inline std::uint64_t word_hash(std::string_view s) {
  std::uint64_t h = s.size() * 0x9E3779B97F4A7C15ULL;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  std::uint64_t w = 0;
  for (std::size_t k = 0; i + k < s.size(); ++k) w |= std::uint64_t(static_cast<unsigned char>(s[i + k])) << (8 * k);
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 29);
}

}  // namespace annalist::base
