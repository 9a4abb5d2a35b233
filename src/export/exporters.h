// Chronology exporters over merged events: CSV (SPEC), JSON, TimelineJS3, and the text views.
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "export/timelinejs.h"  // write_timelinejs, moved there
#include "model/types.h"

namespace annalist::exporter {

/// SPEC chronology CSV: header, RFC 4180 quoting, formula neutralisation, rows sorted by start.
void write_csv(std::ostream& out, const std::vector<Event>& events);
/// JSON array of events with their mentions.
void write_json(std::ostream& out, const std::vector<Event>& events);
/// Aligned text table for `annalist events`.
std::string events_table(const std::vector<Event>& events);
/// The CSV `date` cell: ISO value at the event's granularity ("2023-02-21", "2022-12", "2013",
/// "2011-01-18/2011-01-21" for a range); empty when undated.
std::string date_cell(const EventTime& time);
/// Long text for `annalist show`: the event and every mention with sentence, offsets, quote, why.
std::string show_event(const Event& event);

}  // namespace annalist::exporter
