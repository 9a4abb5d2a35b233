#include "model/types.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace annalist {
namespace {

template <typename E, std::size_t N>
std::optional<E> parse_enum(std::string_view s, const std::array<std::string_view, N>& names) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

constexpr std::array<std::string_view, 10> kGranularity = {
    "day", "week", "month", "season", "quarter", "year", "decade", "century", "range", ""};
constexpr std::array<std::string_view, 5> kBasis = {"explicit", "relative", "publication",
                                                    "inferred", "unknown"};
constexpr std::array<std::string_view, 5> kDctSource = {"option", "manifest", "dateline",
                                                        "inferred", "unknown"};
constexpr std::array<std::string_view, 6> kType = {"meeting", "call",      "visit",
                                                   "summit",  "statement", "agreement"};
constexpr std::array<std::string_view, 4> kStatus = {"occurred", "planned", "cancelled", "denied"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string_view to_string(Granularity g) { return kGranularity[static_cast<int>(g)]; }
std::optional<Granularity> parse_granularity(std::string_view s) {
  if (s == "unknown") return Granularity::kUnknown;
  return parse_enum<Granularity>(s, kGranularity);
}
int coarseness(Granularity g) {
  switch (g) {
    case Granularity::kDay: return 0;
    case Granularity::kRange: return 1;
    case Granularity::kWeek: return 2;
    case Granularity::kMonth: return 3;
    case Granularity::kSeason:
    case Granularity::kQuarter: return 4;
    case Granularity::kYear: return 5;
    case Granularity::kDecade: return 6;
    case Granularity::kCentury: return 7;
    case Granularity::kUnknown: return 8;
  }
  return 8;
}

std::string_view to_string(DateBasis b) { return kBasis[static_cast<int>(b)]; }
std::optional<DateBasis> parse_date_basis(std::string_view s) { return parse_enum<DateBasis>(s, kBasis); }

std::string_view to_string(DctSource s) { return kDctSource[static_cast<int>(s)]; }
std::optional<DctSource> parse_dct_source(std::string_view s) {
  return parse_enum<DctSource>(s, kDctSource);
}

std::string_view to_string(EventType t) { return kType[static_cast<int>(t)]; }
std::optional<EventType> parse_event_type(std::string_view s) {
  return parse_enum<EventType>(lower(s), kType);
}
int type_family(EventType t) {
  switch (t) {
    case EventType::kMeeting:
    case EventType::kVisit:
    case EventType::kSummit: return 0;
    case EventType::kCall: return 1;
    case EventType::kStatement: return 2;
    case EventType::kAgreement: return 3;
  }
  return 2;
}

std::string_view to_string(EventStatus s) { return kStatus[static_cast<int>(s)]; }
std::optional<EventStatus> parse_event_status(std::string_view s) {
  std::string l = lower(s);
  if (l == "negated") return EventStatus::kDenied;
  return parse_enum<EventStatus>(l, kStatus);
}

bool Filter::matches(const Event& e) const {
  if (from && (!e.time.interval || e.time.interval->last < *from)) return false;
  if (to && (!e.time.interval || e.time.interval->first > *to)) return false;
  for (const auto& a : actors) {
    std::string want = lower(a);
    // A full name, or one word of it: "--actor putin" finds "Vladimir Putin", "--actor xi" "Xi Jinping".
    bool found = std::any_of(e.participants.begin(), e.participants.end(), [&](const std::string& p) {
      std::string name = lower(p);
      if (name == want) return true;
      if (want.find(' ') != std::string::npos) return false;
      std::size_t start = 0;
      while (start <= name.size()) {
        std::size_t end = name.find(' ', start);
        if (end == std::string::npos) end = name.size();
        if (name.compare(start, end - start, want) == 0 && end - start == want.size()) return true;
        start = end + 1;
      }
      return false;
    });
    if (!found) return false;
  }
  if (!types.empty() && std::find(types.begin(), types.end(), e.type) == types.end()) return false;
  if (status && e.status != *status) return false;
  return e.sources >= min_sources;
}

}  // namespace annalist
