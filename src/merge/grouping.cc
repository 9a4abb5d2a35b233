// Join spans: every way docs/merge.md lets two reports become one event, read conservatively.
//
// Why the spans below are enough (each case of merge.cc's fit, for a cluster c and a unit d):
// - Within a document (the first stage, d one mention), fit needs equal status class and
//   statement-or-not, type families equal or a talk noun and a call, and either overlapping
//   windows, or an undated report without time words beside a window ending at most 31 days
//   before its publication, or two undated reports. A cluster's window lies inside the window of
//   one of its dated members (windows only narrow, and a window that would not overlap is not
//   taken), so a fitting pair always holds a member of c and d that pass the same test alone:
//   document_parts() unites such pairs, and the caller unites each part.
// - Status class (occurred/planned, cancelled, denied) and statement-or-not must be equal, and
//   the type families must match (a "talks" meeting may be a call): part of the key.
// - Participants must share a name, or a country stands for a person of it, or both are empty:
//   the key's name is each participant and each person's country, or "" for none.
// - Dated events overlap: an event's window lies inside the window of each dated report that
//   dates it first (windows only narrow as reports join), so two joining events have dated
//   reports with overlapping spans. Every name of a part is lent to each of its dated reports.
//   Across documents a window coarser than a month joins only an equal one: coarse windows have
//   keys of their own, unless a part holds several (their intersection may be fine).
// - Across documents an occurred statement dated to one day may join an occurred gathering (remarks
//   made at it): its day is also a span of the gatherings' partition, under its names.
// - Undated reports across documents (reaches_of() lists the cases): a span's key says which
//   side it joins, dated events or undated ones. Two undated events join only when neither has
//   time words, with equal participants, published at most 14 days apart; an undated event
//   joins a dated one only as a plan (dated up to 183 days after publication) or as a report
//   from an article without a publication date whose time words may name that day. Both need
//   equal, non-empty participants, so a participant's name is the key. A back-reference without
//   time words of a dated article joins a dated event whose window reaches into the week before
//   its publication, with all of one side's participants on the other: a participant's name over
//   that week is its span. An undated event with time words or a plan is one document's
//   (nothing joins undated events with time words across documents, and undated plans never
//   join undated reports).
#include "merge/grouping.h"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <tuple>

#include "base/strings.h"

