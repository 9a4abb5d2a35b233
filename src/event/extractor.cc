// Event mention extraction: trigger -> type, then participants, status, location and time per sentence.
#include "event/extractor.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "base/strings.h"
#include "base/utf8.h"
#include "calendar/timex_value.h"
#include "doc/sentences.h"
#include "event/lexicon.h"
#include "event/tokens.h"

namespace annalist::event {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool is_gathering(EventType t) { return t != EventType::kStatement && t != EventType::kAgreement; }

// Token-level match of a phrase at `pos`; "*" skips zero to three word tokens, "#" is a number.
// Returns the end token index or kNone.
std::size_t match_phrase(const std::vector<Token>& toks, std::size_t pos, const Phrase& ph, std::size_t pi = 0) {
  if (pi == ph.size()) return pos;
  if (ph[pi] == "*") {
    for (std::size_t skip = 0; skip <= 3; ++skip) {
      if (skip > 0 && (pos + skip - 1 >= toks.size() || !toks[pos + skip - 1].word)) break;
      std::size_t r = match_phrase(toks, pos + skip, ph, pi + 1);
      if (r != kNone) return r;
    }
    return kNone;
  }
  if (pos >= toks.size()) return kNone;
  if (ph[pi] == "#") {
    if (!toks[pos].number) return kNone;
  } else if (toks[pos].norm != ph[pi]) {
    return kNone;
  }
  return match_phrase(toks, pos + 1, ph, pi + 1);
}

// Tokens that end a clause for the purpose of cue windows.
bool clause_break(const Token& t) {
  // Periods inside a sentence belong to abbreviations ("St. Petersburg"), so they do not count.
  return t.text == ";" || t.text == ":" || is_quote(t) || t.text == "\xE2\x80\x94";
}

struct TriggerHit {
  std::size_t b, e;  // token span
  const TriggerRule* rule;
  std::size_t clause_b = 0, clause_e = static_cast<std::size_t>(-1);  // coordinated clauses bound it
  bool embedded = false;  // a dated gathering named inside another report's sentence
};

struct CueHit {
  std::size_t b, e;
  const CueRule* rule;
};

// One actor phrase in a sentence; several lexicon kinds may share the span ("Beijing": place and metonym).
struct Span {
  std::size_t b = 0, e = 0;
  int person = -1, surname = -1, country = -1, place = -1, title = -1;
  ActorKind country_kind = ActorKind::kCountry;
  std::string unknown;  // a person not in the lexicon, as written
};

struct Actor {
  std::string name;
  bool person = false;
  std::size_t b = 0, e = 0;  // token span
  std::string country;       // of a person, when known
};

struct DocState {
  std::set<int> seen;                                   // people named in full so far
  std::map<std::string, std::string> unknown_surnames;  // "ivanovsky" -> "Pavel Ivanovsky"
  std::vector<Actor> recent;                            // people by their latest mention

  // Scans of `recent` look for the latest mention of a name or country, so an earlier mention
  // of the same name and country adds nothing: keeping one entry each keeps a long document's
  // scans short (they ran over every mention so far, which made extraction quadratic).
  void remember(const Actor& a) {
    auto same = [&](const Actor& r) { return r.name == a.name && r.country == a.country; };
    recent.erase(std::remove_if(recent.begin(), recent.end(), same), recent.end());
    recent.push_back(a);
  }
  std::vector<std::string> group;                       // last set of two or more participants
  std::vector<std::size_t> gatherings;                  // indexes into the output
  int gathering_sentences = 0;
  bool ended = false;                                   // past the end of the article proper
  int speaker = -1;                                     // person of the current speaker label
  std::set<int> countries;                              // countries named anywhere in the document
  std::set<int> dialogue;                               // every person with a speaker label
};

class Engine {
 public:
  Engine(const Lexicon& lex, const Document& doc, const std::vector<Timex>& timexes)
      : lex_(lex), doc_(doc), timexes_(timexes), cpi_(doc.text) {
    for (auto& c : lex_.cues)
      if (c.kind == "not-name")
        for (auto& ph : c.phrases)
          if (ph.size() == 1) not_name_.insert(ph[0]);
    for (auto& t : lex_.titles)
      for (auto& ph : t.phrases)
        if (!ph.empty()) title_heads_.insert(ph.back());
  }

  std::vector<Mention> run();

 private:
  const Lexicon& lex_;
  const Document& doc_;
  const std::vector<Timex>& timexes_;
  base::CodePointIndex cpi_;
  std::set<std::string> not_name_;  // words that are never part of a person's name
  std::set<std::string> title_heads_;  // last words of title phrases ("minister", "leader")

  // "leaders", "ministers" are plurals of title words; "minister of foreign affairs" is not.
  bool plural_title_word(const std::string& w) const {
    if (w.size() < 3 || w.back() != 's' || w == "'s") return false;
    if (title_heads_.count(w.substr(0, w.size() - 1))) return true;
    return w.size() > 3 && w.compare(w.size() - 2, 2, "es") == 0 && title_heads_.count(w.substr(0, w.size() - 2));
  }
  DocState st_;
  std::vector<Mention> out_;
  std::vector<bool> drop_;
  std::vector<std::set<std::string>> named_;  // per mention: people named in its sentence
  std::vector<bool> group_named_;              // per mention: its sentence says "the two leaders"
  std::vector<std::pair<std::size_t, std::size_t>> trigger_spans_;  // other triggers of the sentence

  // Per sentence
  std::vector<Token> toks_;
  std::vector<Span> spans_;
  std::vector<CueHit> cues_;
  std::vector<std::pair<std::size_t, std::size_t>> tx_;  // timex token spans
  std::vector<const Timex*> txv_;

