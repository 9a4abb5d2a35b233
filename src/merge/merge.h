// Cross-document merge: mentions of one real event become one Event. Pure, no I/O.
#pragma once
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::merge {

/// Where a planned report and an occurred one (with overlapping dates) become one occurred event.
enum class PlannedMerge {
  kNever,
  kSameDocument,     ///< "will meet on Friday" and "met on Friday" in one article
  kAcrossDocuments,  ///< also an announcement and a later report of the event
};

/// What the merge may know about a canonical actor name (the pipeline fills it from the actor
/// lexicon; the merge itself reads no data).
struct ActorInfo {
  bool person = false;     ///< a person; else a country or an organisation
  std::string country;     ///< a person's country ("China" for Xi Jinping); empty when unknown
  std::string short_name;  ///< what a title calls the actor ("Xi", "Putin"); empty = derive it
  bool body = false;       ///< a multilateral body that holds summits (G20, NATO, ASEAN)
};
using ActorLookup = std::function<std::optional<ActorInfo>(const std::string& canonical_name)>;

/// Words that tell the shape of a name the actor lookup does not know, and the kind of a call (the
/// pipeline fills them from data/events/en/names.txt; the merge itself reads no data).
struct NameShapes {
  std::set<std::string> family_first;       ///< family names written first, lower case ("xi", "kim")
  std::set<std::string> institution_words;  ///< a name with one of these words (any case) is no person ("ministry")
  std::set<std::string> particles;          ///< lower-case particles that start a family name ("von", "de")
  std::vector<std::string> video_words;     ///< a call whose trigger holds one is a video call ("video")
  std::vector<std::string> phone_words;     ///< ... a phone call ("phone")
};

/// Merge policy knobs; the defaults are the documented behaviour (docs/merge.md).
struct Options {
  /// Across documents an announcement stays its own planned event by default: researchers keep
  /// "announced on D1 for D2" apart from "happened on D2", and the plan's date may have slipped.
  PlannedMerge planned_joins_occurred = PlannedMerge::kSameDocument;
  /// Undated mentions with exactly the same participants and type, and no time words at all,
  /// merge across documents ("the meeting between Trump and Putin" in two articles).
  bool merge_undated_across_documents = true;
  /// A mention with no time in the text (basis publication) lies in [DCT - this, DCT].
  int publication_lookback_days = 7;
  /// Optional actor knowledge. With it, a country matches the people of that country across
  /// documents ("China" ~ "Hu Jintao") and titles use the lexicon's surnames. Without it (or for a
  /// name it does not know) the name-shape rules of docs/merge.md apply.
  ActorLookup actor;
  /// Name shapes for names `actor` does not know, and call kinds for titles.
  NameShapes names;
};

/// Events from mentions. Deterministic and independent of the input order; event ids are stable
/// for the same set of mentions. Events are sorted by start day, undated last.
std::vector<Event> merge_mentions(std::vector<Mention> mentions);
/// The same with explicit options.
std::vector<Event> merge_mentions(std::vector<Mention> mentions, const Options& options);

/// A report without time words from an article without a publication date, whose text bounds
/// that date (basis inferred): its range joins another article's dated event of at most a month
/// inside it. One definition for the merge and for the grouping that must never part such a pair.
bool bounded_by_inferred_publication(const Mention& m);

/// Time words ("March", "Sunday") of an article without a publication date, resolved to a range of
/// every such month or day within the bound of that date (basis inferred): the range joins another
/// article's dated event of at most a month inside it that the words can name. One definition for
/// the merge and for the grouping.
bool inferred_for_time_words(const Mention& m);

/// Chronology order: by start day, undated last, then id.
void sort_events(std::vector<Event>& events);

}  // namespace annalist::merge
