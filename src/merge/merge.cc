// Cross-document merge: clusters mentions against each event's accumulated attributes.
#include "merge/merge.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "base/hash.h"
#include "base/strings.h"
#include "calendar/timex_value.h"
#include "merge/title.h"

namespace annalist::merge {
namespace {

using date::days;

enum class DateKind { kStrong, kPublication, kUndated };

// What the merge needs to know about one mention, computed once.
struct Item {
  const Mention* m = nullptr;
  DateKind kind = DateKind::kUndated;
  std::optional<DayInterval> window;  // where the event may lie
  std::string unresolved;             // the undated expression ("XXXX-06", "Wednesday"), if any
  std::optional<DayInterval> bound;   // no time words, in an article its text bounds to this range
  std::string doc;                    // document identity (hash, else id)
  std::size_t rank = 0;               // position in content order
};

}  // namespace

bool bounded_by_inferred_publication(const Mention& m) {
  const auto& t = m.time;
  return t.basis == DateBasis::kInferred && t.interval && t.timex_text.empty() && !m.doc_dct;
}

bool inferred_for_time_words(const Mention& m) {
  const auto& t = m.time;
  return t.basis == DateBasis::kInferred && t.interval && !t.timex_text.empty() && !m.doc_dct;
}

namespace {

Item describe(const Mention& m, const Options& opt) {
  Item it;
  it.m = &m;
  it.doc = m.doc_hash.empty() ? m.doc_id : m.doc_hash;
  const auto& t = m.time;
  // A range inferred from an undated text is no evidence that two reports tell one event: such
  // mentions merge only as undated ones do (same expression).
  if (t.interval && t.basis != DateBasis::kPublication && t.basis != DateBasis::kInferred) {
    it.kind = DateKind::kStrong;
    it.window = t.interval;
  } else if (t.basis == DateBasis::kPublication && m.status != EventStatus::kPlanned &&
             (m.doc_dct || t.interval)) {
    // No time in the text: the event happened on or shortly before publication.
    Day dct = m.doc_dct ? *m.doc_dct : t.interval->last;
    it.kind = DateKind::kPublication;
    it.window = DayInterval{dct - days{opt.publication_lookback_days}, dct};
  } else {
    it.kind = DateKind::kUndated;
    // Value and words: "this month" and "last month" are both XXXX-XX but not the same time.
    if (!t.value.empty() || !t.timex_text.empty())
      it.unresolved = t.value + "|" + base::to_lower_ascii(base::collapse_whitespace(t.timex_text));
    if (bounded_by_inferred_publication(m)) it.bound = t.interval;
  }
  return it;
}

int status_rank(EventStatus s) {
  switch (s) {
    case EventStatus::kOccurred:
      return 0;
    case EventStatus::kCancelled:
      return 1;
    case EventStatus::kDenied:
      return 2;
    case EventStatus::kPlanned:
      return 3;
  }
  return 3;
}

// Total order on mentions by content: founding mentions come first (best dated, occurred,
// finest), so the clustering and every id depend on the set of mentions, not on their order.
auto content_key(const Item& it) {
  const Mention& m = *it.m;
  long days_len = it.window ? it.window->days() : 0;
  long dct = m.doc_dct ? m.doc_dct->time_since_epoch().count() : std::numeric_limits<long>::max();
  long first = m.time.interval ? m.time.interval->first.time_since_epoch().count() : 0;
  return std::make_tuple(static_cast<int>(it.kind), status_rank(m.status), coarseness(m.time.granularity),
                         days_len, first, dct, it.doc, m.sentence, m.begin, m.end, static_cast<int>(m.type),
                         m.trigger, m.rule, m.participants, m.location, m.time.value, m.time.mod, m.quote,
                         m.status_why, m.time.why);
}

std::optional<DayInterval> intersect(const std::optional<DayInterval>& a,
                                     const std::optional<DayInterval>& b) {
  if (!a) return b;
  if (!b || !a->overlaps(*b)) return a;
  return DayInterval{std::max(a->first, b->first), std::min(a->last, b->last)};
}

long dct_key(const Mention& m) {
  return m.doc_dct ? m.doc_dct->time_since_epoch().count() : std::numeric_limits<long>::max();
}

// Trigger rules whose id ends in ".generic" are talk nouns ("talks", "conversation") that name a
// phone or video exchange as well as a sit-down.
bool generic_rule(const std::string& rule) { return base::ends_with(rule, ".generic"); }

// An event under construction: the attributes accumulated from its mentions so far. The first
// stage builds one per report within a document, the second merges those across documents.
struct Cluster {
  std::vector<const Item*> items;
  std::set<std::string> participants;
  std::set<EventType> types;
  std::set<std::string> locations;
  int family = 0;
  bool loose = false;  // every report is a talk noun that may name a call too ("talks", "conversation")
  bool first = false;  // every report is the first occasion of a series its article counts (kFirstOfSeriesRule)
  bool statement = false;
  EventStatus status_class = EventStatus::kOccurred;  // occurred/planned, cancelled or denied
  bool occurred = false;                              // some member occurred
  std::optional<DayInterval> strong_occurred, strong_planned, publication;
  std::set<std::string> docs;
  std::set<std::pair<std::string, int>> sentences;
  std::set<std::string> unresolved;  // expressions of undated members ("" = none)
  std::set<long> dcts;               // publication days (max long = unknown)
  // Undated members without time words from an article whose text bounds its publication
  // (basis inferred): the range they lie in. Bare back-references ("the talks") leave it;
  // an undated member with time words of its own voids it.
  std::optional<DayInterval> bound;
  bool bound_void = false;

  // What the event's date is known to be: what occurred beats what was planned, and a
  // "no time in the text" report narrows it to the days before publication when consistent.
  std::optional<DayInterval> window() const {
    auto s = strong_occurred ? strong_occurred : strong_planned;
    if (s) return intersect(s, publication);
    return publication;
  }
  bool strong() const { return strong_occurred || strong_planned; }
  bool has_undated_expr() const {
    return std::any_of(unresolved.begin(), unresolved.end(), [](const std::string& u) { return !u.empty(); });
  }
  bool dct_unknown() const { return dcts.count(std::numeric_limits<long>::max()) > 0; }

  static Cluster of(const Item& it) {
    Cluster c;
    const Mention& m = *it.m;
    c.items.push_back(&it);
    c.participants.insert(m.participants.begin(), m.participants.end());
    c.types.insert(m.type);
    if (!m.location.empty()) c.locations.insert(m.location);
    c.family = type_family(m.type);
    c.loose = m.type == EventType::kMeeting && generic_rule(m.rule);
    c.first = m.rule == kFirstOfSeriesRule;
    c.statement = m.type == EventType::kStatement;
    c.status_class = m.status == EventStatus::kPlanned ? EventStatus::kOccurred : m.status;
    c.occurred = m.status != EventStatus::kPlanned;
    if (it.kind == DateKind::kStrong) {
      (m.status == EventStatus::kPlanned ? c.strong_planned : c.strong_occurred) = it.window;
    } else if (it.kind == DateKind::kPublication) {
      c.publication = it.window;
    } else {
      c.unresolved.insert(it.unresolved);
      c.bound = it.bound;
      c.bound_void = !it.bound && !it.unresolved.empty();
    }
    c.docs.insert(it.doc);
    c.sentences.insert({it.doc, m.sentence});
    c.dcts.insert(dct_key(m));
    return c;
  }

