// The SQLite store (the only module that touches SQLite): documents, timexes, mentions, events.
#pragma once
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
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace annalist::store
