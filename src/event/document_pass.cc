// Document post-pass over the reports of one document.
#include "event/document_pass.h"

#include <algorithm>
#include <set>

#include "event/dating.h"

namespace annalist::event {
namespace {

// Statements and agreements of participants of an occurred gathering, without another date,
// belong to it.
void fold_into_gatherings(const Lexicon& lex, DocumentMemory& mem) {
  auto& out = mem.reports;
  for (auto& rep : out) {
    const Mention& m = rep.mention;
    if (rep.dropped || is_gathering(m.type)) continue;
    for (std::size_t g : mem.gatherings) {
      const Mention& gm = out[g].mention;
      if (out[g].dropped || gm.status != EventStatus::kOccurred || m.status != EventStatus::kOccurred) continue;
      const auto& gp = gm.participants;
      // A speaker is inside a gathering named by countries when his country is one of them.
      std::set<std::string> gc;  // the gathering's parties as countries too
      for (auto& p : gp) gc.insert(country_or_self(lex, mem, p));
      bool inside = std::all_of(m.participants.begin(), m.participants.end(), [&](const std::string& p) {
        return std::find(gp.begin(), gp.end(), p) != gp.end() ||
               std::find(gp.begin(), gp.end(), person_country(lex, mem, p)) != gp.end() || gc.count(p) > 0;
      });
      // A state speaking ("the French government reiterated") beside its leader's gathering is
      // inside it only when its words are about it (they name its people or "the two leaders").
      if (inside && m.participants.size() == 1 && std::find(gp.begin(), gp.end(), m.participants[0]) == gp.end()) {
        if (lex.is_state(m.participants[0]) && !rep.group_named &&
            std::none_of(gp.begin(), gp.end(), [&](const std::string& p) { return rep.named.count(p) > 0; }))
          inside = false;
      }
      bool own = own_date(m.time);
      // A spokesperson's words of a day of their own are said at a briefing, not in the gathering.
      if (own && rep.voiced) continue;
      // "The first was last May, weeks before X and Y announced": another moment than the call.
      if (rep.offset) continue;
      // A document dated in its own words ("Joint Statement, January 19, 2011") is a record of its own;
      // so is one its parties speak through ("In a joint statement, X and Y said").
      if ((own || rep.own_words) && m.type == EventType::kAgreement) continue;
      bool same_time = !own || (gm.time.interval && m.time.interval && gm.time.interval->contains(*m.time.interval));
      if (inside && same_time) {
        rep.dropped = true;
        break;
      }
    }
  }
}

// An institution's words about a gathering of this document ("the presidency said both leaders
// agreed ...") are the readout of that gathering, not a statement of their own.
void fold_readouts(const Lexicon& lex, DocumentMemory& mem) {
  auto& out = mem.reports;
  for (auto& rep : out) {
    const Mention& m = rep.mention;
    if (rep.dropped || m.type != EventType::kStatement || m.participants.size() != 1) continue;
    if (!lex.is_organisation(m.participants[0])) continue;
    bool about = false;
    for (std::size_t g : mem.gatherings) {
      const Mention& gm = out[g].mention;
      // A plan has no readout: words about it are an announcement of their own.
      if (out[g].dropped || gm.status != EventStatus::kOccurred) continue;
      // "X called Y on Tuesday, an aide to the president said Friday": words of their own
      // day are an event of their own; so are they beside a gathering the text places only
      // within a week or more ("spoke earlier this week, the White House said Friday"), longer
      // than a gathering lasts.
      if (own_date(m.time) && m.time.interval && gm.time.interval &&
          (!gm.time.interval->overlaps(*m.time.interval) || gm.time.interval->days() >= kLongestGatheringDays))
        continue;
      // Words of their own day tell nothing of a gathering the text does not date (a background
      // "her first trip to Japan").
      if (own_date(m.time) && m.time.interval && !gm.time.interval) continue;
      if (rep.group_named) about = true;
      for (auto& p : gm.participants)
        if (rep.named.count(p)) about = true;
    }
    if (about) rep.dropped = true;
  }
}

// One speaker, one statement: later words of the same speaker without a time of their own are the
// same statement. An institution speaks for its state ("the U.S. administration" after "the White
// House").
void fold_speakers(const Lexicon& lex, DocumentMemory& mem) {
  auto& out = mem.reports;
  auto speaker = [&](const Mention& m) {
    std::vector<std::string> v;
    for (auto& p : m.participants) {
      int ci = lex.country_index(p);
      v.push_back(ci >= 0 && !lex.countries[ci].home.empty() ? lex.countries[ci].home : p);
    }
    std::sort(v.begin(), v.end());
    return v;
  };
  // "the Kremlin said on Monday" and "Kremlin spokesman X confirmed the visit on Monday": the
  // institution's words are those of its spokesperson, on the same day; words of the
  // spokesperson the text does not date ("..., White House spokesperson X said") are the dated words
  // of the institution ("the White House said on Thursday").
  for (auto& inst : out) {
    const Mention& m = inst.mention;
    if (inst.dropped || m.type != EventType::kStatement || m.participants.size() != 1) continue;
    for (auto& voice : out) {
      Mention& v = voice.mention;
      if (voice.dropped || &voice == &inst || v.type != EventType::kStatement || v.participants.size() != 1) continue;
      auto it = mem.voice_of.find(v.participants[0]);
      if (it == mem.voice_of.end() || it->second != m.participants[0]) continue;
      bool same_day = !m.time.dated() || !v.time.dated() ||
                      (m.time.interval && v.time.interval && m.time.interval->overlaps(*v.time.interval));
      if (!same_day && own_date(m.time) && !own_date(v.time)) {
        v.time = m.time;
        same_day = true;
      }
      if (same_day) {
        inst.dropped = true;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    const Mention& m = out[i].mention;
    if (out[i].dropped || m.type != EventType::kStatement || own_date(m.time)) continue;
    for (std::size_t j = 0; j < i; ++j)
      if (!out[j].dropped && out[j].mention.type == EventType::kStatement &&
          speaker(out[j].mention) == speaker(m)) {
        out[i].dropped = true;
        break;
      }
  }
}

// "the summit planned for September" + "the cancelled summit": the plan was cancelled; a denial of
// "a meeting later this year" + the rumoured "meeting in October": the plan denied.
void fold_cancellations(const Lexicon& lex, DocumentMemory& mem) {
  auto& out = mem.reports;
  // The same parties, counted as states ("the Japanese, Indian and Brazilian leaders").
  auto states = [&](const Mention& m) {
    std::set<std::string> c;
    for (auto& p : m.participants) {
      int k = lex.country_index(country_or_self(lex, mem, p));
      c.insert(k >= 0 && !lex.countries[k].home.empty() ? lex.countries[k].home : country_or_self(lex, mem, p));
    }
    return c;
  };
  for (std::size_t i = 0; i < out.size(); ++i) {
    EventStatus st = out[i].mention.status;
    if (out[i].dropped || (st != EventStatus::kCancelled && st != EventStatus::kDenied)) continue;
    for (std::size_t j = 0; j < out.size(); ++j) {
      Mention& plan = out[j].mention;
      const Mention& m = out[i].mention;
      if (out[j].dropped || plan.status != EventStatus::kPlanned || !plan.time.dated() || plan.type != m.type) continue;
      if (m.time.dated() && !m.time.interval->contains(*plan.time.interval)) continue;
      if (states(m) != states(plan)) continue;
      plan.status = st;
      plan.status_why = m.status_why + " (sentence " + std::to_string(m.sentence) + ")";
      out[i].dropped = true;
    }
  }
}

// "Kim wanted to go through with his planned summit with Trump" beside "the June 12 summit of
// Trump and Kim, which Trump called off": a plan told without a date, of the same people as a dated
// plan (or one cancelled or denied) of the document, before or after it, is that plan; so is a plan
// of going to the place of a dated plan ("will travel to Lima" beside "will meet X in Lima on Monday").
void fold_undated_plans(const Lexicon& lex, DocumentMemory& mem) {
  auto& out = mem.reports;
  for (auto& rep : out) {
    const Mention& m = rep.mention;
    if (rep.dropped || !is_gathering(m.type) || m.status != EventStatus::kPlanned || m.time.dated() ||
        !m.time.timex_text.empty())
      continue;
    for (auto& other : out) {
      const Mention& g = other.mention;
      if (&other == &rep || other.dropped || !is_gathering(g.type) || g.status == EventStatus::kOccurred || !g.time.dated())
        continue;
      bool same = type_family(g.type) == type_family(m.type) && g.participants == m.participants;
      if (!same && !m.location.empty() && m.location == g.location) {
        std::string state = lex.country_index(g.location) >= 0 ? g.location : std::string();
        if (int pl = lex.place_index(g.location); pl >= 0) state = lex.places[pl].country;
        same = std::all_of(m.participants.begin(), m.participants.end(), [&](const std::string& p) {
          return p == state || std::find(g.participants.begin(), g.participants.end(), p) != g.participants.end();
        });
      }
      if (!same) continue;
      rep.dropped = true;
      break;
    }
  }
}

}  // namespace

void fold_document(const Lexicon& lex, DocumentMemory& mem) {
  fold_into_gatherings(lex, mem);
  fold_readouts(lex, mem);
  fold_speakers(lex, mem);
  fold_cancellations(lex, mem);
  fold_undated_plans(lex, mem);
}

}  // namespace annalist::event
