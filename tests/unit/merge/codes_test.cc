// The merge carries participants' codes from mentions to events.
#include <gtest/gtest.h>

#include "calendar/timex_value.h"
#include "merge/merge.h"

namespace annalist::merge {
namespace {

Mention coded(const std::string& doc, const std::string& value, std::vector<ParticipantCode> codes) {
  Mention m;
  m.doc_id = doc;
  m.doc_hash = "hash-" + doc;
  m.doc_dct = calendar::parse_iso_day("2014-06-01");
  m.quote = "They met in " + doc + ".";
  m.trigger = "met";
  m.rule = "meeting.met";
  m.type = EventType::kMeeting;
  for (const auto& c : codes) m.participants.push_back(c.name);
  m.codes = std::move(codes);
  if (!value.empty()) {
    auto w = calendar::window_of_value(value);
    m.time.interval = w->interval;
    m.time.granularity = w->granularity;
    m.time.basis = DateBasis::kExplicit;
    m.time.value = value;
  }
  return m;
}

TEST(MergeCodes, EventsTakeTheCodesOfTheMentionThatDatedThem) {
  // Two reports of one meeting; the one with the exact day dates the event, and its codes (looked
  // up on that day) win; a participant only the other report names keeps that report's codes.
  Mention day = coded("a", "2014-05-20", {{"Vladimir Putin", "RUS", "RUSGOV"}, {"Xi Jinping", "CHN", "CHNGOV"}});
  Mention month = coded("b", "2014-05", {{"Vladimir Putin", "RUS", "RUSELI"}, {"Xi Jinping", "CHN", "CHNGOV"}});
  auto events = merge_mentions({month, day});
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  ASSERT_EQ(e.codes.size(), e.participants.size());
  EXPECT_EQ(e.codes[0], (ParticipantCode{"Vladimir Putin", "RUS", "RUSGOV"}));
  EXPECT_EQ(e.codes[1], (ParticipantCode{"Xi Jinping", "CHN", "CHNGOV"}));
}

TEST(MergeCodes, UnknownStaysEmptyAndNothingLookedUpStaysNothing) {
  auto events = merge_mentions({coded("a", "2014-05-20", {{"Vladimir Putin", "RUS", "RUSGOV"}, {"Nobody Known", "", ""}})});
  ASSERT_EQ(events.size(), 1u);
  ASSERT_EQ(events[0].codes.size(), 2u);
  EXPECT_EQ(events[0].codes[0].name, "Nobody Known");
  EXPECT_TRUE(events[0].codes[0].country.empty());
  Mention plain = coded("c", "2014-05-20", {});
  plain.participants = {"A", "B"};
  auto bare = merge_mentions({plain});
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_TRUE(bare[0].codes.empty());
}

}  // namespace
}  // namespace annalist::merge