namespace annalist::merge {
namespace {

// Bounds of the merge's own constants (merge.cc): kUndatedCrossDocumentDays, kPlanHorizonDays
// plus the month a dated plan's window may still narrow by.
constexpr long kUndatedAcrossDays = 14;
constexpr long kUndatedPlanDays = 183 + 31;
// merge.cc fit(): within a document an undated report joins a window ending at most this many
// days before publication ("the talks" after "met on Tuesday", not after "first met in 2013").
constexpr long kBackReferenceDays = 31;
// merge.cc kMaxCrossDocumentDays: across documents, events whose windows are longer join only
// when their windows are equal.
constexpr long kCoarseWindowDays = 31;
// merge.cc kRecentDays: "Recently, X said" (a statement undated as PAST_REF) of a dated article joins
// a statement of another article dated to a day of this many days before its publication.
constexpr long kRecentDays = 31;

long day_number(Day d) { return d.time_since_epoch().count(); }

// What a span joins: dated events (overlapping windows of at most a month), dated events of a
// coarser window (only the very same window joins across documents), or undated events (reports
// without time words, published close together).
enum class Side { kDated, kCoarse, kUndated, kFirst };

// Which names a span carries: the mention's own (participants and each person's country), all
// names of its part (a dated report), its participants alone (joins that need equal
// participants), or its first participant (joins that need equal participants, on one side).
enum class Names { kOwn, kLent, kParticipants, kFirstParticipant };

struct Reach {
  Side side = Side::kDated;
  Names names = Names::kOwn;
  long first = JoinSpan::kTimeless, last = JoinSpan::kTimeless;  // both kTimeless: any time
};

// An unresolved expression that may name a single day (merge.cc unresolved_fits_day(): a bare
// day, a weekday, a month and day).
bool may_name_a_day(const std::string& value) { return value.size() == 10 && base::starts_with(value, "XXXX-"); }

// Where a mention can meet reports of other documents (cases of merge.cc fit() across
// documents):
// - a window (explicit, relative, or the days before publication) meets overlapping windows;
//   a range inferred from an undated text keeps its window too, whichever way the merge reads it;
// - an undated report without time words meets undated ones of the same people published at
//   most 14 days apart, or at any time when its article has no publication date (equal
//   participants: each participant's name is a key; no country stands for a person here);
// - an occurred undated report without time words of a dated article meets dated events of the
//   days before publication (a back-reference: "the recent talks"), of the month before when it
//   names the place of its gathering ("the Ufa talks");
// - an undated plan without time words meets a plan dated up to 183 days after publication
//   (whose window may still narrow by a month);
// - an undated report of an article without a publication date whose event has a day's time
//   words ("On Saturday") may be a dated report of any time with equal participants: all of its
//   participants are in that event, so one of them (the first) is key enough;
// - a statement of a dated article whose only time word is "recently" (PAST_REF) meets dated
//   statements of the month before publication, under its participants;
// - other undated reports with time words join only within their document.
std::vector<Reach> reaches_by_time(const Mention& m, const Options& opt);

std::vector<Reach> reaches_of(const Mention& m, const Options& opt) {
  std::vector<Reach> out = reaches_by_time(m, opt);
  // The first occasion of a series an article counts meets the first occasions of other articles
  // at any time (merge.cc fit(): one event whatever the precision of their dates).
  if (m.rule == kFirstOfSeriesRule) out.push_back({Side::kFirst, Names::kOwn});
  return out;
}

std::vector<Reach> reaches_by_time(const Mention& m, const Options& opt) {
  const auto& t = m.time;
  std::vector<Reach> out;
  if (t.interval && t.basis != DateBasis::kPublication) {
    out.push_back({Side::kDated, Names::kLent, day_number(t.interval->first), day_number(t.interval->last)});
    if (t.basis != DateBasis::kInferred) return out;
  } else if (t.basis == DateBasis::kPublication && m.status != EventStatus::kPlanned && (m.doc_dct || t.interval)) {
    long dct = day_number(m.doc_dct ? *m.doc_dct : t.interval->last);
    return {Reach{Side::kDated, Names::kLent, dct - opt.publication_lookback_days, dct}};
  }
  const bool time_words = !t.value.empty() || !t.timex_text.empty();
  const long dct = m.doc_dct ? day_number(*m.doc_dct) : 0;
  if (!time_words) {
    Reach undated{Side::kUndated, Names::kParticipants};
    if (m.doc_dct) {
      undated.first = dct;
      undated.last = dct + kUndatedAcrossDays;
    }
    out.push_back(undated);
    // A back-reference of a dated article meets events going on in the days before publication
    // (all of one side's participants on the other: a participant's name is key enough).
    // A gathering named by its place ("the Ufa talks") meets those of the month before.
    if (m.status == EventStatus::kOccurred && m.doc_dct)
      out.push_back({Side::kDated, Names::kParticipants,
                     dct - (m.location.empty() || m.type == EventType::kStatement ? opt.publication_lookback_days : kRecentDays),
                     dct});
    if (m.status == EventStatus::kPlanned && m.doc_dct)
      out.push_back({Side::kDated, Names::kOwn, dct, dct + kUndatedPlanDays});
  }
  // "Recently, X said": a statement of the month before publication, dated in another article.
  if (m.type == EventType::kStatement && m.status == EventStatus::kOccurred && m.doc_dct && t.value == "PAST_REF")
    out.push_back({Side::kDated, Names::kParticipants, dct - kRecentDays, dct});
  // The report itself, or another report of its event, carries the day's time words.
  if (!m.doc_dct && (!time_words || may_name_a_day(t.value))) out.push_back({Side::kDated, Names::kFirstParticipant});
  return out;
}

// Status class and statement-or-not: reports of different partitions never join.
std::string partition_of(const Mention& m) {
  const char* status = m.status == EventStatus::kCancelled ? "c" : m.status == EventStatus::kDenied ? "d" : "o";
  return std::string(status) + (m.type == EventType::kStatement ? "s" : "e");
}

// Type families a mention can take: its own, and a call's for a talk noun (".generic" rules).
std::vector<int> families_of(const Mention& m) {
  std::vector<int> f{type_family(m.type)};
  if (m.type == EventType::kMeeting && base::ends_with(m.rule, ".generic")) f.push_back(type_family(EventType::kCall));
  return f;
}

// A mention as the first stage of the merge sees it (merge.cc describe() and fit()).
struct InDocument {
  std::string partition;
  int family = 0;
  bool windowed = false;  // dated explicitly or relatively, or by publication
  long first = 0, last = 0;
  bool time_words = false;  // an undated report with an unresolved expression
  bool dct_known = false;
  long dct = 0;
};

InDocument in_document(const Mention& m, const Options& opt) {
  InDocument d;
  d.partition = partition_of(m);
  // A talk noun may be a call: meetings and calls are one class here.
  d.family = m.type == EventType::kCall ? type_family(EventType::kMeeting) : type_family(m.type);
  d.dct_known = m.doc_dct.has_value();
  if (d.dct_known) d.dct = day_number(*m.doc_dct);
  const auto& t = m.time;
  if (t.interval && t.basis != DateBasis::kPublication && t.basis != DateBasis::kInferred) {
    d.windowed = true;
    d.first = day_number(t.interval->first);
    d.last = day_number(t.interval->last);
  } else if (t.basis == DateBasis::kPublication && m.status != EventStatus::kPlanned && (m.doc_dct || t.interval)) {
    d.windowed = true;
    d.last = d.dct_known ? d.dct : day_number(t.interval->last);
    d.first = d.last - opt.publication_lookback_days;
  } else {
    d.time_words = !t.value.empty() || !t.timex_text.empty();
  }
  return d;
}

bool could_join_in_document(const InDocument& a, const InDocument& b) {
  if (a.partition != b.partition || a.family != b.family) return false;
  if (a.windowed && b.windowed) return a.first <= b.last && b.first <= a.last;
  if (!a.windowed && !b.windowed) return true;
  const InDocument& undated = a.windowed ? b : a;
  const InDocument& dated = a.windowed ? a : b;
  if (undated.time_words) return false;
  return !undated.dct_known || dated.last >= undated.dct - kBackReferenceDays;
}

}  // namespace

std::vector<std::size_t> document_parts(const std::vector<const Mention*>& mentions, const Options& options) {
  std::vector<InDocument> seen;
  seen.reserve(mentions.size());
  for (const Mention* m : mentions) seen.push_back(in_document(*m, options));
  // Reports of one phrase with one type (merge.cc make_id(): the same event id, numbered "-2"
  // over all events of that id) stay in one part, so that one group numbers them.
  auto same_id = [&](std::size_t i, std::size_t j) {
    const Mention& a = *mentions[i];
    const Mention& b = *mentions[j];
    return a.sentence == b.sentence && a.begin == b.begin && a.end == b.end && a.type == b.type;
  };
  DisjointSets sets;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    sets.add(static_cast<std::uint32_t>(i));
    for (std::size_t j = 0; j < i; ++j)
      if (could_join_in_document(seen[i], seen[j]) || same_id(i, j))
        sets.unite(static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(i));
  }
  std::vector<std::size_t> out(seen.size());
  for (std::size_t i = 0; i < seen.size(); ++i) out[i] = sets.find(static_cast<std::uint32_t>(i));
  return out;
}

