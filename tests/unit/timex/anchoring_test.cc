// Anchoring on its own (phase two of tagging): drafts made by hand, no text, no rules; then the
// same decisions on whole texts through the English rules.
#include "timex/anchoring.h"

#include <gtest/gtest.h>

#include "calendar/timex_value.h"
#include "timex/tagger.h"

namespace annalist::timex {
namespace {

using calendar::Direction;

std::optional<Day> day(const char* s) { return calendar::parse_iso_day(s); }

// An explicit date of line `line`; `opens`: it opens its sentence ("In 2001, ...").
Draft date_in(const char* value, int line, bool opens = true) {
  Draft d;
  d.timex.type = "DATE";
  d.timex.value = value;
  d.timex.anchor = "absolute";
  d.paragraph = line;
  d.opens_sentence = opens;
  return d;
}

// A relative expression, as a rule's `rel` value, with the tense cue found before it.
Draft rel_in(const char* rel, int line, Direction cue = Direction::kNone) {
  Draft d;
  d.timex.type = "DATE";
  d.relative = true;
  d.rel = *parse_rel(rel);
  d.cue = cue;
  if (d.rel.tense) d.rel.value.dir = cue == Direction::kNone ? d.rel.tense_default : cue;
  d.paragraph = line;
  return d;
}

const char* const kJune = "month=6 dir=tense-near anchor=context";
const char* const kAugust7 = "month=8 mday=7 dir=near anchor=context";

std::vector<Timex> run(std::vector<Draft> drafts, const char* dct, AnchorStats* stats = nullptr,
                       std::vector<int>* kept = nullptr) {
  static const AnchorPolicy policy;  // the defaults, which data/timex/en/rules/anchoring.rules restates
  return anchor_drafts(drafts, Dct{dct ? day(dct) : std::nullopt}, 5, policy, kept, stats);
}

TEST(AnchorDrafts, AHistoryFollowsItsStory) {
  AnchorStats stats;
  auto got = run({date_in("1914", 0, false), date_in("1914-09-09", 1, false), date_in("1915-05", 2, false),
                  rel_in(kAugust7, 3, Direction::kPast)},
                 "2009-12-19", &stats);
  EXPECT_TRUE(stats.history);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[3].value, "1915-08-07");
  EXPECT_EQ(got[3].anchor, "narrative");
  EXPECT_EQ(got[3].anchor_timex, 2);  // counted from "1915-05"
  // One old date does not make a history: the DCT stays the anchor outside a scene of the past.
  got = run({date_in("1914", 0, false), rel_in(kAugust7, 3, Direction::kPast)}, "2009-12-19", &stats);
  EXPECT_FALSE(stats.history);
  EXPECT_EQ(got[1].value, "2009-08-07");
  EXPECT_EQ(got[1].anchor, "dct");
}

TEST(AnchorDrafts, ExpressionsSpokenFromTheDctOutweighOldDates) {
  // A news story that recalls three old years but speaks of last week and of Tuesday is no history.
  AnchorStats stats;
  run({rel_in("unit=week shift=-1", 1), rel_in("weekday=2 dir=tense anchor=context", 1, Direction::kPast),
       rel_in("unit=day shift=-1", 2), date_in("1990", 3, false), date_in("1996", 4, false),
       date_in("1998-01", 5, false)},
      "1999-05-06", &stats);
  EXPECT_FALSE(stats.history);
}

TEST(AnchorDrafts, ADatedPastParagraphOpensAScene) {
  const char* dct = "2023-02-22";
  // "In 2001 the two countries signed a treaty. In June, ..." (line 2, after the lede).
  auto got = run({date_in("2001", 2), rel_in(kJune, 2, Direction::kPast)}, dct);
  EXPECT_EQ(got[1].value, "2001-06");
  EXPECT_EQ(got[1].anchor, "narrative");
  // "... the 2001 treaty. In June, ...": a date inside a sentence sets no scene.
  got = run({date_in("2001", 2, false), rel_in(kJune, 2, Direction::kPast)}, dct);
  EXPECT_EQ(got[1].value, "2022-06");
  EXPECT_EQ(got[1].anchor, "dct");
  // The scene ends with its paragraph...
  got = run({date_in("2001", 2), rel_in(kJune, 3, Direction::kPast)}, dct);
  EXPECT_EQ(got[1].value, "2022-06");
  // ... when the text speaks from the DCT again ("last week") ...
  got = run({date_in("2001", 2), rel_in("unit=week shift=-1", 2), rel_in(kJune, 2, Direction::kPast)}, dct);
  EXPECT_EQ(got[2].value, "2022-06");
  // ... and for plans, which are spoken from the publication date.
  got = run({date_in("2001", 2), rel_in(kJune, 2, Direction::kFuture)}, dct);
  EXPECT_EQ(got[1].value, "2023-06");
  // The lede speaks from the DCT; a recent date is no past of its own.
  got = run({date_in("2001", 0), rel_in(kJune, 0, Direction::kPast)}, dct);
  EXPECT_EQ(got[1].value, "2022-06");
  // A text of one line has no lede.
  std::vector<Draft> one_line{date_in("2001", 0), rel_in(kJune, 0, Direction::kPast)};
  EXPECT_EQ(anchor_drafts(one_line, Dct{day(dct)}, 1, AnchorPolicy{})[1].value, "2001-06");
  got = run({date_in("2022-11", 2), rel_in(kJune, 2, Direction::kPast)}, dct);
  EXPECT_EQ(got[1].anchor, "dct");
}

TEST(AnchorDrafts, WithoutADctOnlyTheParagraphsOwnDateAnchors) {
  auto got = run({date_in("2001", 2), rel_in(kJune, 2, Direction::kPast), rel_in(kJune, 3, Direction::kPast)},
                 nullptr);
  EXPECT_EQ(got[1].value, "2001-06");
  EXPECT_EQ(got[1].anchor, "narrative");
  EXPECT_EQ(got[2].value, "XXXX-06");
  EXPECT_EQ(got[2].anchor, "none");
}

TEST(AnchorDrafts, AnAsideDoesNotMoveTheStory) {
  // "... the largest cavalry battle since 1813 ... on 6 September ..." in a history of 1920.
  auto got = run({date_in("1920-07", 0), date_in("1920-08-16", 1), date_in("1813", 2, false),
                  rel_in("month=9 mday=6 dir=near anchor=context", 2, Direction::kPast), date_in("1920-10", 3)},
                 "2009-12-19");
  EXPECT_EQ(got[3].value, "1920-09-06");
  // A date the text stays with is no aside: the story has moved there.
  got = run({date_in("1920-07", 0), date_in("1920-08-16", 1), date_in("1813", 2, false), date_in("1813-06", 2),
             rel_in("month=9 mday=6 dir=near anchor=context", 2, Direction::kPast), date_in("1813-10", 3)},
            "2009-12-19");
  EXPECT_EQ(got[4].value, "1813-09-06");
}

TEST(AnchorDrafts, AHistorysStoryDoesNotPassThroughThePresent) {
  // "... still celebrated today. On 7 August ..." in a history of 1914.
  auto got = run({date_in("1914", 0), date_in("1914-08", 1), date_in("1914-09", 1), rel_in("unit=day shift=0", 2),
                  rel_in(kAugust7, 3, Direction::kPast)},
                 "2009-12-19");
  EXPECT_EQ(got[3].value, "2009-12-19");
  EXPECT_EQ(got[4].value, "1914-08-07");
}

TEST(AnchorDrafts, AnInferredDctGivesRangesNeverADay) {
  // Published some day of 8 May 2008 .. 6 May 2012 (the text bounds it; no day is known).
  Dct dct;
  dct.inferred = DayInterval{*day("2008-05-08"), *day("2012-05-06")};
  auto drafts = [] {
    return std::vector<Draft>{rel_in("unit=month shift=-1", 0), rel_in("unit=century shift=0", 0),
                              rel_in("weekday=2 dir=tense anchor=context", 0, Direction::kPast), date_in("2006-06-14", 1)};
  };
  std::vector<Draft> first = drafts(), second = drafts();
  auto got = anchor_drafts(first, dct, 2, AnchorPolicy{});
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].value, "2008-04-01/2012-04-30");
  EXPECT_EQ(got[0].anchor, "inferred");
  EXPECT_EQ(got[1].value, "20");  // every possible DCT gives the same value
  EXPECT_EQ(got[1].anchor, "inferred");
  EXPECT_EQ(got[2].value, "2008-05-06/2012-05-01");  // the Tuesdays on or before each end
  EXPECT_EQ(got[3].value, "2006-06-14");
  EXPECT_EQ(got[3].anchor, "absolute");
  // A known day wins over an interval.
  dct.day = day("2010-03-25");
  EXPECT_EQ(anchor_drafts(second, dct, 2, AnchorPolicy{})[0].value, "2010-02");
}

