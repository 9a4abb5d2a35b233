// Actor resolution: names, surnames, titles through dated offices, unknown people, transcript roles.
#include "event/actors.h"

#include <algorithm>
#include <cctype>

namespace annalist::event {

ActorResolver::ActorResolver(const Lexicon& lex, const DocumentMemory& memory)
    : lex_(lex),
      mem_(memory),
      not_name_(lex.one_word_cues("not-name")),
      title_heads_(lex.title_heads()),
      plural_suffixes_(lex.one_word_cue_list("plural-suffix")),
      particles_(lex.one_word_cues("name-particle")),
      by_surname_(lex.office_holder_surnames()),
      not_name_ids_(lex.one_word_cue_ids("not-name")),
      particle_ids_(lex.one_word_cue_ids("name-particle")) {}

namespace {

// Whether the word of token k is one of `words` (Lexicon::one_word_cues), by its vocabulary id
// (`by_id`, Lexicon::one_word_cue_ids) when the sentence has them: no string built or compared.
// Inline (a name run asks it of every capitalised word); the string look-up stays out of line.
bool word_among_by_text(const Sentence& s, std::size_t k, const std::set<std::string>& words) {
  return words.count(std::string(s.toks[k].norm)) > 0;
}
inline bool word_among(const Sentence& s, std::size_t k, const std::vector<bool>& by_id,
                       const std::set<std::string>& words) {
  if (s.ids.size() != s.toks.size()) return word_among_by_text(s, k, words);
  const Vocabulary::Id id = s.ids[k];
  return id < by_id.size() && by_id[id];
}

}  // namespace

// "leaders", "ministers" are plurals of title words; "minister of foreign affairs" is not. The
// stem keeps at least two letters, so the clitic "'s" is no plural.
bool ActorResolver::plural_title_word(const std::string& w) const {
  for (auto& sfx : plural_suffixes_)
    if (w.size() >= sfx.size() + 2 && w.compare(w.size() - sfx.size(), sfx.size(), sfx) == 0 &&
        title_heads_.count(w.substr(0, w.size() - sfx.size())))
      return true;
  return false;
}

std::string ActorResolver::country_of_person(const std::string& name) const {
  int i = lex_.person_index(name);
  return i >= 0 ? lex_.people[i].country : std::string();
}

std::optional<std::string> ActorResolver::office_holder(const std::string& country, const std::string& role,
                                                        std::optional<Day> when) const {
  if (when) {
    int p = lex_.office_holder(country, role, *when);
    return p >= 0 ? std::optional<std::string>(lex_.people[p].name) : std::nullopt;
  }
  // Without a date only a holder already named in this document is safe.
  for (auto it = mem_.recent.rbegin(); it != mem_.recent.rend(); ++it)
    if (int i = lex_.person_index(it->name); i >= 0)
      for (auto& o : lex_.people[i].offices)
        if (o.country == country && o.role == role) return lex_.people[i].name;
  return std::nullopt;
}

std::vector<std::string> ActorResolver::addressees(std::optional<Day> when) const {
  std::vector<std::string> out;
  for (int p : mem_.dialogue)
    if (p != mem_.speaker) out.push_back(lex_.people[p].name);
  // "President of Russia X: Mr President, welcome to Sochi": the speaker's own delegation, named
  // before, is not spoken to; the other side is a person of another state, else that state's leader.
  const std::string own = mem_.speaker >= 0 ? lex_.people[mem_.speaker].country : std::string();
  if (out.empty() && !own.empty()) {
    for (auto it = mem_.recent.rbegin(); it != mem_.recent.rend() && out.empty(); ++it) {
      std::string c = it->country.empty() ? country_of_person(it->name) : it->country;
      if (!c.empty() && c != own) out.push_back(it->name);
    }
    std::vector<int> others;
    for (int c : mem_.countries)
      if (!lex_.countries[c].organisation && lex_.countries[c].name != own) others.push_back(c);
    if (out.empty() && others.size() == 1 && when)
      for (auto& role : lex_.countries[others[0]].leader_roles)
        if (auto who = office_holder(lex_.countries[others[0]].name, role, when)) {
          out.push_back(*who);
          break;
        }
  }
  if (out.empty())
    for (auto it = mem_.recent.rbegin(); it != mem_.recent.rend(); ++it)
      if (mem_.speaker < 0 || it->name != lex_.people[mem_.speaker].name) {
        out.push_back(it->name);
        break;
      }
  return out;
}

namespace {

// "He met Macron": a pronoun or a modal ("he", "may") is no bare surname.
bool starts_cue(const Sentence& s, std::size_t k) {
  for (const char* kind : {"third-person", "first-person", "second-person", "first-plural", "planned", "verb-context"})
    if (s.cue_at(k, kind)) return true;
  return false;
}

}  // namespace

std::string ActorResolver::home_office(const Title& t) const {
  if (t.generic || t.person_word || mem_.home_state.empty()) return "";
  // The offices tables list every holder of the state's tabled offices: a name they do not know
  // holds no such office there ("visiting President Ana Ruiz" is no president of the dateline's state).
  const int home = lex_.country_index(mem_.home_state);
  std::vector<std::string> roles = {t.id};
  if (t.id == "leader" && home >= 0) roles = lex_.countries[home].leader_roles;
  for (auto& role : roles)
    if (!lex_.office_holders(mem_.home_state, role).empty()) return "";
  return mem_.home_state;
}

ActorResolver::Qualifier ActorResolver::title_qualifier(const Sentence& snt, std::size_t i,
                                                        const std::vector<Actor>& found) const {
  const auto& toks = snt.toks;
  const auto& spans = snt.spans;
  Qualifier q;
  auto state_of_span = [&](const Span& sp) -> std::string {
    if (sp.country >= 0) return lex_.countries[sp.country].name;
    if (sp.place >= 0) return lex_.places[sp.place].country;
    return "";
  };
  auto state_of_actor = [&](const Actor& a) -> std::string {
    if (!a.country.empty()) return a.country;
    auto it = mem_.unknown_countries.find(a.name);
    return it != mem_.unknown_countries.end() ? it->second : country_of_person(a.name);
  };
  auto person_at = [&](std::size_t b, std::size_t e) -> const Actor* {
    for (auto& a : found)
      if (a.person && a.b == b && (e == kNone || a.e == e)) return &a;
    return nullptr;
  };
  // "President of Chile": the state after "of".
  if (i + 1 < spans.size())
    for (auto& c : snt.cues)
      if (c.b == spans[i].e && c.e == spans[i + 1].b && c.rule->kind == "title-of" &&
          !(q.state = state_of_span(spans[i + 1])).empty()) {
        q.span = static_cast<int>(i + 1);
        return q;
      }
  // Words between the qualifier and the title: a portfolio ("Infrastructure") or a modifier
  // ("top", "senior"), at most three, none a function word.
  std::size_t b = spans[i].b, mods = 0;
  bool portfolio = true;  // every word between is capitalised
  auto in_span = [&](std::size_t k) {
    for (auto& sp : spans)
      if (k >= sp.b && k < sp.e) return true;
    return false;
  };
  while (b > 0 && mods < 3) {
    const std::size_t k = b - 1;
    const Token& t = toks[k];
    if (!t.word || t.number || in_span(k) || snt.starts_trigger(k)) break;
    bool function_word = false;
    for (const char* kind : {"possessive", "determiner", "preposition", "coordinator", "title-of", "verb-context",
                             "third-person-possessive", "first-plural-possessive"})
      if (snt.cue_at(k, kind)) function_word = true;
    if (function_word) break;
    if (!t.capitalised) portfolio = false;
    --b;
    ++mods;
  }
  // "Ukraine's ...", "Aliyev's ...": a possessive names the state or the person it serves.
  if (b >= 2 && snt.cue_at(b - 1, "possessive")) {
    for (std::size_t j = 0; j < spans.size(); ++j)
      if (spans[j].e == b - 1 && !(q.state = state_of_span(spans[j])).empty()) {
        q.span = static_cast<int>(j);
        return q;
      }
    for (auto& a : found)
      if (a.person && a.e == b - 1 && !(q.state = state_of_actor(a)).empty()) {
        q.possessor = a.b;
        return q;
      }
  }
  // "Kenyan Energy Minister": a state right before the title or its portfolio.
  if (mods == 0 || portfolio)
    for (std::size_t j = 0; j < spans.size(); ++j)
      if (spans[j].e == b && spans[j].title < 0 && !(q.state = state_of_span(spans[j])).empty()) {
        q.span = static_cast<int>(j);
        return q;
      }
  // "an aide to Ilham Aliyev", "adviser to President Ilham Aliyev": the state of the person served.
  std::size_t e = spans[i].e;
  if (e + 1 < toks.size() && toks[e].norm == "to") {
    std::size_t p = e + 1;
    for (std::size_t j = i + 1; j < spans.size() && spans[j].b == p && spans[j].title >= 0; ++j) p = spans[j].e;
    if (const Actor* a = person_at(p, kNone); a && !(q.state = state_of_actor(*a)).empty()) {
      q.possessor = a->b;
      return q;
    }
  }
  q.state.clear();
  return q;
}

ActorResolver::NameRun ActorResolver::name_run(const Sentence& snt, std::size_t k) const {
  const auto& toks = snt.toks;
  // A surname of someone not named in this document yet ("Smith", "Park") is only a weak alias:
  // it must not hide an unknown person's name ("Chairman Roger Smith").
  auto in_span = [&](std::size_t e) {
    for (auto& s : snt.spans)
      if (e >= s.b && e < s.e &&
          !(s.surname >= 0 && !mem_.seen.count(s.surname) && s.person < 0 && s.country < 0 && s.place < 0 && s.title < 0))
        return true;
    return false;
  };
  auto name_word = [&](std::size_t e) {
    const Token& t = toks[e];
    return t.word && t.capitalised && !t.number && !word_among(snt, e, not_name_ids_, not_name_) &&
           !snt.starts_trigger(e) && !in_span(e);
  };
  auto attached = [&](std::size_t e) { return e > 0 && toks[e].byte_begin == toks[e - 1].byte_end; };
  NameRun run;
  std::size_t e = k, last = k;  // `last`: one past the last capitalised word taken
  while (e < toks.size() && run.words < 5) {
    if (name_word(e)) {
      ++run.words;
      last = ++e;
      continue;
    }
    if (e == k) break;
    // "el-Sisi", "Jean-Pierre": a hyphen joining parts of one name.
    bool hyphen = toks[e].text == "-" && attached(e) && e + 1 < toks.size() && attached(e + 1);
    // "bin Zayed", "von der Leyen": lower-case particles inside a name.
    bool particle = toks[e].word && !toks[e].capitalised && word_among(snt, e, particle_ids_, particles_);
    if (!hyphen && !particle) break;
    ++e;
  }
  run.end = run.words ? last : k;
  return run;
}

std::vector<Actor> ActorResolver::resolve(const Sentence& snt, std::optional<Day> when) const {
  const auto& toks = snt.toks;
  const auto& spans = snt.spans;
  std::vector<Actor> out;
  if (!spans.empty()) out.reserve(spans.size() + 2);  // not grown from one: an actor is large
  std::vector<bool> consumed(spans.size(), false);
  auto person_country = [&](int p) { return lex_.people[p].country; };
  // A country (or a place of one) that a title names with "of": "President of the Arab Republic
  // of Egypt", "Crown Prince of Abu Dhabi". Returns the span index or -1.
  auto of_state = [&](std::size_t i) -> int {
    if (i + 1 >= spans.size() || (spans[i + 1].country < 0 && spans[i + 1].place < 0)) return -1;
    for (auto& c : snt.cues)
      if (c.b == spans[i].e && c.e == spans[i + 1].b && c.rule->kind == "title-of") return static_cast<int>(i + 1);
    return -1;
  };
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    if (s.person >= 0) {
      out.push_back({lex_.people[s.person].name, true, s.b, s.e, person_country(s.person)});
      continue;
    }
    if (s.surname >= 0) {
      if (mem_.seen.count(s.surname)) {
        out.push_back({lex_.people[s.surname].name, true, s.b, s.e, person_country(s.surname)});
      } else if (!(i > 0 && spans[i - 1].title >= 0 && spans[i - 1].e == s.b) && !starts_cue(snt, s.b)) {
        // "Kim met Moon on Saturday": a bare surname is the one person of that name who holds an
        // office of a state the document names, on that date.
        auto who = sitting_with_surname(std::string(toks[s.b].norm), when, "", &mem_.countries);
        if (who.size() == 1 && s.e == s.b + 1)
          out.push_back({lex_.people[who[0]].name, true, s.b, s.e, person_country(who[0])});
      }
      continue;
    }
    if (s.title < 0) continue;
    const Title& t = lex_.titles[s.title];
    // "Mr President": a form of address, handled as "you" in transcripts.
    if (s.b > 0 && snt.cue_at(s.b - 1, "address")) {
      bool name_follows =
          i + 1 < spans.size() && spans[i + 1].b == s.e && (spans[i + 1].person >= 0 || spans[i + 1].surname >= 0);
      if (!name_follows) continue;
    }
    // Title + name: the name decides ("Russian Prime Minister Vladimir Putin").
    if (i + 1 < spans.size() && spans[i + 1].b == s.e &&
        (spans[i + 1].person >= 0 || (spans[i + 1].surname >= 0 && mem_.seen.count(spans[i + 1].surname))))
      continue;
    // "President Castro", "Chairman Kim": a title and the surname of the one person holding that
    // office on that date.
    if (i + 1 < spans.size() && spans[i + 1].b == s.e && spans[i + 1].surname >= 0 && spans[i + 1].e == s.e + 1) {
      auto who = sitting_with_surname(std::string(toks[s.e].norm), when,
                                      t.generic || t.person_word ? "" : t.id, nullptr);
      if (who.size() == 1) {
        out.push_back({lex_.people[who[0]].name, true, s.b, s.e + 1, person_country(who[0])});
        ++i;
        continue;
      }
    }
    // "President of Russia Vladimir Putin": the name after the state decides.
    int state = of_state(i);
    if (state >= 0 && static_cast<std::size_t>(state) + 1 < spans.size() && spans[state + 1].b == spans[state].e &&
        spans[state + 1].person >= 0)
      continue;
    // Title + unknown capitalised words: a person kept as written ("Kremlin aide Pavel Ivanovsky",
    // "President of the Arab Republic of Egypt Abdel Fattah el-Sisi").
    std::size_t name_b = state >= 0 ? spans[state].e : s.e;
    NameRun run = name_run(snt, name_b);
    if (run.words >= 2 || (run.words == 1 && run.end == name_b + 1 &&
                           mem_.unknown_surnames.count(std::string(toks[name_b].norm)))) {
      std::string name = run.words >= 2 ? snt.text(name_b, run.end)
                                        : mem_.unknown_surnames.at(std::string(toks[name_b].norm));
      // The state that qualifies the title ("Ukraine's Infrastructure Minister Ana Ruiz", "Aliyev's
      // aide Ana Ruiz") is hers; the possessor is no participant.
      Qualifier qual = title_qualifier(snt, i, out);
      std::string country = qual.state;
      if (qual.span >= 0) consumed[qual.span] = true;
      if (qual.possessor != kNone)
        out.erase(std::remove_if(out.begin(), out.end(), [&](const Actor& a) { return a.person && a.b == qual.possessor; }),
                  out.end());
      // "Philippine President Ferdinand Marcos": the one holder of the office on that date whose
      // surname ends the name is that person, under the dictionary's name.
      if (run.words >= 2 && !t.generic && !t.person_word) {
        std::set<int> in_state = {lex_.country_index(country)};
        auto who = sitting_with_surname(std::string(toks[run.end - 1].norm), when, t.id,
                                        country.empty() ? nullptr : &in_state);
        if (who.size() == 1) {
          name = lex_.people[who[0]].name;
          if (country.empty()) country = person_country(who[0]);
        }
      }
      // "Prime Minister Ana Ruiz of Peru": the state after the name.
      if (country.empty() && run.end + 1 < toks.size() && (snt.cue_at(run.end, "title-of") || toks[run.end].norm == "from"))
        for (std::size_t j = 0; j < spans.size(); ++j)
          if (spans[j].b > run.end && spans[j].b <= run.end + 2 && spans[j].country >= 0 &&
              !lex_.countries[spans[j].country].organisation) {
            country = lex_.countries[spans[j].country].name;
            consumed[j] = true;
            break;
          }
      // An office of a state, named without one ("opposition leader Ana Ruiz"): the document's state.
      if (country.empty() && lex_.person_index(name) < 0) country = home_office(t);
      out.push_back({name, true, s.b, run.end, country});
      while (i + 1 < spans.size() && spans[i + 1].b < run.end) ++i;  // its surname is part of it
      continue;
    }
    if (t.person_word) continue;
    // "a German defence minister" is anyone in that office, not a particular person.
    {
      std::size_t k = s.b;
      while (k > 0 && (spans[i > 0 ? i - 1 : 0].e == k && i > 0 && spans[i - 1].country >= 0)) k = spans[i - 1].b;
      if (k > 0 && snt.cue_at(k - 1, "indefinite")) continue;
    }
    // Country qualifier: "Chinese president", "Russia's foreign minister", "president of Russia".
    int country = -1;
    std::size_t qual_b = s.b;
    if (i > 0 && spans[i - 1].country >= 0) {
      std::size_t gap = s.b - spans[i - 1].e;
      bool poss = gap == 1 && snt.cue_at(spans[i - 1].e, "possessive");
      if (gap == 0 || poss) {
        country = spans[i - 1].country;
        consumed[i - 1] = true;
        qual_b = spans[i - 1].b;
      }
    }
    if (country < 0 && i + 1 < spans.size() && spans[i + 1].country >= 0) {
      for (auto& c : snt.cues)
        if (c.b == s.e && c.e == spans[i + 1].b && c.rule->kind == "title-of") {
          country = spans[i + 1].country;
          consumed[i + 1] = true;
          break;
        }
    }
    bool plural = plural_title_word(std::string(toks[s.e - 1].norm));
    if (plural) {  // "Russian leaders": the country stands for them
      if (country >= 0) {
        for (std::size_t j = 0; j < spans.size(); ++j)
          if (spans[j].country == country) consumed[j] = false;
      }
      // "our foreign ministers" in a dialogue: the ministers of both its states.
      std::size_t k = s.b;
      while (k > 0 && toks[k - 1].word && !snt.cue_at(k - 1, "first-plural-possessive") && s.b - k < 4) --k;
      if (country < 0 && k > 0 && snt.cue_at(k - 1, "first-plural-possessive") && mem_.speaker >= 0) {
        std::set<std::string> states;
        states.insert(lex_.people[mem_.speaker].country);
        for (auto& o : addressees(when))
          if (int p = lex_.person_index(o); p >= 0) states.insert(lex_.people[p].country);
        for (auto& c : states)
          if (!c.empty()) out.push_back({c, false, k - 1, s.e, c});
      }
      continue;
    }
    std::optional<std::string> who;
    if (country >= 0) {
      const Country& c = lex_.countries[country];
      if (t.generic) {
        for (auto it = mem_.recent.rbegin(); it != mem_.recent.rend(); ++it)
          if (it->country == c.name) {
            who = it->name;
            break;
          }
      } else if (t.id == "leader") {
        for (auto& role : c.leader_roles)
          if ((who = office_holder(c.name, role, when))) break;
      } else if (t.id == "counterpart") {
        // "his Turkish counterpart": the office of the person in view (the last one named before).
        std::string reference = mem_.topic;
        for (auto it = out.rbegin(); it != out.rend(); ++it)
          if (it->person && it->e <= s.b) {
            reference = it->name;
            break;
          }
        // The person of that name, by the name index: names are unique (a second person of a
        // name is an error at load), so no reading of every person.
        if (const int ref = when ? lex_.person_index(reference) : -1; ref >= 0)
          for (auto& o : lex_.people[ref].offices)
            if (o.holds(*when) && !who) who = office_holder(c.name, o.role, when);
      } else {
        who = office_holder(c.name, t.id, when);
      }
      if (who) out.push_back({*who, true, qual_b, s.e, c.name});
    } else if (!t.generic) {
      // "the Prime Minister": a holder of that office already named in this document, else the
      // one holder at that date among the countries the document names ("Downing Street").
      for (auto it = mem_.recent.rbegin(); it != mem_.recent.rend() && !who; ++it)
        if (int i = lex_.person_index(it->name); i >= 0)
          for (auto& o : lex_.people[i].offices)
            if (o.role == t.id && (!when || o.holds(*when))) {
              who = lex_.people[i].name;
              break;
            }
      if (!who && when && t.id != "leader") {
        auto holders_in = [&](const std::set<int>& states) {
          std::set<std::string> holders;
          for (int c : states) {
            const auto& roles = lex_.countries[c].leader_roles;
            if (std::find(roles.begin(), roles.end(), t.id) == roles.end()) continue;  // China's premier is not "the Prime Minister"
            if (auto h = office_holder(lex_.countries[c].name, t.id, when)) holders.insert(*h);
          }
          return holders;
        };
        auto holders = holders_in(mem_.countries);
        // A state seen only through a venue ("the summit in Tirana") yields to the states the
        // text names ("the UK").
        if (holders.size() > 1) holders = holders_in(mem_.named_states);
        if (holders.size() == 1) who = *holders.begin();
      }
      if (who) out.push_back({*who, true, s.b, s.e, ""});
    }
  }
  // The surname of an unknown person introduced earlier ("Ivanovsky" after "aide Pavel Ivanovsky").
  for (std::size_t k = 0; k < toks.size() && !mem_.unknown_surnames.empty(); ++k) {
    if (!toks[k].capitalised || !mem_.unknown_surnames.count(std::string(toks[k].norm))) continue;
    if ((k > 0 && toks[k - 1].capitalised && toks[k - 1].word) ||
        (k + 1 < toks.size() && toks[k + 1].capitalised && toks[k + 1].word))
      continue;
    bool covered = false;
    for (auto& a : out)
      if (k >= a.b && k < a.e) covered = true;
    for (auto& s : spans)
      if (k >= s.b && k < s.e) covered = true;
    if (!covered) out.push_back({mem_.unknown_surnames.at(std::string(toks[k].norm)), true, k, k + 1, ""});
  }
  // Unknown names followed by a speech verb ("Anna Petrova earlier explained"), or by their title
  // ("Jane Roe, deputy foreign minister, told reporters").
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (!toks[k].capitalised || toks[k].number) continue;
    if (k > 0 && toks[k - 1].capitalised && toks[k - 1].word) continue;
    // A run of two name words goes on right after the first: with a capitalised word, a hyphen or
    // a particle (most capitalised words stand alone, and a run costs a test per word).
    if (k + 1 >= toks.size()) continue;
    const Token& next = toks[k + 1];
    if (!next.capitalised && next.text != "-" && !(next.word && word_among(snt, k + 1, particle_ids_, particles_)))
      continue;
    NameRun run = name_run(snt, k);
    std::size_t e = run.end;
    if (run.words < 2) continue;
    // Words of an office, not a name: a run right before a known person's name ("... Security Policy
    // Josep Borrell"), or the portfolio after "title for" ("High Representative for Foreign and
    // Security Policy").
    bool office_words = false;
    for (auto& sp : spans)
      if (sp.b == e && sp.person >= 0) office_words = true;
    std::size_t w = k;
    while (w > 0 && ((toks[w - 1].word && toks[w - 1].capitalised && !toks[w - 1].number) ||
                     snt.cue_at(w - 1, "coordinator") || toks[w - 1].text == "&"))
      --w;
    if (w > 0 && snt.cue_at(w - 1, "portfolio"))
      for (auto& sp : spans)
        if (sp.title >= 0 && sp.e == w - 1) office_words = true;
    if (office_words) continue;
    bool covered = false;
    for (auto& a : out)
      if (a.person && k < a.e && a.b < e) covered = true;
    if (covered) continue;
    // An apposition: ", [a qualifier] title," right after the name, or the name after
    // "title," ("Aliyev's top foreign policy aide, Hikmet Hajiyev,").
    bool apposition = false;
    std::size_t head = kNone;  // the title span of the apposition
    if (k >= 2 && toks[k - 1].text == "," && e < toks.size() && (toks[e].text == "," || snt.cue_at(e, "coordinator")))
      for (std::size_t j = 0; j < spans.size(); ++j) {
        const Span& sp = spans[j];
        // "the chief of Armenia's Security Council, Aram Sargsyan,": the title heads the phrase before.
        if (sp.title < 0 || sp.e > k - 1 || k - 1 - sp.e > 5) continue;
        bool clean = true;
        for (std::size_t q = sp.e; q < k - 1; ++q)
          if (toks[q].text == "," || snt.breaks(q)) clean = false;
        if (clean) {
          apposition = true;
          if (sp.e == k - 1) head = j;
        }
      }
    if (e < toks.size() && toks[e].text == ",")
      for (std::size_t j = 0; j < spans.size(); ++j) {
        const Span& sp = spans[j];
        if (sp.title < 0 || sp.b <= e || sp.b > e + 4 || sp.e >= toks.size()) continue;
        // "Ana Ruiz, an aide to Ilham Aliyev,": the title and the person it serves.
        std::size_t after = sp.e;
        if (toks[after].norm == "to")
          for (auto& a : out)
            if (a.person && a.b > after && a.b <= after + 3 && a.e < toks.size() && toks[a.e].text == ",") after = a.e;
        if (toks[after].text == "," || snt.cue_at(after, "speech")) {
          apposition = true;
          head = j;
        }
      }
    bool speech = false;
    for (std::size_t j = e; j < toks.size() && j <= e + 2; ++j)
      if (snt.cue_at(j, "speech")) speech = true;
    if (!speech && !apposition) continue;
    if (e < toks.size() && word_among(snt, e, not_name_ids_, not_name_)) continue;  // "Acme Inc. said"
    // Only a speaker introduced by a state, an institution or a title is one we follow
    // ("Russian Foreign Ministry spokeswoman Anna Petrova"; "the head of Gazprom, Anna Petrova").
    bool introduced = apposition;
    for (auto& sp : spans)
      if (sp.e <= k && k - sp.e <= 6 && (sp.country >= 0 || sp.title >= 0)) introduced = true;
    if (!introduced) continue;
    // Her state: the one that qualifies the title, else, for an office of a state, the document's.
    std::string country;
    if (head != kNone) {
      Qualifier qual = title_qualifier(snt, head, out);
      country = qual.state;
      if (qual.span >= 0) consumed[qual.span] = true;
      if (qual.possessor != kNone)
        out.erase(std::remove_if(out.begin(), out.end(), [&](const Actor& a) { return a.person && a.b == qual.possessor; }),
                  out.end());
      const Title& t = lex_.titles[spans[head].title];
      if (country.empty()) country = home_office(t);
    }
    out.push_back({snt.text(k, e), true, k, e, country});
  }
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    if (consumed[i] || s.person >= 0 || s.title >= 0) continue;
    if (s.country >= 0) out.push_back({lex_.countries[s.country].name, false, s.b, s.e, lex_.countries[s.country].name});
  }
  // In a transcript, "I" is the speaker, "you" the other party and "we" both.
  if (mem_.speaker >= 0) {
    const Person& sp = lex_.people[mem_.speaker];
    auto others = addressees(when);
    for (auto& c : snt.cues) {
      const std::string& k = c.rule->kind;
      if (k == "first-person" || k == "first-plural") out.push_back({sp.name, true, c.b, c.e, sp.country});
      if (k == "second-person" || k == "first-plural")
        for (auto& o : others) out.push_back({o, true, c.b, c.e, ""});
    }
  } else if (!mem_.authors.empty()) {
    // In a text of known authors ("Joint Statement from X and Y"), "we" is its authors.
    for (auto& c : snt.cues) {
      if (c.rule->kind != "first-plural") continue;
      for (auto& name : mem_.authors) {
        const bool person = lex_.country_index(name) < 0;
        out.push_back({name, person, c.b, c.e, person ? country_of_person(name) : std::string()});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const Actor& a, const Actor& b) { return a.b < b.b; });
  return out;
}

