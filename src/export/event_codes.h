// CAMEO event codes and PLOVER types of events, from the rules in data/codes/event_codes.txt.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::exporter {

/// The code an event gets.
struct EventCode {
  std::string cameo;   ///< "042"
  std::string plover;  ///< "CONSULT"
  std::string name;    ///< CAMEO's name of the code, "Make a visit"
};

/// One line of the rules file.
struct EventCodeRule {
  std::optional<EventType> type;      ///< absent: any type
  std::optional<EventStatus> status;  ///< absent: any status
  bool third_location = false;        ///< only when the event took place in a third country
  EventCode code;
  int line = 0;
};

class EventCodes {
 public:
  /// Parses the rules (`file` names them in errors). Throws InputError(file, line, reason) on a
  /// malformed line, and naming the first type and status no rule covers.
  static EventCodes parse(const std::string& text, const std::string& file);
  /// Reads and parses a rules file.
  static EventCodes load(const std::string& path);

  /// The first rule that matches; `third_location`: the location lies in a country none of the
  /// participants acts for.
  const EventCode& lookup(EventType type, EventStatus status, bool third_location) const;

  const std::vector<EventCodeRule>& rules() const { return rules_; }

 private:
  std::vector<EventCodeRule> rules_;
};

/// True when the event's location is in a known country (`location_country`, ISO alpha-3) and
/// every participant's country is known and none is that one.
bool in_third_country(const std::string& location_country, const std::vector<ParticipantCode>& codes);

}  // namespace annalist::exporter
