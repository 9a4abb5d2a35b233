// Cue phrases and their windows around a trigger.
#include "event/cues.h"

#include <algorithm>

namespace annalist::event {
namespace {

// The end of a noun trigger's party complement: "talks between X and Y | could help", "a visit by
// X | will ...": the words after the complement stand right after the noun for cues that follow it.
std::size_t after_complement(const Sentence& s, std::size_t te) {
  if (te >= s.toks.size() ||
      !(s.cue_at(te, "comitative") || s.cue_at(te, "reciprocal") || s.cue_at(te, "genitive") || s.cue_at(te, "agentive")))
    return te;
  std::size_t k = te + 1, end = te;
  for (bool more = true; more && k < s.toks.size();) {
    more = false;
    for (auto& sp : s.spans)
      if (sp.b == k) {
        k = end = sp.e;
        more = true;
        break;
      }
    // "X and Y", "X, Y and Z": joining words count only between two names.
    if (!more && end == k && k + 1 < s.toks.size() && (s.cue_at(k, "coordinator") || s.toks[k].text == ",")) {
      ++k;
      more = true;
    }
  }
  return end;
}

}  // namespace

std::vector<CueHit> find_cues(const PhraseLookup& lookup, const std::vector<Token>& toks) {
  std::vector<CueHit> cues;
  find_cues(lookup, toks, cues);
  return cues;
}

void find_cues(const PhraseLookup& lookup, const std::vector<Token>& toks, std::vector<CueHit>& cues) {
  cues.clear();
  cues.reserve(toks.size());  // several cues may start at one word: fewer than one a word, not grown
  lookup.for_each_cue([&](std::size_t k, const CueRule* rule, std::size_t e) { cues.push_back({k, e, rule}); });
}

bool has_cue(const Sentence& s, std::string_view kind, std::size_t tb, std::size_t te, const TriggerRule& r,
             std::size_t* cue_b, std::string* text) {
  const auto& toks = s.toks;
  const std::uint32_t want = RuleWord::signature(kind);
  if (s.lacks_cue_kind(want)) return false;
  // Indexed, only the cues of the kind's bucket are read, in the same order.
  const bool chained = s.cues_indexed();
  for (std::size_t i = chained ? s.first_cue_of_bucket(want) : 0; i < s.cues.size();
       i = chained ? s.kind_next[i] : i + 1) {
    const CueHit& c = s.cues[i];
    const CueRule& cr = *c.rule;
    if (!cr.kind.is(kind, want)) continue;
    if (cr.applies == "verb" && !r.verb) continue;
    if (cr.applies == "noun" && r.verb) continue;
    if (cr.applies == "gathering" && !is_gathering(r.type)) continue;
    if (cr.applies == "statement" && r.type != EventType::kStatement) continue;
    // "earlier today" is a time expression, not the adverb "earlier".
    if (kind == "earlier") {
      bool in_timex = false;
      for (auto& x : s.timexes)
        if ((c.b < x.e && x.b < c.e) || x.b == c.e) in_timex = true;  // also "earlier | today"
      if (in_timex) continue;
    }
    // "in May 2020" is a month, not the modal "may".
    if (cr.applies == "verb") {
      bool in_timex = false;
      for (auto& x : s.timexes)
        if (c.b >= x.b && c.e <= x.e) in_timex = true;
      if (in_timex) continue;
    }
    // Windows count words: "a full-scale visit" is two words from "proposed".
    bool ok = false;
    if (cr.scope == "sentence") {
      ok = true;
    } else if (cr.scope == "before") {
      if (c.e <= tb && s.words(c.e, tb) <= static_cast<std::size_t>(cr.window)) {
        ok = true;
        // Nor across ", and" / ", but": a coordinated clause has its own tense; nor a status cue
        // across "that" ("it is to be recalled that X arrived"): the clause it opens has its own.
        const bool status_kind = kind == "planned" || kind == "cancelled" || kind == "denied" || kind == "future-clause";
        for (std::size_t k = c.e; k < tb; ++k)
          if (s.breaks(k) ||
              (toks[k].text == "," && k + 1 < tb && (s.cue_at(k + 1, "coordinator") || s.cue_at(k + 1, "contrast"))) ||
              (status_kind && s.cue_at(k, "complementizer")) ||
              // "did not comment as he spoke after his meeting with X": a negation stays in its
              // clause; a subordinate clause or a setting phrase has its own polarity.
              (kind == "denied" && (s.cue_at(k, "subordinator") || s.cue_at(k, "setting"))))
            ok = false;
      }
    } else {  // after
      const std::size_t from = !r.verb && c.b >= te ? std::max(te, std::min(c.b, after_complement(s, te))) : te;
      if (c.b >= te && s.words(from, c.b) <= static_cast<std::size_t>(cr.window)) {
        ok = true;
        for (std::size_t k = te; k < c.b; ++k)
          if (s.breaks(k)) ok = false;
      }
    }
    if (!ok) continue;
    if (cue_b) *cue_b = c.b;
    if (text) *text = s.text(c.b, c.e);
    return true;
  }
  return false;
}

bool has_prospective_cue(const Sentence& s, const TriggerHit& th, std::size_t* cue_b, std::string* text) {
  if (has_cue(s, "prospective", th, cue_b, text)) return true;
  if (th.rule->verb) return false;
  for (auto& o : s.cues) {
    // "... a hard-won accord | at | a special summit": an outcome noun set at the gathering.
    if (o.rule->kind != "outcome" || o.e >= th.b || !s.cue_at(o.e, "setting") || s.words(o.e, th.b) > 4 ||
        !s.unbroken(o.e, th.b))
      continue;
    for (auto& c : s.cues)
      if (c.rule->kind == "prospective" && c.e <= o.b && s.words(c.e, o.b) <= static_cast<std::size_t>(c.rule->window) &&
          s.unbroken(c.e, o.b)) {
        if (cue_b) *cue_b = c.b;
        if (text) *text = s.text(c.b, c.e);
        return true;
      }
  }
  return false;
}

}  // namespace annalist::event
