// Orchestration of build/ingest: document -> DCT -> timexes -> mentions -> store -> merge, with the
// per-document error boundary (a bad document is reported and skipped, never aborts the batch).
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "base/errors.h"
#include "doc/manifest.h"
#include "event/extractor.h"
#include "export/event_codes.h"
#include "merge/merge.h"
#include "model/types.h"
#include "pubdate/inference.h"
#include "store/store.h"
#include "timex/tagger.h"

namespace annalist::pipeline {

/// The data folder: `explicit_dir` when given, else $ANNALIST_DATA, else ./data when it holds
/// rule files, else the installed copy (PREFIX/share/annalist/data beside PREFIX/bin/annalist),
/// else the source tree's data/. Throws UsageError when none has the rule files.
std::string find_data_dir(const std::string& explicit_dir);

/// The analysis stages with their rules loaded once (lazily: `tag` never loads the event lexicons).
class Engine {
 public:
  explicit Engine(std::string data_dir);
  ~Engine();

  const timex::Tagger& tagger();
  const event::Extractor& extractor();
  const pubdate::Inferrer& inferrer();

  /// Sets doc.dct by trust (SPEC): the --dct option, a DCT the input itself carries (JSONL "dct"),
  /// the manifest, a dateline/byline in the text (unless `read_dateline` is false); otherwise unknown.
  /// A date line a few days before the listed date is a reprint's writing day, unless `reprints` is
  /// false: a tagger corpus's "dct" is the document creation time as TimeML defines it, and checking
  /// it would tag each document's head and tail a second time.
  /// Returns the text's timexes under the DCT set when the reprint check tagged them (what
  /// `tag(doc)` gives, for the caller to use instead of tagging again), else nullopt.
  std::optional<std::vector<Timex>> assign_dct(Document& doc, std::optional<Day> dct_option,
                                               const doc::Manifest* manifest, bool read_dateline = true,
                                               bool reprints = true);

  /// For a document without a publication date: the interval its text bounds the date to, with
  /// the evidence (doc.dct.inferred, doc.dct.inferred_why); left empty where the evidence is thin.
  void infer_dct(Document& doc);

  /// assign_dct, then infer_dct, then the text's timexes under the DCT so set: the one tagging
  /// the reprint check made when it made one, else a tagging now.
  std::vector<Timex> date_and_tag(Document& doc, std::optional<Day> dct_option, const doc::Manifest* manifest);

  std::vector<Timex> tag(const Document& doc);
  std::vector<Mention> extract(const Document& doc, const std::vector<Timex>& timexes);

  /// What the actor dictionary knows of a canonical name (person or not, country, surname), for
  /// the merge.
  merge::ActorLookup actor_lookup();
  /// Name shapes and call kinds for the merge (data/events/en/names.txt).
  merge::NameShapes name_shapes();

  /// Sets each event's CAMEO event code and PLOVER type by data/codes/event_codes.txt, from its
  /// type, status and whether its location (a place or country of the actor dictionaries) lies in
  /// a country none of its participants acts for.
  void code_events(std::vector<Event>& events);

  /// ISO/organisation code -> canonical name of the countries and organisations the actor
  /// dictionaries know ("RUS" -> "Russia").
  std::map<std::string, std::string> country_names();
  /// The code of a country or organisation named by its name, an alias, a demonym or its code
  /// (any case); "" when the dictionaries know none.
  std::string country_code(const std::string& name);

 private:
  std::string data_dir_;
  std::unique_ptr<timex::Tagger> tagger_;
  std::unique_ptr<event::Extractor> extractor_;
  std::unique_ptr<pubdate::Inferrer> inferrer_;
  std::unique_ptr<exporter::EventCodes> event_codes_;
  std::map<std::string, std::string> country_of_location_;  ///< location name -> country code
};

struct IngestOptions {
  std::optional<Day> dct;                  ///< --dct: overrides every other source
  std::optional<std::string> manifest;     ///< manifest path; absent = none
  bool progress = false;                   ///< live progress on stderr
};

struct IngestSummary {
  long documents = 0;   ///< documents read without error
  long added = 0;       ///< new documents stored
  long unchanged = 0;   ///< already stored (same content)
  long skipped = 0;     ///< bad documents, reported and skipped
  long mentions = 0;    ///< mentions of the added documents
  long events = 0;      ///< events in the store after the merge
  long undated_dct = 0; ///< added documents whose publication date is unknown
  long other_errors = 0;  ///< bad input that is not a document (a malformed manifest)
  bool failed() const { return skipped > 0 || other_errors > 0; }
  std::string line() const;  ///< one-line summary for stderr
};

/// Reads, analyses and stores every document of `inputs`, then re-merges the events. Errors are
/// written to `err` as "annalist: error: FILE:LINE: reason" and counted as skipped.
IngestSummary ingest(store::Store& store, Engine& engine, const std::vector<std::string>& inputs,
                     const IngestOptions& options, std::ostream& err);

/// Loads mention JSON lines (the output of `annalist extract`) and re-merges: the reduce step.
IngestSummary ingest_mentions(store::Store& store, Engine& engine, const std::vector<std::string>& files,
                              std::ostream& err);

/// Which stored events a merge rewrites.
enum class MergeScope {
  kChanged,  ///< the groups of documents stored since the last merge (merge/grouping.h)
  kWhole,    ///< every group: the whole store, as if merged from scratch
};

/// Merges stored mentions into events one independent group at a time (memory bounded by the
/// largest group, not the store); returns the number of events in the store. The result equals
/// merge::merge_mentions over every stored mention.
long remerge(store::Store& store, Engine& engine, MergeScope scope = MergeScope::kChanged);

/// Writes live progress (count, rate, ETA) to a terminal; silent when disabled. A `total` below
/// zero is unknown (a stream): count and rate only.
class Progress {
 public:
  Progress(std::ostream& out, long total, bool enabled, std::string what);
  void tick(long n = 1);
  /// Clears the line; for a stream (unknown total) leaves the final count on its own line.
  void finish();
  /// Clears the line (before an error message); the next tick draws again.
  void clear();

 private:
  std::ostream& out_;
  long total_, done_ = 0;
  bool enabled_;
  std::string what_;
  double start_;
  double last_draw_ = -1;
};

}  // namespace annalist::pipeline
