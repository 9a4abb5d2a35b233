// Cross-document merge: mentions of one real event become one Event. Pure, no I/O.
#pragma once
#include <vector>

#include "model/types.h"

namespace annalist::merge {

/// Events from mentions. Deterministic and independent of the input order; event ids are stable
/// for the same set of mentions. Events are sorted by start day, undated last.
std::vector<Event> merge_mentions(std::vector<Mention> mentions);

}  // namespace annalist::merge
