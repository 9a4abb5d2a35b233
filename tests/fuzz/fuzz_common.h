// Shared by the libFuzzer targets: the input as a string, and the data folder the build knows.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace annalist::fuzz {

inline std::string text_of(const uint8_t* data, size_t size) { return std::string(reinterpret_cast<const char*>(data), size); }

// Inputs larger than this only slow the search down: every reader is line- or record-based.
constexpr size_t kMaxInput = 64 * 1024;

}  // namespace annalist::fuzz