std::uint32_t JoinKeys::intern(const std::string& key) {
  auto it = keys_.find(key);
  if (it != keys_.end()) return it->second;
  auto id = static_cast<std::uint32_t>(keys_.size());
  keys_.emplace(key, id);
  return id;
}

DocumentJoins JoinKeys::document_joins(const std::vector<const Mention*>& mentions) {
  DocumentJoins joins;
  joins.part = document_parts(mentions, options_);
  auto names_of = [&](const Mention& m) {
    std::set<std::string> names(m.participants.begin(), m.participants.end());
    if (options_.actor)
      for (const auto& p : m.participants) {
        auto it = actor_cache_.find(p);
        if (it == actor_cache_.end()) it = actor_cache_.emplace(p, options_.actor(p)).first;
        if (it->second && it->second->person && !it->second->country.empty()) names.insert(it->second->country);
      }
    if (names.empty()) names.insert("");
    return names;
  };

  // Per part: all of its names, lent to each of its dated reports. The report that dates an
  // event and the one that names a participant may differ (or an undated report names it), and
  // an event's window lies inside the window of one of its dated reports (the first to date it,
  // or the first dated by publication), so that report must carry every name. A part holds one
  // partition.
  std::map<std::size_t, std::set<std::string>> lent;
  std::vector<std::vector<Reach>> reaches;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    reaches.push_back(reaches_of(*mentions[i], options_));
    auto n = names_of(*mentions[i]);
    lent[joins.part[i]].insert(n.begin(), n.end());
  }

  // A report of an article without a publication date meets dated reports of any time only
  // when its part has a day's time words for its event.
  std::set<std::size_t> names_a_day;
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (!mentions[i]->doc_dct && may_name_a_day(mentions[i]->time.value))
      names_a_day.insert(joins.part[i]);
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (!names_a_day.count(joins.part[i]))
      reaches[i].erase(std::remove_if(reaches[i].begin(), reaches[i].end(),
                                      [](const Reach& r) { return r.names == Names::kFirstParticipant; }),
                       reaches[i].end());

  // A window coarser than a month joins across documents only an equal one, and an event dated
  // by it keeps it, unless a finer report narrows it (then that report meets the others) or a
  // different coarse window of the same part does ("2013" and "the spring of 2013"): such
  // windows meet the fine ones too.
  std::map<std::size_t, std::set<std::pair<long, long>>> coarse;
  auto is_coarse = [](const Reach& r) {
    return r.side == Side::kDated && r.names == Names::kLent && r.last - r.first + 1 > kCoarseWindowDays;
  };
  for (std::size_t i = 0; i < mentions.size(); ++i)
    for (const Reach& r : reaches[i])
      if (is_coarse(r)) coarse[joins.part[i]].insert({r.first, r.last});
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    std::vector<Reach> expanded;
    for (const Reach& r : reaches[i]) {
      if (!is_coarse(r)) {
        expanded.push_back(r);
        continue;
      }
      expanded.push_back({Side::kCoarse, r.names, r.first, r.last});
      // A bounded undated report, or time words resolved to every March of a bound, joins dated
      // events of at most a month inside its range, however wide the range: it meets fine windows too.
      if (coarse[joins.part[i]].size() > 1 || bounded_by_inferred_publication(*mentions[i]) ||
          inferred_for_time_words(*mentions[i]))
        expanded.push_back(r);
    }
    reaches[i] = std::move(expanded);
  }

  // A part is one group whatever its spans, so a span another report of the part has is not
  // repeated (every dated report of a part carries the same names).
  std::set<std::tuple<std::size_t, std::uint32_t, long, long>> given;
  std::vector<std::vector<JoinSpan>>& out = joins.spans;
  out.resize(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = *mentions[i];
    const std::string partition = partition_of(m);
    for (const Reach& r : reaches[i]) {
      std::set<std::string> names;
      if (r.names == Names::kParticipants) {
        names.insert(m.participants.begin(), m.participants.end());
      } else if (r.names == Names::kFirstParticipant) {
        if (!m.participants.empty()) names.insert(*std::min_element(m.participants.begin(), m.participants.end()));
      } else {
        names = names_of(m);
      }
      if (r.names == Names::kLent)
        if (auto it = lent.find(joins.part[i]); it != lent.end()) names.insert(it->second.begin(), it->second.end());
      const char* side = r.side == Side::kDated    ? "D|"
                         : r.side == Side::kCoarse ? "C|"
                         : r.side == Side::kFirst  ? "F|"
                                                   : "U|";
      auto add = [&](const std::string& part_key, int family) {
        for (const auto& name : names) {
          JoinSpan s;
          s.key = intern(side + part_key + "|" + std::to_string(family) + "|" + name);
          s.first = r.first;
          s.last = r.last;
          if (given.insert({joins.part[i], s.key, s.first, s.last}).second) out[i].push_back(s);
        }
      };
      for (int family : families_of(m)) add(partition, family);
      // Words dated to one day may be remarks at another article's gathering of that day
      // (merge.cc remarks_at()): they meet occurred gatherings too.
      if (m.type == EventType::kStatement && m.status == EventStatus::kOccurred && r.side == Side::kDated &&
          r.first == r.last && m.time.basis != DateBasis::kInferred)
        for (EventType t : {EventType::kMeeting, EventType::kCall}) add("oe", type_family(t));
    }
  }
  return joins;
}