  void absorb(const Cluster& d) {
    if (loose && !d.loose) family = d.family;  // "the talks" were the call
    if (statement && !d.statement) family = d.family;  // remarks made at a gathering (remarks_at)
    statement = statement && d.statement;
    loose = loose && d.loose;
    first = first && d.first;
    items.insert(items.end(), d.items.begin(), d.items.end());
    participants.insert(d.participants.begin(), d.participants.end());
    types.insert(d.types.begin(), d.types.end());
    locations.insert(d.locations.begin(), d.locations.end());
    occurred = occurred || d.occurred;
    strong_occurred = intersect(strong_occurred, d.strong_occurred);
    strong_planned = intersect(strong_planned, d.strong_planned);
    publication = intersect(publication, d.publication);
    docs.insert(d.docs.begin(), d.docs.end());
    sentences.insert(d.sentences.begin(), d.sentences.end());
    bound_void = bound_void || d.bound_void || (bound && d.bound && !bound->overlaps(*d.bound));
    bound = bound_void ? std::nullopt : bound ? intersect(bound, d.bound) : d.bound;
    unresolved.insert(d.unresolved.begin(), d.unresolved.end());
    dcts.insert(d.dcts.begin(), d.dcts.end());
  }
};

// Windows coarser than a month say too little to merge reports of different documents on.
constexpr long kMaxCrossDocumentDays = 31;
// An undated plan joins a dated plan of another article only if that date is this close ahead.
constexpr long kPlanHorizonDays = 183;
// Undated reports of different documents are one event only if published this close together.
constexpr long kUndatedCrossDocumentDays = 14;
// How far back "recently" reaches for a statement of another article (grouping.cc kRecentDays).
constexpr long kRecentDays = 31;

bool overlaps(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& p) { return b.count(p) > 0; });
}

// Participant knowledge for one merge run: the optional lexicon lookup, cached, with the
// name-shape rules as fallback.
class Actors {
 public:
  Actors(const ActorLookup& lookup, const NameShapes& shapes) : lookup_(lookup), shapes_(shapes) {}

  const std::optional<ActorInfo>& info(const std::string& name) const {
    auto it = cache_.find(name);
    if (it == cache_.end()) it = cache_.emplace(name, lookup_ ? lookup_(name) : std::nullopt).first;
    return it->second;
  }
  bool institution(const std::string& name) const {
    const auto& i = info(name);
    return i ? !i->person : looks_like_institution(name, shapes_);
  }
  bool all_institutions(const std::set<std::string>& names) const {
    return std::all_of(names.begin(), names.end(), [&](const std::string& n) { return institution(n); });
  }
  // The country-level reading of a set: people replaced by their country; nullopt when a person's
  // country is unknown.
  std::optional<std::set<std::string>> countries(const std::set<std::string>& names) const {
    std::set<std::string> out;
    for (const auto& n : names) {
      const auto& i = info(n);
      if (!i) return std::nullopt;
      if (!i->person) {
        out.insert(n);
      } else {
        if (i->country.empty()) return std::nullopt;
        out.insert(i->country);
      }
    }
    return out;
  }

 private:
  const ActorLookup& lookup_;
  const NameShapes& shapes_;
  mutable std::map<std::string, std::optional<ActorInfo>> cache_;
};

std::size_t shared_people(const std::set<std::string>& a, const std::set<std::string>& b,
                          const Actors& actors) {
  std::size_t n = 0;
  for (const auto& p : a)
    if (b.count(p) && !actors.institution(p)) ++n;
  return n;
}

// One set holds all of the other.
bool nested(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::includes(a.begin(), a.end(), b.begin(), b.end()) ||
         std::includes(b.begin(), b.end(), a.begin(), a.end());
}

// The names two participant sets share, and those only the first or only the second has.
struct NameSplit {
  std::vector<std::string> shared, only_a, only_b;
};
NameSplit split_names(const std::set<std::string>& a, const std::set<std::string>& b) {
  NameSplit out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out.shared));
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out.only_a));
  std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(out.only_b));
  return out;
}

bool only_institutions(const std::vector<std::string>& names, const Actors& actors) {
  return std::all_of(names.begin(), names.end(), [&](const std::string& n) { return actors.institution(n); });
}

// Participants that only partly overlap can still be one event when countries on one side stand
// for people on the other: the names only one side has are all institutions on one of the sides,
// and the sides share a person or one of them names no person at all. With actor knowledge of
// every such name, the country-level reading of one side's extras must contain the other's
// ("Obama;China" ~ "Obama;Hu Jintao;Joe Biden", "China" ~ "Hu Jintao"); without it only a shared
// person vouches for the rest.
bool country_level_consistent(const std::set<std::string>& a, const std::set<std::string>& b,
                              const Actors& actors) {
  const auto [shared, only_a, only_b] = split_names(a, b);
  auto institutions = [&](const std::vector<std::string>& v) { return only_institutions(v, actors); };
  const bool shares_person = !institutions(shared);
  // Countries may stand for people; a person never stands for another person.
  if (!institutions(only_a) && !institutions(only_b)) return false;
  if (!shares_person && !actors.all_institutions(a) && !actors.all_institutions(b)) return false;
  std::set<std::string> sa(only_a.begin(), only_a.end()), sb(only_b.begin(), only_b.end());
  auto ca = actors.countries(sa), cb = actors.countries(sb);
  if (ca && cb)
    return nested(*ca, *cb);
  // Without knowledge of every name: a shared person vouches for the rest, and the extras are
  // countries on one side against people on the other (two countries never stand for each other).
  return shares_person && institutions(only_a) != institutions(only_b);
}

// A shared person; one side's other names are all states or bodies (a visit's destination), the
// other's include a person (the one met there).
bool visit_to_the_place(const std::set<std::string>& a, const std::set<std::string>& b, const Actors& actors) {
  const auto [shared, only_a, only_b] = split_names(a, b);
  auto institutions = [&](const std::vector<std::string>& v) { return only_institutions(v, actors); };
  if (institutions(shared) || only_a.empty() || only_b.empty()) return false;
  return institutions(only_a) != institutions(only_b);
}

