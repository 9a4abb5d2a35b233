// TimelineJS3 export: validated partial dates, display dates, actor-pair groups, sourced text.
#pragma once
#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::exporter {

/// What the TimelineJS3 file says besides the events.
struct TimelineJsOptions {
  std::string title = "Chronology";                  ///< headline of the title slide
  std::string text;                                  ///< text of the title slide; empty: what it holds
  std::map<std::string, std::string> document_urls;  ///< document id -> link shown as the source
  std::map<std::string, SourceInfo> sources;         ///< document id -> name and date the link is labelled by
  std::vector<Era> eras;                             ///< bands in the time navigation
};

/// TimelineJS3 JSON document (title slide + one slide per dated event, chronological). Dates
/// carry only their known parts (`{"year":"2013"}`, `{"year":"2022","month":"12"}`), windows an
/// `end_date`, and `display_date` says what is known ("late June 2021", "summer 2015"); `group`
/// is the actor pair; the text holds the evidence sentence (HTML-escaped), status, participants
/// and links to the sources. Every date is checked before it is written (TimelineJS itself would
/// turn month 13 into January of the next year and silently drop a slide without a start
/// date); events that fail, and undated ones, are left out. Returns how many were left out.
std::size_t write_timelinejs(std::ostream& out, const std::vector<Event>& events, const TimelineJsOptions& options);

/// The same with the default options (title "Chronology", no source links).
void write_timelinejs(std::ostream& out, const std::vector<Event>& events);
/// The same with a title slide headline; returns how many events were left out.
std::size_t write_timelinejs(std::ostream& out, const std::vector<Event>& events, const std::string& title);

/// How a source link reads: "Reuters, 22 February 2023"; the source name alone without a date,
/// the document id when the name is unknown.
std::string source_label(const std::string& document_id, const std::map<std::string, SourceInfo>& sources);

/// The event's date as a reader would say it: "21 February 2023", "5–7 June 2019",
/// "late June 2021", "December 2022", "summer 2015", "Q4 2021", "2013", "1990s"; "" undated.
std::string display_date(const EventTime& time);

/// The `group` of an event: its participants sorted and joined with " – " ("Vladimir Putin –
/// Xi Jinping"), "no named actor" when there are none.
std::string actor_pair(const Event& event);

}  // namespace annalist::exporter
