// Phase two of tagging: each recognised expression gets its anchor -- the publication date (DCT)
// or the time the story has reached -- and its value.
#pragma once
#include <optional>
#include <vector>

#include "model/types.h"
#include "timex/value_builder.h"

namespace annalist::timex {

/// How the story's time was set, for `--explain` and the tests.
struct AnchorStats {
  bool history = false;  ///< the document was read as a history
};

/// Resolves `drafts` (in text order, non-overlapping) against the publication date and the time
/// the story has reached, in place; returns the timexes. Without a DCT day, an inferred interval
/// (`dct.inferred`) resolves what is relative to it to the range of its possible values, anchor
/// "inferred". `lines`: how many lines the text has (1: a text of one line, which has no lede; a
/// larger number may stand for any more). A draft whose value does not exist ("Feb. 30") is left
/// out: `kept`, when given, receives for each draft its index in the result or -1.
std::vector<Timex> anchor_drafts(std::vector<Draft>& drafts, const Dct& dct, int lines,
                                 const AnchorPolicy& policy, std::vector<int>* kept = nullptr,
                                 AnchorStats* stats = nullptr);

}  // namespace annalist::timex
