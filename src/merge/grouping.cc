// Join spans: every way docs/merge.md lets two reports become one event, read conservatively.
//
// Why the spans below are enough (each case of merge.cc's fit, for a cluster c and a unit d):
// - Within a document anything may join: all mentions of a document are one group (the caller
//   unites them).
// - Status class (occurred/planned, cancelled, denied) and statement-or-not must be equal, and
//   the type families must match (a "talks" meeting may be a call): part of the key.
// - Participants must share a name, or a country stands for a person of it, or both are empty:
//   the key's name is each participant and each person's country, or "" for none.
// - Dated events overlap: an event's window lies inside the window of each dated report that
//   dates it (windows only narrow as reports join), so two joining events have dated reports
//   with overlapping spans. The names of reports that do not date their event (undated or
//   planned ones, joined within their document) are lent to every dated report of the document.
// - Undated reports across documents: equal participants and publication days at most 14 days
//   apart (span [DCT, DCT+14]); a plan without a date joins a plan dated up to 183 days after
//   publication, whose window may narrow by up to a month (span [DCT, DCT+214]); a report from
//   an article without a publication date may name a day of any month (a timeless span). A
//   range inferred from an undated text joins as undated reports do, and gets both spans.
#include "merge/grouping.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "base/strings.h"

namespace annalist::merge {
namespace {

// Bounds of the merge's own constants (merge.cc): kUndatedCrossDocumentDays, kPlanHorizonDays
// plus the month a dated plan's window may still narrow by.
constexpr long kUndatedAcrossDays = 14;
constexpr long kUndatedPlanDays = 183 + 31;

long day_number(Day d) { return d.time_since_epoch().count(); }

enum class SpanKind { kDated, kUndated, kTimeless, kNone };

struct Reach {
  SpanKind kind = SpanKind::kNone;
  long first = JoinSpan::kTimeless, last = JoinSpan::kTimeless;
};

// The reach of a mention the merge treats as undated: other articles published close by, or
// any time when its own article has no publication date.
Reach undated_reach(const Mention& m) {
  Reach r;
  if (m.doc_dct) {
    long dct = day_number(*m.doc_dct);
    long reach = m.status == EventStatus::kPlanned ? kUndatedPlanDays : kUndatedAcrossDays;
    r = {SpanKind::kUndated, dct, dct + reach};
  } else if (m.status != EventStatus::kPlanned) {
    r.kind = SpanKind::kTimeless;
  }
  return r;
}

// The merge's date window of a mention (merge.cc describe()), or the reach of an undated one.
// A range inferred from an undated text (basis inferred) gets both: the merge joins such
// reports as undated ones, and its window is kept too, so the grouping holds whichever way the
// merge reads them.
std::vector<Reach> reaches_of(const Mention& m, const Options& opt) {
  const auto& t = m.time;
  if (t.interval && t.basis != DateBasis::kPublication) {
    Reach dated{SpanKind::kDated, day_number(t.interval->first), day_number(t.interval->last)};
    if (t.basis != DateBasis::kInferred) return {dated};
    return {dated, undated_reach(m)};
  }
  if (t.basis == DateBasis::kPublication && m.status != EventStatus::kPlanned && (m.doc_dct || t.interval)) {
    long dct = day_number(m.doc_dct ? *m.doc_dct : t.interval->last);
    return {Reach{SpanKind::kDated, dct - opt.publication_lookback_days, dct}};
  }
  return {undated_reach(m)};
}

// A report that may join an event without dating it: its names are lent to the document's
// dated reports.
bool lends_names(const Mention& m, const std::vector<Reach>& reaches) {
  return m.status == EventStatus::kPlanned || reaches.size() > 1 || reaches.front().kind != SpanKind::kDated;
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

}  // namespace

std::uint32_t JoinKeys::intern(const std::string& key) {
  auto it = keys_.find(key);
  if (it != keys_.end()) return it->second;
  auto id = static_cast<std::uint32_t>(keys_.size());
  keys_.emplace(key, id);
  return id;
}

std::vector<std::vector<JoinSpan>> JoinKeys::document_spans(const std::vector<const Mention*>& mentions) {
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

  // Names of the document's reports that may join an event without dating it, per partition.
  std::map<std::string, std::set<std::string>> lent;
  std::vector<std::vector<Reach>> reaches;
  for (const Mention* m : mentions) {
    reaches.push_back(reaches_of(*m, options_));
    if (lends_names(*m, reaches.back())) {
      auto n = names_of(*m);
      lent[partition_of(*m)].insert(n.begin(), n.end());
    }
  }

  std::vector<std::vector<JoinSpan>> out(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = *mentions[i];
    const std::string partition = partition_of(m);
    for (const Reach& r : reaches[i]) {
      if (r.kind == SpanKind::kNone) continue;  // joins within its document only
      auto names = names_of(m);
      if (r.kind == SpanKind::kDated)
        if (auto it = lent.find(partition); it != lent.end()) names.insert(it->second.begin(), it->second.end());
      for (int family : families_of(m))
        for (const auto& name : names) {
          JoinSpan s;
          s.key = intern(partition + "|" + std::to_string(family) + "|" + name);
          if (r.kind != SpanKind::kTimeless) {
            s.first = r.first;
            s.last = r.last;
          }
          out[i].push_back(s);
        }
    }
  }
  return out;
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
    for (std::size_t i : indices) {
      ms.push_back(&mentions[i]);
      sets.unite(static_cast<std::uint32_t>(indices.front()), static_cast<std::uint32_t>(i));
    }
    auto spans = keys.document_spans(ms);
    for (std::size_t k = 0; k < indices.size(); ++k)
      for (const auto& s : spans[k]) entries.push_back({s, static_cast<std::uint32_t>(indices[k])});
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