// "Hu met Obama" and "Hu met Biden": one side names a person the other lacks while the other names
// someone else of that person's country, whom the first lacks. Different counterparts, different
// meetings. Needs actor knowledge of the people concerned; used for an undated back-reference
// ("During his visit, Hu met Biden"), which has no date of its own to tell it apart.
bool other_counterpart(const std::set<std::string>& a, const std::set<std::string>& b, const Actors& actors) {
  auto extra_countries = [&](const std::set<std::string>& x, const std::set<std::string>& y) {
    std::set<std::string> out;
    for (const auto& p : x) {
      if (y.count(p)) continue;
      const auto& i = actors.info(p);
      if (i && i->person && !i->country.empty()) out.insert(i->country);
    }
    return out;
  };
  auto ca = extra_countries(a, b), cb = extra_countries(b, a);
  return overlaps(ca, cb);
}

// One side is a summit with a multilateral body the other lacks, the other names a person the summit
// lacks, and a person attends both: a meeting on the sidelines, not the summit.
// A summit names a body the other event lacks and shares with it a participant who is no
// institution (a person or a state that goes to both).
bool body_summit_beside(const Cluster& summit, const Cluster& other, const Actors& actors) {
  bool body = false, shared = false;
  for (const auto& p : summit.participants) {
    const auto& i = actors.info(p);
    if (!other.participants.count(p) && i && i->body) body = true;
    if (other.participants.count(p) && !actors.institution(p)) shared = true;
  }
  return body && shared;
}

bool sideline_meeting(const Cluster& a, const Cluster& b, const Actors& actors) {
  auto one_way = [&](const Cluster& summit, const Cluster& other) {
    if (!summit.types.count(EventType::kSummit) || other.types.count(EventType::kSummit)) return false;
    if (!body_summit_beside(summit, other, actors)) return false;
    bool person = false;
    int people = 0;  // the other side's people: two attendees who meet hold talks of their own
    for (const auto& p : other.participants) {
      if (!summit.participants.count(p) && !actors.institution(p)) person = true;
      if (!actors.institution(p)) ++people;
    }
    return person || people >= 2;
  };
  return one_way(a, b) || one_way(b, a);
}

// A visit to a state and a summit of a multilateral body that the visitor attends ("will visit
// Chile in November ... Santiago, where an APEC summit is held"): the summit names a body
// the visit lacks, the visit a state the summit lacks, and a person goes to both. The trip takes in
// the summit; the body is not the state, so they are two events.
bool trip_around_summit(const Cluster& a, const Cluster& b, const Actors& actors) {
  auto one_way = [&](const Cluster& summit, const Cluster& trip) {
    if (!summit.types.count(EventType::kSummit) || summit.types.size() != 1) return false;
    if (!trip.types.count(EventType::kVisit) || trip.types.size() != 1) return false;
    if (!body_summit_beside(summit, trip, actors)) return false;
    for (const auto& p : trip.participants) {
      const auto& i = actors.info(p);
      if (!summit.participants.count(p) && i && !i->person && !i->body) return true;  // a state the summit lacks
    }
    return false;
  };
  return one_way(a, b) || one_way(b, a);
}

// The institutions-only side, dated, names a multilateral body (G20, ASEAN) the side with people
// lacks: the body's gathering, not the same event told at country level. An undated mention of the
// body stays with the article's event: alone it would stand as an undated event of its own.
bool names_absent_body(const Cluster& institutions, const Cluster& people, const Actors& actors) {
  if (!institutions.window()) return false;
  for (const auto& p : institutions.participants) {
    const auto& i = actors.info(p);
    if (i && i->body && !people.participants.count(p)) return true;
  }
  return false;
}

// One side names only countries and organisations, the other people, and the first names no body
// the second lacks: one event told at country level and at the level of its people.
bool told_at_two_levels(const Cluster& c, const Cluster& d, const Actors& actors) {
  const bool c_institutions = actors.all_institutions(c.participants);
  if (c_institutions == actors.all_institutions(d.participants)) return false;
  return c_institutions ? !names_absent_body(c, d, actors) : !names_absent_body(d, c, actors);
}

// Two undated expressions can name the same time: equal, or one of them is none (a bare
// back-reference) or only the year ("this year").
bool unresolved_compatible(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const auto& x : a)
    for (const auto& y : b) {
      if (x == y || x.empty() || y.empty()) continue;
      if (base::starts_with(x, "XXXX|") || base::starts_with(y, "XXXX|")) continue;
      return false;
    }
  return true;
}

// Whether an unresolved expression ("XXXX-WXX-6|saturday", "XXXX-07-21|july 21") can name the
// single day `w`: its weekday or its month and day agree; a bare unresolved day (XXXX-XX-XX)
// fits any day. Coarser shapes (or none) do not fit.
bool unresolved_fits_day(const std::string& u, const DayInterval& w) {
  if (w.days() != 1) return false;
  const std::string v = u.substr(0, u.find('|'));
  date::year_month_day ymd{w.first};
  auto num = [](const std::string& s, std::size_t pos, std::size_t len) -> int {
    if (pos + len > s.size()) return -1;
    int n = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      n = n * 10 + (s[i] - '0');
    }
    return n;
  };
  // An unresolved day of unknown shape ("Saturday" may come as XXXX-XX-XX) fits any one day.
  if (v == "XXXX-XX-XX") return true;
  if (v.size() == 10 && base::starts_with(v, "XXXX-WXX-")) {
    int d = num(v, 9, 1);  // ISO weekday, 1 = Monday
    unsigned iso = date::weekday{w.first}.iso_encoding();
    return d >= 1 && d <= 7 && static_cast<unsigned>(d) == iso;
  }
  if (v.size() == 10 && base::starts_with(v, "XXXX-")) {
    int mo = num(v, 5, 2), d = num(v, 8, 2);
    return mo == static_cast<int>(static_cast<unsigned>(ymd.month())) && d == static_cast<int>(static_cast<unsigned>(ymd.day()));
  }
  return false;
}

// Whether the single day or month `w` can be what a time expression of an article without a
// publication date names, given the range the tagger resolved it to within the bound of that date
// ("March" -> every March the bound allows, 2022-03-01/2024-03-31; "Sunday" -> every Sunday): the
// range's calendar shape is kept, a month (first to last day of one month number), a month and day,
// or a weekday (the same weekday at both ends). A range of another shape ("last week") names no
// testable day. Reading a shape into a range that only looks like one is stricter, never looser.
// With `day_only` a month names nothing: only a weekday or a month and day name an appointment.
bool inferred_range_names(const DayInterval& r, const DayInterval& w, bool day_only = false) {
  if (!r.contains(w)) return false;
  const date::year_month_day f{r.first}, l{r.last}, a{w.first}, b{w.last};
  // Whole years ("this year" in every year the bound allows) name no month or day.
  if (f.month() == date::January && f.day() == date::day{1} && l.month() == date::December &&
      l.day() == date::day{31})
    return false;
  const bool month_shape = f.day() == date::day{1} && f.month() == l.month() &&
                           date::year_month_day{r.last + days{1}}.day() == date::day{1};
  if (month_shape) return !day_only && a.month() == f.month() && b.month() == f.month() && a.year() == b.year();
  if (w.days() != 1) return false;
  if (f.month() == l.month() && f.day() == l.day()) return a.month() == f.month() && a.day() == f.day();
  const date::weekday wd{r.first};
  return r.days() > 7 && date::weekday{r.last} == wd && date::weekday{w.first} == wd;
}

