// Stage tests (the words that report an event and which of them make mentions), written as sentences with their expected events.
#include <gtest/gtest.h>

#include <algorithm>

#include "event/triggers.h"
#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

TEST(Triggers, host_verbs_need_a_person) {
  EXPECT_TRUE(run("Qatar successfully hosted the football championship.").empty());
  auto m = run("Xi Jinping hosted Emmanuel Macron in Beijing.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Emmanuel Macron;Xi Jinping");
}

TEST(Triggers, passives_are_no_events_unless_they_name_their_agents) {
  EXPECT_TRUE(run("The verdict was met with anger in Lima.").empty());
  auto m = run("The accord was approved by Emmanuel Macron and Olaf Scholz.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kAgreement);
}

TEST(Triggers, a_summit_by_video_link_is_a_summit) {
  auto m = run("Charles Michel and Fumio Kishida held the EU-Japan summit via video link.", day("2021-05-27"));
  ASSERT_GE(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kSummit);
}

TEST(Triggers, talk_nouns_are_generic_meetings) {
  // "talks" and "conversation" may name a call too; the rule id says so to the merge.
  auto m = run("Narendra Modi had a long conversation with Shinzo Abe.", day("2017-09-14"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kMeeting);
  EXPECT_TRUE(base::ends_with(m[0].rule, ".generic"));
  m = run("Narendra Modi met Shinzo Abe.", day("2017-09-14"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_FALSE(base::ends_with(m[0].rule, ".generic"));
}

TEST(Triggers, aggregates_are_not_events) {
  std::string text = "Joe Biden and Xi Jinping have met 12 times since 2011.";
  EXPECT_TRUE(run(text, std::nullopt, {tx(text, "2011", "2011", "absolute")}).empty());
  EXPECT_TRUE(run("We have met four times this year, Emmanuel Macron told Olaf Scholz.").size() <= 1u);
  // A habit ("should meet frequently") leaves the sentence's dated gathering standing.
  text = "Mark Rutte met Gabriel Boric on Monday. Rutte noted that ties had cooled since their last meeting in Lima in "
         "April 2015, but said they should meet frequently.";
  auto m = run(text, day("2016-09-05"), {tx(text, "Monday", "2016-09-05", "dct"), tx(text, "April 2015", "2015-04", "absolute")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].time.value, "2015-04");
  EXPECT_EQ(people(m[1]), "Gabriel Boric;Mark Rutte");
}

TEST(Triggers, a_dated_gathering_inside_another_report_is_its_own_event) {
  std::string text =
      "Fumio Kishida and Narendra Modi exchanged letters. Kishida's planned visit to Delhi was first proposed during the "
      "talks between the two leaders on June 3.";
  auto m = run(text, day("2023-07-01"), {tx(text, "June 3", "2023-06-03", "dct")});
  const Mention* talks = nullptr;
  for (auto& x : m)
    if (x.trigger == "talks") talks = &x;
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->status, EventStatus::kOccurred);
  EXPECT_EQ(talks->time.value, "2023-06-03");
  EXPECT_EQ(people(*talks), "Fumio Kishida;Narendra Modi");
  for (auto& x : m)
    if (x.type == EventType::kVisit) EXPECT_FALSE(x.time.dated()) << "the date belongs to the talks";
  // Beside a gathering that took place, the setting is where it took place: one report.
  text = "Narendra Modi met Fumio Kishida during the summit on June 3.";
  m = run(text, day("2023-07-01"), {tx(text, "June 3", "2023-06-03", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-06-03");
  // "in" + a month dates it too, and a plural possessive belongs to its noun phrase.
  text = "Mark Rutte met Gabriel Boric on Sunday. The trip will revive regular visits, an idea agreed upon during the "
         "leaders' Lima summit meeting in March.";
  m = run(text, day("2023-05-07"), {tx(text, "Sunday", "2023-05-07", "dct"), tx(text, "March", "2023-03", "dct")});
  const Mention* summit = nullptr;
  for (auto& x : m)
    if (x.type == EventType::kSummit) summit = &x;
  ASSERT_NE(summit, nullptr);
  EXPECT_EQ(summit->status, EventStatus::kOccurred);
  EXPECT_EQ(summit->time.value, "2023-03");
  EXPECT_EQ(people(*summit), "Gabriel Boric;Mark Rutte");
}

TEST(Triggers, a_gathering_noun_with_its_own_date_names_the_gathering_of_the_sentence) {
  // "on Saturday" dates the sending back, not the talks; the dated noun says when they are.
  std::string text =
      "Norway on Saturday sent the fishing talks back to Sweden, saying Swedish envoy Jonas Gahr Store could join "
      "the August 23-24 parleys.";
  auto m = run(text, day("2015-08-22"), {tx(text, "Saturday", "2015-08-22", "dct"), tx(text, "August 23", "2015-08-23", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].trigger, "parleys");
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_TRUE(base::starts_with(m[0].time.value, "2015-08-23"));
  // Without a dated noun the first one stays the report.
  text = "Norway on Saturday welcomed the talks with Sweden.";
  m = run(text, day("2015-08-22"), {tx(text, "Saturday", "2015-08-22", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].trigger, "talks");
}

TEST(Triggers, a_coordinated_clause_with_its_own_subject_is_a_second_gathering) {
  std::string text = "President of France Emmanuel Macron: Mr Chancellor, welcome.\n"
                     "Chancellor of Germany Olaf Scholz: Thank you.\n"
                     "Emmanuel Macron: Your envoys have visited Paris, and today our trade and foreign ministers are meeting here too.";
  auto m = run(text, day("2023-06-06"), {tx(text, "today", "2023-06-06", "dct")});
  bool countries = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting && people(x) == "France;Germany") countries = true;
  EXPECT_TRUE(countries);
}


TEST(Triggers, a_word_that_is_verb_and_noun_reads_by_what_precedes_it) {
  auto r = read("Narendra Modi will visit Japan.");
  auto hits = r->triggers();
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].rule->id, "visit.verb");
  r = read("Narendra Modi's visit to Japan ended.");
  hits = r->triggers();
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].rule->id, "visit.noun");
}

TEST(Triggers, a_verb_is_upgraded_to_the_noun_that_says_how) {
  auto r = read("Narendra Modi held talks by video link with Olaf Scholz.");
  auto hits = r->triggers();
  auto chosen = choose_triggers(r->s, hits, {});
  ASSERT_EQ(chosen.chosen.size(), 1u);
  EXPECT_EQ(chosen.chosen[0].rule->type, EventType::kCall);
  EXPECT_EQ(r->s.text(chosen.chosen[0].b, chosen.chosen[0].e), "held talks by video link");
}

TEST(Triggers, a_cancellation_verb_is_no_call) {
  auto r = read("Joe Biden called off the summit.");
  for (auto& h : r->triggers()) EXPECT_NE(h.rule->type, EventType::kCall);
}

TEST(Triggers, weak_nouns_need_a_complement_or_a_light_verb) {
  auto r = read("India and Japan held consultations.");
  auto hits = r->triggers();
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(trigger_ok(r->s, hits[0]));
  r = read("The consultations ended.");
  hits = r->triggers();
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_FALSE(trigger_ok(r->s, hits[0]));
}


TEST(Triggers, a_gathering_after_a_prospective_preposition_is_a_later_plan) {
  auto m = run("Angela Merkel met Nicolas Sarkozy in preparation for an extraordinary summit of the euro area.", day("2011-07-20"));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].type, EventType::kMeeting);
  EXPECT_EQ(m[0].status, EventStatus::kOccurred);
  EXPECT_EQ(m[1].type, EventType::kSummit);
  EXPECT_EQ(m[1].status, EventStatus::kPlanned);
  EXPECT_EQ(people(m[1]), "Angela Merkel;Nicolas Sarkozy");  // the parties of the report
}

TEST(Triggers, a_visit_to_an_indefinite_place_is_a_stop_not_a_visit) {
  auto m = run("On Friday, Narendra Modi will visit a plant run by a Korean carmaker in Ohio.", day("2024-04-08"));
  for (auto& x : m) EXPECT_NE(x.type, EventType::kVisit);
  auto v = run("On Friday, Narendra Modi will visit Japan.", day("2024-04-08"));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].type, EventType::kVisit);
}

