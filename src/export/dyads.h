// Country dyads, the researcher's unit: which pairs of countries an event brings together, and
// per pair the contacts by year and type, first and last contact and the longest gap.
#pragma once
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "model/dyads.h"
#include "model/types.h"

namespace annalist::exporter {

/// One pair of countries and the contacts between them.
struct Dyad {
  std::string a, b;  ///< ISO 3166-1 alpha-3 or organisation codes, a < b
  /// year -> type -> ids of the events behind that count
  std::map<int, std::map<EventType, std::vector<std::string>>> by_year;
  std::vector<std::string> undated;   ///< contacts the text gives no date for
  std::optional<Day> first, last;     ///< first and last contact (start days)
  std::optional<DayInterval> longest_gap;  ///< the two contacts furthest apart with none between
  std::size_t dated() const;          ///< contacts with a date
  long gap_days() const;              ///< days of the longest gap, 0 without one
};

/// The dyads of `events` (each event counts once for each pair of its countries), busiest pair
/// first, then by codes. Callers choose which events count (by default: those that occurred).
std::vector<Dyad> dyads(const std::vector<Event>& events);

/// "China – Russia" from codes and a code -> name table (the code itself where unknown).
std::string dyad_name(const std::string& a, const std::string& b, const std::map<std::string, std::string>& names);

/// One row per pair, year and type (RFC 4180, CRLF):
/// country_a,country_b,name_a,name_b,year,type,contacts,event_ids,pair_contacts,first_contact,
/// last_contact,longest_gap_days,longest_gap_from,longest_gap_to; a pair's undated contacts are a
/// row with an empty year.
void write_dyads_csv(std::ostream& out, const std::vector<Dyad>& dyads, const std::map<std::string, std::string>& names);

/// The text `annalist dyads` prints: per pair a head line and a table of years by type.
std::string dyads_text(const std::vector<Dyad>& dyads, const std::map<std::string, std::string>& names);

}  // namespace annalist::exporter
