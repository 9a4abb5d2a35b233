// Country and CAMEO actor codes of participants, looked up in the actor dictionaries by date.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::event {

class Lexicon;

/// The codes of a canonical participant name on `day` (the event's first day, else the
/// publication date; without one, the codes that need no date):
///   * a country or organisation: its `code` and `cameo` (an institution acts for its state:
///     the Kremlin is RUS / RUSGOV);
///   * a person in an office that day: the office's state and that state's CAMEO code with the
///     role's agent (RUSGOV), or the organisation's codes (IGOUNO);
///   * else a dated `cameo` line of the person that holds that day; a former office holder is
///     the state's elite (RUSELI); else the person's undated `cameo`, else the bare state code.
/// An unknown name gets empty codes.
ParticipantCode participant_code(const Lexicon& lex, const std::string& name, std::optional<Day> day);

/// Fills `codes` of every mention: one per participant, in participant order. A code the
/// extractor already set for a participant (an unknown person recognised by title and demonym)
/// is kept as it is.
void fill_participant_codes(const Lexicon& lex, std::vector<Mention>& mentions);

}  // namespace annalist::event
