// The SQLite store (the only module that touches SQLite): documents, timexes, mentions, events.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::store {

/// How much the store holds.
struct Counts {
  long documents = 0, timexes = 0, mentions = 0, events = 0;
};

class Store {
 public:
  /// kReadOnly: for the commands that only read (events, show, export, render). A read-only store
  /// reads one snapshot for its whole life, and opens in a folder it cannot write.
  enum class Mode { kReadWrite, kReadOnly };

  /// Opens or creates the database at `path` (":memory:" for tests); creates or checks the schema
  /// version. Throws InputError when the file is not an annalist store or has a newer schema, or
  /// when another writer keeps it busy past the busy timeout. Writers wait for each other.
  explicit Store(const std::string& path);
  /// kReadOnly opens an existing store and never writes (InputError when it does not exist).
  Store(const std::string& path, Mode mode);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  /// Groups the following add_document calls in one transaction (each document keeps its own
  /// savepoint, so a failing one still rolls back alone). Much faster for large batches.
  void begin_batch();
  /// Commits the batch begun by begin_batch(); a no-op without one. The destructor commits too.
  void commit_batch();

  /// True when a document with this content hash is stored.
  bool has_document(const std::string& content_hash) const;

  /// Stores one document with its timexes and mentions atomically (one savepoint). Returns false,
  /// changing nothing, when the same content is already stored. On a bad document (invalid UTF-8,
  /// a span ending before it begins, an SQLite error) throws InputError naming its path; only that
  /// document is rolled back.
  bool add_document(const Document& doc, const std::vector<Timex>& timexes,
                    const std::vector<Mention>& mentions);

  /// Every stored mention, in a deterministic order.
  std::vector<Mention> all_mentions() const;

  /// Every stored mention and the highest document row they come from, read in one snapshot.
  struct MergeInput {
    std::vector<Mention> mentions;
    long long through = 0;
  };
  MergeInput merge_input() const;

  /// Replaces the merged events (one write transaction) and marks every stored document merged.
  /// With `through` (MergeInput::through of the mentions they were merged from), refuses and
  /// returns false, changing nothing, when documents were stored since: the caller merges again.
  bool replace_events(const std::vector<Event>& events, std::optional<long long> through = std::nullopt);

  /// Documents stored but not yet merged into events (a run stopped between the two).
  long unmerged_documents() const;

  /// Merged events that pass `filter`, sorted by start day, undated last, then id.
  std::vector<Event> events(const Filter& filter = {}) const;
  /// One merged event with its mentions.
  std::optional<Event> event(const std::string& id) const;

  /// Stored document metadata (text included) by id or content hash.
  std::optional<Document> document(const std::string& id) const;

  /// Row counts (mentions: those of stored documents).
  Counts counts() const;

 private:
  friend class MergeSession;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The store side of a merge that runs one independent group of mentions at a time (the
/// pipeline decides the groups): streams stored mentions, keeps the scratch data of the grouping
/// in temporary tables (sorted by SQLite, on disk, not in memory), and rewrites the events of
/// one group at a time. All of it is one write transaction: other writers wait, readers see the
/// store before or after, never between. Not committed = nothing changed.
class MergeSession {
 public:
  /// Takes the write lock (waiting for another writer like every write). Throws InputError.
  explicit MergeSession(Store& store);
  ~MergeSession();
  MergeSession(const MergeSession&) = delete;
  MergeSession& operator=(const MergeSession&) = delete;

  /// The mentions of one stored document; `fresh` when the document is not merged yet.
  struct DocumentMentions {
    bool fresh = false;
    std::vector<std::int64_t> rows;
    std::vector<Mention> mentions;
  };
  /// Every stored document's mentions, one document at a time, in document row order.
  void for_each_document(const std::function<void(const DocumentMentions&)>& visit);

  /// Scratch: a mention row's join span (merge::JoinSpan), read back ordered by `first`.
  void add_span(std::int64_t row, long first, long last, std::uint32_t key);
  void for_each_span(const std::function<void(std::int64_t row, long first, long last, std::uint32_t key)>& visit);

  /// Scratch: puts a mention row in a group (named by a number) to be merged.
  void add_to_group(std::int64_t row, std::int64_t group);
  /// The groups added, one at a time, in group order: their rows and mentions (row order).
  void for_each_group(
      const std::function<void(std::int64_t group, std::vector<std::int64_t>& rows, std::vector<Mention>& mentions)>&
          visit);
  /// Stored mentions by row (rows that are no mentions of a stored document are left out).
  void mentions_of_rows(std::vector<std::int64_t>& rows, std::vector<Mention>& mentions);

  /// Deletes every stored event (the whole store is merged again).
  void clear_events();
  /// Deletes the stored events that hold any of these mention rows.
  void delete_events_of(const std::vector<std::int64_t>& rows);
  /// Mention rows of the stored events whose id is `id` or `id` with a clash suffix (`id-2`).
  std::vector<std::int64_t> rows_of_events_like(const std::string& id);
  /// Stores merged events; `rows`/`mentions` are the stored mentions they were merged from.
  void write_events(const std::vector<Event>& events, const std::vector<std::int64_t>& rows,
                    const std::vector<Mention>& mentions);

  /// Marks every stored document merged and commits; returns the number of stored events.
  long commit();

 private:
  Store& store_;
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace annalist::store
