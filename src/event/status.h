// Stage "status": occurred, planned, cancelled or denied, from the cues around a trigger. Dates
// can still make an occurred report a plan (dating.h).
#pragma once
#include <string>
#include <vector>

#include "event/sentence.h"

namespace annalist::event {

struct StatusReading {
  EventStatus status = EventStatus::kOccurred;
  std::string why = "past or present tense";  ///< the cue that set it
};

/// The status of the trigger's report. Statements are reports of words (occurred); a gathering
/// embedded in another report took place; then denial, cancellation (unless negated: a negated
/// cancellation leaves a plan), plan cues (unless a realis cue makes the infinitive present).
/// A cancellation cue belongs to the nearest gathering trigger of `triggers` (the sentence's).
StatusReading status_of(const Sentence& s, const TriggerHit& th, const std::vector<TriggerHit>& triggers);

/// A noun trigger after a planned report `plan` of the sentence, in its clause, is part of the
/// plan ("need to aim for the conclusion of talks before winter and for a quick signing of the deal").
bool shares_plan(const Sentence& s, const TriggerHit& plan, const TriggerHit& th);

}  // namespace annalist::event
