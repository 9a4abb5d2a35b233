// Stage tests (occurred, planned, cancelled, denied from the cues around a trigger), written as sentences with their expected events.
#include <gtest/gtest.h>

#include <algorithm>

#include "event/status.h"
#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

struct StatusCase {
  const char* text;
  EventStatus status;
};


TEST(Status, cues) {
  const StatusCase cases[] = {
      {"Xi Jinping will meet Vladimir Putin.", EventStatus::kPlanned},
      {"Xi Jinping and Vladimir Putin'll meet again.", EventStatus::kPlanned},
      {"Narendra Modi is expected to visit Moscow.", EventStatus::kPlanned},
      {"Narendra Modi plans to visit Moscow.", EventStatus::kPlanned},
      {"Narendra Modi is scheduled to visit Moscow.", EventStatus::kPlanned},
      {"Narendra Modi's upcoming trip to Kazakhstan was discussed.", EventStatus::kPlanned},
      {"Xi Jinping and Vladimir Putin hold talks in Kazan next month.", EventStatus::kPlanned},
      {"The summit between Joe Biden and Vladimir Putin was postponed.", EventStatus::kCancelled},
      {"Joe Biden called off his visit to Australia.", EventStatus::kCancelled},
      {"Xi Jinping did not meet Joe Biden.", EventStatus::kDenied},
      {"Dmitry Peskov ruled out a meeting between Vladimir Putin and Volodymyr Zelensky.", EventStatus::kDenied},
      {"We know nothing about a meeting between Emmanuel Macron and Xi Jinping.", EventStatus::kDenied},
      {"Emmanuel Macron is not going to call off his trip to Brasilia.", EventStatus::kPlanned},
      {"Xi Jinping met Vladimir Putin.", EventStatus::kOccurred},
  };
  for (auto& c : cases) {
    auto m = run(c.text);
    ASSERT_FALSE(m.empty()) << c.text;
    bool found = false;
    for (auto& x : m)
      if (x.type != EventType::kStatement && x.status == c.status) found = true;
    EXPECT_TRUE(found) << c.text << " -> " << to_string(m[0].status);
  }
}

TEST(Status, a_modal_before_glad_to_keeps_the_plan) {
  auto m = run("Narendra Modi would be glad to visit Japan.", day("2023-05-08"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  m = run("Narendra Modi and Fumio Kishida were glad to meet in Osaka.", day("2023-05-08"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kOccurred);
}


TEST(Status, read_from_the_cues_of_one_trigger) {
  auto r = read("Joe Biden is expected to visit Hanoi.");
  auto hits = r->triggers();
  ASSERT_EQ(hits.size(), 1u);
  auto st = status_of(r->s, hits[0], hits);
  EXPECT_EQ(st.status, EventStatus::kPlanned);
  EXPECT_EQ(st.why, "is expected to");
  r = read("The visit of Joe Biden was postponed.");
  hits = r->triggers();
  ASSERT_FALSE(hits.empty());
  st = status_of(r->s, hits[0], hits);
  EXPECT_EQ(st.status, EventStatus::kCancelled);
  EXPECT_EQ(st.why, "was postponed");
}

TEST(Status, statements_and_embedded_settings_took_place) {
  auto r = read("Joe Biden will give a speech.");
  auto hits = r->triggers();
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(status_of(r->s, hits[0], hits).status, EventStatus::kOccurred);
  r = read("Joe Biden will meet Xi Jinping.");
  hits = r->triggers();
  ASSERT_EQ(hits.size(), 1u);
  hits[0].embedded = true;
  EXPECT_EQ(status_of(r->s, hits[0], hits).status, EventStatus::kOccurred);
}


TEST(Status, a_cancellation_belongs_to_the_nearest_gathering) {
  auto m = run("Vladimir Putin met Xi Jinping on Saturday to talk about rescuing a cancelled summit between Xi and Joe Biden.",
               day("2018-05-27"));
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].type, EventType::kMeeting);
  EXPECT_EQ(m[0].status, EventStatus::kOccurred);
}


TEST(Status, a_passive_cancellation_reaches_its_subject) {
  std::string text = "The Biden-Xi meeting, which would have been the leaders' third in a year, had been "
                     "set for June 12 in Lima, but was suddenly canceled Thursday by Joe Biden.";
  auto m = run(text, day("2018-05-27"), {tx(text, "June 12", "2018-06-12", "dct"), tx(text, "Thursday", "2018-05-24", "dct")});
  bool meeting = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      meeting = true;
      EXPECT_EQ(x.status, EventStatus::kCancelled);
      EXPECT_EQ(x.time.value, "2018-06-12");
    }
  EXPECT_TRUE(meeting);
}

