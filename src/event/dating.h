// Stage "dating": when a reported event happened. The time expression of the trigger's clause,
// else the publication date for the article's news, else undated; then what the status says about
// the date (a plan lies ahead; a date after publication makes a report a plan). This is where
// "when" is decided.
#pragma once
#include <optional>
#include <vector>

#include "event/document_memory.h"
#include "event/triggers.h"

namespace annalist::event {

/// The longest a gathering lasts (a state visit, a summit, a round of talks): a duration of more
/// days is no gathering's ("a two-day trip" spans its days, "a ten-day tour" is no one visit), and
/// a window of this many days or more ("earlier this week") does not pin a gathering to a day.
constexpr int kLongestGatheringDays = 7;

/// Sets `m.time` for the trigger `th`, and moves `m.status` to planned when the date lies after
/// publication. `m.status` must already hold the cue status (status.h). `expression` gets the index
/// into s.timexes of the expression that dated it, or kNone.
void date_mention(const Sentence& s, const TriggerHit& th, const ChosenTriggers& chosen, std::optional<Day> dct,
                  const DocumentMemory& mem, Mention& m, std::size_t* expression = nullptr,
                  std::optional<DayInterval> inferred = std::nullopt);

/// After a sentence: the last day it names becomes the document's last day ("later in the day").
void remember_day(const Sentence& s, std::optional<Day> dct, DocumentMemory& mem);

/// After any sentence, one that reports nothing too: a clock time of the publication day ("touched down
/// at 9:10 a.m.", "a briefing set for 4:30 p.m.") makes that day the paragraph's
/// narrative time for reports of either status (the day is neither past nor ahead) without a time
/// of their own that follow.
void remember_clock_time(const Sentence& s, std::optional<Day> dct, DocumentMemory& mem);

/// "talks - agreed to by X last month - ": token k is a hyphen or en dash with a space on each side,
/// a dash that sets off a parenthesis (not one joining two names, "the India – Japan statement").
bool spaced_dash(const Sentence& s, std::size_t k);

/// The time `t` moved back (or, `later`, forward) by a TIMEX3 duration ("P2W", "P3D", "P2M", "P1Y"):
/// days keep a day, weeks give the seven days around it, months the month, years the year; nothing for other durations
/// or an undated `t`. The basis becomes relative.
std::optional<EventTime> shift_by_duration(const EventTime& t, const std::string& duration, bool later);

/// "The first was last May, weeks before X and Y announced a truce": an expression, a comma, a
/// duration and an `offset-before` (or `offset-after`) word open the clause of the trigger, which the
/// expression dates moved by the duration ("three days after May 2" is May 5). A duration of days
/// or weeks from a month, or of any count not given ("days", "weeks"), keeps the expression's month
/// or coarser window; from a day, a count not given dates nothing. The clause needs its own subject
/// (an actor between the offset word and the trigger) and no break.
std::optional<EventTime> time_across_offset(const Sentence& s, const TriggerHit& th, std::optional<Day> dct);

/// The publication day as an event's time (basis `publication`), with the reason.
EventTime publication_day(Day dct, std::string why);

/// A time the text gives the event itself (basis explicit or relative), not its publication or an
/// inferred range.
bool own_date(const EventTime& t);

/// The time an expression of the sentence names: its interval and granularity, a range when a
/// later day of the month follows ("March 14-15", "from April 27 to 28") or precedes ("from 27 to
/// 28 of April"); undated (basis unknown) when it cannot be resolved.
EventTime time_of_expression(const Sentence& s, std::size_t i, std::optional<Day> dct);

/// Expressions coordinated after expression i ("in November 2014 and April 2015"): indexes into
/// s.timexes, in order; each names another occasion of the same kind of event.
std::vector<std::size_t> coordinated_expressions(const Sentence& s, std::size_t i);

/// The time of the trigger [th.b, th.e) alone (no status rules): the nearest date expression of its
/// clause, else publication for the document's news (`lead`), else undated. `tx_used` gets the
/// index into s.timexes of the expression used, or kNone. Without a DCT, `inferred` is the interval
/// the text bounds the publication date to: the news is dated by it, basis `inferred`, as are
/// expressions the tagger resolved against it (anchor "inferred").
EventTime time_of(const Sentence& s, const TriggerHit& th, const ChosenTriggers& chosen, std::optional<Day> dct,
                  bool lead, bool earlier, std::size_t* tx_used, std::optional<DayInterval> inferred = std::nullopt);

}  // namespace annalist::event
