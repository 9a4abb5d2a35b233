// Chronology exporters over merged events: CSV (SPEC), JSON, TimelineJS3, and the text views.
#pragma once
#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export/timelinejs.h"  // write_timelinejs, moved there
#include "model/types.h"

namespace annalist::exporter {

/// Name, URL and publication date of documents, by document id (empty: unknown).
using Sources = std::map<std::string, SourceInfo>;

/// SPEC chronology CSV: header, RFC 4180 quoting, formula neutralisation, rows sorted by start;
/// codes and `sources`' names, URLs and dates in the columns after `evidence`. With
/// `byte_order_mark` the file starts with U+FEFF, which spreadsheet programs need to read UTF-8.
void write_csv(std::ostream& out, const std::vector<Event>& events, const Sources& sources = {},
               bool byte_order_mark = false);
/// JSON array of events with their codes, sources and mentions.
void write_json(std::ostream& out, const std::vector<Event>& events, const Sources& sources = {});
/// The same objects, one event per line (JSON Lines), for streaming tools.
void write_jsonl(std::ostream& out, const std::vector<Event>& events, const Sources& sources = {});
/// One RFC 4180 field; a value a spreadsheet could run as a formula (starting with `=`, `+`, `-`,
/// `@`, TAB or CR, blanks allowed before) gets a leading `'` first.
std::string csv_field(std::string_view raw);
/// Aligned text table for `annalist events`.
std::string events_table(const std::vector<Event>& events);
/// The CSV `date` cell: ISO value at the event's granularity ("2023-02-21", "2022-12", "2013",
/// "2011-01-18/2011-01-21" for a range); empty when undated.
std::string date_cell(const EventTime& time);
/// Long text for `annalist show`: the event and every mention with sentence, offsets, quote, why.
std::string show_event(const Event& event);

}  // namespace annalist::exporter
