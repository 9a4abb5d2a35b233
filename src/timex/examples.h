// Checks one rule example against a tagger: the shared logic of the corpus test and of rule linting.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"
#include "timex/rule_set.h"
#include "timex/tagger.h"

namespace annalist::timex {

/// An example's text without its extent brackets, and the expected extent in code points.
/// "will meet [Tuesday]" -> text "will meet Tuesday", extent [10, 17); no brackets: the whole text.
struct ExampleText {
  std::string text;
  std::size_t begin = 0, end = 0;
};
ExampleText split_example(const std::string& written);

/// Tags an example. Returns "" and sets `out` when exactly one timex covers the expected extent
/// and no other timex lies inside it; else a message: "no match on ...", "partial match on ...",
/// "N ambiguous parses on ...".
std::string check_example(const Tagger& tagger, const std::string& written, std::optional<Day> dct, Timex* out);

}  // namespace annalist::timex
