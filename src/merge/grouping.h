// Independent groups of mentions: a partition that the merge never crosses, so a store can be merged
// one group at a time (bounded memory) and a new article re-merges only the groups it touches.
// Pure, no I/O. The rules of docs/merge.md are read conservatively: two mentions that the merge
// could ever put in one event (directly or through others) always end in one group. A document
// splits into parts that its own merge can never join (reports of other dates, kinds or status:
// an article's background events are not its news), and each part meets other documents' parts
// by join spans. A group is large when reports chain: daily reports of one leader dated by
// publication (overlapping week-long windows), or any report of a name that an undated report of
// an article without a publication date carries (its timeless span meets every span of that name).
#pragma once
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "merge/merge.h"
#include "model/types.h"

namespace annalist::merge {

/// Where a mention can meet others: a key (status class, statement or not, type family, name)
/// over a span of days. Mentions meet when they share a key and their spans overlap; a timeless
/// span meets every span of its key.
struct JoinSpan {
  static constexpr long kTimeless = std::numeric_limits<long>::min();
  long first = kTimeless;  ///< days since 1970-01-01, or kTimeless
  long last = kTimeless;
  std::uint32_t key = 0;
  bool timeless() const { return first == kTimeless; }
  bool operator==(const JoinSpan& o) const { return first == o.first && last == o.last && key == o.key; }
};

/// How the mentions of one document may join: its parts, and the join spans of each mention.
struct DocumentJoins {
  /// part[i]: the index of the first mention of mentions[i]'s part. Mentions of different parts
  /// are never one event, unless through reports of other documents (which the spans find).
  std::vector<std::size_t> part;
  /// spans[i]: where mentions[i] meets reports of other documents (a span that an earlier
  /// mention of its part has is not repeated: a part is one group).
  std::vector<std::vector<JoinSpan>> spans;
};

/// The parts of one document: mentions that the merge of the document's own reports (its first
/// stage, with the leniency of one article) could join, directly or through others, are in one
/// part. Same status class, statement or not and type family (a meeting may be a call);
/// overlapping date windows, or an undated report without time words and a dated one that ends
/// at most 31 days before publication (or any, without a publication date), or two undated
/// reports. Participants are not read: within an article they join loosely. Reports of one
/// phrase with one type (whose events would have one id) are one part too. out[i] is the index
/// of the first mention of mentions[i]'s part.
std::vector<std::size_t> document_parts(const std::vector<const Mention*>& mentions, const Options& options);

/// Computes the join spans of mentions, one document at a time, and numbers the keys.
class JoinKeys {
 public:
  explicit JoinKeys(const Options& options) : options_(options) {}

  /// The parts of one document and the spans of each mention (all of the document's mentions at
  /// once: the names of a part's undated and planned reports are lent to its dated ones, because
  /// within a document those join events whose dates they do not carry).
  DocumentJoins document_joins(const std::vector<const Mention*>& mentions);

  /// Number of distinct keys seen so far.
  std::size_t key_count() const { return keys_.size(); }

 private:
  std::uint32_t intern(const std::string& key);
  const Options& options_;
  std::unordered_map<std::string, std::uint32_t> keys_;
  std::map<std::string, std::optional<ActorInfo>> actor_cache_;
};

/// Union-find over dense indices (mention rows).
class DisjointSets {
 public:
  std::uint32_t find(std::uint32_t i);
  void unite(std::uint32_t a, std::uint32_t b);
  /// Makes index `i` known (a set of its own) if it is not yet.
  void add(std::uint32_t i);
  std::size_t size() const { return parent_.size(); }

 private:
  std::vector<std::uint32_t> parent_;
};

/// Unites the mentions whose spans meet. Spans must come in order of `first` (timeless first);
/// memory holds only the keys whose spans are still open.
class SpanSweep {
 public:
  explicit SpanSweep(DisjointSets& sets) : sets_(sets) {}
  /// Throws std::logic_error when a span comes out of order.
  void add(std::uint32_t index, const JoinSpan& span);

 private:
  struct Open {
    std::uint32_t index;
    long last;
  };
  DisjointSets& sets_;
  std::unordered_map<std::uint32_t, std::uint32_t> timeless_;  // key -> a mention of it
  std::unordered_map<std::uint32_t, Open> open_;               // key -> latest run of overlapping spans
  long current_ = JoinSpan::kTimeless;
  std::size_t since_prune_ = 0;
};

/// The independent groups of `mentions` (indices into it), each sorted, groups in order of their
/// first index. merge_mentions over the whole equals the union of merge_mentions over each group
/// (event ids aside from the rare `-2` clash suffix, which depends on every event of that id).
std::vector<std::vector<std::size_t>> independent_groups(const std::vector<Mention>& mentions,
                                                         const Options& options);

}  // namespace annalist::merge