// An undated event of an article without a publication date whose time words were resolved to
// ranges within the bound of that date: whether every one of them can name `w` (and there is one).
bool inferred_expressions_name(const Cluster& u, const DayInterval& w, bool day_only = false) {
  bool any = false;
  for (const Item* it : u.items) {
    if (it->unresolved.empty()) continue;
    const auto& t = it->m->time;
    if (!inferred_for_time_words(*it->m) || !inferred_range_names(*t.interval, w, day_only)) return false;
    any = true;
  }
  return any;
}

// Whether the only time words of a cluster's reports are "recently" (data/events/en/grammar.txt `recent`:
// the extractor keeps such a statement undated with the value PAST_REF).
bool recently_only(const Cluster& u) {
  bool any = false;
  for (const Item* it : u.items) {
    if (it->unresolved.empty()) continue;
    if (!base::starts_with(it->unresolved, "PAST_REF|")) return false;
    any = true;
  }
  return any;
}

// A plan whose date had not begun when its article was published ("she is to see Mendes this
// afternoon", "they will talk on Thursday"): the article's reports of what already happened
// (the arrival, the departure) are not it.
bool still_ahead(const Cluster& plan) {
  if (!plan.strong_planned || plan.dct_unknown()) return false;
  const long first = plan.strong_planned->first.time_since_epoch().count();
  return std::all_of(plan.dcts.begin(), plan.dcts.end(), [&](long dct) { return first >= dct; });
}

// Whether window `w` ended in the days before each publication day of `dcts` (the span a report
// without time in the text covers): its last day lies in [DCT - lookback, DCT]. A window that runs
// past the publication ("in March" beside a text of March 9) may hold an event still ahead then.
bool recent_for_all(const std::set<long>& dcts, const DayInterval& w, int lookback) {
  const long last = w.last.time_since_epoch().count();
  for (long dct : dcts)
    if (dct == std::numeric_limits<long>::max() || last < dct - lookback || last > dct) return false;
  return !dcts.empty();
}

// Across articles: words of participants of an occurred gathering, dated by their own time words to
// one day inside the gathering's window of at most the days a report without time words covers
// ("Borrell said last night" in a report of the next day, another article's meeting of Borrell, X
// and Y): remarks made at it (its news conference), part of the event as within one article.
bool remarks_at(const Cluster& words, const Cluster& gathering, const Options& opt) {
  if (!words.statement || gathering.statement || words.status_class != EventStatus::kOccurred || !words.occurred ||
      !gathering.occurred || words.participants.empty() ||
      std::any_of(gathering.types.begin(), gathering.types.end(),
                  [](EventType t) { return t == EventType::kStatement || t == EventType::kAgreement; }))
    return false;
  if (!words.strong_occurred || words.strong_occurred->days() != 1) return false;
  const auto w = gathering.window();
  if (!w || w->days() > opt.publication_lookback_days + 1 || !w->contains(*words.strong_occurred)) return false;
  return std::includes(gathering.participants.begin(), gathering.participants.end(), words.participants.begin(),
                       words.participants.end());
}

// A statement event told only without time words (dated by its publication) in articles all
// published on the single day `day`.
bool published_on(const Cluster& vague, const DayInterval& day) {
  if (vague.strong() || !vague.publication || vague.has_undated_expr() || vague.dct_unknown()) return false;
  const long d = day.first.time_since_epoch().count();
  return day.days() == 1 &&
         std::all_of(vague.dcts.begin(), vague.dcts.end(), [&](long dct) { return dct == d; });
}

