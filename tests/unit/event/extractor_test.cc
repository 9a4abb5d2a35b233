// Stage tests (the whole extraction of a document: evidence and the end of the article), written as sentences with their expected events.
#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

TEST(Extractor, quote_is_the_sentence_in_code_points) {
  std::string text = "\xC3\x89tude.\n\nXi Jinping   met\nwith Vladimir Putin \xE2\x80\x94 warmly.";
  auto m = run(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].sentence, 1);
  EXPECT_EQ(m[0].begin, 8u);  // "Étude." is 6 code points, then two newlines
  EXPECT_EQ(m[0].quote, "Xi Jinping met with Vladimir Putin \xE2\x80\x94 warmly.");
  EXPECT_EQ(m[0].end, m[0].begin + base::count_code_points("Xi Jinping   met\nwith Vladimir Putin \xE2\x80\x94 warmly."));
  EXPECT_EQ(m[0].trigger, "met with");
  EXPECT_EQ(m[0].rule, "meeting.meet");
  EXPECT_EQ(m[0].doc_id, "t");
}

TEST(Extractor, related_links_after_the_article_are_ignored) {
  auto m = run("Xi Jinping met Vladimir Putin.\n\nRelated\n\nJoe Biden held talks with Xi Jinping.");
  ASSERT_EQ(m.size(), 1u);
}


TEST(Extractor, a_cue_inside_a_name_is_no_cue) {
  // "May" of Theresa May is no modal.
  auto m = run("Prime Minister Theresa May spoke to Xi Jinping about trade.", day("2017-09-25"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kOccurred);
}

TEST(Extractor, undated_words_in_a_dated_article_are_background) {
  auto m = run("Olaf Scholz met Emmanuel Macron in Paris. Trade was discussed. Energy too. The euro as well. "
               "Emmanuel Macron said the euro is strong.",
               day("2023-03-09"));
  for (auto& x : m) EXPECT_NE(x.type, EventType::kStatement) << x.quote;
  // In the lead the publication dates them; an undated article keeps them undated.
  m = run("Emmanuel Macron said the euro is strong.", day("2023-03-09"));
  ASSERT_EQ(m.size(), 1u);
  m = run("Emmanuel Macron said the euro is strong.");
  ASSERT_EQ(m.size(), 1u);
}

TEST(Extractor, the_first_of_a_counted_series_is_a_gathering_of_its_own) {
  std::string text = "Gabriel Boric spoke with Dina Boluarte by phone on Wednesday. It was the second call between the two "
                     "leaders this year.\nThe first was in January, days before they announced new trade rules.";
  auto m = run(text, day("2015-04-10"), {tx(text, "Wednesday", "2015-04-08", "dct"), tx(text, "in January", "2015-01", "dct")});
  bool first = false;
  for (auto& x : m)
    if (x.type == EventType::kCall && x.time.value == "2015-01") {
      first = true;
      EXPECT_EQ(people(x), "Dina Boluarte;Gabriel Boric");
      EXPECT_EQ(x.status, EventStatus::kOccurred);
    }
  EXPECT_TRUE(first);
  // The count may sit beside the report in its own sentence; the first occasion keeps no place of the later one.
  text = "Gabriel Boric held talks with Dina Boluarte in Lima on Monday, the third meeting between the two leaders "
         "this year. The first was in January in Quito.";
  m = run(text, day("2015-04-10"), {tx(text, "on Monday", "2015-04-06", "dct"), tx(text, "in January", "2015-01", "dct")});
  first = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting && x.time.value == "2015-01") {
      first = true;
      EXPECT_NE(x.location, "Lima");
    }
  EXPECT_TRUE(first);
  // Without a counted gathering in the sentence before, "the first" is no gathering.
  text = "Gabriel Boric spoke with Dina Boluarte by phone on Wednesday. It was a long call.\nThe first was in January.";
  m = run(text, day("2015-04-10"), {tx(text, "Wednesday", "2015-04-08", "dct"), tx(text, "in January", "2015-01", "dct")});
  for (auto& x : m) EXPECT_NE(x.time.value, "2015-01");
}

// "It was the second time the two presidents talked by phone": a first occasion is implied, of the
// parties of the counted report, with no date of its own (rule kFirstOfSeriesRule, which the merge
// joins to another article's first occasion); "The first was in May" next tells it instead.
TEST(Extractor, the_second_time_implies_a_first_occasion) {
  std::string text = "Lula spoke with Javier Milei by phone on Wednesday. It was the second time the two presidents "
                     "talked by phone since the spring.";
  auto m = run(text, day("2024-09-13"), {tx(text, "Wednesday", "2024-09-11", "dct")});
  int firsts = 0;
  for (auto& x : m)
    if (x.rule == kFirstOfSeriesRule) {
      ++firsts;
      EXPECT_EQ(x.type, EventType::kCall);
      EXPECT_EQ(people(x), "Javier Milei;Luiz Inácio Lula da Silva");
      EXPECT_FALSE(x.time.dated());
      EXPECT_EQ(x.status, EventStatus::kOccurred);
    }
  EXPECT_EQ(firsts, 1);
  text += " The first was in May.";
  m = run(text, day("2024-09-13"), {tx(text, "Wednesday", "2024-09-11", "dct"), tx(text, "in May", "2024-05", "dct")});
  firsts = 0;
  for (auto& x : m)
    if (x.rule == kFirstOfSeriesRule) {
      ++firsts;
      EXPECT_EQ(x.time.value, "2024-05");
    }
  EXPECT_EQ(firsts, 1);
  // Near miss: "for the second time in a row" counts no gathering.
  text = "Lula spoke with Javier Milei by phone on Wednesday. Prices fell for the second time in a row.";
  m = run(text, day("2024-09-13"), {tx(text, "Wednesday", "2024-09-11", "dct")});
  for (auto& x : m) EXPECT_NE(x.rule, kFirstOfSeriesRule);
}

