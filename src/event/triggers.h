// Stage "triggers": the words that report an event, and which of them make mentions. One gathering
// per sentence (the first verbal trigger, upgraded to the noun it governs, else the strongest noun),
// a second one in a coordinated clause with its own subject, a dated gathering named inside a plan,
// and every statement and agreement.
#pragma once
#include <utility>
#include <vector>

#include "event/phrase_lookup.h"
#include "event/sentence.h"

namespace annalist::event {

/// Trigger phrases of the sentence, longest first at each token, not inside an actor name nor a
/// cancellation ("call off").
std::vector<TriggerHit> find_triggers(const PhraseLookup& lookup, const Sentence& s);

/// A trigger whose requirements hold: weak nouns have a complement, host verbs a person as
/// object; not in "the anniversary of", not generic ("the need for dialogue"), not a plain passive.
bool trigger_ok(const Sentence& s, const TriggerHit& th);

/// The triggers that become mentions, and the spans of every predicate of the sentence (whose time
/// expressions are their own).
struct ChosenTriggers {
  std::vector<TriggerHit> chosen;
  std::vector<std::pair<std::size_t, std::size_t>> predicates;
};

/// Chooses among `triggers`; `actors` (resolved at the publication date) tell whether a coordinated
/// clause has a subject of its own.
ChosenTriggers choose_triggers(const Sentence& s, const std::vector<TriggerHit>& triggers,
                               const std::vector<Actor>& actors);

}  // namespace annalist::event