void DisjointSets::add(std::uint32_t i) {
  while (parent_.size() <= i) parent_.push_back(static_cast<std::uint32_t>(parent_.size()));
}

std::uint32_t DisjointSets::find(std::uint32_t i) {
  add(i);
  std::uint32_t root = i;
  while (parent_[root] != root) root = parent_[root];
  while (parent_[i] != root) {
    std::uint32_t next = parent_[i];
    parent_[i] = root;
    i = next;
  }
  return root;
}

void DisjointSets::unite(std::uint32_t a, std::uint32_t b) {
  a = find(a);
  b = find(b);
  if (a == b) return;
  // The smaller index becomes the root: deterministic, and a group is named by its first mention.
  if (b < a) std::swap(a, b);
  parent_[b] = a;
}

void SpanSweep::add(std::uint32_t index, const JoinSpan& span) {
  sets_.add(index);
  if (span.first < current_) throw std::logic_error("join spans out of order");
  current_ = span.first;
  if (span.timeless()) {
    auto [it, fresh] = timeless_.emplace(span.key, index);
    if (!fresh) sets_.unite(it->second, index);
    return;
  }
  if (auto t = timeless_.find(span.key); t != timeless_.end()) sets_.unite(t->second, index);
  auto it = open_.find(span.key);
  if (it != open_.end() && it->second.last >= span.first) {
    sets_.unite(it->second.index, index);
    it->second.last = std::max(it->second.last, span.last);
  } else {
    open_[span.key] = {index, span.last};
  }
  // Keys whose runs ended before the current day can never meet a later span again.
  if (++since_prune_ >= 4096) {
    since_prune_ = 0;
    for (auto o = open_.begin(); o != open_.end();) o = o->second.last < current_ ? open_.erase(o) : std::next(o);
  }
}

