// Dyad tables: pairs of countries per event, counts by year and type, gaps; CSV and text.
#include "export/dyads.h"

#include <algorithm>
#include <sstream>

#include "base/strings.h"
#include "calendar/timex_value.h"
#include "export/exporters.h"

namespace annalist::exporter {
namespace {

constexpr EventType kTypes[] = {EventType::kMeeting, EventType::kCall,      EventType::kVisit,
                                EventType::kSummit,  EventType::kStatement, EventType::kAgreement};

std::string iso(const std::optional<Day>& d) { return d ? calendar::format_iso_day(*d) : ""; }

int year_of(Day d) { return int(date::year_month_day{d}.year()); }

}  // namespace

std::size_t Dyad::dated() const {
  std::size_t n = 0;
  for (const auto& [year, types] : by_year)
    for (const auto& [type, ids] : types) n += ids.size();
  return n;
}

long Dyad::gap_days() const { return longest_gap ? (longest_gap->last - longest_gap->first).count() : 0; }

std::vector<Dyad> dyads(const std::vector<Event>& events) {
  std::map<std::pair<std::string, std::string>, Dyad> by_pair;
  std::map<std::pair<std::string, std::string>, std::vector<Day>> days;
  for (const auto& e : events) {
    for (const auto& p : event_pairs(e)) {
      Dyad& d = by_pair[p];
      d.a = p.first;
      d.b = p.second;
      if (!e.time.dated()) {
        d.undated.push_back(e.id);
        continue;
      }
      Day start = e.time.interval->first;
      d.by_year[year_of(start)][e.type].push_back(e.id);
      days[p].push_back(start);
    }
  }
  std::vector<Dyad> out;
  for (auto& [pair, d] : by_pair) {
    auto& ds = days[pair];
    std::sort(ds.begin(), ds.end());
    if (!ds.empty()) {
      d.first = ds.front();
      d.last = ds.back();
    }
    for (std::size_t i = 1; i < ds.size(); ++i)
      if (!d.longest_gap || ds[i] - ds[i - 1] > d.longest_gap->last - d.longest_gap->first)
        d.longest_gap = DayInterval{ds[i - 1], ds[i]};
    for (auto& [year, types] : d.by_year)
      for (auto& [type, ids] : types) std::sort(ids.begin(), ids.end());
    std::sort(d.undated.begin(), d.undated.end());
    out.push_back(std::move(d));
  }
  std::stable_sort(out.begin(), out.end(), [](const Dyad& x, const Dyad& y) {
    std::size_t nx = x.dated() + x.undated.size(), ny = y.dated() + y.undated.size();
    if (nx != ny) return nx > ny;
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  return out;
}

std::string dyad_name(const std::string& a, const std::string& b, const std::map<std::string, std::string>& names) {
  auto name = [&](const std::string& code) {
    auto it = names.find(code);
    return it == names.end() || it->second.empty() ? code : it->second;
  };
  return name(a) + " – " + name(b);
}

void write_dyads_csv(std::ostream& out, const std::vector<Dyad>& dyads, const std::map<std::string, std::string>& names) {
  out << "country_a,country_b,name_a,name_b,year,type,contacts,event_ids,pair_contacts,first_contact,"
         "last_contact,longest_gap_days,longest_gap_from,longest_gap_to\r\n";
  auto name = [&](const std::string& code) {
    auto it = names.find(code);
    return it == names.end() ? std::string() : it->second;
  };
  for (const auto& d : dyads) {
    std::string pair_cols = std::to_string(d.dated() + d.undated.size()) + "," + iso(d.first) + "," + iso(d.last) +
                            "," + (d.longest_gap ? std::to_string(d.gap_days()) : "") + "," +
                            iso(d.longest_gap ? std::optional<Day>(d.longest_gap->first) : std::nullopt) + "," +
                            iso(d.longest_gap ? std::optional<Day>(d.longest_gap->last) : std::nullopt);
    std::string head = csv_field(d.a) + "," + csv_field(d.b) + "," + csv_field(name(d.a)) + "," + csv_field(name(d.b)) + ",";
    for (const auto& [year, types] : d.by_year)
      for (const auto& [type, ids] : types)
        out << head << year << "," << to_string(type) << "," << ids.size() << "," << base::join(ids, ";") << ","
            << pair_cols << "\r\n";
    if (!d.undated.empty())
      out << head << ",," << d.undated.size() << "," << base::join(d.undated, ";") << "," << pair_cols << "\r\n";
  }
}

std::string dyads_text(const std::vector<Dyad>& dyads, const std::map<std::string, std::string>& names) {
  std::ostringstream o;
  if (dyads.empty()) o << "No pair of countries: no event brings participants of two known countries together.\n";
  for (const auto& d : dyads) {
    o << d.a << "-" << d.b << "  " << dyad_name(d.a, d.b, names) << ": " << d.dated() + d.undated.size()
      << (d.dated() + d.undated.size() == 1 ? " contact" : " contacts");
    if (d.first) o << ", first " << iso(d.first) << ", last " << iso(d.last);
    if (d.longest_gap)
      o << ", longest gap " << d.gap_days() << " days (" << iso(d.longest_gap->first) << " to "
        << iso(d.longest_gap->last) << ")";
    if (!d.undated.empty()) o << ", " << d.undated.size() << " undated";
    o << "\n";
    if (d.by_year.empty()) {
      o << "\n";
      continue;
    }
    o << "  year ";
    for (EventType t : kTypes) o << " " << std::string(std::max<std::size_t>(9, to_string(t).size()) - to_string(t).size(), ' ') << to_string(t);
    o << "  total\n";
    for (const auto& [year, types] : d.by_year) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "  %4d ", year);
      o << buf;
      std::size_t total = 0;
      for (EventType t : kTypes) {
        auto it = types.find(t);
        std::size_t n = it == types.end() ? 0 : it->second.size();
        total += n;
        std::snprintf(buf, sizeof buf, " %9zu", n);
        o << buf;
      }
      std::snprintf(buf, sizeof buf, "  %5zu\n", total);
      o << buf;
    }
    o << "\n";
  }
  return o.str();
}

}  // namespace annalist::exporter
