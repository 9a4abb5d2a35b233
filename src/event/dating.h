// Stage "dating": when a reported event happened. The time expression of the trigger's clause,
// else the publication date for the article's news, else undated; then what the status says about
// the date (a plan lies ahead; a date after publication makes a report a plan). This is where
// "when" is decided.
#pragma once
#include <optional>

#include "event/document_memory.h"
#include "event/triggers.h"

namespace annalist::event {

/// Sets `m.time` for the trigger `th`, and moves `m.status` to planned when the date lies after
/// publication. `m.status` must already hold the cue status (status.h).
void date_mention(const Sentence& s, const TriggerHit& th, const ChosenTriggers& chosen, std::optional<Day> dct,
                  const DocumentMemory& mem, Mention& m, std::optional<DayInterval> inferred = std::nullopt);

/// The time of the trigger [th.b, th.e) alone (no status rules): the nearest date expression of its
/// clause, else publication for the document's news (`lead`), else undated. `tx_used` gets the
/// index into s.timexes of the expression used, or kNone. Without a DCT, `inferred` is the interval
/// the text bounds the publication date to: the news is dated by it, basis `inferred`, as are
/// expressions the tagger resolved against it (anchor "inferred").
EventTime time_of(const Sentence& s, const TriggerHit& th, const ChosenTriggers& chosen, std::optional<Day> dct,
                  bool lead, bool earlier, std::size_t* tx_used, std::optional<DayInterval> inferred = std::nullopt);

}  // namespace annalist::event
