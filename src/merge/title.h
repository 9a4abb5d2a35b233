// Short human titles for merged events ("Xi–Putin video call", "Wang visit to Moscow").
#pragma once
#include <string>
#include <string_view>

#include "merge/merge.h"
#include "model/types.h"

namespace annalist::merge {

/// The name a title uses for an actor: the family name of a person ("Vladimir Putin" → "Putin",
/// "Xi Jinping" → "Xi" when "xi" is written first, "Ursula von der Leyen" → "von der Leyen" with the
/// particle "von"); countries and organisations are kept whole ("United States", "NATO").
std::string short_name(std::string_view canonical, const NameShapes& shapes);

/// True when a canonical name looks like a country, an organisation or an institution rather than
/// a person: one word ("China", "NATO") or one of the shapes' institution words (States, Ministry).
bool looks_like_institution(std::string_view canonical, const NameShapes& shapes);

/// Title of a merged event from its type, status, participants, location and mention triggers;
/// `actor`, when set, tells people from institutions and gives their short names.
std::string event_title(const Event& event, const ActorLookup& actor, const NameShapes& shapes);

}  // namespace annalist::merge
