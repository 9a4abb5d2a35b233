// Status cues around a trigger.
#include "event/status.h"

#include <cctype>

#include "event/cues.h"

namespace annalist::event {

namespace {

// Tokens between a cue and a trigger (0 when they touch or overlap).
std::size_t gap(const CueHit& c, std::size_t b, std::size_t e) {
  return c.e <= b ? b - c.e : (c.b >= e ? c.b - e : 0);
}

}  // namespace

StatusReading status_of(const Sentence& s, const TriggerHit& th, const std::vector<TriggerHit>& triggers) {
  const TriggerRule& r = *th.rule;
  StatusReading out;
  std::string cue;
  std::size_t cue_b = kNone;
  if (r.type == EventType::kStatement) {
    // A report of words is itself past; the future inside the words is another event.
    return out;
  }
  if (th.embedded) {
    // "proposed during the talks on June 3": the cues around belong to the main report; the
    // talks named as its setting took place (unless dated after publication, in dating) --
    // unless a clause of their own opens before them ("... when they gather at the summit on
    // Thursday": a subordinator starts the cue, so its tense is the noun's).
    std::size_t ob = kNone;
    if (has_cue(s, "planned", th, &ob, &cue) && s.cue_at(ob, "subordinator")) {
      out.status = EventStatus::kPlanned;
      out.why = cue;
      return out;
    }
    out.why = "the setting of another report";
    return out;
  }
  if (has_cue(s, "denied", th, &cue_b, &cue)) {
    out.status = EventStatus::kDenied;
    out.why = cue;
    return out;
  }
  std::size_t cb = kNone;
  std::string ctext;
  bool cancelled = false;
  for (auto& c : s.cues) {
    if (c.rule->kind != "cancelled") continue;
    bool near = (c.e <= th.b && th.b - c.e <= static_cast<std::size_t>(c.rule->window)) ||
                (c.b >= th.e && c.b - th.e <= static_cast<std::size_t>(c.rule->window));
    if (!near) continue;
    // Words inside a quotation do not cancel a gathering reported outside it.
    bool quoted = false;
    for (std::size_t k = std::min(c.e, th.e); k < std::max(c.b, th.b) && k < s.toks.size(); ++k)
      if (s.breaks(k)) quoted = true;
    if (quoted) continue;
    // "met ... to discuss salvaging a canceled summit": the cue is the nearer trigger's.
    bool other_nearer = false;
    for (auto& o : triggers)
      if (is_gathering(o.rule->type) && (o.e <= th.b || o.b >= th.e) && gap(c, o.b, o.e) < gap(c, th.b, th.e))
        other_nearer = true;
    if (other_nearer) continue;
    cb = c.b;
    ctext = s.text(c.b, c.e);
    // "is not going to cancel": a negated cancellation leaves the plan standing.
    bool negated = false;
    for (auto& n : s.cues)
      if (n.rule->kind == "negation" && n.e <= cb && cb - n.e <= static_cast<std::size_t>(n.rule->window)) negated = true;
    if (!negated) cancelled = true;
    break;
  }
  std::size_t pb = kNone, rb = kNone;
  bool infinitive = false;
  // "will depend on how a dinner with X goes": the clause's future reaches its nouns, but not
  // past a conjunction nor onto a noun with an absolute date after it.
  auto future_clause = [&]() {
    std::size_t fb = kNone;
    std::string ftext;
    if (!has_cue(s, "future-clause", th, &fb, &ftext)) return false;
    for (std::size_t k = fb; k < th.b; ++k)
      if (s.cue_at(k, "coordinator") || s.cue_at(k, "contrast")) return false;
    for (auto& x : s.timexes)
      if (x.timex->anchor == "absolute" && !x.timex->value.empty() && std::isdigit(static_cast<unsigned char>(x.timex->value[0])) &&
          x.b >= th.e && !(x.b > 0 && s.cue_at(x.b - 1, "time-bound")))
        return false;
    pb = fb;
    cue = ftext;
    return true;
  };
  // "will speak on Thursday before attending a summit": the future of the clause the noun hangs from.
  auto linked_future = [&]() {
    std::size_t lb = kNone;
    if (!has_cue(s, "gerund-link", th, &lb)) return false;
    for (auto& c : s.cues) {
      if ((c.rule->kind != "future-clause" && c.rule->kind != "planned") || c.e > lb) continue;
      bool clean = true;
      for (std::size_t k = c.e; k < lb; ++k)
        if (s.breaks(k) || s.cue_at(k, "complementizer") ||
            (s.toks[k].text == "," && k + 1 < lb && s.cue_at(k + 1, "coordinator")))
          clean = false;
      if (clean) {
        pb = c.b;
        cue = s.text(c.b, c.e);
        return true;
      }
    }
    return false;
  };
  if (cancelled) {
    out.status = EventStatus::kCancelled;
    out.why = ctext;
  } else if ((has_cue(s, "planned", th, &pb, &cue) || has_prospective_cue(s, th, &pb, &cue) || future_clause() || linked_future() ||
              (infinitive = has_cue(s, "infinitive", th, &pb, &cue))) &&
             (!has_cue(s, "realis", th, &rb) || (pb < rb && !infinitive))) {
    // "would be glad to visit": a modal before "glad to" keeps the visit a plan.
    out.status = EventStatus::kPlanned;
    out.why = cue;
  } else if (cb != kNone) {
    out.status = EventStatus::kPlanned;
    out.why = "negated '" + ctext + "'";
  }
  return out;
}

bool shares_plan(const Sentence& s, const TriggerHit& plan, const TriggerHit& th) {
  if (th.rule->verb || th.b < plan.e) return false;
  for (std::size_t k = plan.e; k < th.b; ++k) {
    if (s.breaks(k) || s.starts_trigger(k)) return false;
    if (s.toks[k].text == "," && s.cue_at(k + 1, "coordinator")) return false;  // ", and ...": a clause of its own
  }
  return true;
}

}  // namespace annalist::event
