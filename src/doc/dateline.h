// Publication date from a dateline or byline in the text ("02/23/2023 / By …", "Published: …").
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "model/types.h"

namespace annalist::doc {

/// The publication date a dateline or byline gives, or nullopt. `timexes` are the text's temporal
/// expressions tagged without a DCT (so only absolute dates carry a day). A full date counts when
/// it stands in one of the first or last lines of the text and the line is a dateline: it starts
/// with the date, or a short place name or label ("MOSCOW,", "Published:") precedes it, or the
/// date fills most of a short line.
std::optional<Day> dateline_dct(std::string_view text, const std::vector<Timex>& timexes);

}  // namespace annalist::doc
