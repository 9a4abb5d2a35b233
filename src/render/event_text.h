// What the chart says about an event in words: its date as known, title, tooltip, source link.
#pragma once
#include <cstddef>
#include <map>
#include <string>

#include "model/types.h"

namespace annalist::render {

/// The date as known: "21 Feb 2023", "21–23 Feb 2023", "late Jun 2021", "Dec 2022", "2013",
/// "summer 2021", "1990s"; "" for undated.
std::string date_label(const EventTime& t);

/// The label's date line: date_label plus status and basis ("planned · Mar 2023",
/// "by 25 Mar 2010", "2001 (inferred)").
std::string date_line(const Event& e);

/// What an undated event's text did say about its time ("Wednesday, year unknown"), or "date unknown".
std::string undated_note(const EventTime& t);

/// The event's title, whitespace collapsed, cut to `max_chars` code points with "…"; the type
/// and participants when it has none.
std::string event_title(const Event& e, std::size_t max_chars);

/// Tooltip text: date, type, title, participants, place, evidence, number of sources; lines
/// separated by '\n'.
std::string event_tooltip(const Event& e);

/// The first of the event's documents that has a link in `document_urls`, or "".
std::string source_link(const Event& e, const std::map<std::string, std::string>& document_urls);

/// Cuts `s` to at most `max_cp` code points, the last being "…".
std::string truncate_cp(const std::string& s, std::size_t max_cp);

/// Names on the axis: "2023" ("44 BCE" for astronomical year -43), "21 Feb 2023", "Feb 2023", "Feb".
std::string year_name(int astronomical_year);
std::string day_name(Day d);
std::string month_name(Day d);
std::string month_abbrev(unsigned month);  ///< 1..12 -> "Jan".."Dec"

/// Calendar parts of a day and its month's bounds.
int year_of(Day d);
unsigned month_of(Day d);
unsigned day_of(Day d);
Day first_of_month(int year, unsigned month);
Day last_of_month(int year, unsigned month);

/// Integer division rounding towards minus infinity (years before 0 form whole decades too).
int floor_div(int a, int b);

}  // namespace annalist::render
