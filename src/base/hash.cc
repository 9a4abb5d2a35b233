#include "base/hash.h"

namespace annalist::base {

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

std::string hex64(std::uint64_t v) {
  static const char* digits = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i) {
    s[i] = digits[v & 0xF];
    v >>= 4;
  }
  return s;
}

std::string content_hash(std::string_view bytes) {
  // The two streams of fnv1a64 (default seed, and a seed of the size) in one pass over the bytes.
  std::uint64_t a = kFnvOffsetBasis, b = 0x84222325cbf29ce4ULL ^ bytes.size();
  for (unsigned char c : bytes) {
    a = (a ^ c) * kFnvPrime;
    b = (b ^ c) * kFnvPrime;
  }
  return hex64(a) + hex64(b);
}

}  // namespace annalist::base
