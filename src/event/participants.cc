// Participants of a trigger among the sentence's actors.
#include "event/participants.h"

#include <algorithm>
#include <set>

#include "event/cues.h"
#include "event/dating.h"

namespace annalist::event {

void Parties::add(const Lexicon& lex, const std::string& name) {
  (lex.country_index(name) >= 0 ? countries : persons).push_back(name);
}

ParticipantScene participant_scene(const Lexicon& lex, const Sentence& s, const ActorResolver& resolver,
                                   const DocumentMemory& mem, const std::vector<TriggerHit>& triggers) {
  ParticipantScene sc{lex, s, resolver, mem, triggers, {}, kNone};
  // Attribution spans ("according to X") hold sources, not participants.
  for (auto& c : s.cues)
    if (c.rule->kind == "attribution") {
      std::size_t e = c.e;
      while (e < s.toks.size() && e - c.e < static_cast<std::size_t>(c.rule->window) && s.toks[e].text != "," &&
             !s.breaks(e))
        ++e;
      sc.attributions.push_back({c.e, e});
    }
  for (auto& c : s.cues)
    if (c.rule->kind == "group") {
      sc.group_pos = c.b;
      break;
    }
  return sc;
}

EventType gathering_kind(const Lexicon& lex, const Sentence& s, const TriggerHit& th, const std::vector<Actor>& actors) {
  const TriggerRule& r = *th.rule;
  if (r.type != EventType::kMeeting) return r.type;
  if (r.verb) {
    // "NATO leaders will meet in Vilnius", "EU leaders met": the members of a body, meeting with no
    // one else named, hold its summit.
    bool members = false;
    for (auto& a : actors) {
      const bool org = !a.person && lex.is_organisation(a.name);
      const bool place = a.b > 0 && s.cue_at(a.b - 1, "location");
      if (place) continue;
      if (!org) return r.type;
      std::size_t e = a.e;
      bool word = false;
      for (std::size_t k = a.b; k < a.e; ++k) word = word || s.cue_at(k, "members-word");
      if (e < th.b && s.cue_at(e, "members-word")) word = true, ++e;
      bool plain = a.e <= th.b && th.b - e <= 2;  // only a modal between: "will", "are to"
      for (std::size_t k = e; plain && k < th.b; ++k)
        if (!s.cue_at(k, "verb-context")) plain = false;
      if (!word || !plain) return r.type;
      members = true;
    }
    return members ? EventType::kSummit : r.type;
  }
  // "the G20 meeting", "a NATO meeting", "the EU leaders' meeting": a meeting named by a
  // multilateral body (or a body of one, not of a state) is a summit.
  for (auto& a : actors) {
    int ci = a.person ? -1 : lex.country_index(a.name);
    if (ci < 0 || !lex.countries[ci].organisation) continue;
    const std::string& home = lex.countries[ci].home;
    const int hi = home.empty() ? -1 : lex.country_index(home);
    if (!home.empty() && !(hi >= 0 && lex.countries[hi].organisation)) continue;
    // Right before the noun, or before a possessive mark ("leaders' meeting").
    if (a.e == th.b || (a.e + 1 == th.b && (s.cue_at(a.e, "possessive") || s.toks[a.e].norm == "'")))
      return EventType::kSummit;
  }
  return r.type;
}

std::pair<std::size_t, std::size_t> clause_of(const Sentence& s, const TriggerHit& th) {
  std::size_t cb = th.b, ce = th.e;
  while (cb > th.clause_b && th.b - cb < 15 && !s.breaks(cb - 1)) --cb;
  // "The talks are off if X meets Y": a condition is a clause of its own.
  while (ce < s.toks.size() && ce < th.clause_e && ce - th.e < 15 && !s.breaks(ce) && !s.cue_at(ce, "conditional")) ++ce;
  // "... will be X and President of the Republic of A Y": a list of names that the word limit cuts
  // goes on to its last name when nothing but names and the words that join them follow (formal
  // titles are long).
  if (ce - th.e == 15 && ce < s.toks.size() && ce < th.clause_e) {
    std::size_t k = ce, last = kNone;
    while (k < s.toks.size() && k < th.clause_e && !s.breaks(k)) {
      std::size_t e = kNone;
      for (auto& sp : s.spans)
        if (sp.b <= k && sp.e > k) e = sp.e;
      if (e != kNone) {
        k = last = e;
      } else if (s.cue_at(k, "coordinator") || s.cue_at(k, "genitive") || s.cue_at(k, "definite") ||
                 s.toks[k].text == ",") {
        ++k;
      } else {
        break;
      }
    }
    // Only a list that ends there: a joiner left over or a quote opening goes on with other words.
    if (last != kNone && k == last && (k >= s.toks.size() || k >= th.clause_e || (!s.toks[k].word && !is_quote(s.toks[k]))))
      ce = last;
  }
  return {cb, ce};
}

std::vector<Actor> opening_subject(const Sentence& s, const std::vector<Actor>& actors) {
  std::vector<Actor> out;
  std::size_t k = 0;
  for (bool more = true; more && k < s.toks.size();) {
    more = false;
    for (auto& sp : s.spans)  // a title or a demonym before the name belongs to the phrase
      if (sp.b == k) {
        for (auto& a : actors)
          if (a.b >= sp.b && a.e <= sp.e) out.push_back(a);
        k = sp.e;
        more = true;
        break;
      }
    if (!more && !out.empty() && k + 1 < s.toks.size() && (s.cue_at(k, "coordinator") || s.toks[k].text == ",")) {
      bool name_next = false;
      for (auto& sp : s.spans)
        if (sp.b == k + 1) name_next = true;
      if (name_next) ++k, more = true;
    }
  }
  return out;
}

std::optional<OwnSpeaker> speaks_in_own_phrase(const Sentence& s, const TriggerHit& th, const std::vector<Actor>& actors) {
  if (th.rule->type != EventType::kStatement) return std::nullopt;
  for (auto& a : actors) {
    if (!a.person || a.e > th.b) continue;
    if (!th.rule->verb) {
      if (a.e + 1 != th.b || !s.cue_at(a.e, "possessive")) continue;
      // "Y's press conference earlier in the day", "Y's speech on Monday": a time of its own after
      // the noun; "criticized Y's speech" names words of another, earlier occasion.
      bool same_day = false;
      for (auto& c : s.cues)
        if (c.rule->kind == "same-day" && c.b >= th.e && c.b - th.e <= 6) same_day = true;
      for (auto& x : s.timexes)
        if (x.timex->type == "DATE" && x.b >= th.e && x.b - th.e <= 6) same_day = true;
      for (std::size_t k = th.e; same_day && k < s.toks.size() && k < th.e + 6; ++k)
        if (s.breaks(k)) same_day = false;
      if (same_day) return OwnSpeaker{};
      continue;
    }
    // "an hour after Aziz had questioned": a duration, the bound word, the subject, at most one
    // auxiliary, the verb.
    if (th.b - a.e > 1 || a.b < 2 || !s.cue_at(a.b - 1, "clause-bound")) continue;
    bool words_only = true;
    for (std::size_t k = a.e; k < th.b; ++k)
      if (!s.toks[k].word) words_only = false;
    for (std::size_t i = 0; words_only && i < s.timexes.size(); ++i)
      if (s.timexes[i].timex->type == "DURATION" && s.timexes[i].e == a.b - 1) return OwnSpeaker{i};
  }
  return std::nullopt;
}

namespace {

// The person a third-person pronoun at token k takes up: the subject of the nearest speech verb
// before it in the sentence ("A said he briefed B on his trip", "B told him he hoped"),
// else the person in view (`fallback`).
std::string pronoun_referent(const ParticipantScene& sc, const std::vector<Actor>& actors, std::size_t k,
                             const std::string& fallback) {
  const Sentence& s = sc.s;
  const TriggerHit* speech = nullptr;
  for (auto& t : sc.triggers)
    if (t.rule->type == EventType::kStatement && t.rule->verb && t.e <= k && (!speech || t.b > speech->b)) speech = &t;
  if (speech) {
    // "A said B told him he hoped": the subject named after the speech verb, nearer the pronoun.
    for (auto it = actors.rbegin(); it != actors.rend(); ++it)
      if (it->person && it->b >= speech->e && it->e <= k) return it->name;
    for (auto& a : actors)
      if (a.person && a.e <= speech->b && speech->b - a.e <= 2 && s.words(a.e, speech->b) == 0) return a.name;
  }
  // "X did not comment on the dispute as he spoke to the press": the subject of an adverbial clause
  // ("as", "when", "while" + pronoun) is the person the sentence names first, its main subject.
  if (k > 0 && s.cue_at(k - 1, "subordinator"))
    for (auto& a : actors)
      if (a.person && a.e <= k) return a.name;
  return fallback;
}

// "He met X", "She said": a third-person pronoun is the subject of the trigger -- in its clause,
// close before it, with no person named between -- and names the person it takes up ("" if none).
std::string taken_up_subject(const ParticipantScene& sc, const std::vector<Actor>& actors, const TriggerHit& th,
                             std::size_t cb, const std::string& fallback) {
  const Sentence& s = sc.s;
  if (sc.mem.speaker >= 0) return "";
  for (auto& c : s.cues) {
    if (c.rule->kind != "third-person" || c.b < cb || c.e > th.b || s.words(c.e, th.b) > 3) continue;
    bool person_before = false;
    for (auto& sp : s.spans)
      if (sp.b >= c.e && sp.b < th.b && (sp.person >= 0 || (sp.surname >= 0 && sc.mem.seen.count(sp.surname)) || sp.title >= 0))
        person_before = true;
    if (!person_before) return pronoun_referent(sc, actors, c.b, fallback);
  }
  // "his planned summit meeting", "her visit": a possessive pronoun before a nominal trigger is the
  // "he" before it ("A said he briefed B on his trip"), else the person named before it
  // ("Obama has cancelled his meeting").
  if (!th.rule->verb)
    for (auto& c : s.cues) {
      if (c.rule->kind != "third-person-possessive" || c.e > th.b || s.words(c.e, th.b) > 2) continue;
      // The nearest "he" before it ("A said B told him he still hoped for his summit": B's).
      const CueHit* nearest = nullptr;
      for (auto& he : s.cues)
        if (he.rule->kind == "third-person" && he.e <= c.b) nearest = &he;
      if (nearest) return pronoun_referent(sc, actors, nearest->b, fallback);
      for (auto it = actors.rbegin(); it != actors.rend(); ++it)
        if (it->person && it->e <= c.b && it->b >= cb) return it->name;
      return fallback;
    }
  return "";
}

}  // namespace

std::optional<Parties> read_parties(const ParticipantScene& sc, const TriggerHit& th, const std::vector<Actor>& actors,
                                    std::optional<Day> when, const LocationReading& loc,
                                    std::pair<std::size_t, std::size_t> clause, const Mention& m) {
  const Lexicon& lex = sc.lex;
  const Sentence& s = sc.s;
  const auto& toks = s.toks;
  const DocumentMemory& mem = sc.mem;
  const TriggerRule& r = *th.rule;
  const auto [cb, ce] = clause;
  Parties p;
  auto& persons = p.persons;
  auto& countries = p.countries;
  std::set<std::string> np_names;  // participants named inside the trigger's noun phrase
  auto attributed = [&](const Actor& a) {
    for (auto& [b, e] : sc.attributions)
      if (a.b >= b && a.b < e) return true;
    return false;
  };
  auto in_location = [&](const Actor& a) { return loc.b != kNone && a.b >= loc.b && a.b < loc.e; };
  // "NSA talks - agreed to by X and Y in Ufa last month - ": the people of a parenthesis set off by
  // two dashes belong to its own predicate, not to a trigger outside it.
  std::vector<std::pair<std::size_t, std::size_t>> asides;
  {
    std::size_t open = kNone;
    for (std::size_t k = 0; k < toks.size(); ++k)
      if (spaced_dash(s, k)) {
        if (open == kNone) open = k;
        else {
          if (!(th.b > open && th.b < k)) asides.push_back({open, k});
          open = kNone;
        }
      }
  }
  auto aside = [&](const Actor& a) {
    for (auto& [b, e] : asides)
      if (a.b > b && a.e <= e) return true;
    return false;
  };
  auto in_timex = [&](const Actor& a) {
    for (auto& x : s.timexes)
      if (a.b >= x.b && a.b < x.e) return true;
    return false;
  };
  if (r.type == EventType::kStatement) {
    // The speaker: the nearest person before the trigger in its clause, else just after it.
    const Actor* speaker = nullptr;
    // "... fined X and said": the subject of a coordinated verb is further back.
    bool coordinated = th.b > 0 && (s.cue_at(th.b - 1, "coordinator") || s.cue_at(th.b - 1, "contrast"));
    for (auto& a : actors) {
      if (coordinated) break;
      if (!a.person || attributed(a) || a.e > th.b) continue;
      bool broken = false;
      for (std::size_t k = a.e; k < th.b; ++k)
        if (toks[k].text == ";" || (is_quote(toks[k]) && k > a.e)) broken = true;
      // "... with Fumio Kishida, the presidential office said": another subject after a comma;
      // but "X, the spokesman, said" closes its apposition right before the verb.
      for (std::size_t k = a.e; k < th.b; ++k)
        if (toks[k].text == "," && toks[th.b - 1].text != ",") broken = true;
      // "Jane Roe, deputy foreign minister, told reporters": an apposition may stand between.
      std::size_t reach = toks[th.b - 1].text == "," ? 8 : 4;
      if (!broken && th.b - a.e <= reach) speaker = &a;
    }
    // An institution speaks too ("the Kremlin said"); a country name rarely is the speaker.
    if (!speaker && !coordinated)
      for (auto& a : actors) {
        if (a.person || a.e > th.b || th.b - a.e > 3 || attributed(a)) continue;
        if (lex.is_organisation(a.name)) speaker = &a;
      }
    // "the Egyptian government announced", "Russia's foreign ministry said": a state's
    // institution named by its kind speaks for the state.
    const Actor* state_speaker = nullptr;
    if (!speaker && !coordinated)
      for (auto& c : s.cues) {
        if (c.rule->kind != "institution-noun" || c.e > th.b || th.b - c.e > 3) continue;
        for (auto& a : actors) {
          if (a.person || attributed(a)) continue;
          bool before = a.e == c.b || (a.e + 1 == c.b && s.cue_at(a.e, "possessive"));
          if (before && lex.is_state(a.name)) state_speaker = &a;
        }
      }
    if (state_speaker) speaker = state_speaker;
    // "the Egyptian foreign ministry said", "the foreign office of Pakistan said", "the presidential
    // office said" (of the dateline's state): a state's office speaks as that office.
    std::string office_speaker;
    if (!speaker && !coordinated)
      for (auto& c : s.cues) {
        if (c.rule->kind != "state-office" || c.e > th.b || th.b - c.e > 3) continue;
        std::string state;
        for (auto& a : actors) {
          if (a.person || attributed(a)) continue;
          bool before = a.e == c.b || (a.e + 1 == c.b && s.cue_at(a.e, "possessive"));
          bool after = a.b == c.e + 1 && s.cue_at(c.e, "genitive");
          if ((before || after) && lex.is_state(a.name)) state = a.name;
        }
        if (state.empty() && c.b > 0 && s.cue_at(c.b - 1, "definite")) state = mem.home_state;
        Phrase office;
        for (std::size_t k = c.b; k < c.e; ++k) office.emplace_back(toks[k].norm);
        if (!state.empty()) office_speaker = lex.state_office(state, office);
      }

    // "Statement by Dmitry Peskov", "remarks by the Kremlin".
    // "said a statement from X" (not a heading "Statement from X" over a readout).
    const bool sourced = s.cue_at(th.e, "words-source") && th.b > 0 &&
                         (s.cue_at(th.b - 1, "indefinite") || s.cue_at(th.b - 1, "definite"));
    if (!speaker && !r.verb && th.e + 1 < toks.size() && (s.cue_at(th.e, "agentive") || sourced))
      for (auto& a : actors)
        if (a.b == th.e + 1) {
          speaker = &a;
          break;
        }
    // Inverted "..., said Peskov": the name right after the verb, not "said that Biden's ...".
    if (!speaker && !coordinated)
      for (auto& a : actors)
        if (a.person && a.b == th.e && (a.e >= toks.size() || !toks[a.e].word)) {
          speaker = &a;
          break;
        }
    // "..., said last night OAS Secretary General Luis Almagro", "..., said Luis Almagro on Monday":
    // after a comma or a quote, a time and a title may stand between the verb and the name.
    if (!speaker && office_speaker.empty() && !coordinated && th.b > 0 && (toks[th.b - 1].text == "," || is_quote(toks[th.b - 1]))) {
      auto timex_at = [&](std::size_t k) {
        for (auto& x : s.timexes)
          if (x.b == k) return x.e;
        return kNone;
      };
      std::size_t k = th.e;
      if (std::size_t x = k < toks.size() ? timex_at(k) : kNone; x != kNone) k = x;
      for (auto& a : actors) {
        if (a.b < k) continue;
        if (a.b - k > 5) break;
        if (!a.person) continue;  // "OAS" of "OAS Secretary General"
        bool title = true;  // words only, no "that" opening a reported clause
        for (std::size_t q = k; q < a.b; ++q)
          if (!toks[q].word || s.cue_at(q, "complementizer") || s.cue_at(q, "possessive")) title = false;
        // "…, said X on Tuesday", "said X late Monday": a time may follow the name too.
        auto time_after = [&](std::size_t q) {
          if (q < toks.size() && timex_at(q) != kNone) return true;
          return q + 1 < toks.size() && (s.cue_at(q, "date-preposition") || s.cue_at(q, "part-of-day")) && timex_at(q + 1) != kNone;
        };
        if (title && (a.e >= toks.size() || !toks[a.e].word || time_after(a.e))) speaker = &a;
        break;
      }
    }
    if (!office_speaker.empty()) persons.push_back(office_speaker);
    else if (speaker) {
      persons.push_back(speaker->name);
      // "X and Y announced": a coordinated subject speaks with one voice.
      if (speaker->e <= th.b && speaker->b > 0 && s.cue_at(speaker->b - 1, "coordinator"))
        for (auto& a : actors)
          if (a.person && a.e + 1 == speaker->b && !attributed(a)) persons.push_back(a.name);
      // "the PM's spokesperson said": the person speaks through a voice of his own.
      // "said a statement from Sarkozy's office": the voice may follow the verb too.
      const std::size_t until = speaker->b > th.b ? std::min(toks.size(), speaker->e + 2) : th.b;
      for (std::size_t k = speaker->e; k + 1 < until && !p.voiced; ++k)
        if (s.cue_at(k, "possessive") && s.cue_at(k + 1, "voice")) p.voiced = true;
    }
    else if (std::string who = coordinated ? "" : taken_up_subject(sc, actors, th, cb, mem.last_speaker.empty() ? mem.topic : mem.last_speaker);
             !who.empty())
      persons.push_back(who);
    else if (mem.group.size() >= 2 && std::any_of(s.cues.begin(), s.cues.end(), [&](const CueHit& c) {
               // "their first contact since they announced": any group word right before the verb.
               return c.rule->kind == "group" && c.b < th.b && th.b - c.b <= 3;
             }))
      persons = mem.group;
    if (persons.empty()) return std::nullopt;  // statements need a named speaker
    if (m.time.timex_text.empty() && has_cue(s, "perfect", th)) return std::nullopt;
    return p;
  }
  // The noun phrase of a nominal trigger: possessor ("Xi's trip") and complement ("talks with X",
  // "discussions between X and Y"); otherwise the actors of the clause around the trigger.
  std::size_t comp_b = kNone;
  bool comitative = false;  // "with": the complement adds to the parties of the clause
  if (!r.verb) {
    auto party_complement = [&](std::size_t k) { return s.cue_at(k, "comitative") || s.cue_at(k, "reciprocal"); };
    if (party_complement(th.e - 1)) {
      comp_b = th.e;
      comitative = s.cue_at(th.e - 1, "comitative");
    } else if (th.e < toks.size() && (party_complement(th.e) || s.cue_at(th.e, "genitive") || s.cue_at(th.e, "agentive"))) {
      comp_b = th.e + 1;
      comitative = s.cue_at(th.e, "comitative");
    }
  }
  std::size_t comp_e = comp_b;
  if (comp_b != kNone)
    while (comp_e < toks.size() && comp_e - comp_b < 12 && !s.breaks(comp_e)) {
      if (toks[comp_e].text == ",") {
        // "between the Japanese, Indian and Brazilian leaders": a list goes on after a comma.
        bool list = false;
        for (auto& sp : s.spans)
          if (sp.b == comp_e + 1) list = true;
        if (comp_e + 1 < toks.size() && s.cue_at(comp_e + 1, "coordinator")) list = true;
        if (!list) break;
      }
      ++comp_e;
    }
  std::size_t poss_b = kNone;
  if (!r.verb)
    for (std::size_t k = th.b; k > 0 && th.b - k < 4; --k)
      if (s.cue_at(k - 1, "possessive")) {
        poss_b = k - 1;
        break;
      }
  std::vector<const Actor*> np;
  for (auto& a : actors) {
    if (attributed(a) || in_location(a) || in_timex(a)) continue;
    if ((comp_b != kNone && a.b >= comp_b && a.b < comp_e) || (poss_b != kNone && a.e == poss_b)) np.push_back(&a);
  }
  bool np_only = !np.empty() && !comitative;
  if (r.type == EventType::kAgreement) {
    // "X and I signed a declaration between France and Chile": the signers.
    for (auto& a : actors)
      if (a.person && a.b >= cb && a.e <= ce && std::find(np.begin(), np.end(), &a) == np.end()) np_only = false;
  }
  p.np_empty = np.empty();
  // "In a joint statement, X and Y said ...": a text named in a fronted phrase that names nobody is
  // the text of the subject of the clause after the comma, up to its speech verb.
  std::size_t comma = th.e;  // the end of the fronted phrase
  while (comma < toks.size() && comma - th.e < 4 && toks[comma].word) ++comma;
  if (r.type == EventType::kAgreement && !r.verb && np.empty() && cb < th.b && s.cue_at(cb, "preposition") &&
      (cb == 0 || s.breaks(cb - 1)) && comma < toks.size() && toks[comma].text == ",") {
    std::size_t verb = kNone;
    for (auto& st : sc.triggers)
      if (st.rule->type == EventType::kStatement && st.rule->verb && st.b > comma && (verb == kNone || st.b < verb))
        verb = st.b;
    bool clean = verb != kNone && verb - comma <= 16;
    for (std::size_t k = comma + 1; clean && k < verb; ++k)
      if (s.breaks(k)) clean = false;
    if (clean) {
      for (auto& a : actors)
        if (a.b > comma && a.e <= verb && !attributed(a) && !in_timex(a)) (a.person ? persons : countries).push_back(a.name);
      p.own_words = true;
      if (!persons.empty() || !countries.empty()) return p;
    }
  }
  if (r.needs == "complement" && comp_b != kNone && np.empty()) {
    bool pronoun = false;  // "discussions with you" in a transcript
    for (auto& a : actors)
      if (a.b >= comp_b && a.b < comp_e) pronoun = true;
    if (!pronoun) return std::nullopt;  // "dialogue between their respective envoys": nobody named
  }
  for (auto* a : np) np_names.insert(a->name);
  for (auto& a : actors) {
    if (attributed(a) || in_location(a) || in_timex(a) || aside(a)) continue;
    bool in_np = std::find(np.begin(), np.end(), &a) != np.end();
    bool in_clause = a.b >= cb && a.e <= ce;
    if (np_only ? !in_np : !(in_np || in_clause)) continue;
    // "I recall that the summit was held": the matrix subject is not a participant, unless a
    // pronoun in the reported clause takes it up ("X said that he would visit Y").
    if (!in_np && a.e <= th.b) {
      // "X said [that] Y will meet Z": a speech verb opens the clause as "that" does.
      std::size_t that = kNone;
      for (std::size_t k = a.e; k < th.b; ++k)
        if (s.cue_at(k, "complementizer")) that = k;
      // ... but "X said during a meeting with Y" sets the words in the meeting X attends.
      bool setting = false;
      for (std::size_t k = th.b; k > 0 && th.b - k < 4; --k)
        if (s.cue_at(k - 1, "setting")) setting = true;
      if (that == kNone && !setting)
        for (auto& st : sc.triggers)
          if (st.rule->type == EventType::kStatement && st.rule->verb && st.b >= a.e && st.e <= th.b) that = st.e - 1;
      if (that != kNone) {
        bool taken_up = false;
        // "A said B told him he still hoped ...": a person named between takes the pronoun.
        if (a.person && persons.empty() && that - a.e <= 4)
          for (auto& c : s.cues)
            if (c.rule->kind == "third-person" && c.b > that && c.e <= th.b &&
                std::none_of(actors.begin(), actors.end(), [&](const Actor& o) { return o.person && o.b >= a.e && o.e <= c.b; }))
              taken_up = true;
        if (!taken_up) continue;
      }
    }
    (a.person ? persons : countries).push_back(a.name);
  }
  // "He will hold a meeting with Joe Biden": a subject pronoun takes up the person in view.
  if (std::string who = taken_up_subject(sc, actors, th, cb, mem.topic);
      !who.empty() && std::find(persons.begin(), persons.end(), who) == persons.end())
    persons.push_back(who);
  // "Biden will visit Vietnam, spokeswoman Karen Doyle said": the speaker of words that
  // report a gathering is not one of its participants.
  for (auto& st : sc.triggers) {
    if (st.rule->type != EventType::kStatement || st.b < th.e) continue;
    for (auto& a : actors)
      if (a.person && a.b >= th.e && a.e <= st.b && st.b - a.e <= 2 && persons.size() > 1 && !np_names.count(a.name))
        persons.erase(std::remove(persons.begin(), persons.end(), a.name), persons.end());
  }
  // "their commitment to the U.S.–China Joint Statement": a text whose signatories are not
  // named in the sentence binds the states named with it.
  const std::vector<std::string> clause_countries = countries;
  const bool clause_persons_few = persons.size() < 2;
  bool group_here = false, group_of_leaders = false;
  for (auto& c : s.cues)
    if (c.rule->kind == "group" && c.b >= cb && c.e <= ce && (c.e <= th.b || c.rule->scope != "before")) {
      group_here = true;
      for (std::size_t k = c.b; k < c.e; ++k)
        for (auto& t : lex.titles)
          for (auto& ph : t.phrases)
            if (ph.size() == 1 && ph[0] == toks[k].norm) group_of_leaders = true;
    }
  // "once they convene for the Mercosur summit": a body that names the summit is who gathers
  // ("they" are its members); "the two presidents" at "the G8 summit" stay the two.
  bool body_named = false;
  if (r.type == EventType::kSummit || gathering_kind(lex, s, th, actors) == EventType::kSummit)
    for (auto& a : actors) {
      if (!a.person && lex.is_organisation(a.name) && a.e <= th.b && th.b - a.e <= 1) body_named = true;
    }
  if (group_here && mem.group.size() >= 2 && persons.size() < 2 && !(body_named && !group_of_leaders)) {
    countries.clear();  // "they met": the group, not the countries named around it
    bool group_is_countries = true;
    for (auto& g : mem.group)
      if (lex.country_index(g) < 0) group_is_countries = false;
    if (group_is_countries && when && group_of_leaders) {
      // "the two leaders" of a country-level group: its leaders at the event date.
      std::vector<std::string> leaders;
      for (auto& g : mem.group) {
        const Country& c = lex.countries[lex.country_index(g)];
        std::optional<std::string> who;
        for (auto& role : c.leader_roles)
          if ((who = sc.resolver.office_holder(c.name, role, when))) break;
        if (who) leaders.push_back(*who);
      }
      if (leaders.size() == mem.group.size()) persons.insert(persons.end(), leaders.begin(), leaders.end());
      else countries.insert(countries.end(), mem.group.begin(), mem.group.end());
    } else {
      for (auto& g : mem.group) p.add(lex, g);
    }
  } else if (group_here && group_of_leaders && persons.empty()) {
    // "denied reports that the countries' leaders would meet" with no group in view: the two
    // states the sentence names by name or demonym ("an aide to the Chilean president", "Peruvian
    // press reports"), not as the place of the gathering, are the pair.
    std::vector<std::string> states;
    for (auto& sp : s.spans) {
      if (sp.country < 0 || lex.countries[sp.country].organisation || (loc.b != kNone && sp.b >= loc.b && sp.b < loc.e)) continue;
      if (sp.country_kind != ActorKind::kCountry && sp.country_kind != ActorKind::kDemonym) continue;
      const std::string& name = lex.countries[sp.country].name;
      if (std::find(states.begin(), states.end(), name) == states.end()) states.push_back(name);
    }
    if (states.size() == 2) countries = states;
  }
  // "At the invitation of X, Y is paying a visit": the one who invites is the host.
  if (r.type == EventType::kVisit && !persons.empty())
    for (auto& c : s.cues) {
      if (c.rule->kind != "host" || c.e > th.b) continue;
      for (auto& a : actors)
        if (a.person && a.b >= c.e && a.b <= c.e + 1 && !attributed(a) &&
            std::find(persons.begin(), persons.end(), a.name) == persons.end()) {
          persons.push_back(a.name);
          break;
        }
    }
  if (r.type == EventType::kAgreement && clause_persons_few && clause_countries.size() >= 2) {
    persons.clear();
    countries = clause_countries;
  }
  // "Peru said envoy Y was welcome to come for the May 3-4 talks": Y is the guest of the one who
  // opens the sentence (the host who says so), not of a state named as the place.
  if (is_gathering(r.type) && !r.verb)
    for (auto& c : s.cues) {
      if (c.rule->kind != "welcome-guest" || c.e > th.b || s.words(c.e, th.b) > 6) continue;
      const bool clean = s.unbroken(c.e, th.b);
      const Actor* guest = nullptr;
      for (auto& a : actors)
        if (a.e == c.b && !in_timex(a)) guest = &a;
      if (!clean || !guest) break;
      std::string guest_state = guest->person ? guest->country : guest->name;
      if (int pe = guest->person ? lex.person_index(guest->name) : -1; pe >= 0) guest_state = lex.people[pe].country;
      const Actor* host = nullptr;
      for (auto& a : actors)
        if (!host && a.e <= guest->b && !attributed(a) && !in_timex(a) && !in_location(a) && a.name != guest_state &&
            a.name != guest->name)
          host = &a;
      if (!host) break;
      persons.clear();
      countries.clear();
      (guest->person ? persons : countries).push_back(guest->name);
      (host->person ? persons : countries).push_back(host->name);
      return p;
    }
  // "X invited Y to visit Z": the object of the invitation is the visitor, X the host.
  if (r.type == EventType::kVisit && r.verb && th.b >= 2 && s.cue_at(th.b - 1, "infinitive"))
    for (auto& c : s.cues) {
      if (c.rule->kind != "invite" || c.e > th.b - 1 || th.b - 1 - c.e > 6) continue;
      std::vector<std::string> guests_p, guests_c, hosts;
      for (auto& a : actors) {
        if (attributed(a) || in_timex(a)) continue;
        if (a.b >= c.e && a.e <= th.b - 1) (a.person ? guests_p : guests_c).push_back(a.name);
        else if (a.person && a.e <= c.b && a.b >= cb) hosts.push_back(a.name);
      }
      if (guests_p.empty() && guests_c.empty()) break;
      persons = guests_p;
      countries = guests_c;
      if (!guests_p.empty()) persons.insert(persons.end(), hosts.begin(), hosts.end());
      // Guests named by their state only visit the state of the place.
      if (guests_p.empty() && !m.location.empty()) {
        std::string host = lex.country_index(m.location) >= 0 ? m.location : "";
        if (int pl = lex.place_index(m.location); pl >= 0) host = lex.places[pl].country;
        if (!host.empty() && std::find(countries.begin(), countries.end(), host) == countries.end()) countries.push_back(host);
      }
      return p;
    }
  if (!persons.empty()) {
    if (r.type == EventType::kVisit && persons.size() == 1 && !m.location.empty()) {
      // A visit with no named host: the visitor and the host country.
      int ci = lex.country_index(m.location);
      std::string host = ci >= 0 ? m.location : "";
      if (int pl = lex.place_index(m.location); pl >= 0) host = lex.places[pl].country;
      if (!host.empty()) countries = {host};
      else countries.clear();
    } else if (persons.size() == 1 && (r.type == EventType::kMeeting || r.type == EventType::kCall)) {
      // One named person meeting an institution or a country ("Lavrov held talks with NATO").
      std::string own;
      for (auto& a : actors)
        if (a.person && a.name == persons[0]) own = a.country;
      if (int pe = lex.person_index(persons[0]); pe >= 0) own = lex.people[pe].country;
      countries.erase(std::remove(countries.begin(), countries.end(), own), countries.end());
    } else {
      countries.clear();
    }
  }
  return p;
}

std::vector<std::string> finish_parties(const ParticipantScene& sc, const TriggerHit& th, Parties p,
                                        const std::vector<Actor>& actors, const Mention& m) {
  const Lexicon& lex = sc.lex;
  const DocumentMemory& mem = sc.mem;
  const TriggerRule& r = *th.rule;
  const bool gathering = is_gathering(r.type);
  auto& persons = p.persons;
  auto& countries = p.countries;
  // "the negotiations will take place in Osaka on March 14": a gathering of the parties in view; so
  // is one named with its own date as the setting of another report ("the meeting was arranged
  // during a phone call on Tuesday").
  // When those parties are people, states named around the noun ("the December 7 videoconference
  // on guarantees for Ruritania") are its topic, not its other parties.
  bool group_of_people = mem.group.size() >= 2 && std::none_of(mem.group.begin(), mem.group.end(), [&](const std::string& g) {
                           return lex.country_index(g) >= 0;
                         });
  // ... but "the Russia-Africa summit", "the BRICS summit": states that name the gathering itself.
  for (auto& a : actors)
    if (!a.person && a.e <= th.b && th.b - a.e <= 3) group_of_people = false;
  // "In 2001, Pakistan pulled out of the summit": a state as the subject of the clause is a party
  // of its own, not a topic.
  const auto& toks = sc.s.toks;
  for (auto& a : actors) {
    if (a.person || a.e > th.b || std::find(countries.begin(), countries.end(), a.name) == countries.end()) continue;
    // The state opens the sentence, after at most a time expression ("In 2001, Pakistan ...").
    bool opens = true;
    for (std::size_t k = 0; k < a.b && opens; ++k) {
      bool in_timex = false;
      for (auto& x : sc.s.timexes)
        if (k >= x.b && k < x.e) in_timex = true;
      if (!in_timex && toks[k].word && !sc.s.cue_at(k, "preposition") && !sc.s.cue_at(k, "determiner")) opens = false;
    }
    if (opens) group_of_people = false;
  }
  if (gathering && !r.verb && p.np_empty && persons.empty() && (countries.empty() || group_of_people) &&
      mem.group.size() >= 2 && (has_cue(sc.s, "anaphor", th) || th.embedded)) {
    countries.clear();
    for (auto& g : mem.group) p.add(lex, g);
  }
  // "We asked our envoys to prepare the issues for a meeting in Lisbon next week": in a text of known
  // authors, a gathering that names nobody in a sentence whose subject is "we" is theirs.
  if (gathering && !r.verb && p.np_empty && persons.empty() && countries.empty() && mem.speaker < 0 &&
      mem.authors.size() >= 2) {
    bool we = false;
    for (auto& c : sc.s.cues)
      if (c.rule->kind == "first-plural" && c.e <= th.b) {
        we = true;
        for (std::size_t k = c.e; k < th.b; ++k)
          if (sc.s.breaks(k)) we = false;
      }
    if (we)
      for (auto& g : mem.authors) p.add(lex, g);
  }
  // "the White House" beside "the United States" is the same party.
  {
    std::vector<std::string> kept;
    for (auto& c : countries) {
      int ci = lex.country_index(c);
      const std::string& home = ci >= 0 ? lex.countries[ci].home : std::string();
      if (!home.empty() && std::find(countries.begin(), countries.end(), home) != countries.end()) continue;
      kept.push_back(c);
    }
    countries = kept;
  }
  std::vector<std::string> parts = persons;
  parts.insert(parts.end(), countries.begin(), countries.end());
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  // In a transcript a gathering named with one party of the dialogue includes the other
  // ("the summit you hosted", "the visit by Mr Lula starts today").
  // A transcript's speaker attends the gathering of a body his words name without anyone else
  // ("It was a privilege to address the G20 meeting").
  bool body_attended = false;
  if (gathering && mem.speaker >= 0 && persons.empty() && !countries.empty() &&
      std::all_of(countries.begin(), countries.end(), [&](const std::string& x) { return lex.is_organisation(x); })) {
    persons.push_back(lex.people[mem.speaker].name);
    parts.push_back(persons.back());
    std::sort(parts.begin(), parts.end());
    body_attended = true;
  }
  if (gathering && mem.speaker >= 0 && persons.size() == 1 && !body_attended) {
    const std::string& sp = lex.people[mem.speaker].name;
    std::vector<std::string> add = persons[0] == sp ? sc.resolver.addressees(m.time.interval ? std::optional<Day>(m.time.interval->last) : m.doc_dct) : std::vector<std::string>{sp};
    for (auto& a : add)
      if (std::find(parts.begin(), parts.end(), a) == parts.end()) parts.push_back(a);
    if (r.type != EventType::kVisit)
      parts.erase(std::remove_if(parts.begin(), parts.end(), [&](const std::string& x) { return lex.country_index(x) >= 0; }),
                  parts.end());
    std::sort(parts.begin(), parts.end());
  }
  if (parts.empty()) return parts;
  // Talks and calls take two sides; a lone name is a fragment ("our plans for more meetings").
  if ((m.type == EventType::kMeeting || m.type == EventType::kCall) && parts.size() < 2) return {};
  // A summit needs two parties or the organisation that holds it; a visit needs a visitor.
  if (m.type == EventType::kSummit && parts.size() < 2 &&
      !(lex.country_index(parts[0]) >= 0 && lex.countries[lex.country_index(parts[0])].organisation))
    return {};
  if (m.type == EventType::kVisit && persons.empty() && parts.size() < 2) return {};
  // An agreement binds two parties; "Iraq agreed to give access" is a concession.
  if (m.type == EventType::kAgreement && parts.size() < 2) return {};
  return parts;
}

}  // namespace annalist::event