  void sentence(int index, std::size_t sb, std::size_t se);
  void find_spans();
  void find_cues();
  int speaker_label() const;
  std::vector<std::string> addressees() const;
  std::vector<TriggerHit> find_triggers();
  bool has_cue(const std::string& kind, std::size_t tb, std::size_t te, const TriggerRule& r,
               std::size_t* cue_b = nullptr, std::string* text = nullptr) const;
  std::vector<Actor> resolve_actors(std::optional<Day> when);
  std::optional<std::string> office_holder(const std::string& country, const std::string& role,
                                           std::optional<Day> when) const;
  EventTime time_of(std::size_t tb, std::size_t te, const TriggerRule& r, int sentence_index,
                    bool earlier, std::size_t* tx_used);
  std::string cue_text(const CueHit& c) const;
};

void Engine::find_spans() {
  spans_.clear();
  for (std::size_t k = 0; k < toks_.size();) {
    auto it = lex_.actor_index.find(toks_[k].norm);
    Span sp;
    std::size_t best = 0;
    if (it != lex_.actor_index.end()) {
      for (auto& ent : it->second) {
        std::size_t e = match_phrase(toks_, k, ent.phrase);
        if (e == kNone || e - k < best) continue;
        // Names are capitalised ("us" is not the United States); titles need not be.
        bool cap = toks_[k].capitalised || (toks_[k].norm == "the" && k + 1 < toks_.size() && toks_[k + 1].capitalised);
        if (ent.kind != ActorKind::kTitle && !cap) continue;
        if (ent.kind == ActorKind::kTitle && best > 0 && e - k == best) continue;
        if (e - k > best) { sp = Span{}; best = e - k; }
        switch (ent.kind) {
          case ActorKind::kPerson: sp.person = ent.index; break;
          case ActorKind::kSurname:
            // Several people share a surname ("Li"): the one already named in this document.
            if (sp.person < 0 && (sp.surname < 0 || st_.seen.count(ent.index))) sp.surname = ent.index;
            break;
          case ActorKind::kCountry:
          case ActorKind::kDemonym:
          case ActorKind::kMetonym:
            if (sp.country < 0 || ent.kind == ActorKind::kCountry) { sp.country = ent.index; sp.country_kind = ent.kind; }
            break;
          case ActorKind::kPlace: sp.place = ent.index; break;
          case ActorKind::kTitle: if (sp.title < 0) sp.title = ent.index; break;
        }
      }
    }
    if (best == 0) { ++k; continue; }
    sp.b = k;
    sp.e = k + best;
    spans_.push_back(sp);
    k += best;
  }
}

void Engine::find_cues() {
  cues_.clear();
  for (std::size_t k = 0; k < toks_.size(); ++k)
    for (auto& c : lex_.cues)
      for (auto& ph : c.phrases) {
        std::size_t e = match_phrase(toks_, k, ph);
        if (e != kNone && e > k) cues_.push_back({k, e, &c});
      }
}

std::string Engine::cue_text(const CueHit& c) const {
  std::string s;
  for (std::size_t k = c.b; k < c.e; ++k) {
    if (k > c.b && toks_[k].byte_begin > toks_[k - 1].byte_end) s += ' ';
    s += toks_[k].text;
  }
  return s;
}

std::vector<TriggerHit> Engine::find_triggers() {
  std::vector<TriggerHit> hits;
  for (std::size_t k = 0; k < toks_.size();) {
    const TriggerRule* best = nullptr;
    std::size_t best_e = 0;
    for (auto& r : lex_.triggers)
      for (auto& ph : r.phrases) {
        std::size_t e = match_phrase(toks_, k, ph);
        if (e == kNone || e <= k) continue;
        if (!best || e > best_e) { best = &r; best_e = e; continue; }
        if (e < best_e || (r.type == best->type && r.verb == best->verb)) continue;
        // "visit", "talks": a verb after to/will/did, a noun elsewhere.
        bool verb_context = k > 0 && (toks_[k - 1].norm == "to" || toks_[k - 1].norm == "will" || toks_[k - 1].norm == "'ll" ||
                                      toks_[k - 1].norm == "would" || toks_[k - 1].norm == "did" || toks_[k - 1].norm == "not" ||
                                      toks_[k - 1].norm == "n't" || toks_[k - 1].norm == "could" || toks_[k - 1].norm == "may" ||
                                      toks_[k - 1].norm == "might" || toks_[k - 1].norm == "should" || toks_[k - 1].norm == "can" ||
                                      toks_[k - 1].norm == "must" || toks_[k - 1].norm == "they" || toks_[k - 1].norm == "we" ||
                                      toks_[k - 1].norm == "are" || toks_[k - 1].norm == "is" || toks_[k - 1].norm == "were" ||
                                      toks_[k - 1].norm == "was" || toks_[k - 1].norm == "be" || toks_[k - 1].norm == "been");
        if (r.verb == verb_context && best->verb != verb_context) best = &r;
        else if (r.verb == best->verb && r.priority > best->priority) best = &r;
      }
    if (!best) { ++k; continue; }
    // A trigger word inside an actor phrase ("Summit Avenue") is not a trigger.
    bool inside = false;
    for (auto& s : spans_)
      if (s.title < 0 && k >= s.b && k < s.e) inside = true;
    // "call off" is a cancellation, not a call.
    for (auto& c : cues_)
      if ((c.rule->kind == "cancelled" || c.rule->kind == "denied") && k >= c.b && k < c.e) inside = true;
    if (!inside) hits.push_back({k, best_e, best});
    k = best_e;
  }
  return hits;
}

bool Engine::has_cue(const std::string& kind, std::size_t tb, std::size_t te, const TriggerRule& r,
                     std::size_t* cue_b, std::string* text) const {
  for (auto& c : cues_) {
    const CueRule& cr = *c.rule;
    if (cr.kind != kind) continue;
    if (cr.applies == "verb" && !r.verb) continue;
    if (cr.applies == "noun" && r.verb) continue;
    if (cr.applies == "gathering" && !is_gathering(r.type)) continue;
    if (cr.applies == "statement" && r.type != EventType::kStatement) continue;
    // "earlier today" is a time expression, not the adverb "earlier".
    if (kind == "earlier") {
      bool in_timex = false;
      for (auto& [xb, xe] : tx_)
        if ((c.b < xe && xb < c.e) || xb == c.e) in_timex = true;  // also "earlier | today"
      if (in_timex) continue;
    }
    // Windows count words: "a full-scale visit" is two words from "proposed".
    auto words = [&](std::size_t from, std::size_t to) {
      std::size_t n = 0;
      for (std::size_t k = from; k < to; ++k)
        if (toks_[k].word) ++n;
      return n;
    };
    bool ok = false;
    if (cr.scope == "sentence") {
      ok = true;
    } else if (cr.scope == "before") {
      if (c.e <= tb && words(c.e, tb) <= static_cast<std::size_t>(cr.window)) {
        ok = true;
        for (std::size_t k = c.e; k < tb; ++k)
          if (clause_break(toks_[k])) ok = false;
      }
    } else {  // after
      if (c.b >= te && words(te, c.b) <= static_cast<std::size_t>(cr.window)) {
        ok = true;
        for (std::size_t k = te; k < c.b; ++k)
          if (clause_break(toks_[k])) ok = false;
      }
    }
    if (!ok) continue;
    if (cue_b) *cue_b = c.b;
    if (text) *text = cue_text(c);
    return true;
  }
  return false;
}

std::optional<std::string> Engine::office_holder(const std::string& country, const std::string& role,
                                                 std::optional<Day> when) const {
  if (when) {
    for (auto& p : lex_.people)
      for (auto& o : p.offices)
        if (o.country == country && o.role == role && o.holds(*when)) return p.name;
    return std::nullopt;
  }
  // Without a date only a holder already named in this document is safe.
  for (auto it = st_.recent.rbegin(); it != st_.recent.rend(); ++it)
    if (int i = lex_.person_index(it->name); i >= 0)
      for (auto& o : lex_.people[i].offices)
        if (o.country == country && o.role == role) return lex_.people[i].name;
  return std::nullopt;
}

// Actors of the current sentence; titles are resolved by `when` (the event date, else the DCT).
std::vector<Actor> Engine::resolve_actors(std::optional<Day> when) {
  std::vector<Actor> out;
  std::vector<bool> consumed(spans_.size(), false);
  auto person_country = [&](int p) { return lex_.people[p].country; };
  // A surname of someone not named in this document yet ("Smith", "Park") is only a weak alias:
  // it must not hide an unknown person's name ("Chairman Roger Smith").
  auto unseen_surname_only = [&](const Span& sp) {
    return sp.surname >= 0 && !st_.seen.count(sp.surname) && sp.person < 0 && sp.country < 0 && sp.place < 0 &&
           sp.title < 0;
  };
  auto name_run = [&](std::size_t k) {
    // Capitalised words not in the lexicon: a person's name ("Pavel Ivanovsky"), but not "The
    // Lisbon" or "Acme Holdings" (words listed as `not-name` cues).
    std::size_t e = k;
    while (e < toks_.size() && e - k < 4 && toks_[e].word && toks_[e].capitalised && !toks_[e].number &&
           !not_name_.count(toks_[e].norm)) {
      bool in_span = false;
      for (auto& s : spans_)
        if (e >= s.b && e < s.e && !unseen_surname_only(s)) in_span = true;
      if (in_span) break;
      ++e;
    }
    return e;
  };
  for (std::size_t i = 0; i < spans_.size(); ++i) {
    Span& s = spans_[i];
    if (s.person >= 0) {
      out.push_back({lex_.people[s.person].name, true, s.b, s.e, person_country(s.person)});
      continue;
    }
    if (s.surname >= 0) {
      if (st_.seen.count(s.surname)) out.push_back({lex_.people[s.surname].name, true, s.b, s.e, person_country(s.surname)});
      continue;
    }
    if (s.title >= 0) {
      const Title& t = lex_.titles[s.title];
      // "Mr President": a form of address, handled as "you" in transcripts.
      if (s.b > 0 && (toks_[s.b - 1].norm == "mr" || toks_[s.b - 1].norm == "madam" || toks_[s.b - 1].norm == "dear")) {
        bool name_follows = i + 1 < spans_.size() && spans_[i + 1].b == s.e && (spans_[i + 1].person >= 0 || spans_[i + 1].surname >= 0);
        if (!name_follows) continue;
      }
      // Title + name: the name decides ("Russian Prime Minister Vladimir Putin").
      if (i + 1 < spans_.size() && spans_[i + 1].b == s.e &&
          (spans_[i + 1].person >= 0 || (spans_[i + 1].surname >= 0 && st_.seen.count(spans_[i + 1].surname))))
        continue;
      std::size_t e = name_run(s.e);
      if (e - s.e >= 2 || (e - s.e == 1 && st_.unknown_surnames.count(toks_[s.e].norm))) {
        std::string name;
        for (std::size_t k = s.e; k < e; ++k) name += (k > s.e ? " " : "") + toks_[k].text;
        if (e - s.e == 1) name = st_.unknown_surnames[toks_[s.e].norm];
        std::string country;
        if (i > 0 && spans_[i - 1].e == s.b && spans_[i - 1].country >= 0) {
          country = lex_.countries[spans_[i - 1].country].name;
          consumed[i - 1] = true;
        }
        out.push_back({name, true, s.b, e, country});
        continue;
      }
      if (t.person_word) continue;
      // "a German defence minister" is anyone in that office, not a particular person.
      {
        std::size_t k = s.b;
        while (k > 0 && (spans_[i > 0 ? i - 1 : 0].e == k && i > 0 && spans_[i - 1].country >= 0)) k = spans_[i - 1].b;
        if (k > 0 && (toks_[k - 1].norm == "a" || toks_[k - 1].norm == "an" || toks_[k - 1].norm == "any")) continue;
      }
      // Country qualifier: "Chinese president", "Russia's foreign minister", "president of Russia".
      int country = -1;
      std::size_t qual_b = s.b;
      if (i > 0 && spans_[i - 1].country >= 0) {
        std::size_t gap = s.b - spans_[i - 1].e;
        bool poss = gap == 1 && toks_[spans_[i - 1].e].norm == "'s";
        if (gap == 0 || poss) { country = spans_[i - 1].country; consumed[i - 1] = true; qual_b = spans_[i - 1].b; }
      }
      bool of_the = s.e + 1 < toks_.size() && toks_[s.e].norm == "of" && toks_[s.e + 1].norm == "the";
      if (country < 0 && i + 1 < spans_.size() && spans_[i + 1].country >= 0 && s.e < toks_.size() &&
          toks_[s.e].norm == "of" && (spans_[i + 1].b == s.e + 1 || (of_the && spans_[i + 1].b == s.e + 2))) {
        country = spans_[i + 1].country;
        consumed[i + 1] = true;
      }
      bool plural = plural_title_word(toks_[s.e - 1].norm);
      if (plural) {  // "Russian leaders": the country stands for them
        if (country >= 0) {
          for (std::size_t j = 0; j < spans_.size(); ++j)
            if (spans_[j].country == country) consumed[j] = false;
        }
        // "our foreign ministers" in a dialogue: the ministers of both its states.
        std::size_t k = s.b;
        while (k > 0 && toks_[k - 1].word && toks_[k - 1].norm != "our" && s.b - k < 4) --k;
        if (country < 0 && k > 0 && toks_[k - 1].norm == "our" && st_.speaker >= 0) {
          std::set<std::string> states;
          states.insert(lex_.people[st_.speaker].country);
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
          for (auto it = st_.recent.rbegin(); it != st_.recent.rend(); ++it)
            if (it->country == c.name) { who = it->name; break; }
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
        for (auto it = st_.recent.rbegin(); it != st_.recent.rend() && !who; ++it)
          if (int i = lex_.person_index(it->name); i >= 0)
            for (auto& o : lex_.people[i].offices)
              if (o.role == t.id && (!when || o.holds(*when))) { who = lex_.people[i].name; break; }
        if (!who && when && t.id != "leader") {
          std::set<std::string> holders;
          for (int c : st_.countries) {
            const auto& roles = lex_.countries[c].leader_roles;
            if (std::find(roles.begin(), roles.end(), t.id) == roles.end()) continue;  // China's premier is not "the Prime Minister"
            if (auto h = office_holder(lex_.countries[c].name, t.id, when)) holders.insert(*h);
          }
          if (holders.size() == 1) who = *holders.begin();
        }
        if (who) out.push_back({*who, true, s.b, s.e, ""});
      }
      continue;
    }
  }
  // The surname of an unknown person introduced earlier ("Ivanovsky" after "aide Pavel Ivanovsky").
  for (std::size_t k = 0; k < toks_.size(); ++k) {
    if (!toks_[k].capitalised || !st_.unknown_surnames.count(toks_[k].norm)) continue;
    if ((k > 0 && toks_[k - 1].capitalised && toks_[k - 1].word) || (k + 1 < toks_.size() && toks_[k + 1].capitalised && toks_[k + 1].word))
      continue;
    bool covered = false;
    for (auto& a : out)
      if (k >= a.b && k < a.e) covered = true;
    for (auto& s : spans_)
      if (k >= s.b && k < s.e) covered = true;
    if (!covered) out.push_back({st_.unknown_surnames[toks_[k].norm], true, k, k + 1, ""});
  }
  // Unknown names followed by a speech verb ("Anna Petrova earlier explained").
  for (std::size_t k = 0; k < toks_.size(); ++k) {
    if (!toks_[k].capitalised || toks_[k].number) continue;
    if (k > 0 && toks_[k - 1].capitalised && toks_[k - 1].word) continue;
    std::size_t e = name_run(k);
    if (e - k < 2) continue;
    bool covered = false;
    for (auto& a : out)
      if (a.person && k >= a.b && k < a.e) covered = true;
    if (covered) continue;
    bool speech = false;
    for (std::size_t j = e; j < toks_.size() && j <= e + 2; ++j) {
      for (auto& c : cues_)
        if (c.b == j && c.rule->kind == "speech") speech = true;
    }
    if (!speech) continue;
    if (e < toks_.size() && not_name_.count(toks_[e].norm)) continue;  // "Acme Inc. said"
    // Only a speaker introduced by a state, an institution or a title is one we follow
    // ("Russian Foreign Ministry spokeswoman Anna Petrova"; "the head of Gazprom, Anna Petrova").
    bool introduced = false;
    for (auto& sp : spans_)
      if (sp.e <= k && k - sp.e <= 6 && (sp.country >= 0 || sp.title >= 0)) introduced = true;
    if (!introduced) continue;
    std::string name;
    for (std::size_t j = k; j < e; ++j) name += (j > k ? " " : "") + toks_[j].text;
    out.push_back({name, true, k, e, ""});
  }
  for (std::size_t i = 0; i < spans_.size(); ++i) {
    const Span& s = spans_[i];
    if (consumed[i] || s.person >= 0 || s.title >= 0) continue;
    if (s.country >= 0) out.push_back({lex_.countries[s.country].name, false, s.b, s.e, lex_.countries[s.country].name});
  }
  // In a transcript, "I" is the speaker, "you" the other party and "we" both.
  if (st_.speaker >= 0) {
    const Person& sp = lex_.people[st_.speaker];
    auto others = addressees();
    for (auto& c : cues_) {
      const std::string& k = c.rule->kind;
      if (k == "first-person" || k == "first-plural") out.push_back({sp.name, true, c.b, c.e, sp.country});
      if (k == "second-person" || k == "first-plural")
        for (auto& o : others) out.push_back({o, true, c.b, c.e, ""});
    }
  }
  std::sort(out.begin(), out.end(), [](const Actor& a, const Actor& b) { return a.b < b.b; });
  return out;
}

EventTime Engine::time_of(std::size_t tb, std::size_t te, const TriggerRule& r, int sentence_index,
                          bool earlier, std::size_t* tx_used) {
  EventTime t;
  // The nearest date expression in the same clause-ish window is the event's time.
  std::size_t best = kNone, best_d = kNone;
  for (std::size_t i = 0; i < tx_.size(); ++i) {
    const Timex& x = *txv_[i];
    if (x.type == "DURATION" || x.type == "SET") continue;
    auto [b, e] = tx_[i];
    // Bounds ("since 2013", "until May", "by 2020") are not the time of the event.
    if (b > 0) {
      const std::string& prev = toks_[b - 1].norm;
      if (prev == "since" || prev == "until" || prev == "by" || prev == "before" || prev == "after" || prev == "till" ||
          prev == "ahead")
        continue;
    }
    std::size_t d = e <= tb ? tb - e : (b >= te ? b - te : 0);
    // A predicate between the expression and the trigger takes the expression for itself.
    bool blocked = false;
    for (auto& [ob, oe] : trigger_spans_)
      if (ob != tb && ((oe <= tb && ob >= e) || (ob >= te && oe <= b))) blocked = true;
    if (blocked) continue;
    // A statement's own time stands next to its verb or opens the sentence; dates inside the
    // reported words belong to what was said.
    if (r.type == EventType::kStatement && b > 1) {
      if (d > 4) continue;
      bool actor_between = false;
      for (auto& sp : spans_)
        if (e <= tb && sp.b >= e && sp.e <= tb) actor_between = true;
      if (actor_between) continue;
    }
    bool crosses = false, separated = false;
    for (std::size_t k = std::min(e, tb); k < std::max(b, te) && k < toks_.size(); ++k) {
      if (is_quote(toks_[k])) crosses = true;
      if (toks_[k].text == ";" || toks_[k].text == ":" || toks_[k].text == "\xE2\x80\x94") separated = true;
    }
    // "To open the meeting: a week ago we marked ..." -- but a headline "Call with X: 25 May".
    bool ends_sentence = true;
    for (std::size_t k = e; k < toks_.size(); ++k)
      if (toks_[k].word) ends_sentence = false;
    if (separated && !(ends_sentence && b > te)) continue;
    // "X said on Monday that ... a meeting": the expression dates the matrix clause.
    if (r.type != EventType::kStatement && e <= tb) {
      bool that = false;
      for (std::size_t k = e; k < tb; ++k)
        if (toks_[k].norm == "that") that = true;
      if (that) continue;
    }
    if (crosses) d += 20;
    // Of two expressions about as near, the finer one ("the second half of March").
    auto width = [&](std::size_t j) {
      auto w = calendar::window_of_value(txv_[j]->value);
      return w ? w->interval.days() : 100000L;
    };
    if (best == kNone || d + 4 < best_d || (d <= best_d + 4 && width(i) < width(best)) || (d < best_d && width(i) <= width(best))) {
      best_d = d;
      best = i;
    }
  }
  if (best != kNone && best_d <= 25) {
    const Timex& x = *txv_[best];
    if (tx_used) *tx_used = best;
    t.timex_text = x.text;
    t.mod = x.mod;
    if (x.value == "PAST_REF" || x.value == "PRESENT_REF" || x.value == "FUTURE_REF") {
      // "recently", "now": no date of their own; fall through to the publication rule below.
      t.timex_text.clear();
      t.mod.clear();
      if (x.value == "FUTURE_REF") {
        t.basis = DateBasis::kUnknown;
        t.why = "'" + x.text + "' points to the future without a date";
        return t;
      }
    } else if (x.value.find('X') != std::string::npos || !calendar::window_of_value(x.value)) {
      t.value = x.value;
      t.basis = DateBasis::kUnknown;
      t.why = "'" + x.text + "' cannot be resolved" + (doc_.dct.day ? std::string() : std::string(" without a publication date"));
      return t;
    } else {
      auto w = *calendar::window_of_value(x.value);
      std::string value = x.value.substr(0, x.value.find('T'));
      Granularity g = w.granularity;
      DayInterval iv = w.interval;
      // The end or start of a year is a month ("the end of last year" -> December).
      if (g == Granularity::kYear && (x.mod == "END" || x.mod == "LATE" || x.mod == "START" || x.mod == "EARLY")) {
        bool end = x.mod == "END" || x.mod == "LATE";
        auto mw = calendar::window_of_value(value + (end ? "-12" : "-01"));
        if (mw) { iv = mw->interval; g = Granularity::kMonth; value = calendar::value_at(iv.first, g); }
      }
      if (g == Granularity::kDay) value = calendar::format_iso_day(iv.first);
      else if (g == Granularity::kMonth || g == Granularity::kYear) value = calendar::value_at(iv.first, g);
      // "March 14-15", "May 3–4": a day followed by a dash and a later day of the same month.
      if (g == Granularity::kDay) {
        auto [xb, xe] = tx_[best];
        (void)xb;
        if (xe + 1 < toks_.size() && (toks_[xe].text == "-" || toks_[xe].text == "\xE2\x80\x93") && toks_[xe + 1].number &&
            toks_[xe].byte_begin == toks_[xe - 1].byte_end) {
          int last = std::atoi(toks_[xe + 1].text.c_str());
          date::year_month_day ymd{iv.first};
          date::year_month_day end{ymd.year(), ymd.month(), date::day(static_cast<unsigned>(last))};
          if (last > static_cast<int>(unsigned(ymd.day())) && last <= 31 && end.ok()) {
            iv.last = date::sys_days(end);
            g = Granularity::kRange;
            value = calendar::format_iso_day(iv.first) + "/" + calendar::format_iso_day(iv.last);
          }
        }
      }
      t.interval = iv;
      t.granularity = g;
      t.value = value;
      t.basis = x.anchor == "absolute" ? DateBasis::kExplicit : DateBasis::kRelative;
      t.why = "'" + x.text + "' = " + x.value + (x.mod.empty() ? "" : " (" + x.mod + ")") +
              (t.basis == DateBasis::kExplicit ? ", absolute" : ", resolved against the publication date");
      return t;
    }
  }
  // The news of an article is in its first lines; later undated references are background.
  bool lead = is_gathering(r.type) ? (st_.gathering_sentences == 0 && sentence_index < 8) : sentence_index < 4;
  if (doc_.dct.day && !earlier && lead) {
    t.interval = DayInterval{*doc_.dct.day, *doc_.dct.day};
    t.granularity = Granularity::kDay;
    t.basis = DateBasis::kPublication;
    t.value = calendar::format_iso_day(*doc_.dct.day);
    t.why = "no time in the text: on or before the publication date";
    return t;
  }
  t.basis = DateBasis::kUnknown;
  t.why = !doc_.dct.day ? "no time in the text and no publication date"
                        : "no time in the text; a background reference, not dated by publication";
  return t;
}

int Engine::speaker_label() const {
  // "President of France Emmanuel Macron: Mr Chancellor, ..." -- a label made only of a title, a
  // country and a name, at the start of the sentence or after a "* * *" separator, then a colon.
  for (std::size_t i = 0; i < spans_.size(); ++i) {
    const Span& s = spans_[i];
    if (s.person < 0 || s.e >= toks_.size() || toks_[s.e].text != ":") continue;
    std::size_t k = s.b;
    std::size_t j = i;
    while (k > 0) {
      const Token& t = toks_[k - 1];
      if (t.norm == "of" || t.norm == "the" || t.norm == "'s" || t.norm == "mr") { --k; continue; }
      if (j > 0 && spans_[j - 1].e == k) { --j; k = spans_[j].b; continue; }
      break;
    }
    bool starts = k == 0 || toks_[k - 1].text == "*" || toks_[k - 1].text == "\xE2\x80\xA2";
    if (starts) return s.person;
  }
  return -1;
}

std::vector<std::string> Engine::addressees() const {
  std::vector<std::string> out;
  for (int p : st_.dialogue)
    if (p != st_.speaker) out.push_back(lex_.people[p].name);
  if (out.empty())
    for (auto it = st_.recent.rbegin(); it != st_.recent.rend(); ++it)
      if (st_.speaker < 0 || it->name != lex_.people[st_.speaker].name) { out.push_back(it->name); break; }
  return out;
}

std::vector<Mention> Engine::run() {
  auto sents = doc::split_sentences(doc_.text);
  // Transcripts: who speaks in this document, so that "you" has someone to name.
  std::vector<int> labels(sents.size(), -1);
  for (std::size_t i = 0; i < sents.size(); ++i) {
    toks_ = tokenize(doc_.text, sents[i].byte_begin, sents[i].byte_end);
    find_spans();
    labels[i] = speaker_label();
    if (labels[i] >= 0) st_.dialogue.insert(labels[i]);
    for (auto& sp : spans_) {
      if (sp.country >= 0 && !lex_.countries[sp.country].organisation) st_.countries.insert(sp.country);
      if (sp.place >= 0 && lex_.country_index(lex_.places[sp.place].country) >= 0)
        st_.countries.insert(lex_.country_index(lex_.places[sp.place].country));
    }
  }
  for (std::size_t i = 0; i < sents.size(); ++i) {
    if (labels[i] >= 0) st_.speaker = labels[i];
    sentence(static_cast<int>(i), sents[i].byte_begin, sents[i].byte_end);
  }
  // Statements and agreements of participants of a gathering in this document belong to it.
  for (std::size_t i = 0; i < out_.size(); ++i) {
    if (drop_[i] || is_gathering(out_[i].type)) continue;
    for (std::size_t g : st_.gatherings) {
      if (drop_[g] || out_[g].status != EventStatus::kOccurred || out_[i].status != EventStatus::kOccurred) continue;
      const auto& gp = out_[g].participants;
      // A speaker is inside a gathering named by countries when his country is one of them.
      auto country_of = [&](const std::string& name) {
        int i = lex_.person_index(name);
        return i >= 0 ? lex_.people[i].country : std::string();
      };
      std::set<std::string> gc;  // the gathering's parties as countries too
      for (auto& p : gp) gc.insert(country_of(p).empty() ? p : country_of(p));
      bool inside = std::all_of(out_[i].participants.begin(), out_[i].participants.end(), [&](const std::string& p) {
        return std::find(gp.begin(), gp.end(), p) != gp.end() || std::find(gp.begin(), gp.end(), country_of(p)) != gp.end() ||
               gc.count(p) > 0;
      });
      bool own_date = out_[i].time.basis == DateBasis::kExplicit || out_[i].time.basis == DateBasis::kRelative;
      // A document dated in its own words ("Joint Statement, January 19, 2011") is a record of its own.
      if (own_date && out_[i].type == EventType::kAgreement) continue;
      bool same_time = !own_date || (out_[g].time.interval && out_[i].time.interval &&
                                     out_[g].time.interval->contains(*out_[i].time.interval));
      if (inside && same_time) { drop_[i] = true; break; }
    }
  }
  // An institution's words about a gathering of this document ("the Kremlin said the two leaders
  // agreed ...") are the readout of that gathering, not a statement of their own.
  for (std::size_t i = 0; i < out_.size(); ++i) {
    if (drop_[i] || out_[i].type != EventType::kStatement || out_[i].participants.size() != 1) continue;
    int ci = lex_.country_index(out_[i].participants[0]);
    if (ci < 0 || !lex_.countries[ci].organisation) continue;
    bool about = false;
    for (std::size_t g : st_.gatherings) {
      if (drop_[g]) continue;
      if (group_named_[i]) about = true;
      for (auto& p : out_[g].participants)
        if (named_[i].count(p)) about = true;
    }
    if (about) drop_[i] = true;
  }
  // One speaker, one statement: later words of the same speaker without a time of their own
  // are the same statement.
  for (std::size_t i = 0; i < out_.size(); ++i) {
    if (drop_[i] || out_[i].type != EventType::kStatement) continue;
    bool own = out_[i].time.basis == DateBasis::kExplicit || out_[i].time.basis == DateBasis::kRelative;
    if (own) continue;
    for (std::size_t j = 0; j < i; ++j)
      if (!drop_[j] && out_[j].type == EventType::kStatement && out_[j].participants == out_[i].participants) {
        drop_[i] = true;
        break;
      }
  }
  // "the summit planned for September" + "the cancelled summit": the plan was cancelled; a
  // denial of "a meeting later this year" + the rumoured "meeting in October": the plan denied.
  auto country_of = [&](const std::string& name) {
    int i = lex_.person_index(name);
    return i >= 0 ? lex_.people[i].country : name;
  };
  for (std::size_t i = 0; i < out_.size(); ++i) {
    EventStatus st = out_[i].status;
    if (drop_[i] || (st != EventStatus::kCancelled && st != EventStatus::kDenied)) continue;
    for (std::size_t j = 0; j < out_.size(); ++j) {
      if (drop_[j] || out_[j].status != EventStatus::kPlanned || !out_[j].time.dated() || out_[j].type != out_[i].type)
        continue;
      if (out_[i].time.dated() && !out_[i].time.interval->contains(*out_[j].time.interval)) continue;
      // The same parties, counted as countries ("the Japanese, Indian and Brazilian leaders").
      std::set<std::string> ci, cj;
      for (auto& p : out_[i].participants) {
        int k = lex_.country_index(country_of(p));
        ci.insert(k >= 0 && !lex_.countries[k].home.empty() ? lex_.countries[k].home : country_of(p));
      }
      for (auto& p : out_[j].participants) {
        int k = lex_.country_index(country_of(p));
        cj.insert(k >= 0 && !lex_.countries[k].home.empty() ? lex_.countries[k].home : country_of(p));
      }
      if (ci != cj) continue;
      out_[j].status = st;
      out_[j].status_why = out_[i].status_why + " (sentence " + std::to_string(out_[i].sentence) + ")";
      drop_[i] = true;
    }
  }
  std::vector<Mention> result;
  for (std::size_t i = 0; i < out_.size(); ++i)
    if (!drop_[i]) result.push_back(std::move(out_[i]));
  return result;
}

void Engine::sentence(int index, std::size_t sb, std::size_t se) {
  if (st_.ended) return;
  toks_ = tokenize(doc_.text, sb, se);
  if (toks_.empty()) return;
  find_spans();
  find_cues();
  // A line such as "Related" or "Similar Posts" ends the article; what follows are other stories.
  for (auto& c : cues_) {
    if (c.rule->kind != "end") continue;
    std::size_t e = c.e;
    while (e < toks_.size() && !toks_[e].word) ++e;
    if (c.b == 0 && e == toks_.size()) { st_.ended = true; return; }
  }
  // Timexes of this sentence as token spans.
  tx_.clear();
  txv_.clear();
  for (auto& x : timexes_) {
    std::size_t xb = x.byte_end > x.byte_begin ? x.byte_begin : cpi_.to_byte(x.begin);
    std::size_t xe = x.byte_end > x.byte_begin ? x.byte_end : cpi_.to_byte(x.end);
    if (xb < sb || xe > se) continue;
    std::size_t b = kNone, e = kNone;
    for (std::size_t k = 0; k < toks_.size(); ++k) {
      if (b == kNone && toks_[k].byte_end > xb) b = k;
      if (toks_[k].byte_begin < xe) e = k + 1;
    }
    if (b == kNone || e == kNone || e <= b) continue;
    bool in_name = false;  // "May" in "Theresa May" is not a month
    for (auto& sp : spans_)
      if ((sp.person >= 0 || (sp.surname >= 0 && st_.seen.count(sp.surname))) && b < sp.e && sp.b < e) in_name = true;
    if (in_name) continue;
    tx_.push_back({b, e});
    txv_.push_back(&x);
  }
  auto triggers = find_triggers();

  std::optional<Day> dct = doc_.dct.day;
  auto base_actors = resolve_actors(dct);
  // Attribution spans ("according to X") hold sources, not participants.
  std::vector<std::pair<std::size_t, std::size_t>> attributions;
  for (auto& c : cues_)
    if (c.rule->kind == "attribution") {
      std::size_t e = c.e;
      while (e < toks_.size() && e - c.e < static_cast<std::size_t>(c.rule->window) && toks_[e].text != "," && !clause_break(toks_[e])) ++e;
      attributions.push_back({c.e, e});
    }
  auto attributed = [&](const Actor& a) {
    for (auto& [b, e] : attributions)
      if (a.b >= b && a.b < e) return true;
    return false;
  };
  bool group_cue = false;
  std::size_t group_pos = kNone;
  for (auto& c : cues_)
    if (c.rule->kind == "group") { group_cue = true; group_pos = c.b; break; }

  std::size_t sentence_begin_cp = cpi_.to_code_point(sb), sentence_end_cp = cpi_.to_code_point(se);
  std::string quote = base::collapse_whitespace(std::string_view(doc_.text).substr(sb, se - sb));
  bool had_statement = false;
  std::set<EventType> types_done;

  // Triggers with requirements: weak nouns need a complement, host verbs a person as object; any
  // trigger in "the anniversary of ..." names a past event by arithmetic only.
  auto trigger_ok = [&](const TriggerHit& th) {
    const TriggerRule& r = *th.rule;
    if (r.needs == "complement") {
      bool ok = th.e < toks_.size() && (toks_[th.e].norm == "with" || toks_[th.e].norm == "between");
      for (std::size_t k = th.b; k > 0 && th.b - k < 3 && !ok; --k)
        if (toks_[k - 1].norm == "held" || toks_[k - 1].norm == "hold" || toks_[k - 1].norm == "holds") ok = true;
      if (!ok) return false;
    }
    if (r.needs == "person-object") {
      bool ok = false;
      // The object may sit inside the trigger phrase ("welcomed * to") or right after it.
      for (auto& s : spans_)
        if (s.b > th.b && s.b <= th.e + 3 && (s.person >= 0 || s.surname >= 0 || s.title >= 0)) ok = true;
      for (auto& c : cues_)
        if ((c.rule->kind == "group" || c.rule->kind == "second-person") && c.b > th.b && c.b <= th.e + 2) ok = true;
      if (!ok) return false;
    }
    if (has_cue("anniversary", th.b, th.e, r)) return false;
    // "the need for dialogue", "a statement on the visit"; but "no information regarding a meeting"
    // is a denial of that meeting.
    if (!r.verb && has_cue("generic", th.b, th.e, r) && !has_cue("denied", th.b, th.e, r)) return false;
    // "was met with anger" is no meeting; "was approved by X and Y" names its agents.
    if (r.verb && has_cue("passive", th.b, th.e, r) && toks_[th.e - 1].norm != "by") return false;
    return true;
  };
  trigger_spans_.clear();
  for (auto& th : triggers)
    if (trigger_ok(th) && (th.rule->verb || th.rule->type == EventType::kStatement)) trigger_spans_.push_back({th.b, th.e});
  // One gathering per sentence: the first verbal trigger (or the nominal object it governs, "held
  // talks by video link"), else the strongest nominal one; a summit named beside it is its own event.
  std::vector<TriggerHit> chosen;
  {
    const TriggerHit* main = nullptr;
    TriggerHit upgraded{};
    auto connected_by_modality = [&](const TriggerHit& a, const TriggerHit& b) {
      // "held talks by video link", "a meeting via a video link": the later noun says how.
      for (std::size_t k = b.b; k > a.e && b.b - k < 3; --k) {
        const std::string& w = toks_[k - 1].norm;
        if (w == "by" || w == "via" || w == "over") return true;
        if (w != "a" && w != "the" && w != "an") return false;
      }
      return false;
    };
    auto direct_object = [&](const TriggerHit& verb, const TriggerHit& noun) {
      // "attended the summit", "paid an official visit": no preposition between verb and noun.
      if (noun.b < verb.e || noun.b - verb.e > 4) return false;
      for (std::size_t k = verb.e; k < noun.b; ++k) {
        const std::string& w = toks_[k].norm;
        if (w == "at" || w == "in" || w == "on" || w == "during" || w == "of" || w == "for" || w == "to" ||
            w == "after" || w == "before" || w == "with" || w == "ahead" || !toks_[k].word)
          return false;
      }
      return true;
    };
    for (auto& th : triggers) {
      if (!is_gathering(th.rule->type) || !trigger_ok(th)) continue;
      if (has_cue("aggregate", th.b, th.e, *th.rule)) continue;  // "met six times": not an event
      if (!main) { main = &th; continue; }
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
        }
      }
    }
    if (main) {
      chosen.push_back(*main);
      // "... have visited Paris, and today our ministers are meeting": a second predicate in a
      // coordinated clause is a second gathering.
      for (auto& th : triggers) {
        if (!is_gathering(th.rule->type) || !th.rule->verb || th.b <= main->e || !trigger_ok(th)) continue;
        if (has_cue("aggregate", th.b, th.e, *th.rule)) continue;
        std::size_t join = kNone;
        for (std::size_t k = main->e; k + 1 < th.b; ++k)
          if ((toks_[k].text == "," && toks_[k + 1].norm == "and") || toks_[k].text == ";") join = k;
        // The new clause needs a subject of its own ("our ministers are meeting"), else it is
        // the first subject's next act ("met X, will meet Y and will visit Chicago").
        bool subject = false;
        for (auto& a : base_actors)
          if (join != kNone && a.b > join && a.e <= th.b) subject = true;
        if (join != kNone && subject && th.b - main->e >= 5) {
          chosen.back().clause_e = join;
          chosen.push_back(th);
          chosen.back().clause_b = join + 1;
          break;
        }
      }
    }
    // "the visit was first proposed during the talks of both leaders on June 3": a gathering named
    // inside a prepositional phrase with a date of its own, beside a plan, is another, earlier event.
    // Only beside a plan or a noun: "met Xi during the summit on Tuesday" is one gathering at the
    // summit, but "the agreement to launch negotiations, reached during the March 3 videoconference"
    // names the videoconference as an event of its own.
    const bool main_planned = main && (!main->rule->verb || has_cue("planned", main->b, main->e, *main->rule) ||
                                       has_cue("infinitive", main->b, main->e, *main->rule));
    if (main && main_planned)
      for (auto& th : triggers) {
        if (!is_gathering(th.rule->type) || th.rule->verb || !trigger_ok(th) || has_cue("aggregate", th.b, th.e, *th.rule))
          continue;
        if (th.b < main->e && th.e > main->b) continue;  // part of the main trigger
        bool listed = false;
        for (auto& c : chosen)
          if (th.b < c.e && th.e > c.b) listed = true;
        if (listed) continue;
        // A preposition of time before the noun phrase: "during the", "at their".
        std::size_t k = th.b;
        while (k > 0 && th.b - k < 4 && toks_[k - 1].word && toks_[k - 1].norm != "during" && toks_[k - 1].norm != "at" &&
               toks_[k - 1].norm != "after" && toks_[k - 1].norm != "following")
          --k;
        if (k == 0 || th.b - k >= 4 || !toks_[k - 1].word) continue;
        // Its own date: right before the noun ("the December 7 videoconference") or just after
        // its complement ("the talks of both leaders on June 15"), nearer to it than to the main trigger.
        bool dated = false;
        for (auto& [xb, xe] : tx_) {
          if (xe <= th.b && xb >= k) dated = true;
          if (xb >= th.e && xb - th.e <= 5 && xb > 0 && toks_[xb - 1].norm == "on") {
            bool clean = true;
            for (std::size_t q = th.e; q < xb; ++q)
              if (clause_break(toks_[q]) || toks_[q].text == ",") clean = false;
            if (clean) dated = true;
          }
          if (dated && main->b < th.b && xb < main->e + 2) dated = false;
        }
        if (!dated) continue;
        chosen.push_back(th);
        chosen.back().embedded = true;
        trigger_spans_.push_back({th.b, th.e});  // its date is its own, not the main report's
        break;
      }
    for (auto& th : triggers)
      if (!is_gathering(th.rule->type) && trigger_ok(th)) {
        // "agreed to meet": the agreement is the plan of the gathering, not a signed deal.
        if (th.rule->type == EventType::kAgreement && main) continue;
        chosen.push_back(th);
      }
  }

