// Stage tests (when a reported event happened), written as sentences with their expected events.
#include <gtest/gtest.h>

#include <algorithm>

#include "event/dating.h"
#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

TEST(Dating, weekday_resolved_against_the_publication_date_is_relative) {
  std::string text = "On Tuesday, Antony Blinken met Sergey Lavrov.";
  auto m = run(text, day("2023-02-23"), {tx(text, "Tuesday", "2023-02-21", "dct")});
  ASSERT_EQ(m.size(), 1u);
  ASSERT_TRUE(m[0].time.dated());
  EXPECT_EQ(m[0].time.interval->first, day("2023-02-21"));
  EXPECT_EQ(m[0].time.interval->last, day("2023-02-21"));
  EXPECT_EQ(m[0].time.granularity, Granularity::kDay);
  EXPECT_EQ(m[0].time.basis, DateBasis::kRelative);
  EXPECT_EQ(m[0].time.value, "2023-02-21");
  EXPECT_EQ(m[0].time.timex_text, "Tuesday");
}

TEST(Dating, absolute_year_is_explicit) {
  std::string text = "Joe Biden and Xi Jinping first met in 2011.";
  auto m = run(text, std::nullopt, {tx(text, "2011", "2011", "absolute")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.basis, DateBasis::kExplicit);
  EXPECT_EQ(m[0].time.granularity, Granularity::kYear);
  EXPECT_EQ(m[0].time.value, "2011");
  EXPECT_EQ(m[0].time.interval->first, day("2011-01-01"));
  EXPECT_EQ(m[0].time.interval->last, day("2011-12-31"));
}

TEST(Dating, unresolved_value_leaves_the_mention_undated) {
  std::string text = "On Friday, Olaf Scholz and Li Qiang held a video call.";
  auto m = run(text, std::nullopt, {tx(text, "Friday", "XXXX-XX-XX", "none")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kCall);
  EXPECT_FALSE(m[0].time.dated());
  EXPECT_EQ(m[0].time.basis, DateBasis::kUnknown);
  EXPECT_EQ(m[0].time.value, "XXXX-XX-XX");
}

// Words of the days before publication deep in a dated article: kept undated with "recently", so
// the merge can date them by another article; the same words without it are background.
TEST(Dating, a_statement_of_recently_deep_in_an_article_stays_undated_with_its_expression) {
  const std::string lead = "Lula met Javier Milei in Brasilia. The talks were long. They ate lunch. They parted. ";
  std::string text = lead + "Recently, the Chilean government announced measures on copper exports.";
  auto m = run(text, day("2024-03-20"), {tx(text, "Recently", "PAST_REF", "dct")});
  const Mention* st = nullptr;
  for (auto& x : m)
    if (x.type == EventType::kStatement) st = &x;
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(people(*st), "Chile");
  EXPECT_FALSE(st->time.dated());
  EXPECT_EQ(st->time.value, "PAST_REF");
  EXPECT_EQ(st->time.timex_text, "Recently");
  text = lead + "The Chilean government announced measures on copper exports.";
  for (auto& x : run(text, day("2024-03-20"))) EXPECT_NE(x.type, EventType::kStatement) << x.quote;
}

TEST(Dating, an_inferred_publication_interval_dates_the_news_as_inferred) {
  // Undated, but the text bounds its publication to 8 May 2008 .. 6 May 2012.
  Document d;
  d.id = "t";
  d.text = "Xi Jinping held talks with Vladimir Putin. On Monday, Xi Jinping met Dmitry Medvedev.";
  d.dct.inferred = DayInterval{day("2008-05-08"), day("2012-05-06")};
  auto m = extractor().extract(d, {tx(d.text, "Monday", "2008-05-05/2012-04-30", "inferred")});
  ASSERT_EQ(m.size(), 2u);
  // The news without a time: the interval itself, never a day.
  EXPECT_EQ(m[0].time.basis, DateBasis::kInferred);
  EXPECT_EQ(m[0].time.granularity, Granularity::kRange);
  EXPECT_EQ(m[0].time.value, "2008-05-08/2012-05-06");
  EXPECT_EQ(m[0].time.interval->first, day("2008-05-08"));
  EXPECT_EQ(m[0].time.interval->last, day("2012-05-06"));
  // A weekday the tagger resolved against the interval: the range of its values, inferred.
  EXPECT_EQ(m[1].time.basis, DateBasis::kInferred);
  EXPECT_EQ(m[1].time.interval->first, day("2008-05-05"));
  EXPECT_EQ(m[1].time.interval->last, day("2012-04-30"));
  EXPECT_NE(m[1].time.why.find("inferred"), std::string::npos);
  // A known day wins over the interval.
  d.dct.day = day("2010-03-25");
  auto k = extractor().extract(d, {tx(d.text, "Monday", "2010-03-22", "dct")});
  ASSERT_EQ(k.size(), 2u);
  EXPECT_EQ(k[0].time.basis, DateBasis::kPublication);
}

TEST(Dating, no_time_in_the_text_is_bounded_by_publication) {
  auto m = run("Xi Jinping held talks with Vladimir Putin.", day("2010-03-25"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.basis, DateBasis::kPublication);
  EXPECT_EQ(m[0].time.granularity, Granularity::kDay);
  EXPECT_EQ(m[0].time.interval->first, day("2010-03-25"));
  EXPECT_EQ(m[0].time.interval->last, day("2010-03-25"));
  auto u = run("Xi Jinping held talks with Vladimir Putin.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_FALSE(u[0].time.dated());
  EXPECT_EQ(u[0].time.basis, DateBasis::kUnknown);
}

TEST(Dating, earlier_statements_are_not_dated_by_publication) {
  // Not the article's news: background words, no event in a dated article, undated in an undated one.
  EXPECT_TRUE(run("Antony Blinken earlier said the sanctions would work.", day("2022-01-10")).empty());
  auto m = run("Antony Blinken earlier said the sanctions would work.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_FALSE(m[0].time.dated());
}

TEST(Dating, end_of_a_year_is_its_last_month) {
  std::string text = "At a virtual meeting at the end of last year, Narendra Modi and Fumio Kishida drafted a plan.";
  auto m = run(text, day("2023-02-23"), {tx(text, "the end of last year", "2022", "dct", "END")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kCall);
  EXPECT_EQ(m[0].time.value, "2022-12");
  EXPECT_EQ(m[0].time.granularity, Granularity::kMonth);
  EXPECT_EQ(m[0].time.interval->first, day("2022-12-01"));
  EXPECT_EQ(m[0].time.interval->last, day("2022-12-31"));
  EXPECT_EQ(m[0].time.mod, "END");
}

TEST(Dating, late_month_stays_the_month) {
  std::string text = "Olaf Scholz and Justin Trudeau met virtually in late June.";
  auto m = run(text, day("2021-12-16"), {tx(text, "late June", "2021-06", "dct", "END")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2021-06");
  EXPECT_EQ(m[0].time.granularity, Granularity::kMonth);
  EXPECT_EQ(m[0].time.interval->first, day("2021-06-01"));
  EXPECT_EQ(m[0].time.interval->last, day("2021-06-30"));
}

TEST(Dating, bounds_are_not_the_event_time) {
  std::string text = "Since 2019, Xi Jinping held talks with Vladimir Putin.";
  auto m = run(text, day("2021-05-05"), {tx(text, "2019", "2019", "absolute")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].time.value, "2019");
}

TEST(Dating, a_stretch_of_a_season_is_no_date) {
  std::string text = "Gabriel Boric visited Lima during a long spell of winter.";
  auto m = run(text, day("2026-03-09"), {tx(text, "winter", "2025-WI", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.basis, DateBasis::kPublication);
  std::string plain = "Gabriel Boric visited Lima during winter.";
  auto p = run(plain, day("2026-03-09"), {tx(plain, "winter", "2025-WI", "dct")});
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].time.value, "2025-WI");
}

TEST(Dating, durations_are_not_dates) {
  std::string text = "Xi Jinping held talks with Vladimir Putin for three hours.";
  auto m = run(text, day("2021-05-05"), {tx(text, "three hours", "PT3H", "none", "", "DURATION")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.basis, DateBasis::kPublication);
}

TEST(Dating, a_dash_and_a_later_day_make_a_range) {
  std::string text = "Talks between India and Japan will take place in Osaka on March 14-15.";
  auto m = run(text, day("2023-02-01"), {tx(text, "March 14", "2023-03-14", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(m[0].time.granularity, Granularity::kRange);
  EXPECT_EQ(m[0].time.value, "2023-03-14/2023-03-15");
  EXPECT_EQ(m[0].time.interval->last, day("2023-03-15"));
}

TEST(Dating, a_gathering_of_n_days_spans_them_from_its_day) {
  std::string text = "Olaf Scholz set off on Sunday morning on a two-day trip to Japan.";
  auto m = run(text, day("2023-05-07"), {tx(text, "Sunday morning", "2023-05-07", "dct"),
                                         tx(text, "two-day", "P2D", "absolute", "", "DURATION")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kVisit);
  EXPECT_EQ(m[0].time.granularity, Granularity::kRange);
  EXPECT_EQ(m[0].time.value, "2023-05-07/2023-05-08") << m[0].time.why;
  text = "Delegates of Peru and Chile held three days of talks from Monday in Lima.";
  m = run(text, day("2023-03-10"), {tx(text, "three days", "P3D", "absolute", "", "DURATION"),
                                    tx(text, "Monday", "2023-03-06", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-03-06/2023-03-08") << m[0].time.why;
  // A `closing` cue: the day ends the gathering.
  text = "Olaf Scholz left Tokyo on Wednesday, ending a three-day visit to Japan.";
  m = run(text, day("2023-05-10"), {tx(text, "Wednesday", "2023-05-10", "dct"),
                                    tx(text, "three-day", "P3D", "absolute", "", "DURATION")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-05-08/2023-05-10") << m[0].time.why;
  // A duration that does not qualify the gathering leaves its day alone.
  text = "Olaf Scholz met Fumio Kishida on Sunday after a two-week holiday.";
  m = run(text, day("2023-05-07"), {tx(text, "Sunday", "2023-05-07", "dct"),
                                    tx(text, "two-week", "P2W", "absolute", "", "DURATION")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-05-07");
}

TEST(Dating, a_planned_month_without_a_year_lies_ahead) {
  // The tagger may read "November's" backwards in a past-tense report; a plan is ahead.
  std::string text = "Newspapers speculated that leaders from Japan and India could hold a meeting at November's festival in Delhi.";
  auto m = run(text, day("2023-07-19"), {tx(text, "November", "2022-11", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(m[0].time.value, "2023-11");
  EXPECT_EQ(people(m[0]), "India;Japan");
}

TEST(Dating, a_month_is_a_month_unless_its_person_was_named) {
  // "May" is a surname only after the person was named in full.
  std::string text = "Narendra Modi and Shinzo Abe met on May 3.";
  auto m = run(text, day("2017-06-01"), {tx(text, "May 3", "2017-05-03", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2017-05-03");
}

TEST(Dating, a_planned_month_with_its_year_stays_as_written) {
  std::string text = "Narendra Modi will visit Japan in November 2022.";
  auto m = run(text, day("2023-07-19"), {tx(text, "November 2022", "2022-11", "absolute")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].time.value, "2023-11");
}

TEST(Dating, a_date_after_publication_is_a_plan) {
  std::string text = "Narendra Modi and Vladimir Putin hold talks in Kazan on March 20.";
  auto m = run(text, day("2023-02-23"), {tx(text, "March 20", "2023-03-20", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(m[0].status_why, "dated after the publication date");
}

TEST(Dating, a_plan_without_date_is_undated) {
  auto m = run("Fumio Kishida will visit Mongolia.", day("2023-02-23"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_FALSE(m[0].time.dated());
  EXPECT_EQ(m[0].time.basis, DateBasis::kUnknown);
}

TEST(Dating, a_time_before_that_dates_the_matrix_clause) {
  std::string text = "Mao Ning said on Monday that there is no plan for a meeting between Li Qiang and Fumio Kishida later this year.";
  auto m = run(text, day("2023-05-08"),
               {tx(text, "Monday", "2023-05-08", "dct"), tx(text, "later this year", "2023", "dct")});
  bool found = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      found = true;
      EXPECT_EQ(x.time.value, "2023");
    }
  EXPECT_TRUE(found);
}

TEST(Dating, a_plan_dated_by_its_report_is_undated) {
  std::string text = "On Tuesday, Mao Ning rejected reports about an invitation for Li Qiang to visit Canberra.";
  auto m = run(text, day("2023-07-04"), {tx(text, "Tuesday", "2023-07-04", "dct")});
  for (auto& x : m)
    if (x.type == EventType::kVisit) {
      EXPECT_EQ(x.status, EventStatus::kPlanned);
      EXPECT_FALSE(x.time.dated());
    }
}

TEST(Dating, earlier_today_is_a_time_not_an_earlier_report) {
  std::string text = "Angela Merkel spoke to Shinzo Abe by phone earlier today.";
  auto m = run(text, day("2019-04-10"), {tx(text, "today", "2019-04-10", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.basis, DateBasis::kRelative);
}


TEST(Dating, the_nearer_expression_of_the_clause_wins) {
  std::string text = "In 2019 officials said that Joe Biden met Xi Jinping on Tuesday.";
  auto r = read(text, day("2023-02-23"), {tx(text, "2019", "2019", "absolute"), tx(text, "Tuesday", "2023-02-21", "dct")});
  auto hits = r->triggers();
  auto chosen = choose_triggers(r->s, hits, {});
  const TriggerHit* met = nullptr;
  for (auto& c : chosen.chosen)
    if (c.rule->type == EventType::kMeeting) met = &c;
  ASSERT_NE(met, nullptr);
  std::size_t used = kNone;
  auto t = time_of(r->s, *met, chosen, day("2023-02-23"), true, false, &used);
  EXPECT_EQ(t.value, "2023-02-21");
  ASSERT_NE(used, kNone);
  EXPECT_EQ(r->s.timexes[used].timex->text, "Tuesday");
}

TEST(Dating, publication_dates_only_the_news_of_the_article) {
  auto r = read("Joe Biden met Xi Jinping.", day("2023-02-23"));
  auto hits = r->triggers();
  auto chosen = choose_triggers(r->s, hits, {});
  ASSERT_EQ(chosen.chosen.size(), 1u);
  auto lead = time_of(r->s, chosen.chosen[0], chosen, day("2023-02-23"), true, false, nullptr);
  EXPECT_EQ(lead.basis, DateBasis::kPublication);
  auto background = time_of(r->s, chosen.chosen[0], chosen, day("2023-02-23"), false, false, nullptr);
  EXPECT_EQ(background.basis, DateBasis::kUnknown);
  EXPECT_FALSE(background.dated());
}


TEST(Dating, a_nearer_predicate_takes_the_expression) {
  std::string text = "The visit of Narendra Modi to Japan comes after the Japanese government on Monday announced new rules.";
  auto m = run(text, day("2023-03-09"), {tx(text, "Monday", "2023-03-06", "dct")});
  for (auto& x : m)
    if (x.type == EventType::kVisit) EXPECT_NE(x.time.value, "2023-03-06");
}

TEST(Dating, the_names_of_a_complement_do_not_part_a_trigger_from_its_expression) {
  // "on Tuesday evening" stands nearer to "prepare" in words, but only "in Lisbon on" lies between
  // it and "meet" once the names are skipped: it dates the meeting; the summit keeps its Wednesday.
  std::string text =
      "Chancellor Olaf Scholz is due to meet Spanish Prime Minister Pedro Sanchez in Lisbon on Tuesday evening to "
      "get ready for a summit of Nordic and Iberian leaders on Wednesday.";
  auto m = run(text, day("2023-03-07"),
               {tx(text, "Tuesday evening", "2023-03-07TEV", "dct"), tx(text, "Wednesday", "2023-03-08", "dct")});
  bool met = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      met = true;
      EXPECT_EQ(x.status, EventStatus::kPlanned);
      EXPECT_EQ(x.time.value, "2023-03-07") << x.time.why;
    }
  EXPECT_TRUE(met);
}

TEST(Dating, an_expression_behind_a_clause_bound_dates_that_clause) {
  std::string text = "Narendra Modi paid a visit to Japan, his first trip there since he took office in May.";
  auto m = run(text, day("2015-03-09"), {tx(text, "May", "2014-05", "dct")});
  ASSERT_FALSE(m.empty());
  EXPECT_NE(m[0].time.value, "2014-05");
  // "said Tuesday during a meeting with X": the setting of the statement shares its time.
  text = "Wang Yi said Tuesday during a meeting with Sergey Lavrov that ties are strong.";
  m = run(text, day("2023-02-23"), {tx(text, "Tuesday", "2023-02-21", "dct")});
  bool meeting = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      meeting = true;
      EXPECT_EQ(x.time.value, "2023-02-21");
    }
  EXPECT_TRUE(meeting);
}

TEST(Dating, a_planned_weekday_read_backwards_is_the_coming_one) {
  std::string text = "Keir Starmer will meet Ursula von der Leyen on Monday.";
  Timex monday = tx(text, "Monday", "2025-05-12", "dct");
  monday.rule = "date.weekday";
  auto m = run(text, day("2025-05-16"), {monday});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(m[0].time.value, "2025-05-19") << m[0].time.why;
  // Not when the weekday dates the report of the plan ("news of the trip was reported on Tuesday").
  text = "While news of the trip was reported on Tuesday, Vladimir Putin confirmed on Wednesday that it will take place.";
  Timex tuesday = tx(text, "Tuesday", "2023-02-21", "dct");
  tuesday.rule = "date.weekday";
  m = run(text, day("2023-02-23"), {tuesday});
  for (auto& x : m)
    if (x.type == EventType::kVisit) EXPECT_NE(x.time.value, "2023-02-28");
}


TEST(Dating, a_clock_time_of_the_publication_day_dates_the_paragraphs_plans) {
  // The day's schedule: a clock time of today, then a plan with no time of its own.
  std::string text = "Gabriel Boric met Dina Boluarte. Boric left the hotel at 4:30 p.m. in the rain. Boric also plans to talk with Luis Arce.";
  auto m = run(text, day("2023-03-13"), {tx(text, "4:30 p.m.", "2023-03-13T16:30", "dct", "", "TIME")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].status, EventStatus::kPlanned);
  EXPECT_EQ(m[1].time.value, "2023-03-13");
  // A clock time of another day, or in another paragraph, dates nothing.
  text = "Gabriel Boric met Dina Boluarte. Boric left the hotel at 4:30 p.m. on Friday. Boric also plans to talk with Luis Arce.";
  m = run(text, day("2023-03-13"), {tx(text, "4:30 p.m. on Friday", "2023-03-17T16:30", "dct", "", "TIME")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_FALSE(m[1].time.dated());
  text = "Gabriel Boric met Dina Boluarte. Boric left the hotel at 4:30 p.m. in the rain.\n\nBoric also plans to talk with Luis Arce.";
  m = run(text, day("2023-03-13"), {tx(text, "4:30 p.m.", "2023-03-13T16:30", "dct", "", "TIME")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_FALSE(m[1].time.dated());
}

TEST(Dating, narrative_time_carries_within_a_paragraph) {
  std::string text = "On Saturday Olaf Scholz arrived in Hanoi for a visit. He also met Emmanuel Macron there.";
  auto m = run(text, day("2023-03-13"), {tx(text, "Saturday", "2023-03-11", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, EventType::kMeeting);
  EXPECT_EQ(people(m[1]), "Emmanuel Macron;Olaf Scholz");  // "He" takes up the person in view
  EXPECT_EQ(m[1].time.value, "2023-03-11");
  // A new paragraph, a definite reference or a time of its own stop it.
  text = "On Saturday Olaf Scholz arrived in Hanoi for a visit.\n\nHe also met Emmanuel Macron there.";
  m = run(text, day("2023-03-13"), {tx(text, "Saturday", "2023-03-11", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_NE(m[1].time.value, "2023-03-11");
  text = "On Saturday Olaf Scholz arrived in Hanoi for a visit. They recalled the meeting between Joe Biden and Xi Jinping.";
  m = run(text, day("2023-03-13"), {tx(text, "Saturday", "2023-03-11", "dct")});
  for (auto& x : m)
    if (x.type == EventType::kMeeting) EXPECT_NE(x.time.value, "2023-03-11");
}


TEST(Dating, ranges_written_with_to_and_through) {
  std::string text = "Narendra Modi will meet Xi Jinping in Wuhan from April 27 to 28.";
  auto m = run(text, day("2018-04-23"), {tx(text, "April 27", "2018-04-27", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2018-04-27/2018-04-28");
  text = "An informal summit of Xi Jinping and Narendra Modi is planned in Wuhan from 27 to 28 of April.";
  m = run(text, day("2018-04-23"), {tx(text, "28 of April", "2018-04-28", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2018-04-27/2018-04-28");
  text = "Sergey Lavrov held talks in Beijing with Wang Yi from March 6 through March 10.";
  m = run(text, day("2023-03-11"), {tx(text, "March 6", "2023-03-06", "dct"), tx(text, "March 10", "2023-03-10", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-03-06/2023-03-10");
}

TEST(Dating, listed_dates_are_one_event_each) {
  std::string text = "Xi Jinping and Shinzo Abe had met just twice so far -- in November 2014 and April 2015.";
  auto m = run(text, day("2016-09-05"),
               {tx(text, "November 2014", "2014-11", "absolute"), tx(text, "April 2015", "2015-04", "absolute")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].time.value, "2014-11");
  EXPECT_EQ(m[1].time.value, "2015-04");
  EXPECT_EQ(people(m[1]), "Shinzo Abe;Xi Jinping");
  // A count without the occasions is no event.
  EXPECT_TRUE(run("Shinzo Abe and Xi Jinping held talks only twice.", day("2016-09-05")).empty());
}

TEST(Dating, an_expression_of_an_opening_subordinate_clause_is_not_the_events) {
  std::string text = "Since they both took office in 2012, Shinzo Abe and Xi Jinping held talks in Beijing.";
  auto m = run(text, day("2016-09-05"), {tx(text, "2012", "2012", "absolute")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].time.value, "2012");
}

TEST(Dating, later_in_the_day_takes_up_the_day_last_named) {
  std::string text =
      "The news agency reported on Wednesday that the talks had stalled.\n\n"
      "Emmanuel Macron met Olaf Scholz later in the day.";
  auto m = run(text, day("2023-10-05"), {tx(text, "Wednesday", "2023-10-04", "dct")});
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m.back().type, EventType::kMeeting);
  EXPECT_EQ(m.back().time.value, "2023-10-04");
  // Without such a phrase a later paragraph is not dated by the earlier day.
  text = "The news agency reported on Wednesday that the talks had stalled.\n\n"
         "Later, Emmanuel Macron met Olaf Scholz.";
  m = run(text, day("2023-10-05"), {tx(text, "Wednesday", "2023-10-04", "dct")});
  ASSERT_FALSE(m.empty());
  EXPECT_NE(m.back().time.value, "2023-10-04");
}

TEST(Dating, a_press_conference_as_setting_leaves_the_day_to_the_talks_after_it) {
  // "on Sunday ... at a news conference after talks with X": the conference is where the
  // speaker spoke, not a predicate of its own that takes the day away from the talks.
  std::string text =
      "Speaking on Sunday in Lima at a joint news conference after talks with Brazilian Foreign Minister "
      "Mauro Vieira, Peruvian Foreign Minister Javier Gonzalez-Olaechea said the two sides agreed on a plan.";
  auto m = run(text, day("2024-03-12"), {tx(text, "Sunday", "2024-03-10", "dct")});
  ASSERT_GE(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kMeeting);
  EXPECT_EQ(m[0].time.value, "2024-03-10");
  EXPECT_EQ(m[0].time.basis, DateBasis::kRelative);
}

TEST(Dating, a_planned_dinner_takes_the_next_weekday_past_the_names_of_its_guests) {
  // The names of the complement and the words that join them ("between", "and", "in") do not
  // part the noun from its weekday; a plan lies ahead, so the weekday read backwards moves on.
  std::string text = "Much will depend on the outcome of a dinner between Gabriel Boric and Javier Milei in Lima on Wednesday.";
  Timex wednesday = tx(text, "Wednesday", "2024-03-06", "dct");
  wednesday.rule = "date.weekday";
  auto m = run(text, day("2024-03-08"), {wednesday});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(m[0].time.value, "2024-03-13") << m[0].time.why;
}

TEST(Dating, a_weekday_after_the_plan_in_its_own_clause_is_the_coming_one) {
  // The tagger reads "on Wednesday" by the tense near it ("be"), backwards; the plan's
  // "will" governs the whole clause, so the weekday is the next one.
  std::string text = "Javier Milei will hold a meeting with Chilean President Gabriel Boric and be the guest at a state dinner on Wednesday.";
  Timex wednesday = tx(text, "Wednesday", "2024-04-03", "dct");
  wednesday.rule = "date.weekday";
  auto m = run(text, day("2024-04-09"), {wednesday});
  bool meeting = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      meeting = true;
      EXPECT_EQ(x.status, EventStatus::kPlanned);
      EXPECT_EQ(x.time.value, "2024-04-10") << x.time.why;
    }
  // Not across "that": "will say that they met on Wednesday".
  text = "Gabriel Boric will say that he met Javier Milei on Wednesday.";
  Timex w2 = tx(text, "Wednesday", "2024-04-03", "dct");
  w2.rule = "date.weekday";
  m = run(text, day("2024-04-09"), {w2});
  for (auto& x : m)
    if (x.type == EventType::kMeeting) EXPECT_NE(x.time.value, "2024-04-10");
  EXPECT_TRUE(meeting);
}

TEST(Dating, a_spaced_dash_sets_off_a_parenthesis_with_its_own_time) {
  // "Today, ... the talks - agreed to by X and Y in Quito last month - ...": the agreement inside
  // the dashes takes the time inside them; a dash between two names joins them.
  std::string text = "Today, the two sides traded blame over the talks - agreed to by Gabriel Boric and Javier Milei "
                     "in Quito last month - on the border.";
  auto m = run(text, day("2015-08-22"), {tx(text, "Today", "2015-08-22", "dct"), tx(text, "last month", "2015-07", "dct")});
  bool agreement = false;
  for (auto& x : m)
    if (x.type == EventType::kAgreement) {
      agreement = true;
      EXPECT_EQ(x.time.value, "2015-07") << x.time.why;
    }
  EXPECT_TRUE(agreement);
}

TEST(Dating, a_duration_before_after_dates_the_clause_from_the_report) {
  std::string text = "Narendra Modi's visit to Dhaka on Sunday came two weeks after Sheikh Hasina returned from a state visit to Japan.";
  auto m = run(text, day("2021-06-21"),
               {tx(text, "Sunday", "2021-06-20", "dct"), tx(text, "two weeks", "P2W", "", "", "DURATION")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(people(m[0]), "Bangladesh;Narendra Modi");
  EXPECT_EQ(m[0].time.value, "2021-06-20");
  EXPECT_EQ(people(m[1]), "Japan;Sheikh Hasina");
  EXPECT_EQ(m[1].time.value, "2021-06-03/2021-06-09");  // good to a few days
  EXPECT_EQ(m[1].time.basis, DateBasis::kRelative);
  // Months keep the month; "before" counts forward.
  std::string later = "Joe Biden met Olaf Scholz in Berlin on Friday, three months before Fumio Kishida held talks with Narendra Modi.";
  auto n = run(later, day("2021-06-21"),
               {tx(later, "Friday", "2021-06-18", "dct"), tx(later, "three months", "P3M", "", "", "DURATION")});
  bool found = false;
  for (auto& x : n)
    if (x.time.value == "2021-09") found = true;
  EXPECT_TRUE(found);
}

TEST(Dating, and_then_with_a_later_date_is_the_next_occasion) {
  std::string text = "Gabriel Boric and Javier Milei will meet first in Lima on May 3 and then as part of the Chile-OAS Council in Santiago on May 9.";
  auto m = run(text, day("2024-04-20"), {tx(text, "May 3", "2024-05-03", "dct"), tx(text, "May 9", "2024-05-09", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(people(m[0]), "Gabriel Boric;Javier Milei");
  EXPECT_EQ(m[0].time.value, "2024-05-03");
  EXPECT_EQ(m[0].location, "Lima");
  EXPECT_EQ(people(m[1]), "Chile;Organization of American States");
  EXPECT_EQ(m[1].time.value, "2024-05-09");
  EXPECT_EQ(m[1].location, "Santiago");
  EXPECT_EQ(m[1].status, EventStatus::kPlanned);
  // No later date: no second occasion.
  std::string one = "Gabriel Boric and Javier Milei will meet in Lima on May 3 and then travel on.";
  EXPECT_EQ(run(one, day("2024-04-20"), {tx(one, "May 3", "2024-05-03", "dct")}).size(), 1u);
}

TEST(Dating, a_day_and_the_next_are_one_two_day_event) {
  std::string text = "Gabriel Boric and Javier Milei will meet in Lima on May 3 and 4.";
  auto m = run(text, day("2024-04-20"), {tx(text, "May 3", "2024-05-03", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2024-05-03/2024-05-04");
  // Days apart are not one span.
  std::string apart = "Gabriel Boric and Javier Milei will meet in Lima on May 3 and 9.";
  auto n = run(apart, day("2024-04-20"), {tx(apart, "May 3", "2024-05-03", "dct")});
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].time.value, "2024-05-03");
}

TEST(Dating, words_reported_by_a_dated_report_take_its_day) {
  std::string text = "The state news agency reported on Wednesday that Javier Milei accused Chile of bias.";
  auto m = run(text, day("2024-05-02"), {tx(text, "Wednesday", "2024-05-01", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Javier Milei");
  EXPECT_EQ(m[0].time.value, "2024-05-01");
}

TEST(Dating, a_gathering_after_before_attending_shares_the_clause_time_and_future) {
  std::string text = "Gabriel Boric will address the full senate on Thursday before attending the first bilateral summit with Javier Milei.";
  auto m = run(text, day("2024-04-09"), {tx(text, "Thursday", "2024-04-11", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kSummit);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(m[0].time.value, "2024-04-11");
}

TEST(Dating, the_day_last_named_goes_to_the_predicate_it_opens) {
  std::string text = "Gabriel Boric met Javier Milei on Monday.\n\n"
                     "Later in the day, Boric said he will hold talks with Dina Boluarte if Lima agrees.";
  auto m = run(text, day("2024-05-07"), {tx(text, "Monday", "2024-05-06", "dct")});
  bool plan = false;
  for (auto& x : m)
    if (x.status == EventStatus::kPlanned) {
      plan = true;
      EXPECT_FALSE(x.time.dated());  // the day is the statement's, not the plan's
    }
  EXPECT_TRUE(plan);
}

// A gathering beside a press contact is the day's news, also far from the lead -- but not in a
// sentence that sets a time frame of its own.
TEST(Dating, a_press_contact_dates_its_gathering_by_publication) {
  std::string lead = "Gabriel Boric met Javier Milei on Monday.\n\n";
  std::string text = lead + "Luiz Inacio Lula da Silva declined to comment when he talked to journalists following talks with Gabriel Boric.";
  auto m = run(text, day("2024-03-13"), {tx(text, "Monday", "2024-03-11", "dct")});
  bool found = false;
  for (auto& x : m)
    if (people(x) == "Gabriel Boric;Luiz Inácio Lula da Silva") {
      found = true;
      EXPECT_EQ(x.time.value, "2024-03-13");
    }
  EXPECT_TRUE(found);
  text = lead + "Years ago, Luiz Inacio Lula da Silva told reporters after meeting with Gabriel Boric that ties were strong.";
  m = run(text, day("2024-03-13"), {tx(text, "Monday", "2024-03-11", "dct"), tx(text, "Years ago", "PAST_REF", "dct")});
  for (auto& x : m)
    if (people(x) == "Gabriel Boric;Luiz Inácio Lula da Silva") EXPECT_EQ(x.time.value, "") << x.time.why;
}


TEST(Dating, the_time_after_a_statements_source_phrase_is_its_own) {
  // "said a statement from X's office late Tuesday": however long the source, the day after it is
  // the statement's; a spokesman's words with a day of their own stay beside that day's call.
  std::string text = "Javier Milei spoke with Gabriel Boric on Monday evening. \"The talks will go ahead,\" said a "
                     "statement from Javier Milei's office late Tuesday.";
  auto m = run(text, day("2011-07-20"), {tx(text, "Monday evening", "2011-07-18", "dct"), tx(text, "Tuesday", "2011-07-19", "dct")});
  const Mention* st = nullptr;
  for (auto& x : m)
    if (x.type == EventType::kStatement) st = &x;
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(people(*st), "Javier Milei");
  EXPECT_EQ(st->time.value, "2011-07-19");
  text = "\"The border stays open,\" said a statement by Gabriel Boric's spokesman on Tuesday.";
  m = run(text, day("2011-07-20"), {tx(text, "Tuesday", "2011-07-19", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2011-07-19");
  // Near miss: a date inside the statement's topic is not its time.
  text = "A statement from Javier Milei's office on the talks of May 3 was brief.";
  m = run(text, day("2011-07-20"), {tx(text, "May 3", "2011-05-03", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].time.value, "2011-05-03");
}


TEST(Dating, a_statement_noun_right_after_the_verb_is_the_same_act) {
  // "X's office said in a statement on Tuesday that ...": the statement does not take the day
  // from the verb it completes.
  std::string text = "Javier Milei's office said in a statement on Tuesday that the talks went well.";
  auto m = run(text, day("2024-05-22"), {tx(text, "Tuesday", "2024-05-21", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Javier Milei");
  EXPECT_EQ(m[0].time.value, "2024-05-21");
  // Near miss: a gathering named after other words keeps its own day ("said the talks on Monday
  // went well" dates the words by the talks only as before, not by a later clause).
  text = "Javier Milei said the border would stay open after a statement by Chile on Tuesday.";
  m = run(text, day("2024-05-22"), {tx(text, "Tuesday", "2024-05-21", "dct")});
  for (auto& x : m)
    if (people(x) == "Javier Milei") EXPECT_NE(x.time.value, "2024-05-21") << x.quote;
}

}  // namespace
}  // namespace annalist::event

namespace annalist::event {
namespace {
using namespace test;

// "The first was last May, days before X and Y announced ...": the clause after the offset word is
// dated from the expression before it, and it is not part of the gathering of that date.
TEST(Dating, a_clause_after_an_offset_is_dated_from_the_expression_before_it) {
  std::string text =
      "Lula spoke with Javier Milei on Wednesday. It was the second call between Brazil and Argentina this year. "
      "The first was last May, days before Lula and Javier Milei announced plans to reopen the river ports.";
  auto m = run(text, day("2024-09-13"),
               {tx(text, "Wednesday", "2024-09-11", "dct"), tx(text, "this year", "2024", "dct"),
                tx(text, "last May", "2024-05", "dct"), tx(text, "days", "PXD", "", "", "DURATION")});
  int announced = 0;
  for (auto& x : m)
    if (x.type == EventType::kStatement) {
      ++announced;
      EXPECT_EQ(people(x), "Javier Milei;Luiz Inácio Lula da Silva");
      EXPECT_EQ(x.time.value, "2024-05");
    }
  EXPECT_EQ(announced, 1);
  // A count given moves a day: "on May 2, three days before X announced" is May 5.
  text = "The envoys met on May 2, three days before Lula and Javier Milei announced a truce.";
  m = run(text, day("2024-05-20"), {tx(text, "May 2", "2024-05-02", "dct"), tx(text, "three days", "P3D", "", "", "DURATION")});
  bool moved = false;
  for (auto& x : m)
    if (x.type == EventType::kStatement) moved = x.time.value == "2024-05-05";
  EXPECT_TRUE(moved);
  // Near miss: "days" from a day says no day.
  text = "The envoys met in Lima on Monday. The round closed on Friday, days before Lula and Javier Milei announced a truce.";
  m = run(text, day("2024-05-20"), {tx(text, "Monday", "2024-05-13", "dct"), tx(text, "Friday", "2024-05-17", "dct"),
                                    tx(text, "days", "PXD", "", "", "DURATION")});
  for (auto& x : m)
    if (x.type == EventType::kStatement) EXPECT_NE(x.time.value, "2024-05-17");
}

}  // namespace
}  // namespace annalist::event
