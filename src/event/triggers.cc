// Trigger finding, trigger requirements, and the choice of the sentence's reports.
#include "event/triggers.h"

#include <algorithm>

#include "event/cues.h"
#include "event/dating.h"

namespace annalist::event {
namespace {

// Two or more coordinated date expressions after the trigger in its sentence.
bool lists_dates(const Sentence& s, const TriggerHit& th) {
  for (std::size_t i = 0; i < s.timexes.size(); ++i)
    if (s.timexes[i].b >= th.e && s.timexes[i].timex->type == "DATE" && !coordinated_expressions(s, i).empty()) return true;
  return false;
}

}  // namespace

std::vector<TriggerHit> find_triggers(const PhraseLookup& lookup, const Sentence& s) {
  const auto& toks = s.toks;
  std::vector<TriggerHit> hits;
  // The phrases read_actors kept in the sentence; looked up here only for a sentence not read so.
  const bool kept = s.trigger_from.size() == toks.size() + 1;
  for (std::size_t k = 0; k < toks.size();) {
    if (kept && !s.starts_trigger(k)) {
      ++k;
      continue;
    }
    const TriggerRule* best = nullptr;
    std::size_t best_e = 0;
    const RuleMatch<TriggerRule>* first = nullptr;
    const RuleMatch<TriggerRule>* last = nullptr;
    if (kept) {
      first = s.trigger_matches.data() + s.trigger_from[k];
      last = s.trigger_matches.data() + s.trigger_from[k + 1];
    } else {
      const auto& found = lookup.triggers_at(k);
      first = found.data();
      last = found.data() + found.size();
    }
    for (const auto* it = first; it != last; ++it) {
      const auto& m = *it;
      const TriggerRule& r = *m.rule;
      std::size_t e = m.end;
      if (!best || e > best_e) {
        best = &r;
        best_e = e;
        continue;
      }
      if (e < best_e || (r.type == best->type && r.verb == best->verb)) continue;
      // "visit", "talks": a verb after to/will/did/they, a noun elsewhere.
      bool verb_context = k > 0 && s.cue_before(k, "verb-context");
      if (r.verb == verb_context && best->verb != verb_context) best = &r;
      else if (r.verb == best->verb && r.priority > best->priority) best = &r;
    }
    if (!best) {
      ++k;
      continue;
    }
    // A trigger word inside an actor phrase ("Summit Avenue") is not a trigger.
    bool inside = false;
    for (auto& sp : s.spans)
      if (sp.title < 0 && k >= sp.b && k < sp.e) inside = true;
    // "call off" is a cancellation, not a call.
    for (auto& c : s.cues)
      if (k >= c.b && k < c.e && (c.rule->kind == "cancelled" || c.rule->kind == "denied")) inside = true;
    if (!inside) hits.push_back({k, best_e, best});
    k = best_e;
  }
  return hits;
}

bool trigger_ok(const Sentence& s, const TriggerHit& th) {
  const auto& toks = s.toks;
  const TriggerRule& r = *th.rule;
  if (r.needs == "complement") {
    bool ok = th.e < toks.size() && (s.cue_at(th.e, "comitative") || s.cue_at(th.e, "reciprocal"));
    for (std::size_t k = th.b; k > 0 && th.b - k < 3 && !ok; --k)
      if (s.cue_at(k - 1, "light-verb")) ok = true;
    if (!ok) return false;
  }
  if (r.needs == "person-object") {
    bool ok = false;
    // The object may sit inside the trigger phrase ("welcomed * to") or right after it.
    for (auto& sp : s.spans)
      if (sp.b > th.b && sp.b <= th.e + 3 && (sp.person >= 0 || sp.surname >= 0 || sp.title >= 0)) ok = true;
    for (auto& c : s.cues)
      if ((c.rule->kind == "group" || c.rule->kind == "second-person") && c.b > th.b && c.b <= th.e + 2) ok = true;
    if (!ok) return false;
  }
  if (has_cue(s, "anniversary", th)) return false;
  // "will visit a plant", "visited a school": a visit verb whose object is an indefinite noun
  // phrase is a stop on a trip, not a visit to a state or a leader.
  if (r.verb && r.type == EventType::kVisit && th.e < toks.size() && s.cue_at(th.e, "indefinite")) {
    bool actor = false;
    for (auto& sp : s.spans)
      if (sp.b > th.e && sp.b <= th.e + 3) actor = true;
    if (!actor) return false;
  }
  if (has_cue(s, "conditional", th)) return false;
  // "spoke to reporters", "met students": a gathering verb before an audience is no gathering.
  if (r.verb && is_gathering(r.type) && s.cue_at(th.e, "audience")) return false;
  // "the need for dialogue", "a statement on the visit"; but "no information regarding a meeting"
  // is a denial of that meeting.
  // A topic noun with a date of its own is a particular gathering ("briefed the cabinet on his
  // meeting with the Japanese premier in Tokyo last week").
  bool own_date = false;
  for (auto& x : s.timexes)
    if (x.b >= th.e && x.b - th.e <= 8 && x.timex->type == "DATE") {
      own_date = true;
      for (std::size_t k = th.e; k < x.b; ++k)
        if (s.breaks(k) || s.starts_trigger(k)) own_date = false;
    }
  if (!r.verb && has_cue(s, "generic", th) && !has_cue(s, "denied", th) && !own_date) return false;
  // "was met with anger" is no meeting; "was approved by X and Y" names its agents.
  if (r.verb && has_cue(s, "passive", th) && !s.cue_at(th.e - 1, "agentive")) return false;
  return true;
}

ChosenTriggers choose_triggers(const Sentence& s, const std::vector<TriggerHit>& triggers,
                               const std::vector<Actor>& actors) {
  const auto& toks = s.toks;
  ChosenTriggers out;
  // The loops below ask again about the same triggers: each answer is worked out once.
  std::vector<signed char> ok_known(triggers.size(), -1), aggregate_known(triggers.size(), -1);
  auto ok = [&](const TriggerHit& th) {
    signed char& v = ok_known[&th - triggers.data()];
    if (v < 0) v = trigger_ok(s, th);
    return v != 0;
  };
  auto aggregate = [&](const TriggerHit& th) {
    signed char& v = aggregate_known[&th - triggers.data()];
    if (v < 0) v = has_cue(s, "aggregate", th);
    return v != 0;
  };
  for (auto& th : triggers)
    if (ok(th) && (th.rule->verb || th.rule->type == EventType::kStatement)) out.predicates.push_back({th.b, th.e});
  auto& chosen = out.chosen;
  const TriggerHit* main = nullptr;
  TriggerHit upgraded{};
  auto connected_by_modality = [&](const TriggerHit& a, const TriggerHit& b) {
    // "held talks by video link", "a meeting via a video link": the later noun says how.
    for (std::size_t k = b.b; k > a.e && b.b - k < 3; --k) {
      if (s.cue_at(k - 1, "medium")) return true;
      if (!s.cue_at(k - 1, "determiner")) return false;
    }
    return false;
  };
  // "the June 3 talks", "the May 3-4 parleys": a gathering noun with its date right before it,
  // after a determiner (a day range's "-24" may stand outside the time expression).
  auto dated_noun = [&](const TriggerHit& th) {
    for (auto& x : s.timexes) {
      if (x.e > th.b || th.b - x.e > 2 || x.b == 0 || !s.cue_at(x.b - 1, "determiner") || x.timex->type != "DATE") continue;
      bool tail = true;
      for (std::size_t k = x.e; k < th.b; ++k)
        if (!(toks[k].number || toks[k].text == "-" || toks[k].text == "\u2013")) tail = false;
      if (tail) return true;
    }
    return false;
  };
  auto direct_object = [&](const TriggerHit& verb, const TriggerHit& noun) {
    // "attended the summit", "paid an official visit": no preposition between verb and noun.
    if (noun.b < verb.e || noun.b - verb.e > 4) return false;
    for (std::size_t k = verb.e; k < noun.b; ++k)
      if (s.cue_at(k, "preposition") || !toks[k].word) return false;
    return true;
  };
  for (auto& th : triggers) {
    if (!is_gathering(th.rule->type) || !ok(th)) continue;
    // "met six times": not an event -- unless the occasions are listed ("twice -- in November
    // 2014 and April 2015").
    if (aggregate(th) && !lists_dates(s, th)) continue;
    if (!main) {
      main = &th;
      continue;
    }
    bool main_verb = main->rule->verb, this_verb = th.rule->verb;
    if (main_verb && !this_verb) {
      if ((direct_object(*main, th) || connected_by_modality(*main, th)) && th.rule->priority > main->rule->priority) {
        // "would later have a meeting via video link": the cues of the verb phrase still apply.
        upgraded = th;
        upgraded.b = main->b;
        main = &upgraded;
      }
    } else if (!main_verb && this_verb) {
      if (!connected_by_modality(*main, th)) main = &th;  // the predicate wins over a framing noun
    } else if (!main_verb && !this_verb) {
      // "a summit via video link" is still a summit, held online.
      bool virtual_summit = main->rule->type == EventType::kSummit && th.rule->type == EventType::kCall;
      if (connected_by_modality(*main, th) && th.rule->priority > main->rule->priority && !virtual_summit) {
        upgraded = th;
        upgraded.b = main->b;
        main = &upgraded;
      } else if (type_family(th.rule->type) == type_family(main->rule->type) && dated_noun(th) && !dated_noun(*main)) {
        // "sent the talks back on Saturday, saying X could join the May 3-4 parleys": the noun with
        // its own date names the gathering; the first one's time belongs to another verb.
        main = &th;
      }
    }
  }
  if (main) {
    chosen.push_back(*main);
    // "... have visited Paris, and today our ministers are meeting": a second predicate in a
    // coordinated clause is a second gathering.
    for (auto& th : triggers) {
      if (!is_gathering(th.rule->type) || !th.rule->verb || th.b <= main->e || !ok(th)) continue;
      if (aggregate(th)) continue;
      std::size_t join = kNone;
      for (std::size_t k = main->e; k + 1 < th.b; ++k)
        if ((toks[k].text == "," && s.cue_at(k + 1, "coordinator")) || toks[k].text == ";") join = k;
      // The new clause needs a subject of its own ("our ministers are meeting"), else it is
      // the first subject's next act ("met X, will meet Y and will visit Chicago").
      bool subject = false;
      for (auto& a : actors)
        if (join != kNone && a.b > join && a.e <= th.b) subject = true;
      if (join != kNone && subject && th.b - main->e >= 5) {
        chosen.back().clause_e = join;
        chosen.push_back(th);
        chosen.back().clause_b = join + 1;
        break;
      }
    }
  }
  // "the trip was agreed on during the leaders' talks on June 3": a gathering named
  // inside a prepositional phrase with a date of its own, beside a plan, is another, earlier event.
  // Only beside a plan or a noun: "met Xi during the summit on Tuesday" is one gathering at the
  // summit, but "the agreement to launch negotiations, reached during the March 3 videoconference"
  // names the videoconference as an event of its own.
  const bool main_planned =
      main && (!main->rule->verb || has_cue(s, "planned", *main) || has_cue(s, "infinitive", *main));
  if (main && main_planned)
    for (auto& th : triggers) {
      if (!is_gathering(th.rule->type) || th.rule->verb || !ok(th) || aggregate(th)) continue;
      if (th.b < main->e && th.e > main->b) continue;  // part of the main trigger
      bool listed = false;
      for (auto& c : chosen)
        if (th.b < c.e && th.e > c.b) listed = true;
      if (listed) continue;
      // A preposition of time before the noun phrase: "during the", "at their".
      // A plural possessive is part of the noun phrase: "during the leaders' summit in March".
      auto np_word = [&](std::size_t q) {
        return toks[q].word || (toks[q].norm == "'" && q > 0 && toks[q - 1].byte_end == toks[q].byte_begin);
      };
      std::size_t k = th.b;
      while (k > 0 && th.b - k < 5 && np_word(k - 1) && !s.cue_at(k - 1, "setting")) --k;
      if (k == 0 || th.b - k >= 5 || !toks[k - 1].word) continue;
      // Its own date: right before the noun ("the December 7 videoconference") or just after
      // its complement ("the leaders' talks on June 15"), nearer to it than to the main trigger.
      bool dated = false;
      for (auto& x : s.timexes) {
        std::size_t xb = x.b, xe = x.e;
        if (xe <= th.b && xb >= k) dated = true;
        if (xb >= th.e && xb - th.e <= 5 && xb > 0 && s.cue_at(xb - 1, "date-preposition")) {
          if (s.unbroken(th.e, xb)) dated = true;
        }
        if (dated && main->b < th.b && xb < main->e + 2) dated = false;
      }
      if (!dated) continue;
      chosen.push_back(th);
      chosen.back().embedded = true;
      out.predicates.push_back({th.b, th.e});  // its date is its own, not the main report's
      break;
    }
  // A gathering noun beside the sentence's report that a cue marks as another occasion is an event
  // of its own: a later one the report prepares ("ahead of the Canada-EU summit on Friday", "in
  // preparation for a eurozone summit on Thursday"; its status cues make it a plan), or an earlier
  // one it follows ("The talks were held after the bloc's three-day summit closed").
  auto other_occasions = [&](auto marked, bool TriggerHit::*occasion) {
    for (auto& th : triggers) {
      if (!is_gathering(th.rule->type) || th.rule->verb || !ok(th) || aggregate(th)) continue;
      bool listed = false;
      for (auto& c : chosen)
        if (th.b < c.e && th.e > c.b) listed = true;
      if (listed || (th.b < main->e && th.e > main->b) || !marked(th)) continue;
      chosen.push_back(th);
      chosen.back().*occasion = true;
      out.predicates.push_back({th.b, th.e});
    }
  };
  if (main) {
    other_occasions([&](const TriggerHit& th) { return has_prospective_cue(s, th); }, &TriggerHit::prospective);
    other_occasions([&](const TriggerHit& th) { return th.b >= main->e && has_cue(s, "retrospective", th); },
                    &TriggerHit::retrospective);
  }
  // "held a summit with X, followed by exchanges with Y", "will visit Lima, where a summit of the
  // bloc is to be held": a gathering noun right after a sequel cue is another gathering, which the
  // subject of the report attends; its own clause begins at the cue.
  if (main)
    for (auto& th : triggers) {
      if (!is_gathering(th.rule->type) || th.rule->verb || th.b < main->e || !ok(th) ||
          aggregate(th))
        continue;
      bool listed = false;
      for (auto& c : chosen)
        if (th.b < c.e && th.e > c.b) listed = true;
      std::size_t cue_b = kNone;
      if (listed || !has_cue(s, "sequel", th, &cue_b) || cue_b < main->e) continue;
      chosen.front().clause_e = std::min(chosen.front().clause_e, cue_b);  // the report's clause ends there
      chosen.push_back(th);
      chosen.back().sequel = true;
      chosen.back().clause_b = cue_b;
      out.predicates.push_back({th.b, th.e});
    }
  // "came two weeks after X returned from a visit to Egypt", "took effect on Friday, two days
  // after the ministers met in Geneva": a duration, an offset word and a clause with its own
  // subject and gathering, which the duration dates from the report.
  if (main)
    for (std::size_t i = 0; i < s.timexes.size(); ++i) {
      const auto& x = s.timexes[i];
      if (x.timex->type != "DURATION" || x.b < main->e || x.e + 2 >= toks.size()) continue;
      const bool after = s.cue_at(x.e, "offset-after"), before = s.cue_at(x.e, "offset-before");
      if (!after && !before) continue;
      for (auto& th : triggers) {
        if (!is_gathering(th.rule->type) || th.b <= x.e + 1 || th.b - x.e > 12 || !ok(th) ||
            aggregate(th))
          continue;
        const bool clean = s.unbroken(x.e + 1, th.b);
        bool subject = false;
        for (auto& a : actors)
          if (a.b > x.e && a.e <= th.b) subject = true;
        if (!clean || !subject) break;
        chosen.front().clause_e = std::min(chosen.front().clause_e, x.b);
        chosen.push_back(th);
        chosen.back().offset = i;
        chosen.back().offset_before = before;
        chosen.back().clause_b = x.e + 1;
        out.predicates.push_back({th.b, th.e});
        break;
      }
      break;
    }
  for (auto& th : triggers)
    if (!is_gathering(th.rule->type) && ok(th)) {
      // "agreed to meet": the agreement is the plan of the gathering, not a signed deal.
      // But "As agreed on Friday, the two leaders reviewed the talks today": a clause of its own, the
      // agreement made then.
      if (th.rule->type == EventType::kAgreement && main && th.e <= main->b && s.words(th.e, main->b) <= 3) {
        bool own_clause = false;
        for (std::size_t k = th.e; k < main->b; ++k)
          if (toks[k].text == "," || s.breaks(k)) own_clause = true;
        if (!own_clause) continue;
      }
      chosen.push_back(th);
    }
  return out;
}

}  // namespace annalist::event
