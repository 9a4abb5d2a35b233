// Actor resolution: names, surnames, titles through dated offices, unknown people, transcript roles.
#include "event/actors.h"

#include <algorithm>

namespace annalist::event {

ActorResolver::ActorResolver(const Lexicon& lex, const DocumentMemory& memory) : lex_(lex), mem_(memory) {
  for (auto& c : lex_.cues) {
    if (c.kind == "not-name")
      for (auto& ph : c.phrases)
        if (ph.size() == 1) not_name_.insert(ph[0]);
    if (c.kind == "plural-suffix")
      for (auto& ph : c.phrases)
        if (ph.size() == 1) plural_suffixes_.push_back(ph[0]);
  }
  for (auto& t : lex_.titles)
    for (auto& ph : t.phrases)
      if (!ph.empty()) title_heads_.insert(ph.back());
}

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
  for (auto& p : lex_.people)
    if (p.name == name) return p.country;
  return std::string();
}

std::optional<std::string> ActorResolver::office_holder(const std::string& country, const std::string& role,
                                                        std::optional<Day> when) const {
  if (when) {
    for (auto& p : lex_.people)
      for (auto& o : p.offices)
        if (o.country == country && o.role == role && o.holds(*when)) return p.name;
    return std::nullopt;
  }
  // Without a date only a holder already named in this document is safe.
  for (auto it = mem_.recent.rbegin(); it != mem_.recent.rend(); ++it)
    for (auto& p : lex_.people)
      if (p.name == it->name)
        for (auto& o : p.offices)
          if (o.country == country && o.role == role) return p.name;
  return std::nullopt;
}

std::vector<std::string> ActorResolver::addressees() const {
  std::vector<std::string> out;
  for (int p : mem_.dialogue)
    if (p != mem_.speaker) out.push_back(lex_.people[p].name);
  if (out.empty())
    for (auto it = mem_.recent.rbegin(); it != mem_.recent.rend(); ++it)
      if (mem_.speaker < 0 || it->name != lex_.people[mem_.speaker].name) {
        out.push_back(it->name);
        break;
      }
  return out;
}