// Score of merging `d` into `c`, or nullopt when they cannot be the same event. `d` is one
// mention in the first stage (same document) and one document's event in the second.
std::optional<int> fit(const Cluster& c, const Cluster& d, const Options& opt, const Actors& actors,
                       bool cross_document) {
  // The leniency for reports of one article applies within it (first stage) only.
  const bool same_doc = !cross_document;
  int score = 0;

  // Status: occurred and planned meet only on overlapping strong dates (checked below).
  if (c.status_class != d.status_class) return std::nullopt;
  const bool status_differs = c.occurred != d.occurred;
  if (status_differs && (opt.planned_joins_occurred == PlannedMerge::kNever ||
                         (opt.planned_joins_occurred == PlannedMerge::kSameDocument && !same_doc)))
    return std::nullopt;

  // An undated first occasion of a series an article counts is not its later occasion, which the
  // article reports beside it ("spoke on Wednesday ... the second time they talked"); a dated one
  // follows the rules below (its date keeps it from the later occasion).
  if (same_doc && c.first != d.first && !(c.first ? c : d).window()) return std::nullopt;

  // Type family; statements only with statements, or across articles as remarks at a gathering.
  if (c.statement != d.statement) {
    if (same_doc || overlaps(c.docs, d.docs) || !(c.statement ? remarks_at(c, d, opt) : remarks_at(d, c, opt)))
      return std::nullopt;
    return score + 1;
  }
  const bool talks_as_call = c.family != d.family;
  if (talks_as_call) {
    // A talk noun may name a call; a call is never a visit or a summit.
    const int meeting = type_family(EventType::kMeeting), call = type_family(EventType::kCall);
    auto loose_pair = [&](const Cluster& x, const Cluster& y) {
      return x.loose && x.family == meeting && y.family == call && y.types.count(EventType::kCall) == y.types.size();
    };
    if (!loose_pair(c, d) && !loose_pair(d, c)) return std::nullopt;
  }
  for (EventType t : d.types)
    if (c.types.count(t)) {
      score += 2;
      break;
    }

  // Participants.
  if (c.statement) {
    if (c.participants != d.participants) return std::nullopt;
    score += 3;
  } else if (c.participants.empty() && d.participants.empty()) {
    score += 3;
  } else if (c.participants.empty() || d.participants.empty()) {
    if (!same_doc) return std::nullopt;
  } else if (c.participants == d.participants) {
    score += 3;
  } else if (trip_around_summit(c, d, actors)) {
    // "will visit Chile, ending in Santiago, where an APEC summit is held": the trip and the
    // body's summit it takes in are two events.
    return std::nullopt;
  } else if ((same_doc || overlaps(c.docs, d.docs)) && sideline_meeting(c, d, actors)) {
    // A summit and a meeting of other parties on its sidelines, which an article tells apart, are
    // two events ("addressed the G20", "then met Xi"), also when the summit lists the meeting's
    // people among its attendees.
    return std::nullopt;
  } else if (nested(c.participants, d.participants)) {
    score += 2;
  } else if (talks_as_call) {
    // "talks with Y" is the call only when it names the call's people; a shared caller alone
    // does not make another counterpart's talks that call.
    return std::nullopt;
  } else if (same_doc && sideline_meeting(c, d, actors)) {
    // A summit and a meeting of other parties on its sidelines are two events ("addressed the G20",
    // "then met Xi").
    return std::nullopt;
  } else if ((same_doc && overlaps(c.participants, d.participants) &&
              !((!c.window() || !d.window()) && other_counterpart(c.participants, d.participants, actors))) ||
             shared_people(c.participants, d.participants, actors) >= 2 ||
             country_level_consistent(c.participants, d.participants, actors)) {
    // Two shared people on overlapping dates are one gathering even when each report lists
    // different others (delegations of a summit).
    score += 1;
  } else if (!same_doc && overlaps(c.locations, d.locations) && visit_to_the_place(c.participants, d.participants, actors)) {
    // "X will travel to Lisbon" (X and the country of the place, no host named) and "X will dine
    // with Y in Lisbon" in another article: one trip to one place; the country there names the
    // destination, not a counterpart.
    score += 1;
  } else if (same_doc && told_at_two_levels(c, d, actors)) {
    // Within one article "The China State Visit" and "Obama hosts Hu" are one event told at two
    // levels; the dates must still agree (below). Across articles this needs actor data. A body
    // is not a level of its members: "the G20 summit's results" is not "Abe met Xi".
  } else {
    return std::nullopt;
  }

  // Date.
  const auto wc = c.window(), wd = d.window();
  // Two articles' first occasions of one series ("The first was last December", "the second time
  // they talked") are one event, whatever the precision of their dates; dated, they must overlap.
  if (!same_doc && c.first && d.first && !status_differs) {
    if (wc && wd && !wc->overlaps(*wd)) return std::nullopt;
    return score + 3;
  }
  if (wc && wd) {
    if (!wc->overlaps(*wd)) return std::nullopt;
    if (status_differs && (!c.strong() || !d.strong())) return std::nullopt;
    if (status_differs && same_doc && still_ahead(c.occurred ? d : c)) return std::nullopt;
    const long longest = std::max(wc->days(), wd->days());
    if (!same_doc && *wc != *wd && longest > kMaxCrossDocumentDays) return std::nullopt;
    if (c.statement) {
      // One statement = one speaker on one day.
      bool same_day = c.strong() && d.strong() && *wc == *wd && wc->days() == 1;
      bool both_vague = !c.strong() && !d.strong() && (same_doc || *wc == *wd);
      // In one article "Peskov said on Tuesday" and a later "Peskov said" are one statement.
      bool dated_and_vague =
          same_doc && c.strong() != d.strong() && (c.strong() ? wc->days() == 1 : wd->days() == 1);
      // Across articles "Peskov said" in an article of Tuesday and "Peskov said on Tuesday" in
      // another: the report without time words is dated by its publication day, so both would
      // stand in the chronology as one speaker's statement of one day.
      bool dated_and_published = !same_doc && c.strong() != d.strong() &&
                                 (c.strong() ? published_on(d, *wc) : published_on(c, *wd));
      // Two or more speakers with one voice ("X and Y announced plans") dated by their own time
      // words to one month: a joint announcement, which a month report cannot tell from another
      // that month.
      bool joint_month = c.strong() && d.strong() && *wc == *wd && c.participants.size() >= 2 &&
                         wc->days() >= 28 && wc->days() <= kMaxCrossDocumentDays;
      if (!same_day && !both_vague && !dated_and_vague && !dated_and_published && !joint_month) return std::nullopt;
    }
    if (*wc == *wd)
      score += 3;
    else if ((wc->contains(*wd) || wd->contains(*wc)) && longest <= kMaxCrossDocumentDays)
      score += 2;
    else
      score += 1;
    if (longest > kMaxCrossDocumentDays) score -= 2;
    // A report without time words tells most likely of its publication day: of the dated events in
    // the days before, the one of that day fits it best.
    if (c.strong() != d.strong()) {
      const Cluster& vague = c.strong() ? d : c;
      const DayInterval& dated = c.strong() ? *wc : *wd;
      if (vague.publication && dated.contains(vague.publication->last)) score += 1;
    }
  } else if (wc || wd) {
    // An undated back-reference joins a recent, precisely dated event of its own document:
    // "the talks" after "met on Tuesday", not "first met in 2013".
    const Cluster& undated = wc ? d : c;
    const Cluster& dated = wc ? c : d;
    const auto& w = wc ? *wc : *wd;
    // The second stage compares an article's events with each other too; the rules below that
    // join an undated report to another article's event must not join what the first stage,
    // reading the article as a whole, kept apart.
    const bool other_article = !overlaps(undated.docs, dated.docs);
    if (!same_doc && !status_differs && !c.statement && opt.merge_undated_across_documents && undated.bound &&
        !undated.bound_void &&
        undated.occurred && dated.occurred && undated.bound->contains(w) && w.days() <= kMaxCrossDocumentDays &&
        nested(c.participants, d.participants)) {
      // A report without time words from an article without a publication date, whose text bounds
      // that date ("the first visit since the 2018 summit"), and another article's dated report of
      // the same kind, with all of one side's participants on the other, inside that bound: one
      // event, if it is the only candidate (checked by the caller).
      score += 1;
      if (overlaps(c.locations, d.locations)) score += 1;
      return score;
    }
    if (!same_doc && other_article && !status_differs && !c.statement && opt.merge_undated_across_documents &&
        undated.dct_unknown() && c.status_class == EventStatus::kOccurred &&
        w.days() <= kMaxCrossDocumentDays && inferred_expressions_name(undated, w, !undated.occurred) &&
        !c.participants.empty() &&
        !d.participants.empty() && nested(c.participants, d.participants)) {
      // "Following the president's March visit to Tokyo" in an article without a publication date
      // (every March its text allows) and another article's visit dated inside one of those
      // Marches, of the same kind, all of one side's participants on the other: one event, if it
      // is the only candidate (checked by the caller). The event keeps the dated article's date.
      // Plans too, by a day ("leaders would meet Sunday" and another article's meeting planned for
      // a Sunday): a plan "in March" of an unknown year is too vague to be another article's one.
      score += 1;
      if (overlaps(c.locations, d.locations)) score += 1;
      return score;
    }
    if (!same_doc && !status_differs && !c.statement && opt.merge_undated_across_documents &&
        undated.dct_unknown() && undated.occurred && dated.occurred && dated.strong() &&
        undated.has_undated_expr() && c.participants == d.participants && !c.participants.empty() &&
        c.types == d.types) {
      // A report from an article without a publication date ("On Saturday, X spoke with Y")
      // whose unresolved expression names the very day of another article's dated report of the
      // same people and kind: one event, if it is the only candidate (checked by the caller).
      for (const auto& u : undated.unresolved)
        if (!u.empty() && !unresolved_fits_day(u, w)) return std::nullopt;
      score += 1;
      for (const auto& l : d.locations)
        if (c.locations.count(l)) score += 1;
      return score;
    }
    if (!same_doc && other_article && !status_differs && !c.statement && opt.merge_undated_across_documents &&
        c.status_class == EventStatus::kOccurred && undated.occurred && dated.occurred && dated.strong() &&
        !undated.has_undated_expr() && !undated.dct_unknown() && w.days() <= kMaxCrossDocumentDays &&
        recent_for_all(undated.dcts, w, opt.publication_lookback_days) && !c.participants.empty() &&
        !d.participants.empty() && nested(c.participants, d.participants)) {
      // A back-reference without time words ("the recent talks", "the visit") in a dated article,
      // and another article's event of the same kind, with all of one side's participants on the
      // other, dated by its own time words to the days before that publication: one event, if it is
      // the only candidate (checked by the caller). The event keeps the other article's date. An
      // event dated only by publication is too vague to be that recent one.
      score += 1;
      if (overlaps(c.locations, d.locations)) score += 1;
      return score;
    }
    if (!same_doc && other_article && !status_differs && !c.statement && opt.merge_undated_across_documents &&
        c.status_class == EventStatus::kOccurred && undated.occurred && dated.occurred && dated.strong() &&
        !undated.has_undated_expr() && !undated.dct_unknown() && w.days() <= kMaxCrossDocumentDays &&
        !undated.locations.empty() && overlaps(undated.locations, dated.locations) &&
        recent_for_all(undated.dcts, w, kRecentDays) && !c.participants.empty() && !d.participants.empty() &&
        nested(c.participants, d.participants)) {
      // A gathering named by its place without time words ("the Ufa talks between X and Y") and
      // another article's gathering of the same kind and people at that place, dated to the month
      // before publication: one event, if it is the only candidate (checked by the caller).
      return score + 2;
    }
    if (!same_doc && other_article && !status_differs && !c.statement && !c.occurred && !d.occurred &&
        c.status_class == EventStatus::kOccurred && !undated.has_undated_expr() && !undated.dct_unknown() &&
        w.days() <= 31) {
      // A plan told without a date ("X would be glad to visit Y") and the same plan dated in a
      // later article ("X's visit to Y in September"): one plan, if the date still lay ahead when
      // the undated report was published, within kPlanHorizonDays, and it is the only candidate.
      for (long dct : undated.dcts) {
        long first = w.first.time_since_epoch().count();
        if (first < dct || first - dct > kPlanHorizonDays) return std::nullopt;
      }
      return score + 1;
    }
    if (!same_doc && other_article && c.statement && !status_differs && undated.occurred && dated.occurred &&
        c.status_class == EventStatus::kOccurred && dated.strong() && w.days() == 1 && !undated.dct_unknown() &&
        recently_only(undated) && recent_for_all(undated.dcts, w, kRecentDays)) {
      // "Recently, the government announced measures" and another article's statement of the same
      // speaker dated by its own time words to one day of the month before that publication: one
      // statement, if it is the only candidate (checked by the caller). It keeps the other's date.
      return score + 1;
    }
    if (!same_doc || status_differs || c.statement) return std::nullopt;
    // An article's plans are an itinerary: an undated plan that names a person the dated plan
    // lacks, nor names the country of ("will tour a shipyard on Friday" … "will also hold talks
    // with Mendes"), is another appointment of it, unless the dated plan names everyone it names.
    if (!c.occurred && !d.occurred) {
      const auto& named = undated.participants;
      const bool new_person = std::any_of(named.begin(), named.end(), [&](const std::string& p) {
        if (dated.participants.count(p) || actors.institution(p)) return false;
        const auto& info = actors.info(p);
        return !(info && !info->country.empty() && dated.participants.count(info->country));
      });
      if (new_person && !std::includes(named.begin(), named.end(), dated.participants.begin(),
                                       dated.participants.end()))
        return std::nullopt;
    }
    if (undated.has_undated_expr() || w.days() > 31) return std::nullopt;
    for (long dct : undated.dcts)
      if (dct != std::numeric_limits<long>::max() && w.last.time_since_epoch().count() < dct - 31)
        return std::nullopt;
  } else {
    if (status_differs) return std::nullopt;
    if (!unresolved_compatible(c.unresolved, d.unresolved)) return std::nullopt;
    if (!same_doc) {
      // Across documents only the same bare report ("the meeting between Trump and Putin"):
      // occurred, same people and type, no time words, published close together.
      if (!opt.merge_undated_across_documents || !c.occurred || !d.occurred) return std::nullopt;
      if (c.has_undated_expr() || d.has_undated_expr()) return std::nullopt;
      if (c.participants != d.participants || c.participants.empty() || c.types != d.types)
        return std::nullopt;
      if (!c.dct_unknown() && !d.dct_unknown()) {
        long lo = std::min(*c.dcts.begin(), *d.dcts.begin());
        long hi = std::max(*c.dcts.rbegin(), *d.dcts.rbegin());
        if (hi - lo > kUndatedCrossDocumentDays) return std::nullopt;
      }
    }
  }

  if (same_doc) score += 3;
  for (const auto& s : d.sentences)
    if (c.sentences.count(s)) {
      score += 10;
      break;
    }
  if (overlaps(c.locations, d.locations)) score += 1;
  return score;
}