TEST(Extractor, two_people_who_agree_in_a_place_on_a_date_met_there) {
  // "talks agreed to by X and Y in Lima last month": the agreement, and the meeting it was made at.
  std::string text = "The cancellation of envoy talks - agreed to by Presidents Gabriel Boric and Javier Milei in Lima last "
                     "month - angered both.";
  auto m = run(text, day("2024-05-02"), {tx(text, "last month", "2024-04", "dct")});
  int meetings = 0, agreements = 0;
  for (auto& x : m) {
    if (x.type == EventType::kMeeting) {
      ++meetings;
      EXPECT_EQ(people(x), "Gabriel Boric;Javier Milei");
      EXPECT_EQ(x.location, "Lima");
      EXPECT_EQ(x.time.value, "2024-04");
    }
    agreements += x.type == EventType::kAgreement;
  }
  EXPECT_EQ(meetings, 1);
  EXPECT_EQ(agreements, 1);
  text = "Gabriel Boric and Javier Milei signed the accord in Lima on Monday.";
  m = run(text, day("2024-05-02"), {tx(text, "Monday", "2024-04-29", "dct")});
  EXPECT_EQ(m.size(), 2u);
  // Near misses: states agree, not people in a room; no place; no date of the text.
  for (auto [other, phrase, value] : {std::tuple<const char*, const char*, const char*>{
                                          "Chile and Argentina signed the accord in Lima on Monday.", "Monday", "2024-04-29"},
                                      {"Gabriel Boric and Javier Milei signed the accord on Monday.", "Monday", "2024-04-29"},
                                      {"Gabriel Boric and Javier Milei signed the accord in Lima.", "", ""}}) {
    std::string t = other;
    std::vector<Timex> x;
    if (*phrase) x.push_back(tx(t, phrase, value, "dct"));
    for (auto& r : run(t, day("2024-05-02"), x)) EXPECT_NE(r.type, EventType::kMeeting) << other;
  }
}


TEST(Extractor, a_cancellation_with_its_own_time_and_a_named_canceller_is_his_announcement) {
  // "..., but was called off Friday by X": X's announcement on Friday; the gathering stays
  // cancelled on its own date.
  std::string text = "The Milei-Lula summit, which would have been their first, had been set for June 12 in Quito, "
                     "but was suddenly called off Friday by Milei.";
  auto m = run(text, day("2024-05-26"), {tx(text, "June 12", "2024-06-12", "dct"), tx(text, "Friday", "2024-05-24", "dct")});
  int statements = 0;
  for (auto& x : m) {
    if (x.type == EventType::kStatement) {
      ++statements;
      EXPECT_EQ(people(x), "Javier Milei");
      EXPECT_EQ(x.status, EventStatus::kOccurred);
      EXPECT_EQ(x.time.value, "2024-05-24");
    } else {
      EXPECT_EQ(x.status, EventStatus::kCancelled);
      EXPECT_EQ(x.time.value, "2024-06-12");
    }
  }
  EXPECT_EQ(statements, 1);
  // The agent's time may follow the agent; the canceller may be the subject, his time before the verb.
  for (auto [other, phrase, value] : {std::tuple<const char*, const char*, const char*>{
                                          "The talks between Chile and Peru were postponed by Gabriel Boric on Monday.", "on Monday", "2024-05-20"},
                                      {"Javier Milei on Tuesday cancelled his visit to Santiago.", "on Tuesday", "2024-05-21"}}) {
    std::string t = other;
    statements = 0;
    for (auto& r : run(t, day("2024-05-26"), {tx(t, phrase, value, "dct")}))
      if (r.type == EventType::kStatement) {
        ++statements;
        EXPECT_EQ(r.time.value, value) << other;
      }
    EXPECT_EQ(statements, 1) << other;
  }
  // Near misses: no time of the act; no named person; a time after the object dates the gathering.
  for (auto [other, phrase, value] : {std::tuple<const char*, const char*, const char*>{
                                          "The summit between Chile and Peru in Quito was cancelled by Gabriel Boric.", "", ""},
                                      {"The summit between Chile and Peru was postponed on Friday by the organisers.", "on Friday", "2024-05-24"},
                                      {"Gabriel Boric cancelled his visit to Lima on Tuesday.", "on Tuesday", "2024-05-21"}}) {
    std::string t = other;
    std::vector<Timex> x;
    if (*phrase) x.push_back(tx(t, phrase, value, "dct"));
    for (auto& r : run(t, day("2024-05-26"), x)) EXPECT_NE(r.type, EventType::kStatement) << other;
  }
}

}  // namespace
}  // namespace annalist::event