TEST(AnchorDrafts, AValueThatDoesNotExistIsLeftOut) {
  // "Feb. 30" matches the rule, but no year has that day.
  std::vector<int> kept;
  auto got = run({rel_in("month=2 mday=30 dir=near anchor=context", 0), date_in("2023-03", 0)}, "2023-02-22",
                 nullptr, &kept);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].value, "2023-03");
  EXPECT_EQ(kept, (std::vector<int>{-1, 0}));
}

// The same decisions on whole texts, through the English rules.
const Tagger& english() {
  static Tagger t = Tagger::load(std::string(ANNALIST_SOURCE_DATA_DIR) + "/timex/en");
  return t;
}

const Timex* find(const std::vector<Timex>& got, const std::string& text) {
  for (const auto& t : got)
    if (t.text == text) return &t;
  return nullptr;
}

TEST(AnchoringText, NewsKeepsTheDctOutsideADatedPast) {
  const std::string text =
      "MOSCOW, Feb. 22 -\n"
      "The ministers met on Monday and will meet again in June, officials said yesterday.\n"
      "In 2001 the two countries signed a treaty. In June they opened the border, and on 3 July "
      "the first trains crossed.\n"
      "Last week the envoys met in Beijing. In December they had met in Moscow.";
  auto got = english().tag(text, day("2023-02-22"));
  struct { const char* text; const char* value; const char* anchor; } want[] = {
      {"Monday", "2023-02-20", "dct"},   {"June", "2023-06", "dct"},          {"yesterday", "2023-02-21", "dct"},
      {"2001", "2001", "absolute"},      {"3 July", "2001-07-03", "narrative"}, {"Last week", "2023-W07", "dct"},
      {"December", "2022-12", "dct"},
  };
  for (const auto& w : want) {
    const Timex* t = find(got, w.text);
    ASSERT_NE(t, nullptr) << w.text;
    EXPECT_EQ(t->value, w.value) << w.text;
    EXPECT_EQ(t->anchor, w.anchor) << w.text;
  }
  // The second "June" is in the paragraph the year 2001 opened.
  int junes = 0;
  for (const auto& t : got)
    if (t.text == "June" && ++junes == 2) EXPECT_EQ(t.value, "2001-06");
  EXPECT_EQ(junes, 2);
}

TEST(AnchoringText, AHistoryIsReadInItsOwnTime) {
  const std::string text =
      "Opening hostilities\n"
      "The war lasted from 1914 to 1918. On 9 September 1914 the plan was outlined. On 7 August, French and British troops invaded "
      "Togoland. On 10 August German forces attacked.\n"
      "In December 1916 the Germans offered peace. In February the submarine war resumed; in March "
      "the Tsar fell, and the triumph of the Bolsheviks in November was followed in December by an "
      "armistice. The war is still remembered today.";
  auto got = english().tag(text, day("2009-12-19"));
  std::vector<std::string> values;
  for (const auto& t : got) values.push_back(t.value);
  EXPECT_EQ(values, (std::vector<std::string>{"1914", "1918", "1914-09-09", "1914-08-07", "1914-08-10", "1916-12", "1917-02",
                                              "1917-03", "1917-11", "1917-12", "2009-12-19"}));
}

}  // namespace
}  // namespace annalist::timex
