// CAMEO/PLOVER event codes: the rules file against the mapping documented in docs/export.md,
// cell by cell, and the loader's errors.
#include "export/event_codes.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "base/errors.h"

namespace annalist::exporter {
namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

EventCodes rules() { return EventCodes::load(std::string(ANNALIST_SOURCE_DATA_DIR) + "/codes/event_codes.txt"); }

TEST(EventCodes, EveryTypeAndStatusIsCodedAsDocumented) {
  // The table in docs/export.md: one row per type, one column per status; a cell reads
  // "`040` CONSULT" or "`040` CONSULT (`044` in a third country)".
  std::string doc = read(std::string(ANNALIST_SOURCE_DATA_DIR) + "/../docs/export.md");
  ASSERT_FALSE(doc.empty());
  EventCodes codes = rules();
  std::regex row(R"(\n\| (meeting|call|visit|summit|statement|agreement) \|([^\n]*)\|)");
  std::regex cell(R"(`(\d+)` ([A-Z]+)(?: \(`(\d+)` in a third country\))?)");
  const EventStatus statuses[] = {EventStatus::kOccurred, EventStatus::kPlanned, EventStatus::kCancelled,
                                  EventStatus::kDenied};
  int cells = 0;
  for (auto it = std::sregex_iterator(doc.begin(), doc.end(), row); it != std::sregex_iterator(); ++it) {
    EventType type = *parse_event_type((*it)[1].str());
    std::string rest = (*it)[2].str();
    int column = 0;
    for (auto c = std::sregex_iterator(rest.begin(), rest.end(), cell); c != std::sregex_iterator(); ++c, ++column) {
      ASSERT_LT(column, 4);
      EventStatus status = statuses[column];
      std::string what = std::string(to_string(type)) + " " + std::string(to_string(status));
      const EventCode& here = codes.lookup(type, status, false);
      EXPECT_EQ(here.cameo, (*c)[1].str()) << what;
      EXPECT_EQ(here.plover, (*c)[2].str()) << what;
      std::string third = (*c)[3].matched ? (*c)[3].str() : (*c)[1].str();
      EXPECT_EQ(codes.lookup(type, status, true).cameo, third) << what << " in a third country";
      ++cells;
    }
    EXPECT_EQ(column, 4) << to_string(type);
  }
  EXPECT_EQ(cells, 24);  // six types, four statuses
}

TEST(EventCodes, TheCodesAreCameosOwn) {
  EventCodes codes = rules();
  EXPECT_EQ(codes.lookup(EventType::kVisit, EventStatus::kOccurred, false).name, "Make a visit");
  EXPECT_EQ(codes.lookup(EventType::kCall, EventStatus::kOccurred, false).name, "Discuss by telephone");
  EXPECT_EQ(codes.lookup(EventType::kAgreement, EventStatus::kOccurred, false).name, "Sign formal agreement");
  EXPECT_EQ(codes.lookup(EventType::kMeeting, EventStatus::kPlanned, false).name,
            "Express intent to meet or negotiate");
  for (const auto& r : codes.rules()) {
    EXPECT_EQ(r.code.cameo.size(), 3u) << "line " << r.line;
    EXPECT_FALSE(r.code.name.empty());
  }
}

TEST(EventCodes, AThirdCountryNeedsEveryParticipantsCountry) {
  std::vector<ParticipantCode> us_china = {{"Joe Biden", "USA", "USAGOV"}, {"Xi Jinping", "CHN", "CHNGOV"}};
  EXPECT_TRUE(in_third_country("IDN", us_china));   // Bali
  EXPECT_FALSE(in_third_country("CHN", us_china));  // Beijing
  EXPECT_FALSE(in_third_country("", us_china));
  EXPECT_FALSE(in_third_country("IDN", {{"Joe Biden", "USA", ""}, {"Someone", "", ""}}));
  EXPECT_FALSE(in_third_country("IDN", {}));
}

std::string error_of(const std::string& text) {
  try {
    EventCodes::parse(text, "codes.txt");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(EventCodes, BadRulesNameTheFileLineAndReason) {
  EXPECT_EQ(error_of("meeting occurred * 040 CONSULT x\n"),
            "codes.txt:1: expected '<type|*> <status|*> <*|third> => <CAMEO code> <PLOVER type> <name>'");
  EXPECT_EQ(error_of("# c\nparty occurred * => 040 CONSULT x\n"), "codes.txt:2: unknown event type 'party'");
  EXPECT_EQ(error_of("meeting happened * => 040 CONSULT x\n"), "codes.txt:1: unknown status 'happened'");
  EXPECT_EQ(error_of("meeting occurred there => 040 CONSULT x\n"), "codes.txt:1: place must be * or third, not 'there'");
  // Every type and status needs a code.
  EXPECT_EQ(error_of("* occurred * => 040 CONSULT x\n"), "codes.txt:1: no rule gives a code to a planned meeting");
  EXPECT_EQ(error_of("meeting * third => 044 CONSULT x\n* * * => 010 OTHER y\n"), "no error");
  EXPECT_EQ(error_of("* * third => 044 CONSULT x\n"), "codes.txt:1: no rule gives a code to a occurred meeting");
}

}  // namespace
}  // namespace annalist::exporter
