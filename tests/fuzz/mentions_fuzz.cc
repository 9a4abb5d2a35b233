// Fuzz target: one mention JSON line of `annalist extract` as `ingest --mentions` reads it.
#include "base/errors.h"
#include "export/mention_json.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > annalist::fuzz::kMaxInput) return 0;
  try {
    auto line = annalist::exporter::mentions_from_json(annalist::fuzz::text_of(data, size), "m.jsonl", 1);
    // What was read must write back.
    annalist::exporter::mentions_to_json(line.doc, line.mentions);
  } catch (const annalist::InputError&) {
  }
  return 0;
}