int month_index(Day d) {
  date::year_month_day ymd{d};
  return static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
}

// Where a cluster can be found in the second stage: under each participant and each person's
// country (or "" for none) and each month its window touches (-1 when undated). A fitting pair
// always shares such a key: a shared participant or country, or equal empty sets; and overlapping
// windows or both undated.
std::vector<std::pair<std::string, int>> index_keys(const Cluster& c, const Actors& actors) {
  std::vector<int> months;
  if (auto w = c.window()) {
    for (int m = month_index(w->first), last = month_index(w->last); m <= last; ++m) months.push_back(m);
  } else {
    months.push_back(-1);
  }
  std::vector<std::pair<std::string, int>> keys;
  std::set<std::string> names(c.participants.begin(), c.participants.end());
  // A country stands for its people: index people under their country too.
  for (const auto& p : c.participants)
    if (const auto& i = actors.info(p); i && i->person && !i->country.empty()) names.insert(i->country);
  if (names.empty()) names.insert("");
  for (const auto& n : names)
    for (int m : months) keys.emplace_back(n, m);
  return keys;
}

// Lower-case words of a quote (letters and digits).
std::set<std::string> quote_words(const std::string& q) {
  std::set<std::string> out;
  std::string w;
  for (char ch : q + " ") {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      out.insert(w);
      w.clear();
    }
  }
  return out;
}

double word_overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t shared = 0;
  for (const auto& w : a) shared += b.count(w);
  return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

