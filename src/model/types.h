// Plain value types exchanged by every stage: documents, timexes, mentions, events, filters.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

/// The one internal day representation.
using Day = date::sys_days;

/// Inclusive interval of days.
struct DayInterval {
  Day first;
  Day last;
  bool contains(Day d) const { return first <= d && d <= last; }
  bool contains(const DayInterval& o) const { return first <= o.first && o.last <= last; }
  bool overlaps(const DayInterval& o) const { return first <= o.last && o.first <= last; }
  long days() const { return (last - first).count() + 1; }
  friend bool operator==(const DayInterval& a, const DayInterval& b) {
    return a.first == b.first && a.last == b.last;
  }
  friend bool operator!=(const DayInterval& a, const DayInterval& b) { return !(a == b); }
  friend bool operator<(const DayInterval& a, const DayInterval& b) {
    return a.first != b.first ? a.first < b.first : a.last < b.last;
  }
};

enum class Granularity { kDay, kWeek, kMonth, kSeason, kQuarter, kYear, kDecade, kCentury, kRange, kUnknown };
std::string_view to_string(Granularity g);  // "day", "week", ..., "range", "" for unknown
std::optional<Granularity> parse_granularity(std::string_view s);
/// Coarseness rank: day 0 < week < month < season/quarter < year < decade < century; unknown largest.
int coarseness(Granularity g);

enum class DateBasis { kExplicit, kRelative, kPublication, kInferred, kUnknown };
std::string_view to_string(DateBasis b);  // "explicit", "relative", "publication", "inferred", "unknown"
std::optional<DateBasis> parse_date_basis(std::string_view s);

enum class DctSource { kOption, kManifest, kDateline, kInferred, kUnknown };
std::string_view to_string(DctSource s);  // "option", "manifest", "dateline", "inferred", "unknown"
std::optional<DctSource> parse_dct_source(std::string_view s);

/// Publication date (document creation time) and where it came from.
struct Dct {
  std::optional<Day> day;
  DctSource source = DctSource::kUnknown;
  /// Without a day: the interval the text bounds it to, and the evidence for it (never a day).
  std::optional<DayInterval> inferred;
  std::vector<std::string> inferred_why;
};

struct Document {
  std::string id;    ///< file stem ("002_fd65d15b2bf0f233") or the "id" of a JSONL line
  std::string path;  ///< as given on the command line; "-" for stdin; "corpus.jsonl:12" for a line
  std::string text;  ///< valid UTF-8
  Dct dct;
  std::string source, title, url;  ///< from the manifest, when known
  std::string content_hash;        ///< base::content_hash(text)
};

/// One temporal expression (TimeML TIMEX3).
struct Timex {
  std::size_t begin = 0, end = 0;            ///< code points, end exclusive (SPEC)
  std::size_t byte_begin = 0, byte_end = 0;  ///< the same span in UTF-8 bytes
  std::string text;
  std::string type;    ///< DATE, TIME, DURATION, SET
  std::string value;   ///< TIMEX3 value: 2023-02-21, 2021-06, XXXX-06, P3D, PAST_REF ...
  std::string mod;     ///< START, MID, END, APPROX, BEFORE, ...; empty when none
  std::string anchor;  ///< absolute, dct, narrative, inferred (against an inferred DCT interval), none
  std::string rule;    ///< id of the rule that produced it
  int anchor_timex = -1;  ///< anchor "narrative": index of the timex it counts from (same list); else -1
  std::string tense;      ///< the tense cue before it: "past", "future" or empty
};

enum class EventType { kMeeting, kCall, kVisit, kSummit, kStatement, kAgreement };
std::string_view to_string(EventType t);  // "meeting", "call", ...
std::optional<EventType> parse_event_type(std::string_view s);
/// meeting, visit and summit are one family (in-person gatherings); the others are their own.
int type_family(EventType t);

enum class EventStatus { kOccurred, kPlanned, kCancelled, kDenied };
std::string_view to_string(EventStatus s);  // "occurred", "planned", "cancelled", "denied"
std::optional<EventStatus> parse_event_status(std::string_view s);