TEST(Status, a_noun_after_a_plan_in_its_clause_is_part_of_the_plan) {
  auto m = run("Canada and Mexico need to aim for the conclusion of talks on a trade pact before winter and for "
               "a quick signing of the fisheries deal.", day("2021-03-02"));
  ASSERT_FALSE(m.empty());
  for (auto& x : m) EXPECT_EQ(x.status, EventStatus::kPlanned) << x.trigger;
  // A new clause has a status of its own.
  m = run("Canada and Mexico will meet in June, and the signing of the fisheries deal took place in Ottawa.",
          day("2021-03-02"));
  bool occurred_deal = false;
  for (auto& x : m)
    if (x.type == EventType::kAgreement && x.status == EventStatus::kOccurred) occurred_deal = true;
  EXPECT_TRUE(occurred_deal);
}

TEST(Status, a_future_clause_reaches_its_nouns_but_not_a_noun_dated_in_the_past) {
  std::string text = "Much will depend on the outcome of a dinner between Gabriel Boric and Javier Milei in Lima.";
  auto m = run(text, day("2024-03-08"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  // "This will be his second state visit ... Boric's visit to Lima in May 2019": the noun with an
  // absolute date of its own is the visit that took place.
  text = "Much will depend on memories of Gabriel Boric's visit to Lima in May 2019.";
  m = run(text, day("2024-03-08"), {tx(text, "May 2019", "2019-05", "absolute")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kOccurred);
  EXPECT_EQ(m[0].time.value, "2019-05");
  // Nor across a conjunction that starts another predicate.
  m = run("Gabriel Boric will speak today and recalled the dinner with Javier Milei in Lima.", day("2024-03-08"));
  for (auto& x : m)
    if (x.type == EventType::kMeeting) EXPECT_EQ(x.status, EventStatus::kOccurred);
}

TEST(Status, the_month_may_is_no_modal_and_a_matrix_cue_stops_at_that) {
  std::string text = "In May 2020 the Chilean President arrived in Peru for an official visit.";
  auto m = run(text, day("2020-07-18"), {tx(text, "May 2020", "2020-05", "absolute")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kOccurred);
  EXPECT_EQ(m[0].time.value, "2020-05");
  // "It is to be recalled that ...": the matrix "is to" is not the tense of the clause after "that".
  text = "It is to be recalled that Gabriel Boric met Javier Milei in Lima.";
  m = run(text, day("2020-07-18"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kOccurred);
  // The modal inside the clause still makes a plan.
  m = run("It is expected that Gabriel Boric will meet Javier Milei in Lima.", day("2020-07-18"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
}


TEST(Status, words_inside_a_quotation_cancel_nothing_outside_it) {
  std::string text = "\"Such a step will not go ahead, and the plan was called off,\" Gabriel Boric told reporters on "
                     "Tuesday following talks with Javier Milei.";
  auto m = run(text, day("2011-07-20"), {tx(text, "Tuesday", "2011-07-19", "dct")});
  for (auto& x : m)
    if (x.type == EventType::kMeeting) EXPECT_EQ(x.status, EventStatus::kOccurred);
  // Outside a quotation the plan that will not take place is cancelled.
  m = run("Gabriel Boric said his planned meeting with Javier Milei in Quito will not take place.", day("2011-07-20"));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].status, EventStatus::kCancelled);
}

// A temporal clause tells the future in the present tense: "when they gather ... on Thursday" is
// the coming Thursday, also when the summit is the setting of another report in the sentence.
TEST(Status, a_temporal_clause_in_the_present_is_a_plan) {
  struct Case {
    const char* text;
    EventStatus status;
    const char* date;
  };
  const Case cases[] = {
      {"The border dispute tops the agenda when they gather at the Mercosur summit in Asuncion on Thursday.",
       EventStatus::kPlanned, "2021-03-11"},
      {"Envoys want to delay the talks to let the ministers decide when they gather at the Mercosur summit in "
       "Asuncion on Thursday.",
       EventStatus::kPlanned, "2021-03-11"},
      {"Officials settled the dispute when they gathered at the Mercosur summit in Asuncion on Thursday.",
       EventStatus::kOccurred, "2021-03-04"},
  };
  for (auto& c : cases) {
    std::string text = c.text;
    Timex thursday = tx(text, "Thursday", "2021-03-04", "dct");
    thursday.rule = "date.weekday";  // read backwards by the tagger, as a bare weekday is
    auto m = run(text, day("2021-03-09"), {thursday});
    bool found = false;
    for (auto& x : m)
      if (x.type == EventType::kSummit) {
        found = true;
        EXPECT_EQ(x.status, c.status) << c.text;
        EXPECT_EQ(x.time.value, c.date) << c.text;
      }
    EXPECT_TRUE(found) << c.text;
  }
}

}  // namespace
}  // namespace annalist::event