TEST(Triggers, an_agreement_in_a_clause_of_its_own_is_no_plan_of_the_gathering) {
  // "As agreed on Saturday, ..." reports what was agreed then, beside the talks it led to.
  std::string text = "As agreed on Saturday, Gabriel Boric and Dina Boluarte held talks today.";
  auto m = run(text, day("2020-12-07"), {tx(text, "Saturday", "2020-12-05", "dct"), tx(text, "today", "2020-12-07", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, EventType::kAgreement);
  EXPECT_EQ(m[1].time.value, "2020-12-05");
  // "agreed to hold talks" is the plan of the talks, no deal.
  text = "Gabriel Boric and Dina Boluarte agreed to hold talks today.";
  m = run(text, day("2020-12-07"), {tx(text, "today", "2020-12-07", "dct")});
  for (auto& x : m) EXPECT_NE(x.type, EventType::kAgreement);
}


TEST(Triggers, a_gathering_the_report_follows_is_an_earlier_event_of_its_own) {
  // "The talks were held after the bloc's three-day summit closed": the bloc's summit, attended
  // by the people of the meeting it refers to, on the day the text gives.
  std::string text = "Gabriel Boric met Javier Milei on Monday.\nThe talks were held in Lima after the three-day summit "
                     "of the Organization of American States closed in the evening.";
  auto m = run(text, day("2024-05-07"),
               {tx(text, "Monday", "2024-05-06", "dct"), tx(text, "three-day", "P3D", "", "", "DURATION"),
                tx(text, "the evening", "2024-05-06TEV", "dct", "", "TIME")});
  bool summit = false;
  for (auto& x : m)
    if (x.type == EventType::kSummit) {
      summit = true;
      EXPECT_EQ(x.status, EventStatus::kOccurred);
      EXPECT_EQ(people(x), "Gabriel Boric;Javier Milei;Organization of American States");
      EXPECT_EQ(x.time.value, "2024-05-04/2024-05-06");  // three days, the last of which it closed
    }
  EXPECT_TRUE(summit);
  // Near misses: a summit the text does not date; the only gathering of the sentence.
  text = "Gabriel Boric met Javier Milei in Lima two days after the summit of the Organization of American States.";
  for (auto& x : run(text, day("2024-05-07"))) EXPECT_NE(x.type, EventType::kSummit) << x.quote;
  text = "After the talks, Gabriel Boric and Javier Milei signed a deal.";
  int gatherings = 0;
  for (auto& x : run(text, day("2024-05-07"))) gatherings += is_gathering(x.type);
  EXPECT_EQ(gatherings, 1);
}

}  // namespace
}  // namespace annalist::event