std::vector<std::vector<std::size_t>> independent_groups(const std::vector<Mention>& mentions,
                                                         const Options& options) {
  JoinKeys keys(options);
  DisjointSets sets;
  for (std::size_t i = 0; i < mentions.size(); ++i) sets.add(static_cast<std::uint32_t>(i));

  std::map<std::string, std::vector<std::size_t>> by_doc;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    by_doc[m.doc_hash.empty() ? m.doc_id : m.doc_hash].push_back(i);
  }
  struct Entry {
    JoinSpan span;
    std::uint32_t index;
  };
  std::vector<Entry> entries;
  for (const auto& [doc, indices] : by_doc) {
    std::vector<const Mention*> ms;
    for (std::size_t i : indices) ms.push_back(&mentions[i]);
    auto joins = keys.document_joins(ms);
    for (std::size_t k = 0; k < indices.size(); ++k) {
      sets.unite(static_cast<std::uint32_t>(indices[joins.part[k]]), static_cast<std::uint32_t>(indices[k]));
      for (const auto& s : joins.spans[k]) entries.push_back({s, static_cast<std::uint32_t>(indices[k])});
    }
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.span.first < b.span.first; });
  SpanSweep sweep(sets);
  for (const auto& e : entries) sweep.add(e.index, e.span);

  std::map<std::uint32_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < mentions.size(); ++i) groups[sets.find(static_cast<std::uint32_t>(i))].push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [root, members] : groups) out.push_back(std::move(members));
  return out;
}

}  // namespace annalist::merge
