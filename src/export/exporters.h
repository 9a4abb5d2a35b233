// Chronology exporters over merged events: CSV (SPEC), JSON, TimelineJS3, and the text views.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::exporter {

/// SPEC chronology CSV: header, RFC 4180 quoting, formula neutralisation, rows sorted by start.
void write_csv(std::ostream& out, const std::vector<Event>& events);
/// JSON array of events with their mentions.
void write_json(std::ostream& out, const std::vector<Event>& events);
/// TimelineJS3 JSON document.
void write_timelinejs(std::ostream& out, const std::vector<Event>& events);
/// Aligned text table for `annalist events`.
std::string events_table(const std::vector<Event>& events);
/// Long text for `annalist show`: the event and every mention with sentence, offsets, quote, why.
std::string show_event(const Event& event);

}  // namespace annalist::exporter
