// Content hashing for idempotent ingest and stable event ids.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace annalist::base {

/// 64-bit FNV-1a of the bytes.
std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t seed = 14695981039346656037ULL);

/// Lower-case hex of a 64-bit value, 16 digits.
std::string hex64(std::uint64_t v);

/// 128-bit content hash as 32 hex digits (two independent FNV-1a streams): collisions between
/// documents of a corpus are negligible at this width.
std::string content_hash(std::string_view bytes);

}  // namespace annalist::base
