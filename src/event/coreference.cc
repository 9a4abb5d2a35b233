// Coreference of gathering reports within a document.
#include "event/coreference.h"

#include <algorithm>
#include <set>

#include "base/strings.h"
#include "event/cues.h"
#include "event/dating.h"
#include "event/status.h"

namespace annalist::event {

bool refers_to_reported_gathering(const Sentence& s, const TriggerHit& th, bool np_empty, const Mention& m,
                                  const DocumentMemory& mem) {
  const TriggerRule& r = *th.rule;
  if (!is_gathering(r.type) || r.verb || !np_empty || !has_cue(s, "anaphor", th) || own_date(m.time)) return false;
  // "the European Political Community summit": a gathering named by its body is that one.
  for (auto& sp : s.spans)
    if (sp.e == th.b && sp.country >= 0) return false;
  for (auto it = mem.gatherings.rbegin(); it != mem.gatherings.rend(); ++it)
    if (mem.reports[*it].mention.status == m.status) return true;
  return false;
}

bool repeats_reported_gathering(const Sentence& s, const TriggerHit& th, const Mention& m, std::optional<Day> dct,
                                const DocumentMemory& mem) {
  const TriggerRule& r = *th.rule;
  if (!is_gathering(r.type) || mem.gatherings.empty()) return false;
  bool anaphor = has_cue(s, "anaphor", th);
  bool own_time = own_date(m.time) || !m.time.timex_text.empty();
  bool earlier = has_cue(s, "earlier", th);
  for (auto it = mem.gatherings.rbegin(); it != mem.gatherings.rend(); ++it) {
    const Mention& g = mem.reports[*it].mention;
    bool same_people = g.participants == m.participants;
    bool subset = std::all_of(m.participants.begin(), m.participants.end(), [&](const std::string& p) {
      return std::find(g.participants.begin(), g.participants.end(), p) != g.participants.end();
    });
    // Only a definite noun phrase without a time of its own, or the same people on the same
    // dated day, is the same gathering; undated verbal reports may be distinct events.
    // A report dated only by publication is not yet pinned to a day: a later report with a date
    // of its own dates it (replace_headline), it does not repeat it.
    bool same_day = g.time.interval && m.time.interval && *g.time.interval == *m.time.interval &&
                    m.time.basis != DateBasis::kPublication && g.time.basis != DateBasis::kPublication;
    bool same_family = type_family(g.type) == type_family(m.type);
    // The same people again without a time of their own: the article's gathering once more.
    bool same_unresolved = !g.time.dated() && !m.time.dated() && !m.time.value.empty() && g.time.value == m.time.value &&
                           base::to_lower_ascii(g.time.timex_text) == base::to_lower_ascii(m.time.timex_text);
    bool same_time = same_day || same_unresolved;
    // A headline dated the day before ("call with President Lula: 4 May") and a body
    // "earlier today" counted from a publication a day later: one call.
    if (g.time.basis == DateBasis::kExplicit && g.time.granularity == Granularity::kDay &&
        m.time.basis == DateBasis::kRelative && m.time.granularity == Granularity::kDay && g.time.interval &&
        m.time.interval && g.sentence <= 2 && (m.time.interval->first - g.time.interval->first).count() == 1 && dct &&
        m.time.interval->first == *dct)
      same_time = true;
    // Generic talk nouns ("dialogue", "discussion") may name a call as well as a meeting.
    bool repeat = (same_family || r.needs == "complement") && same_people && (!own_time || same_time) && !earlier;
    if (g.status == m.status && subset &&
        ((anaphor && (!own_time || same_time)) || (same_family && same_people && same_day) || repeat))
      return true;
  }
  return false;
}

bool names_announced_gathering(const Lexicon& lex, const Sentence& s, const TriggerHit& th, const Mention& m,
                               const DocumentMemory& mem) {
  const TriggerRule& r = *th.rule;
  // "that meeting" (told as past) or "his planned summit with X" (a plan again): a reference.
  const bool as_past = m.status == EventStatus::kOccurred && m.status_why == StatusReading{}.why;
  if (!is_gathering(r.type) || r.verb || !(as_past || m.status == EventStatus::kPlanned) || !m.time.timex_text.empty() || own_date(m.time) || !has_cue(s, "anaphor", th) || has_cue(s, "earlier", th))
    return false;
  // "thanked X for hosting the recent talks": a gathering told as held is no plan any more, even
  // one the text announced before ("had offered to host talks").
  if (m.status == EventStatus::kOccurred && has_cue(s, "past-gathering", th)) return false;
  auto state_of = [&](const std::string& name) { return country_or_self(lex, mem, name); };
  for (auto it = mem.gatherings.rbegin(); it != mem.gatherings.rend(); ++it) {
    const Report& rep = mem.reports[*it];
    const Mention& g = rep.mention;
    if (rep.dropped) continue;
    std::set<std::string> people(g.participants.begin(), g.participants.end()), states;
    for (auto& p : g.participants) states.insert(state_of(p));
    bool among = !m.participants.empty() &&
                 std::all_of(m.participants.begin(), m.participants.end(), [&](const std::string& p) {
                   return people.count(p) > 0 || states.count(state_of(p)) > 0;
                 });
    // A person never stands for another person of the same state: "the Ufa talks between the
    // prime ministers" are not the announced talks of their security advisers.
    for (auto& p : m.participants) {
      if (lex.country_index(p) >= 0 || people.count(p)) continue;
      for (auto& q : g.participants)
        if (lex.country_index(q) < 0 && state_of(q) == state_of(p)) among = false;
    }
    if (!among) continue;
    // "Zayani's visit to Israel" is not the announced visit to Bahrain.
    if (!m.location.empty() && !g.location.empty() && m.location != g.location) continue;
    // The latest report of these people decides: a reported occurrence is referred to as such; a
    // plan, cancelled or denied, is what "that meeting" names.
    return g.status != EventStatus::kOccurred;
  }
  return false;
}

void replace_headline(const Lexicon& lex, Mention& m, DocumentMemory& mem) {
  if (!is_gathering(m.type) || !own_date(m.time)) return;
  auto country_of = [&](const std::string& name) {
    if (int p = lex.person_index(name); p >= 0) return lex.people[p].country;
    return lex.country_index(name) >= 0 ? name : std::string();
  };
  for (std::size_t g : mem.gatherings) {
    Report& rep = mem.reports[g];
    const Mention& gm = rep.mention;
    if (rep.dropped || gm.time.basis != DateBasis::kPublication || gm.status != m.status || gm.type != m.type ||
        gm.sentence > 2)
      continue;
    bool same = gm.participants == m.participants;
    if (!same) {
      std::set<std::string> mc;
      for (auto& p : m.participants) mc.insert(country_of(p));
      int overlap = 0;
      bool all_countries = true;
      for (auto& p : gm.participants) {
        if (lex.country_index(p) < 0) all_countries = false;
        if (mc.count(p)) ++overlap;
      }
      same = all_countries && overlap >= 2;
    }
    if (!same) continue;
    rep.dropped = true;
    // One event told twice: where the headline placed it still holds ("welcome you to Sochi").
    if (m.location.empty()) m.location = gm.location;
  }
}

}  // namespace annalist::event
