// Stage "actor spans": which token spans of a sentence name a person, a surname, a country or an
// institution, a place or a title (no resolution yet: that is the actors stage).
#pragma once
#include <set>
#include <vector>

#include "event/phrase_lookup.h"
#include "event/sentence.h"

namespace annalist::event {

/// Longest actor phrases from left to right. Names must be capitalised ("us" is not the United
/// States) or follow a `definite` cue ("the Kremlin"); titles need not be. A surname shared by
/// several people is the one already named in the document (`seen`: people named in full so far).
/// The surname of someone neither named yet nor holding a dated office names nobody ("Phone" of
/// a Phoenix "Aung Phone" in "Talks by Phone"): it makes no span, and `*surname_pending` (when
/// given) is set, since the same words read after a full mention would make one.
std::vector<Span> find_actor_spans(const PhraseLookup& lookup, const std::vector<Token>& toks,
                                   const std::vector<CueHit>& cues, const std::set<int>& seen,
                                   bool* surname_pending = nullptr);

}  // namespace annalist::event
