// Rules file of CAMEO event codes: strict parser, coverage check, first-match lookup.
#include "export/event_codes.h"

#include <fstream>
#include <regex>
#include <sstream>

#include "base/errors.h"
#include "base/strings.h"

namespace annalist::exporter {

EventCodes EventCodes::parse(const std::string& text, const std::string& file) {
  EventCodes out;
  std::istringstream in(text);
  std::string raw;
  int line_no = 0;
  static const std::regex kRule(R"(^(\S+)\s+(\S+)\s+(\S+)\s+=>\s+(\d{2,4})\s+([A-Z]+)\s+(\S.*)$)");
  while (std::getline(in, raw)) {
    ++line_no;
    std::string line(base::trim(raw));
    if (line.empty() || line[0] == '#') continue;
    std::smatch m;
    if (!std::regex_match(line, m, kRule))
      throw InputError(file, line_no, "expected '<type|*> <status|*> <*|third> => <CAMEO code> <PLOVER type> <name>'");
    EventCodeRule r;
    r.line = line_no;
    if (m[1] != "*") {
      r.type = parse_event_type(m[1].str());
      if (!r.type) throw InputError(file, line_no, "unknown event type '" + m[1].str() + "'");
    }
    if (m[2] != "*") {
      r.status = parse_event_status(m[2].str());
      if (!r.status) throw InputError(file, line_no, "unknown status '" + m[2].str() + "'");
    }
    if (m[3] != "*" && m[3] != "third")
      throw InputError(file, line_no, "place must be * or third, not '" + m[3].str() + "'");
    r.third_location = m[3] == "third";
    r.code = {m[4], m[5], m[6]};
    out.rules_.push_back(std::move(r));
  }
  // Every type and status must get a code, wherever the event took place.
  for (int t = 0; t < 6; ++t)
    for (int s = 0; s < 4; ++s) {
      auto type = static_cast<EventType>(t);
      auto status = static_cast<EventStatus>(s);
      bool covered = false;
      for (const auto& r : out.rules_)
        covered = covered || ((!r.type || *r.type == type) && (!r.status || *r.status == status) && !r.third_location);
      if (!covered)
        throw InputError(file, line_no,
                         "no rule gives a code to a " + std::string(to_string(status)) + " " +
                             std::string(to_string(type)));
    }
  return out;
}

EventCodes EventCodes::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, "cannot read the event code rules");
  std::ostringstream s;
  s << in.rdbuf();
  return parse(s.str(), path);
}

const EventCode& EventCodes::lookup(EventType type, EventStatus status, bool third_location) const {
  for (const auto& r : rules_)
    if ((!r.type || *r.type == type) && (!r.status || *r.status == status) && (!r.third_location || third_location))
      return r.code;
  static const EventCode kNone;  // parse() guarantees a match; this is for a default-built table
  return kNone;
}

bool in_third_country(const std::string& location_country, const std::vector<ParticipantCode>& codes) {
  if (location_country.empty() || codes.empty()) return false;
  for (const auto& c : codes)
    if (c.country.empty() || c.country == location_country) return false;
  return true;
}

}  // namespace annalist::exporter