// An undated report that fits several events of other articles: the one that tells it in the
// same words (a reprinted release: "On Saturday, X spoke with Y" / "On July 21, X spoke with Y"),
// when that one stands out; else none.
constexpr double kReprintOverlap = 0.5, kReprintMargin = 0.2;
std::optional<std::size_t> reprinted_in(const Cluster& u, const std::vector<Cluster>& clusters,
                                        const std::vector<std::size_t>& fitting) {
  std::vector<std::set<std::string>> own;
  for (const Item* it : u.items) own.push_back(quote_words(it->m->quote));
  std::optional<std::size_t> best;
  double first = 0, second = 0;
  for (std::size_t ci : fitting) {
    double sim = 0;
    for (const Item* it : clusters[ci].items) {
      auto words = quote_words(it->m->quote);
      for (const auto& o : own) sim = std::max(sim, word_overlap(o, words));
    }
    if (sim > first) {
      second = first;
      first = sim;
      best = ci;
    } else if (sim > second) {
      second = sim;
    }
  }
  if (best && first >= kReprintOverlap && first - second >= kReprintMargin) return best;
  return std::nullopt;
}

// Greedy clustering of `units` (in content order) into `clusters`: each unit joins the fitting
// cluster with the best score (ties: the earliest founded), or founds one. Within a document every
// cluster is a candidate; across documents only those sharing an index key.
void cluster_units(std::vector<Cluster>& units, std::vector<Cluster>& clusters, const Options& opt,
                   const Actors& actors, bool cross_document) {
  std::map<std::pair<std::string, int>, std::vector<std::size_t>> index;
  // By name only: an undated report from an article without a publication date may name the day
  // of an event of any month.
  std::map<std::string, std::vector<std::size_t>> by_name;
  std::vector<std::set<std::pair<std::string, int>>> indexed;  // per cluster, to add each key once
  std::vector<std::size_t> candidates;
  for (auto& u : units) {
    candidates.clear();
    if (cross_document) {
      for (const auto& key : index_keys(u, actors))
        if (auto f = index.find(key); f != index.end())
          candidates.insert(candidates.end(), f->second.begin(), f->second.end());
      // Undated reports that may join a dated event of any month: an unresolved day from an
      // article without a publication date, or a plan without a date.
      // A first occasion of a series: another article's first occasion of any time.
      if (u.first || (!u.window() && ((u.dct_unknown() && u.has_undated_expr()) || (!u.occurred && !u.has_undated_expr()))))
        for (const auto& key : index_keys(u, actors))
          if (auto f = by_name.find(key.first); f != by_name.end())
            candidates.insert(candidates.end(), f->second.begin(), f->second.end());
      // A back-reference without time words of a dated article: events of the days before its
      // publication ("recently": of the month before it).
      // A gathering named by its place ("the Ufa talks"): of the month before it too.
      const bool recent = !u.window() && u.occurred && !u.dct_unknown() &&
                          (u.statement ? recently_only(u) : !u.locations.empty() && !u.has_undated_expr());
      if (!u.window() && u.occurred && (!u.has_undated_expr() || recent) && !u.dct_unknown()) {
        const auto keys = index_keys(u, actors);
        for (long dct : u.dcts)
          for (int m = month_index(Day{days{dct - (recent ? kRecentDays : opt.publication_lookback_days)}}),
                   last = month_index(Day{days{dct}});
               m <= last; ++m)
            for (const auto& key : keys)
              if (auto f = index.find({key.first, m}); f != index.end())
                candidates.insert(candidates.end(), f->second.begin(), f->second.end());
      }
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    } else {
      for (std::size_t i = 0; i < clusters.size(); ++i) candidates.push_back(i);
    }

    std::optional<std::size_t> best;
    int best_score = std::numeric_limits<int>::min();
    int fits = 0;
    bool tie = false;
    std::vector<std::size_t> fitting;
    for (std::size_t ci : candidates) {  // ascending: earlier clusters win ties
      auto s = fit(clusters[ci], u, opt, actors, cross_document);
      if (!s) continue;
      ++fits;
      fitting.push_back(ci);
      if (*s > best_score) {
        best = ci;
        best_score = *s;
        tie = false;
      } else if (*s == best_score && clusters[ci].window() != clusters[*best].window()) {
        tie = true;
      }
    }
    // An undated report that fits two differently dated events equally well belongs to neither;
    // across documents, an undated report must have exactly one candidate.
    if (best && !u.window()) {
      if (cross_document && fits > 1)
        best = reprinted_in(u, clusters, fitting);
      else if (tie && clusters[*best].window())
        best.reset();
    }

    std::size_t target;
    if (best) {
      target = *best;
      clusters[target].absorb(u);
    } else {
      target = clusters.size();
      clusters.push_back(std::move(u));
      indexed.emplace_back();
    }
    if (cross_document)
      for (const auto& key : index_keys(clusters[target], actors))
        if (indexed[target].insert(key).second) {
          index[key].push_back(target);
          if (key.first.empty() || !indexed[target].count({key.first, -2})) {
            indexed[target].insert({key.first, -2});
            by_name[key.first].push_back(target);
          }
        }
  }
}

int basis_rank(DateBasis b) {
  switch (b) {
    case DateBasis::kExplicit:
    case DateBasis::kRelative:
      return 0;
    case DateBasis::kInferred:
      return 1;
    case DateBasis::kPublication:
      return 2;
    case DateBasis::kUnknown:
      return 3;
  }
  return 3;
}

// Visit, summit, call and agreement say more than meeting, which says more than statement.
int type_rank(EventType t) {
  switch (t) {
    case EventType::kStatement:
      return 0;
    case EventType::kMeeting:
      return 1;
    default:
      return 2;
  }
}

int informativeness(const Mention& m) {
  int s = 0;
  if (!m.trigger.empty()) s += 2;
  s += static_cast<int>(std::min<std::size_t>(m.participants.size(), 2));
  if (!m.time.timex_text.empty()) s += 2;
  if (!m.location.empty()) s += 1;
  return s;
}

std::string make_id(const Mention& m) {
  std::string key = m.doc_hash.empty() ? m.doc_id : m.doc_hash;
  key += '\x1f' + std::to_string(m.sentence) + '\x1f' + std::to_string(m.begin) + '\x1f' +
         std::to_string(m.end) + '\x1f' + std::string(to_string(m.type)) + '\x1f' + m.trigger + '\x1f' +
         m.rule + '\x1f' + base::join(m.participants, ";");
  return "ev-" + base::hex64(base::fnv1a64(key)).substr(0, 10);
}

// Codes of each participant: from the mention that dated the event (its codes were looked up on
// that date), else from the first mention that knows them; none when no mention was looked up.
std::vector<ParticipantCode> carried_codes(const std::vector<std::string>& participants, const Mention* dating,
                                           const std::vector<const Mention*>& ms) {
  auto known = [](const ParticipantCode& c) { return !c.country.empty() || !c.cameo.empty(); };
  auto code_in = [&](const Mention* m, const std::string& name) -> const ParticipantCode* {
    for (const auto& c : m->codes)
      if (c.name == name && known(c)) return &c;
    return nullptr;
  };
  bool any = false;
  for (const Mention* m : ms) any = any || !m->codes.empty();
  if (!any) return {};
  std::vector<ParticipantCode> out;
  for (const auto& name : participants) {
    const ParticipantCode* found = code_in(dating, name);
    for (std::size_t i = 0; !found && i < ms.size(); ++i) found = code_in(ms[i], name);
    out.push_back(found ? *found : ParticipantCode{name, "", ""});
  }
  return out;
}

