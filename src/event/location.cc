// Location of a trigger.
#include "event/location.h"

#include <algorithm>

namespace annalist::event {

LocationReading find_location(const Lexicon& lex, const Sentence& s, const TriggerHit& th, std::size_t cb,
                              std::size_t ce) {
  const TriggerRule& r = *th.rule;
  const bool gathering = is_gathering(r.type);
  LocationReading loc;
  // "visited Moscow": the object of a visit verb is where it happened.
  if (r.type == EventType::kVisit && r.verb)
    for (auto& sp : s.spans)
      if (sp.b == th.e && (sp.place >= 0 || (sp.country >= 0 && sp.country_kind != ActorKind::kDemonym &&
                                             !lex.countries[sp.country].organisation))) {
        loc.b = sp.b;
        loc.e = sp.e;
        loc.name = sp.place >= 0 ? lex.places[sp.place].name : lex.countries[sp.country].name;
      }
  for (auto& c : s.cues) {
    if (c.rule->kind != "location" || loc.b == th.e) continue;
    if (c.rule->applies == "gathering" && !gathering) continue;
    for (auto& sp : s.spans) {
      // "in the Belgian capital": the capital of the state the demonym names is the place.
      if (sp.b == c.e + 1 && s.cue_at(c.e, "definite") && sp.country >= 0 && sp.place < 0 && sp.e < s.toks.size() &&
          s.cue_at(sp.e, "capital-noun") && !lex.countries[sp.country].capital.empty() && sp.b >= cb && sp.e < ce &&
          loc.b == kNone) {
        loc.b = sp.b;
        loc.e = sp.e + 1;
        loc.name = lex.countries[sp.country].capital;
        continue;
      }
      if (sp.b != c.e || sp.b < cb || sp.e > ce) continue;
      if (sp.place < 0 && (sp.country < 0 || sp.country_kind == ActorKind::kDemonym)) continue;
      if (sp.place < 0 && sp.country >= 0 && lex.countries[sp.country].organisation) continue;
      std::size_t dist = sp.b >= th.e ? sp.b - th.e : th.b - std::min(th.b, sp.e);
      if (loc.b != kNone) {
        std::size_t old = loc.b >= th.e ? loc.b - th.e : th.b - std::min(th.b, loc.e);
        if (old <= dist) continue;
      }
      loc.b = sp.b;
      loc.e = sp.e;
      loc.name = sp.place >= 0 ? lex.places[sp.place].name : lex.countries[sp.country].name;
    }
  }
  // "the Ufa talks", "a Lima summit": a city right before a gathering noun, after a determiner,
  // names where it was held. A state there names a party ("the Russia-Africa summit"), not a place.
  if (gathering && !r.verb && loc.b == kNone)
    for (auto& sp : s.spans)
      if (sp.e == th.b && sp.place >= 0 && sp.b > 0 && s.cue_at(sp.b - 1, "determiner")) {
        loc.b = sp.b;
        loc.e = sp.e;
        loc.name = lex.places[sp.place].name;
        loc.names_gathering = true;
      }
  return loc;
}

}  // namespace annalist::event