std::vector<int> ActorResolver::sitting_with_surname(const std::string& norm, std::optional<Day> when,
                                                    const std::string& role, const std::set<int>* states) const {
  std::vector<int> out;
  if (!when) return out;
  auto [from, to] = by_surname_.equal_range(norm);
  for (auto it = from; it != to; ++it) {
    const int i = it->second;
    const Person& p = lex_.people[i];
    for (auto& o : p.offices) {
      if (!o.holds(*when) || (!role.empty() && o.role != role)) continue;
      if (states && !states->count(lex_.country_index(o.country))) continue;
      out.push_back(i);
      break;
    }
  }
  return out;
}

std::string home_state(const Lexicon& lex, const std::vector<Sentence>& read, const std::string& text,
                       const std::vector<Timex>& timexes, std::size_t count) {
  const std::size_t n = std::min(count, read.size());
  auto state_of_span = [&](const Span& sp) -> std::string {
    if (sp.place >= 0) return lex.places[sp.place].country;
    if (sp.country >= 0 && sp.country_kind == ActorKind::kCountry && !lex.countries[sp.country].organisation)
      return lex.countries[sp.country].name;
    return "";
  };
  auto timex_at = [&](std::size_t byte) {
    for (auto& t : timexes)
      if (t.byte_begin == byte) return true;
    return false;
  };
  // A dateline opens a line: a place (", its state"), then a dash, "(Agency)", a colon, or ", date".
  for (std::size_t i = 0; i < n && i < 12; ++i) {
    const Sentence& s = read[i];
    const auto& toks = s.toks;
    if (toks.empty() || s.spans.empty() || s.spans[0].b != 0) continue;
    if (toks[0].byte_begin > 0 && text[toks[0].byte_begin - 1] != '\n') continue;
    std::string state = state_of_span(s.spans[0]);
    std::size_t k = s.spans[0].e;
    if (state.empty() || k >= toks.size()) continue;
    if (toks[k].text == "," && s.spans.size() > 1 && s.spans[1].b == k + 1 && !state_of_span(s.spans[1]).empty())
      k = s.spans[1].e;
    if (k >= toks.size()) continue;
    const std::string_view t = toks[k].text;
    bool dash = t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || t == "(" || t == ":";
    bool dated = t == "," && k + 1 < toks.size() && timex_at(toks[k + 1].byte_begin);
    if (dash || dated) return state;
  }
  // Else the state of the first person named in full: a headline's bare surname ("Yoon and
  // Kishida to meet") does not say whose story it is.
  for (bool full : {true, false})
    for (std::size_t i = 0; i < n; ++i)
      for (auto& sp : read[i].spans)
        if (sp.person >= 0 && (!full || sp.e - sp.b >= 2)) {
          int c = lex.country_index(lex.people[sp.person].country);
          if (c >= 0 && !lex.countries[c].organisation) return lex.countries[c].name;
        }
  return "";
}

