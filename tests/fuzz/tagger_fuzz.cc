// Fuzz target: the temporal tagger on arbitrary valid text, with and without a publication date.
#include <memory>

#include "base/utf8.h"
#include "calendar/timex_value.h"
#include "fuzz_common.h"
#include "timex/tagger.h"
#include "timex/writers.h"

namespace {
const annalist::timex::Tagger& tagger() {
  static auto t = std::make_unique<annalist::timex::Tagger>(
      annalist::timex::Tagger::load(std::string(ANNALIST_SOURCE_DATA_DIR) + "/timex/en"));
  return *t;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  tagger();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > annalist::fuzz::kMaxInput) return 0;
  std::string text = annalist::fuzz::text_of(data, size);
  if (annalist::base::find_invalid_utf8(text)) return 0;  // the loader refuses it before tagging
  auto dct = annalist::calendar::parse_iso_day("2023-02-23");
  for (auto day : {dct, std::optional<annalist::Day>()}) {
    auto timexes = tagger().tag(text, day);
    annalist::Document d;
    d.id = "fuzz";
    d.text = text;
    d.dct.day = day;
    std::string json;
    annalist::timex::append_json(d, timexes, json);
    annalist::timex::to_timeml(d, timexes);
  }
  return 0;
}