Event build(const Cluster& c, const Options& opt) {
  Event e;
  std::vector<const Mention*> ms;
  for (const Item* it : c.items) ms.push_back(it->m);

  e.status = c.status_class;
  if (c.status_class == EventStatus::kOccurred || c.status_class == EventStatus::kPlanned)
    e.status = c.occurred ? EventStatus::kOccurred : EventStatus::kPlanned;

  // Date: from mentions with the event's own status (a plan never dates what happened).
  std::vector<const Mention*> dating;
  for (const Mention* m : ms)
    if (m->status == e.status) dating.push_back(m);
  if (dating.empty()) dating = ms;
  const Mention* best_time =
      *std::min_element(dating.begin(), dating.end(), [](const Mention* a, const Mention* b) {
        auto k = [](const Mention* m) {
          // A range the tagger inferred for time words ("March" in an undated article: every March
          // its text allows) holds the other reports' dates; it dates the event only alone.
          const int rank = m->time.basis == DateBasis::kInferred && !m->time.timex_text.empty()
                               ? basis_rank(DateBasis::kPublication) + 1
                               : basis_rank(m->time.basis);
          return std::make_tuple(!m->time.dated(), rank, coarseness(m->time.granularity),
                                 m->time.interval ? m->time.interval->days() : 0L);
        };
        return k(a) < k(b);
      });
  e.time = best_time->time;

  // Type: the most specific, then the most frequent.
  std::map<EventType, int> type_count;
  for (const Mention* m : ms) type_count[m->type]++;
  e.type = ms.front()->type;
  for (const auto& [t, n] : type_count) {
    auto better = std::make_tuple(type_rank(t), n) > std::make_tuple(type_rank(e.type), type_count[e.type]);
    if (better) e.type = t;
  }

  e.participants.assign(c.participants.begin(), c.participants.end());
  e.codes = carried_codes(e.participants, best_time, ms);

  std::map<std::string, int> loc_count;
  for (const Mention* m : ms)
    if (!m->location.empty()) loc_count[m->location]++;
  int best_loc = 0;
  for (const auto& [loc, n] : loc_count)
    if (n > best_loc) {
      best_loc = n;
      e.location = loc;
    }

  std::set<std::string> doc_ids;
  std::set<std::string> doc_keys;
  for (const Item* it : c.items) {
    doc_ids.insert(it->m->doc_id);
    doc_keys.insert(it->doc);
    if (it->m->doc_dct && (!e.first_reported || *it->m->doc_dct < *e.first_reported))
      e.first_reported = it->m->doc_dct;
  }
  e.documents.assign(doc_ids.begin(), doc_ids.end());
  e.sources = static_cast<int>(doc_keys.size());

  // Mentions in reading order: earliest report first, then position in the text.
  for (const Mention* m : ms) e.mentions.push_back(*m);
  std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& a, const Mention& b) {
    auto k = [](const Mention& m) {
      long dct = m.doc_dct ? m.doc_dct->time_since_epoch().count() : std::numeric_limits<long>::max();
      // Total on content, so the first report (and with it the id) never depends on input order.
      return std::make_tuple(dct, m.doc_id, m.doc_hash, m.sentence, m.begin, m.end, m.trigger, m.rule,
                             static_cast<int>(m.type), m.participants, static_cast<int>(m.status), m.location,
                             m.time.value, m.time.timex_text, m.quote);
    };
    return k(a) < k(b);
  });

  // Evidence: the most informative sentence among those with the event's status.
  const Mention* ev = nullptr;
  for (const Mention& m : e.mentions) {
    auto k = [&](const Mention& x) {
      return std::make_tuple(x.status == e.status, informativeness(x), x.type == e.type);
    };
    if (!ev || k(m) > k(*ev)) ev = &m;
  }
  e.evidence = ev->quote;

  // Id: from the first report of the event (earliest publication, then document and offsets),
  // so it survives adding later articles to the corpus.
  e.id = make_id(e.mentions.front());
  e.title = event_title(e, opt.actor, opt.names);
  return e;
}

}  // namespace

std::vector<Event> merge_mentions(std::vector<Mention> mentions) {
  return merge_mentions(std::move(mentions), Options{});
}

std::vector<Event> merge_mentions(std::vector<Mention> mentions, const Options& opt) {
  for (auto& m : mentions) {
    std::sort(m.participants.begin(), m.participants.end());
    m.participants.erase(std::unique(m.participants.begin(), m.participants.end()), m.participants.end());
  }
  std::vector<Item> items;
  items.reserve(mentions.size());
  for (const auto& m : mentions) items.push_back(describe(m, opt));
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  {
    using Key = decltype(content_key(items[0]));
    std::vector<Key> keys;
    keys.reserve(items.size());
    for (const auto& it : items) keys.push_back(content_key(it));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    for (std::size_t r = 0; r < order.size(); ++r) items[order[r]].rank = r;
  }

  // Stage 1: within each document (repeated mentions of one event, with the document's own
  // leniency: partial participants, undated back-references).
  const Actors actors(opt.actor, opt.names);
  std::map<std::string, std::vector<Cluster>> per_doc_units;
  for (std::size_t idx : order) per_doc_units[items[idx].doc].push_back(Cluster::of(items[idx]));
  std::vector<Cluster> doc_events;
  for (auto& [doc, units] : per_doc_units) {
    std::vector<Cluster> clusters;
    cluster_units(units, clusters, opt, actors, false);
    for (auto& c : clusters) doc_events.push_back(std::move(c));
  }

  // Stage 2: across documents, each document's events in content order of their founding mention.
  std::sort(doc_events.begin(), doc_events.end(),
            [](const Cluster& a, const Cluster& b) { return a.items.front()->rank < b.items.front()->rank; });
  std::vector<Cluster> clusters;
  cluster_units(doc_events, clusters, opt, actors, true);

  std::vector<Event> events;
  events.reserve(clusters.size());
  for (const auto& c : clusters) events.push_back(build(c, opt));

  // Ids must be unique even if two first reports hash alike; clusters were made in content order,
  // so a stable sort numbers the duplicates deterministically.
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
  for (std::size_t i = 1, n = 2; i < events.size(); ++i) {
    if (events[i].id == events[i - 1].id.substr(0, events[i].id.size()) &&
        base::starts_with(events[i - 1].id, events[i].id)) {
      events[i].id += "-" + std::to_string(n++);
    } else {
      n = 2;
    }
  }
  sort_events(events);
  return events;
}

void sort_events(std::vector<Event>& events) {
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (a.time.dated() != b.time.dated()) return a.time.dated();
    if (a.time.dated() && a.time.interval->first != b.time.interval->first)
      return a.time.interval->first < b.time.interval->first;
    return a.id < b.id;
  });
}

}  // namespace annalist::merge
