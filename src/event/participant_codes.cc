// Participant codes: offices first (they run to the present), then the derived CAMEO history.
#include "event/participant_codes.h"

#include "event/lexicon.h"

namespace annalist::event {
namespace {

// The country code a CAMEO code starts with, when it names a state of the dictionary.
std::string country_of_cameo(const Lexicon& lex, const std::string& cameo, const std::string& fallback) {
  if (cameo.size() >= 3 && lex.state_by_code(cameo.substr(0, 3)) >= 0) return cameo.substr(0, 3);
  return fallback;
}

// The state or organisation codes of a country entry, and the CAMEO code it acts under (an
// armed group without a code of its own is of the state its CAMEO code names: LBNREB).
ParticipantCode entity_code(const Lexicon& lex, int ci) {
  const Country& c = lex.countries[ci];
  ParticipantCode out{c.name, c.code.empty() ? country_of_cameo(lex, c.cameo, "") : c.code, c.cameo.empty() ? c.code : c.cameo};
  if (!c.home.empty()) {  // an institution speaks for its state
    const Country& home = lex.countries[lex.country_index(c.home)];
    out.country = home.code;
    if (c.cameo.empty()) out.cameo = (home.cameo.empty() ? home.code : home.cameo) + "GOV";
  }
  return out;
}

}  // namespace

ParticipantCode participant_code(const Lexicon& lex, const std::string& name, std::optional<Day> day) {
  ParticipantCode out{name, "", ""};
  if (int ci = lex.country_index(name); ci >= 0) {
    out = entity_code(lex, ci);
    out.name = name;
    return out;
  }
  int pi = lex.person_index(name);
  if (pi < 0) return out;
  const Person& p = lex.people[pi];
  int home = lex.country_index(p.country);
  ParticipantCode state = home >= 0 ? entity_code(lex, home) : ParticipantCode{};
  out.country = state.country;
  if (day) {
    for (auto& o : p.offices) {
      if (!o.holds(*day)) continue;
      const Country& c = lex.countries[lex.country_index(o.country)];
      ParticipantCode held = entity_code(lex, lex.country_index(o.country));
      out.country = held.country;
      out.cameo = c.organisation ? held.cameo : held.cameo + lex.role_agent(o.role);
      return out;
    }
    for (auto& c : p.cameo)
      if (c.dated() && c.holds(*day)) {
        out.cameo = c.code;
        out.country = country_of_cameo(lex, c.code, state.country);
        return out;
      }
    for (auto& o : p.offices) {
      const Country& c = lex.countries[lex.country_index(o.country)];
      if (!c.organisation && o.to && *o.to <= *day) {
        ParticipantCode held = entity_code(lex, lex.country_index(o.country));
        out.country = held.country;
        out.cameo = held.cameo + "ELI";
        return out;
      }
    }
  }
  for (auto& c : p.cameo)
    if (!c.dated()) {
      out.cameo = c.code;
      out.country = country_of_cameo(lex, c.code, state.country);
      return out;
    }
  out.cameo = state.cameo;
  return out;
}

void fill_participant_codes(const Lexicon& lex, std::vector<Mention>& mentions) {
  for (auto& m : mentions) {
    std::optional<Day> day = m.time.interval ? std::optional<Day>(m.time.interval->first) : m.doc_dct;
    std::vector<ParticipantCode> codes;
    codes.reserve(m.participants.size());
    for (auto& name : m.participants) {
      const ParticipantCode* given = nullptr;
      for (auto& c : m.codes)
        if (c.name == name && (!c.country.empty() || !c.cameo.empty())) given = &c;
      codes.push_back(given ? *given : participant_code(lex, name, day));
    }
    m.codes = std::move(codes);
  }
}

}  // namespace annalist::event
