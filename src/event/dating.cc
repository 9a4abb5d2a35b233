// Time attachment of a trigger and the date rules of plans.
#include "event/dating.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "calendar/timex_value.h"
#include "event/cues.h"

namespace annalist::event {
namespace {

// How many sentences a narrative time carries over.
constexpr int kNarrativeSentences = 3;

// A bare weekday ("on Monday", "this Thursday") whose direction the tagger took from the tense
// (rules date.weekday and date.weekday_this of data/timex/en/rules/date.rules).
bool weekday_by_tense(const Timex& x) { return x.rule == "date.weekday" || x.rule == "date.weekday_this"; }

// Words between an expression [xb, xe) and a trigger, not counting actor names nor the words that
// join them to the trigger ("meet Ursula von der Leyen on Monday", "a dinner between X and Y in
// Lima on Wednesday" are one word away), nor a gathering noun's members of a bloc ("a summit of
// Andean leaders in Quito on Friday": the bloc may be in no dictionary).
std::size_t distance_past_names(const Sentence& s, std::size_t xb, std::size_t xe, const TriggerHit& th) {
  std::size_t dist = 0;
  std::size_t members_e = kNone;  // the end of "of <bloc> leaders" right after a noun trigger
  if (!th.rule->verb && xb > th.e && s.cue_at(th.e, "genitive"))
    for (auto& c : s.cues)
      if (c.rule->kind == "members-word" && c.b > th.e && c.e <= xb && c.b - th.e <= 4) {
        bool clean = true;
        for (std::size_t q = th.e; q < c.b; ++q)
          if (!s.toks[q].word) clean = false;
        if (clean) members_e = c.e;
        break;
      }
  auto actor_at = [&](std::size_t q) {
    if (members_e != kNone && q >= th.e && q < members_e) return true;
    for (auto& sp : s.spans)
      if (q >= sp.b && q < sp.e) return true;
    return false;
  };
  for (std::size_t q = std::min(xe, th.e); q < std::max(xb, th.b) && q < s.toks.size(); ++q) {
    if (actor_at(q)) continue;
    bool glue = q + 1 < s.toks.size() && actor_at(q + 1) &&
                (s.cue_at(q, "coordinator") || s.cue_at(q, "comitative") || s.cue_at(q, "reciprocal") ||
                 s.cue_at(q, "location"));
    if (!glue) ++dist;
  }
  return dist;
}

// How many days a gathering trigger lasts by a duration of days written into its noun phrase:
// "a two-day trip", "a three-day state visit" (the duration at most two words before the trigger)
// or "four days of talks" (the duration, a `genitive` cue, the trigger; or all of it one trigger). Nothing for other shapes.
std::optional<int> lasting_days(const Sentence& s, const TriggerHit& th) {
  for (const auto& x : s.timexes) {
    const Timex& d = *x.timex;
    if (d.type != "DURATION" || d.value.size() < 3 || d.value.front() != 'P' || d.value.back() != 'D') continue;
    const std::string n = d.value.substr(1, d.value.size() - 2);
    if (n.empty() || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    const int days = std::stoi(n);
    if (days < 2 || days > kLongestGatheringDays) continue;
    // "held four days of talks" may be one trigger with the duration inside.
    if (x.b >= th.b && x.e < th.e && s.cue_at(x.e, "genitive")) return days;
    if (x.e > th.b) continue;
    bool before = th.b - x.e <= 2, of = th.b - x.e == 1 && s.cue_at(x.e, "genitive");
    for (std::size_t k = x.e; k < th.b; ++k)
      if (!s.toks[k].word || s.breaks(k)) before = false;
    if (before || of) return days;
  }
  return std::nullopt;
}

// "on Thursday before attending a summit": a gerund link right after the expression [.., xe) ties
// the noun to it.
bool linked_to(const Sentence& s, const TriggerHit& th, std::size_t xe) {
  std::size_t lb = kNone;
  return !th.rule->verb && has_cue(s, "gerund-link", th, &lb) && lb >= xe && lb - xe <= 1;
}

}  // namespace

bool spaced_dash(const Sentence& s, std::size_t k) {
  const auto& toks = s.toks;
  if (k == 0 || k + 1 >= toks.size() || (toks[k].text != "-" && toks[k].text != "\xE2\x80\x93")) return false;
  if (toks[k - 1].byte_end == toks[k].byte_begin || toks[k].byte_end == toks[k + 1].byte_begin) return false;
  // "the India – Japan Joint Statement": a dash between two names joins them.
  bool name_before = false, name_after = false;
  for (auto& sp : s.spans) {
    if (sp.e == k) name_before = true;
    if (sp.b == k + 1) name_after = true;
  }
  return !(name_before && name_after);
}

std::optional<EventTime> shift_by_duration(const EventTime& t, const std::string& duration, bool later) {
  if (!t.interval || duration.size() < 3 || duration[0] != 'P') return std::nullopt;
  const char unit = duration.back();
  const std::string n = duration.substr(1, duration.size() - 2);
  if (n.empty() || n.size() > 3 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const int k = std::stoi(n) * (later ? 1 : -1);
  EventTime out;
  out.basis = DateBasis::kRelative;
  const Day day = t.interval->first;
  if (unit == 'D') {
    const Day d = day + date::days{k};
    out.interval = DayInterval{d, d};
    out.granularity = Granularity::kDay;
    out.value = calendar::format_iso_day(d);
    return out;
  }
  if (unit == 'W') {
    // "two weeks after" is good to a few days: the week around that day.
    const Day d = day + date::days{7 * k};
    const Day lo = d - date::days{3}, hi = d + date::days{3};
    out.interval = DayInterval{lo, hi};
    out.granularity = Granularity::kRange;
    out.value = calendar::format_iso_range(*out.interval);
    return out;
  }
  if (unit != 'M' && unit != 'Y') return std::nullopt;
  date::year_month_day ymd{day};
  auto ym = date::year_month{ymd.year(), ymd.month()} + (unit == 'M' ? date::months{k} : date::months{12 * k});
  const Granularity g = unit == 'M' ? Granularity::kMonth : Granularity::kYear;
  auto w = calendar::window_of_value(calendar::value_at(date::sys_days{ym / date::day{1}}, g));
  if (!w) return std::nullopt;
  out.interval = w->interval;
  out.granularity = g;
  out.value = calendar::value_at(w->interval.first, g);
  return out;
}

std::optional<EventTime> time_across_offset(const Sentence& s, const TriggerHit& th, std::optional<Day> dct) {
  const auto& toks = s.toks;
  for (std::size_t i = 0; i + 1 < s.timexes.size(); ++i) {
    const auto& anchor = s.timexes[i];
    const auto& span = s.timexes[i + 1];
    if (anchor.timex->type != "DATE" || span.timex->type != "DURATION" || span.e >= th.b) continue;
    // "last May, weeks before": only a comma between the expression and the duration.
    bool joined = span.b >= anchor.e && span.b - anchor.e <= 1;
    for (std::size_t k = anchor.e; joined && k < span.b; ++k)
      if (toks[k].text != ",") joined = false;
    const bool before = s.cue_at(span.e, "offset-before"), after = s.cue_at(span.e, "offset-after");
    if (!joined || (!before && !after) || th.b - span.e > 8) continue;
    const bool clean = s.unbroken(span.e + 1, th.b);
    bool subject = false;
    for (auto& sp : s.spans)
      if (sp.b > span.e && sp.e <= th.b) subject = true;
    if (!clean || !subject) continue;
    EventTime at = time_of_expression(s, i, dct);
    if (!at.dated()) return std::nullopt;
    // The anchor lies before the clause's event after "before" ("X, days before Y": Y is later).
    const std::string& d = span.timex->value;
    const char unit = d.empty() ? '?' : d.back();
    const bool count_given = d.size() > 2 && d.find('X') == std::string::npos;
    const bool coarse = at.granularity == Granularity::kMonth || at.granularity == Granularity::kYear;
    EventTime out;
    if (coarse && (!count_given || unit == 'D' || unit == 'W') && (unit == 'D' || unit == 'W' || unit == 'H')) {
      out = at;  // days from a month: the month is the finest the text gives
    } else if (auto shifted = count_given ? shift_by_duration(at, d, before) : std::nullopt) {
      out = *shifted;
    } else {
      return std::nullopt;
    }
    out.timex_text = span.timex->text;
    out.why = "'" + anchor.timex->text + "', '" + span.timex->text + (before ? "' before" : "' after") + " it (" + at.value + ")";
    return out;
  }
  return std::nullopt;
}

EventTime publication_day(Day dct, std::string why) {
  EventTime t;
  t.interval = DayInterval{dct, dct};
  t.granularity = Granularity::kDay;
  t.basis = DateBasis::kPublication;
  t.value = calendar::format_iso_day(dct);
  t.why = std::move(why);
  return t;
}

bool own_date(const EventTime& t) { return t.basis == DateBasis::kExplicit || t.basis == DateBasis::kRelative; }

EventTime time_of_expression(const Sentence& s, std::size_t i, std::optional<Day> dct) {
  const auto& toks = s.toks;
  const Timex& x = *s.timexes[i].timex;
  EventTime t;
  if (x.value == "PAST_REF" || x.value == "PRESENT_REF" || x.value == "FUTURE_REF") {
    if (x.value == "FUTURE_REF") {
      t.basis = DateBasis::kUnknown;
      t.why = "'" + x.text + "' points to the future without a date";
    }
    return t;  // no date of its own
  }
  t.timex_text = x.text;
  t.mod = x.mod;
  if (x.value.find('X') != std::string::npos || !calendar::window_of_value(x.value)) {
    t.value = x.value;
    t.basis = DateBasis::kUnknown;
    t.why = "'" + x.text + "' cannot be resolved" + (dct ? std::string() : std::string(" without a publication date"));
    return t;
  }
  auto w = *calendar::window_of_value(x.value);
  std::string value = x.value.substr(0, x.value.find('T'));
  Granularity g = w.granularity;
  DayInterval iv = w.interval;
  // The end or start of a year is a month ("the end of last year" -> December).
  if (g == Granularity::kYear && (x.mod == "END" || x.mod == "LATE" || x.mod == "START" || x.mod == "EARLY")) {
    bool end = x.mod == "END" || x.mod == "LATE";
    auto mw = calendar::window_of_value(value + (end ? "-12" : "-01"));
    if (mw) {
      iv = mw->interval;
      g = Granularity::kMonth;
      value = calendar::value_at(iv.first, g);
    }
  }
  if (g == Granularity::kDay) value = calendar::format_iso_day(iv.first);
  else if (g == Granularity::kMonth || g == Granularity::kYear) value = calendar::value_at(iv.first, g);
  if (g == Granularity::kDay) {
    date::year_month_day ymd{iv.first};
    auto day_of_month = [&](const Token& tok) -> std::optional<Day> {
      if (!tok.number) return std::nullopt;
      int d = std::atoi(std::string(tok.text).c_str());
      date::year_month_day other{ymd.year(), ymd.month(), date::day(static_cast<unsigned>(d))};
      if (d < 1 || d > 31 || !other.ok()) return std::nullopt;
      return date::sys_days(other);
    };
    std::size_t xb = s.timexes[i].b, xe = s.timexes[i].e;
    bool dash_after = xe + 1 < toks.size() && (toks[xe].text == "-" || toks[xe].text == "\xE2\x80\x93") &&
                      toks[xe].byte_begin == toks[xe - 1].byte_end;
    // "March 14-15", "from April 27 to 28": a day, a dash or "to", a later day of the month.
    if (xe + 1 < toks.size() && (dash_after || s.cue_at(xe, "range-joiner"))) {
      auto last = day_of_month(toks[xe + 1]);
      // "from March 6 through March 10": the second end is an expression of its own.
      for (auto& y : s.timexes)
        if (y.b == xe + 1 && !last)
          if (auto wy = calendar::window_of_value(y.timex->value); wy && wy->granularity == Granularity::kDay)
            last = wy->interval.first;
      if (last && *last > iv.first && (*last - iv.first).count() <= 31) iv.last = *last;
    }
    // "on March 16 and 17": a day and the next one are the two days of one event.
    if (xe + 1 < toks.size() && iv.last == iv.first && s.cue_at(xe, "coordinator"))
      if (auto next = day_of_month(toks[xe + 1]); next && *next == iv.first + date::days{1} &&
                                                   (xe + 2 >= toks.size() || !toks[xe + 2].word || !toks[xe + 2].number))
        iv.last = *next;
    // "from 27 to 28 of April": a day of the month before the expression.
    if (xb >= 2 && s.cue_at(xb - 1, "range-joiner"))
      if (auto first = day_of_month(toks[xb - 2]); first && *first < iv.first && (iv.first - *first).count() <= 31)
        iv.first = *first;
    if (iv.last != iv.first) {
      g = Granularity::kRange;
      value = calendar::format_iso_range(iv);
    }
  }
  t.interval = iv;
  t.granularity = g;
  t.value = value;
  t.basis = x.anchor == "absolute"   ? DateBasis::kExplicit
            : x.anchor == "inferred" ? DateBasis::kInferred
                                     : DateBasis::kRelative;
  t.why = "'" + x.text + "' = " + x.value + (x.mod.empty() ? "" : " (" + x.mod + ")") +
          (t.basis == DateBasis::kExplicit   ? ", absolute"
           : t.basis == DateBasis::kInferred ? ", resolved against the publication date inferred from the text"
                                             : ", resolved against the publication date");
  return t;
}

std::vector<std::size_t> coordinated_expressions(const Sentence& s, std::size_t i) {
  std::vector<std::size_t> out;
  std::size_t from = s.timexes[i].e;
  for (std::size_t j = 0; j < s.timexes.size(); ++j) {
    if (s.timexes[j].b < from) continue;
    const Timex& y = *s.timexes[j].timex;
    if (y.type != "DATE") break;
    // Between the two only "and", "or", commas and prepositions: "in November 2014 and April 2015".
    bool joined = false, clean = true;
    for (std::size_t k = from; k < s.timexes[j].b; ++k) {
      if (s.cue_at(k, "coordinator")) joined = true;
      else if (s.toks[k].text != "," && !s.cue_at(k, "preposition")) clean = false;
    }
    if (!joined || !clean) break;
    out.push_back(j);
    from = s.timexes[j].e;
  }
  return out;
}

namespace {

// "said a statement from X's office late Tuesday", "a statement by X's spokesman on Monday": the
// expression starting at `b` follows the source phrase right after a statement noun (from/by, the
// source, its possessive and voice), or the name after an inverted verb ("…, said Argentine
// President X on Tuesday"): the statement's own time, however long the name.
bool after_source(const Sentence& s, const TriggerHit& th, std::size_t b) {
  const std::size_t te = th.e;
  if (te >= s.toks.size() || b <= te) return false;
  // "…, said Argentine President X on Tuesday": an inverted verb, its speaker after a title.
  const bool inverted = th.rule->verb && th.b > 0 && (s.toks[th.b - 1].text == "," || is_quote(s.toks[th.b - 1]));
  if (!inverted && (th.rule->verb || (!s.cue_at(te, "words-source") && !s.cue_at(te, "agentive")))) return false;
  for (auto& sp : s.spans) {
    if (inverted) {
      if (sp.person < 0 || sp.b < te || sp.b - te > 4) continue;
      bool title = true;  // words only between the verb and the name ("said Argentine President X")
      for (std::size_t q = te; q < sp.b; ++q)
        if (!s.toks[q].word || s.cue_at(q, "complementizer") || s.cue_at(q, "possessive")) title = false;
      if (!title) continue;
    } else if (sp.b != te + 1 && !(sp.b == te + 2 && s.cue_at(te + 1, "determiner"))) {
      continue;
    }
    std::size_t k = sp.e;
    if (k < b && s.cue_at(k, "possessive")) ++k;
    while (k < b && s.cue_at(k, "voice")) ++k;
    if (k == b || (k + 1 == b && (s.cue_at(k, "date-preposition") || s.cue_at(k, "part-of-day")))) return true;
  }
  return false;
}

}  // namespace

EventTime time_of(const Sentence& s, const TriggerHit& th, const ChosenTriggers& chosen, std::optional<Day> dct,
                  bool lead, bool earlier, std::size_t* tx_used, std::optional<DayInterval> inferred) {
  const auto& toks = s.toks;
  const TriggerRule& r = *th.rule;
  const std::size_t tb = th.b, te = th.e;
  EventTime t;
  // The nearest date expression in the same clause-ish window is the event's time.
  std::size_t best = kNone, best_d = kNone;
  for (std::size_t i = 0; i < s.timexes.size(); ++i) {
    const Timex& x = *s.timexes[i].timex;
    if (x.type == "DURATION" || x.type == "SET") continue;
    std::size_t b = s.timexes[i].b, e = s.timexes[i].e;
    // Bounds ("since 2013", "until May", "by 2020") are not the time of the event.
    if (b > 0 && s.cue_at(b - 1, "time-bound")) continue;
    // "a long period of winter" is no date.
    if (s.cue_before(b, "stretch")) continue;
    std::size_t d = e <= tb ? tb - e : (b >= te ? b - te : 0);
    // A predicate between the expression and the trigger takes the expression for itself; so does
    // a nearer one in the same clause ("the visit comes after the government on Monday announced").
    bool blocked = false;
    for (auto& [ob, oe] : chosen.predicates) {
      if (ob == tb) continue;
      // "the Joint Declaration announced in October 1998": a participle right after a noun
      // trigger is its reduced relative clause; the date is the noun's.
      if (!r.verb && ob >= te && ob - te <= 1) continue;
      // "said in a statement on Tuesday", "told a news conference on Monday": the noun right after
      // a statement verb, behind a preposition or determiner only, names the same act.
      if (r.type == EventType::kStatement && ob >= te && ob - te <= 3) {
        bool same_act = true;
        for (std::size_t k = te; k < ob; ++k)
          if (!s.cue_at(k, "preposition") && !s.cue_at(k, "determiner") && !s.cue_at(k, "date-preposition") &&
              !s.cue_at(k, "setting"))
            same_act = false;
        if (same_act) continue;
      }
      // "on Sunday at a press conference after talks with X": a predicate inside a setting
      // phrase is where the clause happened, not a clause of its own.
      bool in_setting = false;
      for (std::size_t k = ob; k > 0 && ob - k < 4 && toks[k - 1].word; --k)
        if (s.cue_at(k - 1, "setting")) in_setting = true;
      if (((oe <= tb && ob >= e) || (ob >= te && oe <= b)) && !in_setting) blocked = true;
      std::size_t od = oe <= b ? b - oe : (ob >= e ? ob - e : 0);
      bool comma = false;
      for (std::size_t k = std::min(oe, e); k < std::max(ob, b) && k < toks.size(); ++k)
        if (toks[k].text == "," || s.breaks(k)) comma = true;
      // "said Tuesday during a meeting with X": the setting of a predicate shares its time.
      bool setting = false;
      for (std::size_t k = tb; k > 0 && tb - k < 4 && ob < tb; --k)
        if (s.cue_at(k - 1, "setting")) setting = true;
      // The names a trigger takes as its complement do not part it from its expression ("meet
      // Spanish Prime Minister Pedro Sanchez in Lisbon on Tuesday evening to get ready for a summit").
      if (od < std::min(d, distance_past_names(s, b, e, th)) && !comma && !setting) blocked = true;
    }
    if (blocked) continue;
    // "his first trip since he took office in May", "two days after the ministers met": an
    // expression behind a time-bound word between it and the trigger dates another clause.
    // But "on Sunday ... after talks with X": a gathering noun right after the bound word is dated
    // by the expression of the clause it follows.
    // An adverb ("twice before -- in November") bounds nothing.
    bool bounded = false;
    // "on Thursday before attending a summit": the bound word of a gerund link ties the noun to
    // the clause of the expression.
    std::size_t link = kNone;
    if (r.verb || !has_cue(s, "gerund-link", th, &link)) link = kNone;
    for (std::size_t k = std::min(e, te); k + 1 < std::max(b, tb) && k < toks.size(); ++k)
      if (s.cue_at(k, "clause-bound") && toks[k + 1].word && !(!r.verb && e <= k && tb > k && tb - k <= 3) && k != link)
        bounded = true;
    // "Since they took office in 2019, the ministers have met": the expression closes a
    // subordinate clause opened by a bound word, before the comma that ends it.
    if (e <= tb) {
      bool comma_after = false;
      for (std::size_t k = e; k < tb; ++k)
        if (toks[k].text == ",") comma_after = true;
      for (std::size_t k = b; comma_after && k > 0 && b - k < 8; --k) {
        if (toks[k - 1].text == "," || s.breaks(k - 1)) break;
        if (s.cue_at(k - 1, "clause-bound")) bounded = true;
      }
    }
    if (bounded) continue;
    // A statement's own time stands next to its verb or opens the sentence; dates inside the
    // reported words belong to what was said.
    if (r.type == EventType::kStatement && b > 1) {
      if (d > 4 && !after_source(s, th, b)) continue;
      bool actor_between = false;
      for (auto& sp : s.spans)
        if (e <= tb && sp.b >= e && sp.e <= tb) actor_between = true;
      // "the agency reported on Wednesday that X accused ...": words reported by a dated report
      // were said by then; with no time of their own they take the report's day.
      bool reported = e <= tb && e < toks.size() && s.cue_at(e, "complementizer") && d <= 4;
      if (actor_between && !reported) continue;
    }
    bool crosses = false, separated = false;
    for (std::size_t k = std::min(e, tb); k < std::max(b, te) && k < toks.size(); ++k) {
      if (is_quote(toks[k])) crosses = true;
      if (toks[k].text == ";" || toks[k].text == ":" || toks[k].text == "\xE2\x80\x94" || spaced_dash(s, k)) separated = true;
    }
    // "To open the meeting: a week ago we marked ..." -- but a headline "Call with X: 25 May".
    bool ends_sentence = true;
    for (std::size_t k = e; k < toks.size(); ++k)
      if (toks[k].word) ends_sentence = false;
    if (separated && !(ends_sentence && b > te)) continue;
    // "X said on Monday that ... a meeting": the expression dates the matrix clause.
    if (r.type != EventType::kStatement && e <= tb) {
      bool that = false;
      for (std::size_t k = e; k < tb; ++k)
        if (s.cue_at(k, "complementizer")) that = true;
      if (that) continue;
    }
    if (crosses) d += 20;
    // Of two expressions about as near, the finer one ("the second half of March").
    auto width = [&](std::size_t j) {
      auto w = calendar::window_of_value(s.timexes[j].timex->value);
      return w ? w->interval.days() : 100000L;
    };
    if (best == kNone || d + 4 < best_d || (d <= best_d + 4 && width(i) < width(best)) ||
        (d < best_d && width(i) <= width(best))) {
      best_d = d;
      best = i;
    }
  }
  if (best != kNone && best_d <= 25) {
    if (tx_used) *tx_used = best;
    t = time_of_expression(s, best, dct);
    // "recently", "now": no date of their own; fall through to the publication rule below.
    if (t.dated() || t.basis != DateBasis::kUnknown || !t.why.empty()) return t;
  }
  // The news of an article is in its first lines; later undated references are background.
  if (dct && !earlier && lead) return publication_day(*dct, "no time in the text: on or before the publication date");
  // Without a publication date, the interval the text bounds it to dates the news the same way.
  if (!dct && inferred && !earlier && lead) {
    t.interval = *inferred;
    t.granularity = Granularity::kRange;
    t.basis = DateBasis::kInferred;
    t.value = calendar::format_iso_range(*inferred);
    t.why = "no time in the text: on or before the publication date, inferred from the text between " +
            calendar::format_iso_day(inferred->first) + " and " + calendar::format_iso_day(inferred->last);
    return t;
  }
  t.basis = DateBasis::kUnknown;
  t.why = !dct ? "no time in the text and no publication date"
               : "no time in the text; a background reference, not dated by publication";
  return t;
}

void date_mention(const Sentence& s, const TriggerHit& th, const ChosenTriggers& chosen, std::optional<Day> dct,
                  const DocumentMemory& mem, Mention& m, std::size_t* expression,
                  std::optional<DayInterval> inferred) {
  const auto& toks = s.toks;
  const TriggerRule& r = *th.rule;
  bool earlier = has_cue(s, "earlier", th);
  // "X told reporters after meeting Y": a press contact is the day's news wherever it is told --
  // unless the sentence sets another time frame ("Years ago, X told reporters ...").
  bool lead = is_gathering(r.type) ? ((mem.gathering_sentences == 0 && s.index < 8) ||
                                      (s.timexes.empty() && has_cue(s, "press-contact", th)))
                                   : s.index < 4;
  std::size_t tx_used = kNone;
  m.time = time_of(s, th, chosen, dct, lead, earlier, &tx_used, inferred);
  // "later in the day", "in the afternoon": the day the text last named, across paragraphs.
  std::string same_day;
  std::size_t same_b = kNone;
  // "Earlier in the day X had said Y will hold talks": another predicate between takes the day.
  auto taken_by_other = [&]() {
    for (auto& [ob, oe] : chosen.predicates)
      if (ob != th.b && same_b < ob && oe <= th.b) return true;
    return false;
  };
  const bool on_last_day =
      tx_used == kNone && mem.last_day.dated() && has_cue(s, "same-day", th, &same_b, &same_day) && !taken_by_other();
  if (on_last_day) {
    m.time = mem.last_day;
    m.time.why = "'" + same_day + "': the day last named ('" + mem.last_day.timex_text + "')";
  }
  // Narrative time: a report with no time of its own takes the last date of the paragraph's
  // reports of the same status ("On Saturday the chancellor arrived in Hanoi ... She also met the
  // party chief"); publication dates it only when no narrative time applies.
  // A definite reference ("the meeting between X and Y") names a known event, not the paragraph's.
  bool definite = !r.verb && has_cue(s, "anaphor", th);
  if (tx_used == kNone && !earlier && !definite && m.time.value.empty() && !th.prospective) {
    const auto& n = m.status == EventStatus::kOccurred ? mem.narrative_occurred : mem.narrative_planned;
    // Only a day carries, over the next few sentences of a narrative (not a speech).
    bool fine = n.time.granularity == Granularity::kDay;
    if (n.paragraph == mem.paragraph && n.time.dated() && fine && s.index - n.sentence <= kNarrativeSentences &&
        mem.speaker < 0 && (m.status == EventStatus::kOccurred || m.status == EventStatus::kPlanned)) {
      m.time = n.time;
      m.time.why = "no time of its own: the narrative time of the paragraph ('" + n.time.timex_text + "')";
    }
  }
  // A plan with no date of its own is not dated by its publication.
  const bool by_publication = m.time.basis == DateBasis::kPublication ||
                              (m.time.basis == DateBasis::kInferred && tx_used == kNone);
  if (m.status != EventStatus::kOccurred && by_publication) {
    m.time = EventTime{};
    m.time.basis = DateBasis::kUnknown;
    m.time.why = "a plan with no date in the text";
  }
  // A plan dated by a month, a day or a weekday without a year that the tagger read backwards
  // ("in September", "on June 5", "ahead of the summit on Monday"): a plan lies ahead, so it is the
  // next such month, day or weekday -- when the expression stands by the trigger and no other
  // predicate or gathering of the sentence takes it ("said in May that ...", "talks on June 15").
  if (m.status == EventStatus::kPlanned && m.time.interval && dct && m.time.interval->last < *dct &&
      tx_used != kNone && s.timexes[tx_used].timex->anchor == "dct" &&
      (m.time.granularity == Granularity::kMonth || m.time.granularity == Granularity::kDay) &&
      m.time.value.size() >= 7 && m.time.value.find('X') == std::string::npos) {
    std::size_t xb = s.timexes[tx_used].b, xe = s.timexes[tx_used].e;
    bool year_written = false;
    for (std::size_t q = xb; q < xe; ++q)
      if (toks[q].text.size() == 4 &&
          std::all_of(toks[q].text.begin(), toks[q].text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        year_written = true;
    std::size_t dist = distance_past_names(s, xb, xe, th);
    bool other = false;
    for (auto& c : chosen.chosen)
      if (&c != &th && is_gathering(c.rule->type) && ((xe <= c.b && c.b - xe <= 2) || (xb >= c.e && xb - c.e <= 5)))
        other = true;
    for (auto& [ob, oe] : chosen.predicates)
      if (ob != th.b && ((xe <= ob && ob - xe <= 2) || (xb >= oe && xb - oe <= 3))) other = true;
    // "will hold a meeting with X and attend a dinner on Wednesday": a weekday the tagger read by
    // a tense it did not see, after the plan in its own clause, is the plan's.
    bool clause_after = weekday_by_tense(*s.timexes[tx_used].timex) && xb >= th.e;
    for (std::size_t q = th.e; clause_after && q < xb; ++q)
      if (s.breaks(q) || s.toks[q].text == "," || s.cue_at(q, "complementizer") || s.cue_at(q, "clause-bound"))
        clause_after = false;
    bool near = m.time.granularity == Granularity::kMonth || dist <= 3 || clause_after || linked_to(s, th, xe);
    std::optional<calendar::ValueWindow> w;
    std::string shifted;
    if (!year_written && !other && near) {
      if (weekday_by_tense(*s.timexes[tx_used].timex)) {
        shifted = calendar::format_iso_day(m.time.interval->first + date::days{7});
      } else {
        shifted = std::to_string(std::stoi(m.time.value.substr(0, 4)) + 1) + m.time.value.substr(4);
      }
      w = calendar::window_of_value(shifted);
    }
    if (w && w->interval.last >= *dct && (w->interval.first - *dct).count() <= 366) {
      m.time.value = shifted;
      m.time.interval = w->interval;
      m.time.why = "'" + m.time.timex_text + "' = " + shifted + ", the next one after the publication date (a plan)";
    }
  }
  // A plan dated on or before its publication by a distant expression: that date is when the
  // plan was reported ("said on Tuesday that ... would visit"), not when it happens.
  if (m.status == EventStatus::kPlanned && m.time.interval && dct && m.time.interval->last <= *dct &&
      tx_used != kNone) {
    std::size_t xb = s.timexes[tx_used].b, xe = s.timexes[tx_used].e;
    std::size_t d = distance_past_names(s, xb, xe, th);
    if ((d > 3 && !linked_to(s, th, xe)) || m.time.interval->last < *dct) {
      std::string text = m.time.timex_text;
      m.time = EventTime{};
      m.time.basis = DateBasis::kUnknown;
      m.time.why = "'" + text + "' dates the report, not the plan";
    }
  }
  // "began a three-day state visit on Wednesday", "held three days of talks from Monday": a
  // gathering that lasts N days, dated to the day it began (or, after a `closing` cue, ended),
  // spans those days.
  // The day may be the one the text last named ("ended in the evening").
  if (is_gathering(r.type) && (tx_used != kNone || on_last_day) && own_date(m.time) &&
      m.time.granularity == Granularity::kDay)
    if (auto days = lasting_days(s, th)) {
      // "capping a two-day visit": the day is the last one.
      if (has_cue(s, "closing", th))
        m.time.interval->first = m.time.interval->last - date::days{*days - 1};
      else
        m.time.interval->last = m.time.interval->first + date::days{*days - 1};
      m.time.granularity = Granularity::kRange;
      m.time.value = calendar::format_iso_range(*m.time.interval);
      m.time.why += "; the gathering lasts " + std::to_string(*days) + " days";
    }
  // Dated after publication: it had not happened yet.
  if (m.status == EventStatus::kOccurred && m.time.interval && dct && m.time.interval->first > *dct) {
    m.status = EventStatus::kPlanned;
    m.status_why = "dated after the publication date";
  }
  // "Recently, the government announced measures" deep in a dated article: words of the days
  // before publication with no date of their own. Kept undated with the expression, so the merge
  // can find them dated in another article; without it such words are background.
  if (r.type == EventType::kStatement && dct && tx_used != kNone && !m.time.dated() && m.time.value.empty() &&
      s.timexes[tx_used].timex->value == "PAST_REF" && s.cue_at(s.timexes[tx_used].b, "recent")) {
    m.time = EventTime{};
    m.time.value = "PAST_REF";
    m.time.timex_text = s.timexes[tx_used].timex->text;
    m.time.basis = DateBasis::kUnknown;
    m.time.why = "'" + m.time.timex_text + "': shortly before the publication date, no date of its own";
  }
  if (expression) *expression = tx_used;
}

void remember_day(const Sentence& s, std::optional<Day> dct, DocumentMemory& mem) {
  for (std::size_t i = 0; i < s.timexes.size(); ++i) {
    const Timex& x = *s.timexes[i].timex;
    if (x.type != "DATE" && x.type != "TIME") continue;
    if (s.timexes[i].b > 0 && s.cue_at(s.timexes[i].b - 1, "time-bound")) continue;
    EventTime t = time_of_expression(s, i, dct);
    if (t.dated() && t.granularity == Granularity::kDay) mem.last_day = t;
  }
}

void remember_clock_time(const Sentence& s, std::optional<Day> dct, DocumentMemory& mem) {
  if (!dct) return;
  for (std::size_t i = 0; i < s.timexes.size(); ++i) {
    if (s.timexes[i].timex->type != "TIME") continue;
    EventTime t = time_of_expression(s, i, dct);
    if (!t.dated() || t.granularity != Granularity::kDay || !t.interval || t.interval->first != *dct ||
        t.interval->last != *dct)
      continue;
    mem.narrative_occurred = {mem.paragraph, static_cast<int>(s.index), t};
    mem.narrative_planned = {mem.paragraph, static_cast<int>(s.index), t};
  }
}

}  // namespace annalist::event