int speaker_label(const Sentence& snt) {
  // "President of France Emmanuel Macron: Mr Chancellor, ..." -- a label made only of a title, a
  // country and a name, at the start of the sentence or after a "* * *" separator, then a colon.
  const auto& toks = snt.toks;
  const auto& spans = snt.spans;
  // "[Closing Remarks by President LEE Min-ho]": a heading of words by one person.
  if (toks.size() <= 12)
    for (std::size_t i = 0; i < spans.size(); ++i) {
      const Span& s = spans[i];
      if (s.person < 0) continue;
      std::size_t k = s.b;
      if (i > 0 && spans[i - 1].title >= 0 && spans[i - 1].e == k) k = spans[i - 1].b;
      // Every word capitalised, as in a heading, and the name ends the line.
      bool heading = k > 0 && snt.cue_at(k - 1, "agentive");
      for (std::size_t j = 0; heading && j + 1 < k; ++j)
        if (toks[j].word && !std::isupper(static_cast<unsigned char>(toks[j].text[0]))) heading = false;
      for (std::size_t j = s.e; heading && j < toks.size(); ++j)
        if (toks[j].word && !std::isupper(static_cast<unsigned char>(toks[j].text[0]))) heading = false;
      for (std::size_t j = 0; heading && j + 1 < k; ++j)
        if (snt.starts_trigger(j)) return s.person;
    }
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    if (s.person < 0 || s.e >= toks.size()) continue;
    // "ANTHONY ALBANESE, PRIME MINISTER:" -- the name, then its title.
    std::size_t colon = s.e;
    if (toks[colon].text == "," && i + 1 < spans.size() && spans[i + 1].b == colon + 1 && spans[i + 1].title >= 0)
      colon = spans[i + 1].e;
    if (colon >= toks.size() || toks[colon].text != ":") continue;
    std::size_t k = s.b;
    std::size_t j = i;
    while (k > 0) {
      if (snt.cue_at(k - 1, "label-word")) {
        --k;
        continue;
      }
      if (j > 0 && spans[j - 1].e == k) {
        --j;
        k = spans[j].b;
        continue;
      }
      break;
    }
    bool starts = k == 0 || toks[k - 1].text == "*" || toks[k - 1].text == "\xE2\x80\xA2";
    if (starts) return s.person;
  }
  return -1;
}

}  // namespace annalist::event
