// Fuzz target: a JSONL corpus through the streaming reader (fast path and nlohmann fallback).
#include <sstream>

#include "doc/loader.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > annalist::fuzz::kMaxInput) return 0;
  std::istringstream in(annalist::fuzz::text_of(data, size));
  annalist::doc::read_jsonl_stream(in, "corpus.jsonl", [](annalist::Document) {}, [](const annalist::InputError&) {});
  return 0;
}
