// Helpers shared by the renderer's unit tests: events built from TIMEX values.
#pragma once
#include <string>
#include <vector>

#include "calendar/timex_value.h"
#include "model/types.h"

namespace annalist::render::testing {

inline Event make_event(const std::string& id, const std::string& value, std::vector<std::string> parts,
                        EventType type = EventType::kMeeting, EventStatus status = EventStatus::kOccurred,
                        const std::string& mod = "") {
  Event e;
  e.id = id;
  e.type = type;
  e.status = status;
  e.participants = std::move(parts);
  e.title = "event " + id;
  e.time.value = value;
  e.time.mod = mod;
  if (auto w = calendar::window_of_value(value)) {
    e.time.interval = calendar::apply_mod(w->interval, mod);
    e.time.granularity = w->granularity;
    e.time.basis = DateBasis::kExplicit;
  }
  e.sources = 1;
  return e;
}

inline Day day(const char* iso) { return *calendar::parse_iso_day(iso); }

}  // namespace annalist::render::testing
