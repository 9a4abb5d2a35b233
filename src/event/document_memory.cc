// Document memory updated after each sentence.
#include "event/document_memory.h"

#include <algorithm>

#include "base/strings.h"

namespace annalist::event {

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
  for (auto& a : actors)
    if (a.person) {
      mem.topic = a.name;
      break;
    }
  for (std::size_t i = 0; i + 1 < actors.size() && !reported; ++i) {
    const Actor& a = actors[i];
    const Actor& b = actors[i + 1];
    if (a.person && b.person && b.b == a.e + 1 && s.cue_at(a.e, "coordinator")) mem.group = {a.name, b.name};
  }
}

}  // namespace annalist::event
