// Fuzz target: manifest CSV text (quotes, separators, BOM, bad rows reported one by one).
#include "doc/manifest.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > annalist::fuzz::kMaxInput) return 0;
  try {
    auto m = annalist::doc::Manifest::parse(annalist::fuzz::text_of(data, size), "manifest.csv",
                                            [](const annalist::InputError&) {});
    m.find("a.txt");
  } catch (const annalist::InputError&) {  // no usable header: the whole file is refused
  }
  return 0;
}
