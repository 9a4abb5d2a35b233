// Document memory updated after each sentence.
#include "event/document_memory.h"

#include <algorithm>
#include <cctype>

#include "base/strings.h"

namespace annalist::event {

std::string person_country(const Lexicon& lex, const DocumentMemory& mem, const std::string& name) {
  if (int p = lex.person_index(name); p >= 0 && !lex.people[p].country.empty()) return lex.people[p].country;
  auto it = mem.unknown_countries.find(name);
  return it == mem.unknown_countries.end() ? std::string() : it->second;
}

std::string country_or_self(const Lexicon& lex, const DocumentMemory& mem, const std::string& name) {
  std::string c = person_country(lex, mem, name);
  return c.empty() ? name : c;
}

void remember_sentence(const Lexicon& lex, const Sentence& s, const std::vector<Actor>& actors, bool reported,
                       DocumentMemory& mem) {
  for (auto& sp : s.spans)
    if (sp.person >= 0) mem.seen.insert(sp.person);
  for (auto& a : actors) {
    if (!a.person) continue;
    auto same = [&](const Actor& r) { return r.name == a.name && r.country == a.country; };
    mem.recent.erase(std::remove_if(mem.recent.begin(), mem.recent.end(), same), mem.recent.end());
    mem.recent.push_back(a);
    bool known = lex.person_index(a.name) >= 0;
    if (!known) {
      auto parts = base::split(a.name, ' ');
      mem.unknown_surnames[base::to_lower_ascii(parts.back())] = a.name;
      if (!a.country.empty()) mem.unknown_countries[a.name] = a.country;
    }
  }
  // "Kremlin spokesman Dmitry Peskov", "the White House's press secretary, Jane Roe": the institution,
  // its title words (and a possessive or comma), the person. The institution may only qualify the
  // title (it is then no actor of its own), so spans are read.
  for (auto& inst : s.spans) {
    if (inst.country < 0 || inst.person >= 0 || inst.title >= 0 || !lex.countries[inst.country].organisation) continue;
    for (auto& who : actors) {
      if (!who.person || who.b < inst.e || who.b - inst.e > 4) continue;
      bool titled = false, other = false;
      for (std::size_t k = inst.e; k < who.e && k < s.toks.size(); ++k) {
        bool in_title = false, in_person = k >= who.b;
        for (auto& sp : s.spans)
          if (sp.title >= 0 && k >= sp.b && k < sp.e) in_title = true;
        if (in_title) titled = true;
        else if (!in_person && !s.cue_at(k, "possessive") && s.toks[k].text != ",") other = true;
      }
      if (titled && !other) mem.voice_of[who.name] = lex.countries[inst.country].name;
      break;
    }
  }
  for (auto& a : actors)
    if (a.person) {
      mem.topic = a.name;
      break;
    }
  for (std::size_t i = 0; i + 1 < actors.size() && !reported; ++i) {
    const Actor& a = actors[i];
    if (!a.person || !s.cue_at(a.e, "coordinator")) continue;
    const Actor* b = nullptr;  // the next person; a state named with his title may stand between
    for (std::size_t j = i + 1; j < actors.size() && !b; ++j)
      if (actors[j].person) b = &actors[j];
    if (!b || b->b <= a.e) continue;
    // "X and Y", also with the second's title or state between ("X and Kosovo Prime Minister Y").
    bool titled = b->b - (a.e + 1) <= 4;
    for (std::size_t k = a.e + 1; k < b->b && titled; ++k) {
      bool in_span = false;
      for (auto& sp : s.spans)
        if (k >= sp.b && k < sp.e) in_span = true;
      const std::string_view w = s.toks[k].text;
      if (!in_span && !(s.toks[k].word && !w.empty() && std::isupper(static_cast<unsigned char>(w[0])))) titled = false;
    }
    if (titled) mem.group = {a.name, b->name};
  }
}

}  // namespace annalist::event