/// When an event happened, as far as the text tells.
struct EventTime {
  std::optional<DayInterval> interval;  ///< absent when undated
  Granularity granularity = Granularity::kUnknown;
  DateBasis basis = DateBasis::kUnknown;
  std::string value;       ///< ISO value at its granularity ("2023-02-21", "2022-12", "2013", "XXXX-06", "")
  std::string mod;         ///< TIMEX3 mod of the source expression (END for "the end of last year")
  std::string timex_text;  ///< the expression that dated it ("Tuesday"), empty when none
  std::string why;         ///< one line for `annalist show`: how the date was chosen
  bool dated() const { return interval.has_value(); }
};

/// Where a participant stands on the event's date, as the actor dictionaries know it: what
/// researchers join on (ICEWS, GDELT, POLECAT use the same codes).
struct ParticipantCode {
  std::string name;     ///< canonical name, as in `participants`
  std::string country;  ///< ISO 3166-1 alpha-3 of the state it acts for, or an organisation code ("NATO"); empty when unknown
  std::string cameo;    ///< CAMEO actor code ("RUSGOV", "USAGOV", "IGOUNO"); empty when unknown
  friend bool operator==(const ParticipantCode& a, const ParticipantCode& b) {
    return a.name == b.name && a.country == b.country && a.cameo == b.cameo;
  }
};

/// One report of an event in one sentence of one document.
struct Mention {
  std::string doc_id;
  std::string doc_hash;
  std::optional<Day> doc_dct;       ///< publication date of the document
  int sentence = 0;                 ///< 0-based sentence index in the document
  std::size_t begin = 0, end = 0;   ///< code points of the evidence span (the sentence) in the text
  std::string quote;                ///< the evidence text: text[begin, end), whitespace collapsed
  std::string trigger;              ///< trigger as written ("met", "phone call")
  std::string rule;                 ///< trigger rule id
  EventType type = EventType::kStatement;
  EventStatus status = EventStatus::kOccurred;
  std::string status_why;           ///< cue that set the status ("will", "is expected to") or "past tense"
  std::vector<std::string> participants;  ///< canonical names, sorted, unique
  std::vector<ParticipantCode> codes;     ///< one per participant, same order; empty when not looked up
  std::string location;
  EventTime time;
};

/// The rule id of a mention that is the first occasion of a series its document counts ("the second
/// call between X and Y. The first was last December", "the second time they talked"): one event
/// for every report of that first occasion, whatever the precision of their dates (merge).
inline constexpr const char* kFirstOfSeriesRule = "series.first";

/// Mentions of one real event, merged across documents.
struct Event {
  std::string id;  ///< stable for the same input
  EventType type = EventType::kStatement;
  EventStatus status = EventStatus::kOccurred;
  std::vector<std::string> participants;  ///< sorted, unique
  std::vector<ParticipantCode> codes;     ///< one per participant, same order; empty when not looked up
  std::string location;
  EventTime time;
  std::string title;                   ///< short human title ("Xi–Putin video call")
  std::string cameo;                   ///< CAMEO event code ("042"), from data/codes/event_codes.txt; empty when not coded
  std::string plover;                  ///< PLOVER event type ("CONSULT"); empty when not coded
  std::vector<Mention> mentions;
  int sources = 0;                     ///< distinct documents
  std::optional<Day> first_reported;   ///< earliest publication date among its documents
  std::vector<std::string> documents;  ///< sorted document ids
  std::string evidence;                ///< the most informative sentence
};

/// A named stretch of time drawn behind a chronology (`--era FROM..TO:LABEL`); either end may be open.
struct Era {
  std::optional<Day> from, to;
  std::string label;
};

/// Where a document came from, as its manifest row or JSONL line said: what a row is cited by.
struct SourceInfo {
  std::string name;  ///< "Reuters", "President of Russia (en.kremlin.ru)"; empty when unknown
  std::string url;   ///< empty when unknown
  std::optional<Day> published;
};

/// Filters of SPEC: --from --to --actor --type --status --min-sources.
struct Filter {
  std::optional<Day> from, to;
  std::vector<std::string> actors;  ///< every one must take part: a full name or one word of it, any case
  std::vector<EventType> types;     ///< any of
  std::optional<EventStatus> status;
  int min_sources = 0;
  bool matches(const Event& e) const;
};

}  // namespace annalist
