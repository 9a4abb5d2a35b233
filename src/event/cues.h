// Stage "cues": the cue phrases of a sentence, and whether a cue of a kind stands in its window
// around a trigger (status, time hints, groups, grammar words; kinds in docs/lexicons.md).
#pragma once
#include <string>
#include <vector>

#include "event/phrase_lookup.h"
#include "event/sentence.h"

namespace annalist::event {

/// Every cue phrase of the tokens, ordered by start token, then by file order.
std::vector<CueHit> find_cues(const PhraseLookup& lookup, const std::vector<Token>& toks);
/// The same into `cues` (emptied first, its room kept).
void find_cues(const PhraseLookup& lookup, const std::vector<Token>& toks, std::vector<CueHit>& cues);

/// A cue of `kind` that applies to the trigger [tb, te) of rule `r` within its scope and window
/// (words counted, no clause break between). On success `cue_b` gets the cue's first token and
/// `text` its words.
bool has_cue(const Sentence& s, std::string_view kind, std::size_t tb, std::size_t te, const TriggerRule& r,
             std::size_t* cue_b = nullptr, std::string* text = nullptr);
inline bool has_cue(const Sentence& s, std::string_view kind, const TriggerHit& th, std::size_t* cue_b = nullptr,
                    std::string* text = nullptr) {
  return has_cue(s, kind, th.b, th.e, *th.rule, cue_b, text);
}

/// A `prospective` cue for the gathering noun `th` ("ahead of the summit"), also before an
/// `outcome` noun whose setting the gathering is ("paving the way for a hard-won accord at a
/// summit": the accord is to be made at the summit, so the summit lies ahead as the accord does).
bool has_prospective_cue(const Sentence& s, const TriggerHit& th, std::size_t* cue_b = nullptr,
                         std::string* text = nullptr);

}  // namespace annalist::event