  for (auto& th : chosen) {
    const TriggerRule& r = *th.rule;
    bool gathering = is_gathering(r.type);
    if (!gathering && had_statement && r.type == EventType::kStatement) continue;
    if (!gathering && types_done.count(r.type)) continue;
    Mention m;
    m.doc_id = doc_.id;
    m.doc_hash = doc_.content_hash;
    m.doc_dct = doc_.dct.day;
    m.sentence = index;
    m.begin = sentence_begin_cp;
    m.end = sentence_end_cp;
    m.quote = quote;
    m.rule = r.id;
    m.type = r.type;
    for (std::size_t k = th.b; k < th.e; ++k) {
      if (k > th.b && toks_[k].byte_begin > toks_[k - 1].byte_end) m.trigger += ' ';
      m.trigger += toks_[k].text;
    }
    // Status.
    std::string cue;
    std::size_t cue_b = kNone;
    m.status = EventStatus::kOccurred;
    m.status_why = "past or present tense";
    if (r.type == EventType::kStatement) {
      // A report of words is itself past; the future inside the words is another event.
    } else if (th.embedded) {
      // "proposed during the talks on June 3": the cues around belong to the main report; the
      // talks named as its setting took place (unless dated after publication, below).
      m.status_why = "the setting of another report";
    } else if (has_cue("denied", th.b, th.e, r, &cue_b, &cue)) {
      m.status = EventStatus::kDenied;
      m.status_why = cue;
    } else {
      std::size_t cb = kNone;
      std::string ctext;
      bool cancelled = false;
      for (auto& c : cues_) {
        if (c.rule->kind != "cancelled") continue;
        bool near = (c.e <= th.b && th.b - c.e <= static_cast<std::size_t>(c.rule->window)) ||
                    (c.b >= th.e && c.b - th.e <= static_cast<std::size_t>(c.rule->window));
        if (!near) continue;
        cb = c.b;
        ctext = cue_text(c);
        // "is not going to cancel": a negated cancellation leaves the plan standing.
        bool negated = false;
        for (auto& n : cues_)
          if (n.rule->kind == "negation" && n.e <= cb && cb - n.e <= static_cast<std::size_t>(n.rule->window)) negated = true;
        if (!negated) cancelled = true;
        break;
      }
      if (cancelled) {
        m.status = EventStatus::kCancelled;
        m.status_why = ctext;
      } else if (std::size_t pb = kNone, rb = kNone;
                 (has_cue("planned", th.b, th.e, r, &pb, &cue) || has_cue("infinitive", th.b, th.e, r, &pb, &cue)) &&
                 (!has_cue("realis", th.b, th.e, r, &rb) || (pb < rb && cue != "to"))) {
        // "would be glad to visit": a modal before "glad to" keeps the visit a plan.
        m.status = EventStatus::kPlanned;
        m.status_why = cue;
      } else if (cb != kNone) {
        m.status = EventStatus::kPlanned;
        m.status_why = "negated '" + ctext + "'";
      }
    }
    bool earlier = has_cue("earlier", th.b, th.e, r);
    std::size_t tx_used = kNone;
    m.time = time_of(th.b, th.e, r, index, earlier, &tx_used);
    // A plan with no date of its own is not dated by its publication.
    if (m.status != EventStatus::kOccurred && m.time.basis == DateBasis::kPublication) {
      m.time = EventTime{};
      m.time.basis = DateBasis::kUnknown;
      m.time.why = "a plan with no date in the text";
    }
    // A plan dated by a month or a day without a year ("in September", "on June 5") that the
    // tagger read backwards: a plan lies ahead, so it is the next such month or day.
    if (m.status == EventStatus::kPlanned && m.time.interval && doc_.dct.day && m.time.interval->last < *doc_.dct.day &&
        tx_used != kNone && txv_[tx_used]->anchor == "dct" &&
        (m.time.granularity == Granularity::kMonth || m.time.granularity == Granularity::kDay) && m.time.value.size() >= 7 &&
        m.time.value.find('X') == std::string::npos) {
      bool year_written = false;
      for (std::size_t q = tx_[tx_used].first; q < tx_[tx_used].second; ++q)
        if (toks_[q].text.size() == 4 && std::all_of(toks_[q].text.begin(), toks_[q].text.end(), [](char c) { return c >= '0' && c <= '9'; }))
          year_written = true;
      // A day next to the trigger, or a month that no other predicate or gathering of the sentence
      // takes ("said in May that ...", "talks on June 15" date those).
      auto [xb, xe] = tx_[tx_used];
      std::size_t dist = xe <= th.b ? th.b - xe : (xb >= th.e ? xb - th.e : 0);
      bool other = false;
      for (auto& c : chosen)
        if (&c != &th && ((xe <= c.b && c.b - xe <= 2) || (xb >= c.e && xb - c.e <= 5))) other = true;
      for (auto& [ob, oe] : trigger_spans_)
        if (ob != th.b && ((xe <= ob && ob - xe <= 2) || (xb >= oe && xb - oe <= 3))) other = true;
      bool near = m.time.granularity == Granularity::kMonth || dist <= 3;
      std::string shifted = std::to_string(std::stoi(m.time.value.substr(0, 4)) + 1) + m.time.value.substr(4);
      auto w = (year_written || other || !near) ? std::nullopt : calendar::window_of_value(shifted);
      if (w && w->interval.last >= *doc_.dct.day &&
          (w->interval.first - *doc_.dct.day).count() <= 366) {
        m.time.value = shifted;
        m.time.interval = w->interval;
        m.time.why = "'" + m.time.timex_text + "' = " + shifted + ", the next one after the publication date (a plan)";
      }
    }
    // A plan dated on or before its publication by a distant expression: that date is when the
    // plan was reported ("said on Tuesday that ... would visit"), not when it happens.
    if (m.status == EventStatus::kPlanned && m.time.interval && doc_.dct.day && m.time.interval->last <= *doc_.dct.day &&
        tx_used != kNone) {
      auto [xb, xe] = tx_[tx_used];
      std::size_t d = xe <= th.b ? th.b - xe : (xb >= th.e ? xb - th.e : 0);
      if (d > 3 || m.time.interval->last < *doc_.dct.day) {
        std::string text = m.time.timex_text;
        m.time = EventTime{};
        m.time.basis = DateBasis::kUnknown;
        m.time.why = "'" + text + "' dates the report, not the plan";
      }
    }
    // Dated after publication: it had not happened yet.
    if (m.status == EventStatus::kOccurred && m.time.interval && doc_.dct.day && m.time.interval->first > *doc_.dct.day) {
      m.status = EventStatus::kPlanned;
      m.status_why = "dated after the publication date";
    }
    // Participants, with titles resolved at the event date.
    std::optional<Day> when = m.time.interval ? std::optional<Day>(m.time.interval->last) : dct;
    auto actors = (when == dct) ? base_actors : resolve_actors(when);
    // The clause around the trigger bounds its participants and location.
    std::size_t cb = th.b, ce = th.e;
    while (cb > th.clause_b && th.b - cb < 15 && !clause_break(toks_[cb - 1])) --cb;
    while (ce < toks_.size() && ce < th.clause_e && ce - th.e < 15 && !clause_break(toks_[ce])) ++ce;
    // Location: a place after a location cue.
    std::size_t loc_b = kNone, loc_e = kNone;
    // "visited Moscow": the object of a visit verb is where it happened.
    if (r.type == EventType::kVisit && r.verb)
      for (auto& s : spans_)
        if (s.b == th.e && (s.place >= 0 || (s.country >= 0 && s.country_kind != ActorKind::kDemonym &&
                                             !lex_.countries[s.country].organisation))) {
          loc_b = s.b;
          loc_e = s.e;
          m.location = s.place >= 0 ? lex_.places[s.place].name : lex_.countries[s.country].name;
        }
    for (auto& c : cues_) {
      if (c.rule->kind != "location" || loc_b == th.e) continue;
      if (c.rule->applies == "gathering" && !gathering) continue;
      for (auto& s : spans_) {
        if (s.b != c.e || s.b < cb || s.e > ce) continue;
        if (s.place < 0 && (s.country < 0 || s.country_kind == ActorKind::kDemonym)) continue;
        if (s.place < 0 && s.country >= 0 && lex_.countries[s.country].organisation) continue;
        std::size_t dist = s.b >= th.e ? s.b - th.e : th.b - std::min(th.b, s.e);
        if (loc_b != kNone) {
          std::size_t old = loc_b >= th.e ? loc_b - th.e : th.b - std::min(th.b, loc_e);
          if (old <= dist) continue;
        }
        loc_b = s.b;
        loc_e = s.e;
        m.location = s.place >= 0 ? lex_.places[s.place].name : lex_.countries[s.country].name;
      }
    }
    std::vector<std::string> persons, countries;
    bool np_empty = true;
    std::set<std::string> np_names;  // participants named inside the trigger's noun phrase
    auto in_location = [&](const Actor& a) { return loc_b != kNone && a.b >= loc_b && a.b < loc_e; };
    auto in_timex = [&](const Actor& a) {
      for (auto& [b, e] : tx_)
        if (a.b >= b && a.b < e) return true;
      return false;
    };
    if (r.type == EventType::kStatement) {
      // The speaker: the nearest person before the trigger in its clause, else just after it.
      const Actor* speaker = nullptr;
      // "... fined X and said": the subject of a coordinated verb is further back.
      bool coordinated = th.b > 0 && (toks_[th.b - 1].norm == "and" || toks_[th.b - 1].norm == "but");
      for (auto& a : actors) {
        if (coordinated) break;
        if (!a.person || attributed(a) || a.e > th.b) continue;
        bool broken = false;
        for (std::size_t k = a.e; k < th.b; ++k)
          if (toks_[k].text == ";" || (is_quote(toks_[k]) && k > a.e)) broken = true;
        if (!broken && th.b - a.e <= 4) speaker = &a;
      }
      // An institution speaks too ("the Kremlin said"); a country name rarely is the speaker.
      if (!speaker && !coordinated)
        for (auto& a : actors) {
          if (a.person || a.e > th.b || th.b - a.e > 3 || attributed(a)) continue;
          int ci = lex_.country_index(a.name);
          if (ci >= 0 && lex_.countries[ci].organisation) speaker = &a;
        }
      // "Statement by Dmitry Peskov", "remarks by the Kremlin".
      if (!speaker && !r.verb && th.e + 1 < toks_.size() && toks_[th.e].norm == "by")
        for (auto& a : actors)
          if (a.b == th.e + 1) { speaker = &a; break; }
      // Inverted "..., said Peskov": the name right after the verb, not "said that Biden's ...".
      if (!speaker && !coordinated)
        for (auto& a : actors)
          if (a.person && a.b == th.e && (a.e >= toks_.size() || !toks_[a.e].word)) { speaker = &a; break; }
      if (speaker) persons.push_back(speaker->name);
      else if (group_cue && group_pos < th.b && th.b - group_pos <= 3 && st_.group.size() >= 2) persons = st_.group;
      if (persons.empty()) continue;  // statements need a named speaker
      if (m.time.timex_text.empty() && has_cue("perfect", th.b, th.e, r)) continue;
    } else {
      // The noun phrase of a nominal trigger: possessor ("Xi's trip") and complement ("talks with X",
      // "discussions between X and Y"); otherwise the actors of the clause around the trigger.
      std::size_t comp_b = kNone;
      std::string comp_word;
      if (!r.verb) {
        if (toks_[th.e - 1].norm == "with" || toks_[th.e - 1].norm == "between") { comp_b = th.e; comp_word = toks_[th.e - 1].norm; }
        else if (th.e < toks_.size() && (toks_[th.e].norm == "with" || toks_[th.e].norm == "between" ||
                                         toks_[th.e].norm == "of" || toks_[th.e].norm == "by")) {
          comp_b = th.e + 1;
          comp_word = toks_[th.e].norm;
        }
      }
      std::size_t comp_e = comp_b;
      if (comp_b != kNone)
        while (comp_e < toks_.size() && comp_e - comp_b < 12 && !clause_break(toks_[comp_e])) {
          if (toks_[comp_e].text == ",") {
            // "between the Japanese, Indian and Brazilian leaders": a list goes on after a comma.
            bool list = false;
            for (auto& sp : spans_)
              if (sp.b == comp_e + 1) list = true;
            if (comp_e + 1 < toks_.size() && toks_[comp_e + 1].norm == "and") list = true;
            if (!list) break;
          }
          ++comp_e;
        }
      std::size_t poss_b = kNone;
      if (!r.verb)
        for (std::size_t k = th.b; k > 0 && th.b - k < 4; --k)
          if (toks_[k - 1].norm == "'s") { poss_b = k - 1; break; }
      std::vector<const Actor*> np;
      for (auto& a : actors) {
        if (attributed(a) || in_location(a) || in_timex(a)) continue;
        if ((comp_b != kNone && a.b >= comp_b && a.b < comp_e) || (poss_b != kNone && a.e == poss_b)) np.push_back(&a);
      }
      bool np_only = !np.empty() && comp_word != "with";
      if (r.type == EventType::kAgreement) {
        // "X and I signed a declaration between France and Chile": the signers.
        for (auto& a : actors)
          if (a.person && a.b >= cb && a.e <= ce && std::find(np.begin(), np.end(), &a) == np.end()) np_only = false;
      }
      np_empty = np.empty();
      if (r.needs == "complement" && comp_b != kNone && np.empty()) {
        bool pronoun = false;  // "discussions with you" in a transcript
        for (auto& a : actors)
          if (a.b >= comp_b && a.b < comp_e) pronoun = true;
        if (!pronoun) continue;  // "dialogue between their respective envoys": nobody named
      }
      for (auto* a : np) np_names.insert(a->name);
      for (auto& a : actors) {
        if (attributed(a) || in_location(a) || in_timex(a)) continue;
        bool in_np = std::find(np.begin(), np.end(), &a) != np.end();
        bool in_clause = a.b >= cb && a.e <= ce;
        if (np_only ? !in_np : !(in_np || in_clause)) continue;
        // "I recall that the summit was held": the matrix subject is not a participant, unless a
        // pronoun in the reported clause takes it up ("X said that he would visit Y").
        if (!in_np && a.e <= th.b) {
          std::size_t that = kNone;
          for (std::size_t k = a.e; k < th.b; ++k)
            if (toks_[k].norm == "that") that = k;
          if (that != kNone) {
            bool taken_up = false;
            if (a.person && persons.empty() && that - a.e <= 4)
              for (auto& c : cues_)
                if (c.rule->kind == "third-person" && c.b > that && c.e <= th.b) taken_up = true;
            if (!taken_up) continue;
          }
        }
        (a.person ? persons : countries).push_back(a.name);
      }
      // "Biden will visit Vietnam, spokeswoman Karen Doyle said": the speaker of words that
      // report a gathering is not one of its participants.
      for (auto& st : triggers) {
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
      for (auto& c : cues_)
        if (c.rule->kind == "group" && c.b >= cb && c.e <= ce && (c.e <= th.b || toks_[c.b].norm != "their")) {
          group_here = true;
          for (std::size_t k = c.b; k < c.e; ++k)
            for (auto& t : lex_.titles)
              for (auto& ph : t.phrases)
                if (ph.size() == 1 && ph[0] == toks_[k].norm) group_of_leaders = true;
        }
      if (group_here && st_.group.size() >= 2 && persons.size() < 2) {
        countries.clear();  // "they met": the group, not the countries named around it
        bool group_is_countries = true;
        for (auto& g : st_.group)
          if (lex_.country_index(g) < 0) group_is_countries = false;
        if (group_is_countries && when && group_of_leaders) {
          // "the two leaders" of a country-level group: its leaders at the event date.
          std::vector<std::string> leaders;
          for (auto& g : st_.group) {
            const Country& c = lex_.countries[lex_.country_index(g)];
            std::optional<std::string> who;
            for (auto& role : c.leader_roles)
              if ((who = office_holder(c.name, role, when))) break;
            if (who) leaders.push_back(*who);
          }
          if (leaders.size() == st_.group.size()) persons.insert(persons.end(), leaders.begin(), leaders.end());
          else countries.insert(countries.end(), st_.group.begin(), st_.group.end());
        } else {
          for (auto& g : st_.group) (lex_.country_index(g) >= 0 ? countries : persons).push_back(g);
        }
      }
      // "At the invitation of X, Y is paying a visit": the one who invites is the host.
      if (r.type == EventType::kVisit && !persons.empty())
        for (std::size_t k = 0; k + 1 < th.b; ++k) {
          if (toks_[k].norm != "invitation" || toks_[k + 1].norm != "of") continue;
          for (auto& a : actors)
            if (a.person && a.b >= k + 2 && a.b <= k + 3 && !attributed(a) &&
                std::find(persons.begin(), persons.end(), a.name) == persons.end()) {
              persons.push_back(a.name);
              break;
            }
        }
      if (r.type == EventType::kAgreement && clause_persons_few && clause_countries.size() >= 2) {
        persons.clear();
        countries = clause_countries;
      }
      if (!persons.empty()) {
        // A visit with no named host: the visitor and the host country.
        if (r.type == EventType::kVisit && persons.size() == 1 && !m.location.empty()) {
          int ci = lex_.country_index(m.location);
          std::string host = ci >= 0 ? m.location : "";
          for (auto& p : lex_.places)
            if (p.name == m.location) host = p.country;
          if (!host.empty()) countries = {host};
          else countries.clear();
        } else if (persons.size() == 1 && (r.type == EventType::kMeeting || r.type == EventType::kCall)) {
          // One named person meeting an institution or a country ("Lavrov held talks with NATO").
          std::string own;
          for (auto& a : actors)
            if (a.person && a.name == persons[0]) own = a.country;
          for (auto& p : lex_.people)
            if (p.name == persons[0]) own = p.country;
          countries.erase(std::remove(countries.begin(), countries.end(), own), countries.end());
        } else {
          countries.clear();
        }
      }
    }
    // "the call", "the trip": a definite noun phrase naming nobody refers to the last
    // gathering of its status already reported, whoever else the clause names.
    if (gathering && !r.verb && np_empty && has_cue("anaphor", th.b, th.e, r) &&
        !(m.time.basis == DateBasis::kExplicit || m.time.basis == DateBasis::kRelative)) {
      bool found = false;
      for (auto it = st_.gatherings.rbegin(); it != st_.gatherings.rend() && !found; ++it)
        if (out_[*it].status == m.status) found = true;
      if (found) { types_done.insert(r.type); continue; }
    }
    // "the negotiations will take place in Osaka on March 14": a gathering of the parties in view.
    // When those parties are people, states named around the noun ("the December 7 videoconference
    // on guarantees for Ruritania") are its topic, not its other parties.
    bool group_of_people = st_.group.size() >= 2 && std::none_of(st_.group.begin(), st_.group.end(), [&](const std::string& g) {
                             return lex_.country_index(g) >= 0;
                           });
    // ... but "the Russia-Africa summit", "the BRICS summit": states that name the gathering itself.
    for (auto& a : actors)
      if (!a.person && a.e <= th.b && th.b - a.e <= 3) group_of_people = false;
    if (gathering && !r.verb && np_empty && persons.empty() && (countries.empty() || group_of_people) &&
        st_.group.size() >= 2 && has_cue("anaphor", th.b, th.e, r)) {
      countries.clear();
      for (auto& g : st_.group) (lex_.country_index(g) >= 0 ? countries : persons).push_back(g);
    }
    // "the White House" beside "the United States" is the same party.
    {
      std::vector<std::string> kept;
      for (auto& c : countries) {
        int ci = lex_.country_index(c);
        const std::string& home = ci >= 0 ? lex_.countries[ci].home : std::string();
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
    if (gathering && st_.speaker >= 0 && persons.size() == 1) {
      const std::string& sp = lex_.people[st_.speaker].name;
      std::vector<std::string> add = persons[0] == sp ? addressees() : std::vector<std::string>{sp};
      for (auto& a : add)
        if (std::find(parts.begin(), parts.end(), a) == parts.end()) parts.push_back(a);
      if (r.type != EventType::kVisit)
        parts.erase(std::remove_if(parts.begin(), parts.end(), [&](const std::string& p) { return lex_.country_index(p) >= 0; }),
                    parts.end());
      std::sort(parts.begin(), parts.end());
    }
    if (parts.empty()) continue;
    // Talks and calls take two sides; a lone name is a fragment ("our plans for more meetings").
    if ((r.type == EventType::kMeeting || r.type == EventType::kCall) && parts.size() < 2) continue;
    // A summit needs two parties or the organisation that holds it; a visit needs a visitor.
    if (r.type == EventType::kSummit && parts.size() < 2 &&
        !(lex_.country_index(parts[0]) >= 0 && lex_.countries[lex_.country_index(parts[0])].organisation))
      continue;
    if (r.type == EventType::kVisit && persons.empty() && parts.size() < 2) continue;
    // An agreement binds two parties; "Iraq agreed to give access" is a concession.
    if (r.type == EventType::kAgreement && parts.size() < 2) continue;
    m.participants = parts;
    // A bare nominal reference ("the meeting", "during the call") to a gathering already reported.
    if (gathering && !st_.gatherings.empty()) {
      bool anaphor = has_cue("anaphor", th.b, th.e, r);
      bool own_time = m.time.basis == DateBasis::kExplicit || m.time.basis == DateBasis::kRelative ||
                      !m.time.timex_text.empty();
      bool earlier = has_cue("earlier", th.b, th.e, r);
      for (auto it = st_.gatherings.rbegin(); it != st_.gatherings.rend(); ++it) {
        const Mention& g = out_[*it];
        bool same_people = g.participants == m.participants;
        bool subset = std::all_of(m.participants.begin(), m.participants.end(), [&](const std::string& p) {
          return std::find(g.participants.begin(), g.participants.end(), p) != g.participants.end();
        });
        // Only a definite noun phrase without a time of its own, or the same people on the same
        // dated day, is the same gathering; undated verbal reports may be distinct events.
        bool same_day = g.time.interval && m.time.interval && *g.time.interval == *m.time.interval &&
                        m.time.basis != DateBasis::kPublication;
        bool same_family = type_family(g.type) == type_family(m.type);
        // The same people again without a time of their own: the article's gathering once more.
        bool same_unresolved = !g.time.dated() && !m.time.dated() && !m.time.value.empty() && g.time.value == m.time.value &&
                               base::to_lower_ascii(g.time.timex_text) == base::to_lower_ascii(m.time.timex_text);
        bool same_time = same_day || same_unresolved;
        // A headline dated the day before ("call with President Lula: 4 May") and a body
        // "earlier today" counted from a publication a day later: one call.
        if (g.time.basis == DateBasis::kExplicit && g.time.granularity == Granularity::kDay &&
            m.time.basis == DateBasis::kRelative && m.time.granularity == Granularity::kDay && g.time.interval &&
            m.time.interval && g.sentence <= 2 && (m.time.interval->first - g.time.interval->first).count() == 1 &&
            doc_.dct.day && m.time.interval->first == *doc_.dct.day)
          same_time = true;
        // Generic talk nouns ("dialogue", "discussion") may name a call as well as a meeting.
        bool repeat = (same_family || r.needs == "complement") && same_people && (!own_time || same_time) && !earlier;
        if (g.status == m.status && subset && ((anaphor && (!own_time || same_time)) || (same_family && same_people && same_day) || repeat)) {
          m.participants.clear();
          break;
        }
      }
      if (m.participants.empty()) { types_done.insert(r.type); continue; }
    }
    if (gathering && (m.time.basis == DateBasis::kExplicit || m.time.basis == DateBasis::kRelative)) {
      // A headline dated only by publication ("Blinken's call with Wang Yi") is the gathering the
      // body then dates ("On March 3, Blinken spoke with Wang Yi"): keep the dated report.
      auto country_of = [&](const std::string& name) {
        int i = lex_.person_index(name);
        if (i >= 0) return lex_.people[i].country;
        return lex_.country_index(name) >= 0 ? name : std::string();
      };
      for (std::size_t g : st_.gatherings) {
        Mention& gm = out_[g];
        if (drop_[g] || gm.time.basis != DateBasis::kPublication || gm.status != m.status || gm.type != m.type ||
            gm.sentence > 2)
          continue;
        bool same = gm.participants == m.participants;
        if (!same) {
          std::set<std::string> mc, gc;
          for (auto& p : m.participants) mc.insert(country_of(p));
          int overlap = 0;
          bool all_countries = true;
          for (auto& p : gm.participants) {
            if (lex_.country_index(p) < 0) all_countries = false;
            if (mc.count(p)) ++overlap;
          }
          same = all_countries && overlap >= 2;
        }
        if (same) drop_[g] = true;
      }
    }
    if (gathering) {
      st_.gatherings.push_back(out_.size());
      ++st_.gathering_sentences;
      if (m.participants.size() >= 2) st_.group = m.participants;
    } else {
      had_statement = true;
    }
    types_done.insert(r.type);
    out_.push_back(std::move(m));
    drop_.push_back(false);
    std::set<std::string> named;
    for (auto& a : base_actors)
      if (a.person) named.insert(a.name);
    named_.push_back(named);
    group_named_.push_back(group_cue);
  }
  // Document memory: people named so far, surnames of unknown people, coordinated pairs.
  for (auto& s : spans_)
    if (s.person >= 0) st_.seen.insert(s.person);
  for (auto& a : base_actors) {
    if (!a.person) continue;
    st_.remember(a);
    bool known = lex_.person_index(a.name) >= 0;
    if (!known) {
      auto parts = base::split(a.name, ' ');
      st_.unknown_surnames[base::to_lower_ascii(parts.back())] = a.name;
    }
  }
  for (std::size_t i = 0; i + 1 < base_actors.size(); ++i) {
    const Actor& a = base_actors[i];
    const Actor& b = base_actors[i + 1];
    if (a.person && b.person && b.b == a.e + 1 && toks_[a.e].norm == "and") st_.group = {a.name, b.name};
  }
}

}  // namespace

Extractor::Extractor(std::unique_ptr<Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

Extractor Extractor::load(const std::string& data_dir) {
  return Extractor(std::make_unique<Lexicon>(Lexicon::load(data_dir)));
}

std::vector<Mention> Extractor::extract(const Document& doc, const std::vector<Timex>& timexes) const {
  Engine engine(*lexicon_, doc, timexes);
  auto mentions = engine.run();
  for (auto& m : mentions) {
    std::sort(m.participants.begin(), m.participants.end());
    m.participants.erase(std::unique(m.participants.begin(), m.participants.end()), m.participants.end());
  }
  return mentions;
}

const Lexicon& Extractor::lexicon() const { return *lexicon_; }

}  // namespace annalist::event
