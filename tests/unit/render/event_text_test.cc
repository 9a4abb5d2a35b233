// The chart's words for events: titles, tooltips, links, ids.
#include "render/event_text.h"

#include <gtest/gtest.h>

#include "render/element_ids.h"
#include "parts_test.h"

namespace annalist::render {
namespace {

using testing::make_event;

TEST(RenderEventText, TitlesAreCutAndFallBackToTypeAndParticipants) {
  Event e = make_event("x", "2023-02-21", {"Wang Yi", "Vladimir Putin"});
  e.title = "  Talks \n in   Moscow ";
  EXPECT_EQ(event_title(e, 60), "Talks in Moscow");
  EXPECT_EQ(event_title(e, 6), "Talks…");
  e.title.clear();
  EXPECT_EQ(event_title(e, 60), "meeting: Wang Yi – Vladimir Putin");
}

TEST(RenderEventText, DateLabelsSayWhatIsKnown) {
  auto t = [](const std::string& v, const std::string& mod = "") {
    return date_label(make_event("x", v, {}, EventType::kMeeting, EventStatus::kOccurred, mod).time);
  };
  EXPECT_EQ(t("2023-02-21"), "21 Feb 2023");
  EXPECT_EQ(t("2022-12"), "Dec 2022");
  EXPECT_EQ(t("2021-06", "END"), "late Jun 2021");
  EXPECT_EQ(t("2013"), "2013");
  EXPECT_EQ(t("2021-SU"), "summer 2021");
  EXPECT_EQ(t("2021-Q2"), "Q2 2021");
  EXPECT_EQ(t("199"), "1990s");
  EXPECT_EQ(t("2023-W07"), "week of 13 Feb 2023");
  EXPECT_EQ(t("2023-02-21/2023-02-23"), "21–23 Feb 2023");
  EXPECT_EQ(t("2023-01-30/2023-02-02"), "30 Jan – 2 Feb 2023");
  EXPECT_EQ(date_label(EventTime{}), "");
}

TEST(RenderEventText, DateLinesCarryStatusAndBasis) {
  Event e = make_event("x", "2010-03-25", {"A"});
  e.time.basis = DateBasis::kPublication;
  EXPECT_EQ(date_line(e), "by 25 Mar 2010");
  e.time.basis = DateBasis::kInferred;
  e.status = EventStatus::kDenied;
  EXPECT_EQ(date_line(e), "denied · 25 Mar 2010 (inferred)");
}

TEST(RenderEventText, TooltipHasEveryFact) {
  Event e = make_event("x", "2023-02-21", {"Wang Yi", "Vladimir Putin"}, EventType::kVisit);
  e.location = "Moscow";
  e.evidence = "Wang Yi met Putin.";
  e.sources = 2;
  EXPECT_EQ(event_tooltip(e),
            "21 Feb 2023 — visit\nevent x\nWang Yi, Vladimir Putin\nat Moscow\n“Wang Yi met Putin.”\n2 sources");
}

TEST(RenderEventText, SourceLinkIsTheFirstDocumentWithOne) {
  Event e = make_event("x", "2023", {"A"});
  e.documents = {"a", "b"};
  EXPECT_EQ(source_link(e, {{"a", ""}, {"b", "https://x.org/b"}}), "https://x.org/b");
  EXPECT_EQ(source_link(e, {}), "");
}

TEST(RenderEventText, ElementIdsAreSafeAndUnique) {
  ElementIds ids;
  EXPECT_EQ(ElementIds::sanitize("ev 3\"<x>"), "ev_3__x_");
  EXPECT_EQ(ids.unique("ev-a"), "ev-a");
  EXPECT_EQ(ids.unique("ev-a"), "ev-a-2");
  EXPECT_EQ(ids.unique("ev-a"), "ev-a-3");
}

}  // namespace
}  // namespace annalist::render
