// Fuzz target: tagging then event extraction of arbitrary valid text.
#include <memory>

#include "base/utf8.h"
#include "calendar/timex_value.h"
#include "event/extractor.h"
#include "export/mention_json.h"
#include "fuzz_common.h"
#include "timex/tagger.h"

namespace {
struct Stages {
  annalist::timex::Tagger tagger =
      annalist::timex::Tagger::load(std::string(ANNALIST_SOURCE_DATA_DIR) + "/timex/en");
  annalist::event::Extractor extractor = annalist::event::Extractor::load(ANNALIST_SOURCE_DATA_DIR);
};
const Stages& stages() {
  static auto s = std::make_unique<Stages>();
  return *s;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  stages();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > annalist::fuzz::kMaxInput) return 0;
  annalist::Document d;
  d.id = "fuzz";
  d.path = "fuzz.txt";
  d.text = annalist::fuzz::text_of(data, size);
  if (annalist::base::find_invalid_utf8(d.text)) return 0;  // the loader refuses it before extraction
  d.dct.day = annalist::calendar::parse_iso_day("2023-02-23");
  auto timexes = stages().tagger.tag(d.text, d.dct.day);
  auto mentions = stages().extractor.extract(d, timexes);
  annalist::exporter::mentions_to_json(d, mentions);
  return 0;
}