std::vector<Actor> ActorResolver::resolve(const Sentence& snt, std::optional<Day> when) const {
  const auto& toks = snt.toks;
  const auto& spans = snt.spans;
  std::vector<Actor> out;
  std::vector<bool> consumed(spans.size(), false);
  auto person_country = [&](int p) { return lex_.people[p].country; };
  // A surname of someone not named in this document yet ("Smith", "Park") is only a weak alias:
  // it must not hide an unknown person's name ("Chairman Roger Smith").
  auto unseen_surname_only = [&](const Span& sp) {
    return sp.surname >= 0 && !mem_.seen.count(sp.surname) && sp.person < 0 && sp.country < 0 && sp.place < 0 &&
           sp.title < 0;
  };
  auto name_run = [&](std::size_t k) {
    // Capitalised words not in the lexicon: a person's name ("Pavel Ivanovsky"), but not "The
    // Lisbon" or "Acme Holdings" (words listed as `not-name` cues).
    std::size_t e = k;
    while (e < toks.size() && e - k < 4 && toks[e].word && toks[e].capitalised && !toks[e].number &&
           !not_name_.count(toks[e].norm)) {
      bool in_span = false;
      for (auto& s : spans)
        if (e >= s.b && e < s.e && !unseen_surname_only(s)) in_span = true;
      if (in_span) break;
      ++e;
    }
    return e;
  };
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    if (s.person >= 0) {
      out.push_back({lex_.people[s.person].name, true, s.b, s.e, person_country(s.person)});
      continue;
    }
    if (s.surname >= 0) {
      if (mem_.seen.count(s.surname))
        out.push_back({lex_.people[s.surname].name, true, s.b, s.e, person_country(s.surname)});
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
    // Title + unknown capitalised words: a person kept as written ("Kremlin aide Pavel Ivanovsky").
    std::size_t e = name_run(s.e);
    if (e - s.e >= 2 || (e - s.e == 1 && mem_.unknown_surnames.count(toks[s.e].norm))) {
      std::string name;
      for (std::size_t k = s.e; k < e; ++k) name += (k > s.e ? " " : "") + toks[k].text;
      if (e - s.e == 1) name = mem_.unknown_surnames.at(toks[s.e].norm);
      std::string country;
      if (i > 0 && spans[i - 1].e == s.b && spans[i - 1].country >= 0) {
        country = lex_.countries[spans[i - 1].country].name;
        consumed[i - 1] = true;
      }
      out.push_back({name, true, s.b, e, country});
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
    bool plural = plural_title_word(toks[s.e - 1].norm);
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
        for (auto& o : addressees())
          for (auto& p : lex_.people)
            if (p.name == o) states.insert(p.country);
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
      } else {
        who = office_holder(c.name, t.id, when);
      }
      if (who) out.push_back({*who, true, qual_b, s.e, c.name});
    } else if (!t.generic) {
      // "the Prime Minister": a holder of that office already named in this document, else the
      // one holder at that date among the countries the document names ("Downing Street").
      for (auto it = mem_.recent.rbegin(); it != mem_.recent.rend() && !who; ++it)
        for (auto& p : lex_.people)
          if (p.name == it->name)
            for (auto& o : p.offices)
              if (o.role == t.id && (!when || o.holds(*when))) {
                who = p.name;
                break;
              }
      if (!who && when && t.id != "leader") {
        std::set<std::string> holders;
        for (int c : mem_.countries) {
          const auto& roles = lex_.countries[c].leader_roles;
          if (std::find(roles.begin(), roles.end(), t.id) == roles.end()) continue;  // China's premier is not "the Prime Minister"
          if (auto h = office_holder(lex_.countries[c].name, t.id, when)) holders.insert(*h);
        }
        if (holders.size() == 1) who = *holders.begin();
      }
      if (who) out.push_back({*who, true, s.b, s.e, ""});
    }
  }
  // The surname of an unknown person introduced earlier ("Ivanovsky" after "aide Pavel Ivanovsky").
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (!toks[k].capitalised || !mem_.unknown_surnames.count(toks[k].norm)) continue;
    if ((k > 0 && toks[k - 1].capitalised && toks[k - 1].word) ||
        (k + 1 < toks.size() && toks[k + 1].capitalised && toks[k + 1].word))
      continue;
    bool covered = false;
    for (auto& a : out)
      if (k >= a.b && k < a.e) covered = true;
    for (auto& s : spans)
      if (k >= s.b && k < s.e) covered = true;
    if (!covered) out.push_back({mem_.unknown_surnames.at(toks[k].norm), true, k, k + 1, ""});
  }
  // Unknown names followed by a speech verb ("Anna Petrova earlier explained").
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (!toks[k].capitalised || toks[k].number) continue;
    if (k > 0 && toks[k - 1].capitalised && toks[k - 1].word) continue;
    std::size_t e = name_run(k);
    if (e - k < 2) continue;
    bool covered = false;
    for (auto& a : out)
      if (a.person && k >= a.b && k < a.e) covered = true;
    if (covered) continue;
    bool speech = false;
    for (std::size_t j = e; j < toks.size() && j <= e + 2; ++j)
      if (snt.cue_at(j, "speech")) speech = true;
    if (!speech) continue;
    if (e < toks.size() && not_name_.count(toks[e].norm)) continue;  // "Acme Inc. said"
    // Only a speaker introduced by a state, an institution or a title is one we follow
    // ("Russian Foreign Ministry spokeswoman Anna Petrova"; "the head of Gazprom, Anna Petrova").
    bool introduced = false;
    for (auto& sp : spans)
      if (sp.e <= k && k - sp.e <= 6 && (sp.country >= 0 || sp.title >= 0)) introduced = true;
    if (!introduced) continue;
    std::string name;
    for (std::size_t j = k; j < e; ++j) name += (j > k ? " " : "") + toks[j].text;
    out.push_back({name, true, k, e, ""});
  }
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    if (consumed[i] || s.person >= 0 || s.title >= 0) continue;
    if (s.country >= 0) out.push_back({lex_.countries[s.country].name, false, s.b, s.e, lex_.countries[s.country].name});
  }
  // In a transcript, "I" is the speaker, "you" the other party and "we" both.
  if (mem_.speaker >= 0) {
    const Person& sp = lex_.people[mem_.speaker];
    auto others = addressees();
    for (auto& c : snt.cues) {
      const std::string& k = c.rule->kind;
      if (k == "first-person" || k == "first-plural") out.push_back({sp.name, true, c.b, c.e, sp.country});
      if (k == "second-person" || k == "first-plural")
        for (auto& o : others) out.push_back({o, true, c.b, c.e, ""});
    }
  }
  std::sort(out.begin(), out.end(), [](const Actor& a, const Actor& b) { return a.b < b.b; });
  return out;
}

int speaker_label(const Sentence& snt) {
  // "President of France Emmanuel Macron: Mr Chancellor, ..." -- a label made only of a title, a
  // country and a name, at the start of the sentence or after a "* * *" separator, then a colon.
  const auto& toks = snt.toks;
  const auto& spans = snt.spans;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    if (s.person < 0 || s.e >= toks.size() || toks[s.e].text != ":") continue;
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
