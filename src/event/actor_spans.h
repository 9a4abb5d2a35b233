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
/// `seen_asked` (when given) gets every person whose membership in `seen` the reading asked about,
/// as SeenAnswer: with the same answers, a reading of the same tokens and cues is the same.
std::vector<Span> find_actor_spans(const PhraseLookup& lookup, const std::vector<Token>& toks,
                                   const std::vector<CueHit>& cues, const std::set<int>& seen,
                                   bool* surname_pending = nullptr, std::vector<int>* seen_asked = nullptr);

/// A person's membership in `seen` as asked: the index when absent, -1 - index when present.
inline int seen_answer(int person, const std::set<int>& seen) { return seen.count(person) ? -1 - person : person; }
/// Whether `seen` gives every answer of `asked` again.
inline bool same_seen_answers(const std::vector<int>& asked, const std::set<int>& seen) {
  for (int a : asked)
    if (seen_answer(a < 0 ? -1 - a : a, seen) != a) return false;
  return true;
}

}  // namespace annalist::event
