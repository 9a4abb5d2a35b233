// Stage tests (reports folded once the whole document is read), written as sentences with their expected events.
#include <gtest/gtest.h>

#include <algorithm>

#include "event/document_pass.h"
#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

TEST(DocumentPass, statements_of_participants_belong_to_the_meeting) {
  auto m = run("Xi Jinping met Vladimir Putin. Xi said the talks were good. Sergey Lavrov said nothing new.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].type, EventType::kMeeting);
  EXPECT_EQ(people(m[1]), "Sergey Lavrov");
}

TEST(DocumentPass, a_joint_statement_its_parties_speak_through_is_a_text_of_its_own) {
  // The call and the text the two issued after it are two records; plain words of one of them about
  // the call stay part of it.
  std::string text = "Kevin Rudd and Jacinda Ardern spoke by phone on Monday. In a joint statement, Rudd and "
                     "Jacinda Ardern said they had settled the fishing row.";
  auto m = run(text, day("2021-03-01"), {tx(text, "Monday", "2021-03-01", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].type, EventType::kCall);
  EXPECT_EQ(m[1].type, EventType::kAgreement);
  EXPECT_EQ(people(m[1]), "Jacinda Ardern;Kevin Rudd");
  text = "Kevin Rudd and Jacinda Ardern spoke by phone on Monday. Jacinda Ardern said they had settled the fishing row.";
  m = run(text, day("2021-03-01"), {tx(text, "Monday", "2021-03-01", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kCall);
}

TEST(DocumentPass, a_cancelled_reference_cancels_the_dated_plan) {
  std::string text = "Emmanuel Macron and Li Qiang were to hold a summit in late October.\n\n"
                     "Later Paris announced the cancelled summit between Emmanuel Macron and Li Qiang.";
  auto m = run(text, day("2023-09-07"), {tx(text, "late October", "2023-10", "dct", "END")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kCancelled);
  EXPECT_EQ(m[0].time.value, "2023-10");
}

TEST(DocumentPass, an_institution_reporting_a_gathering_is_its_readout) {
  auto m = run("Joe Biden held a phone call with Olaf Scholz. The White House said the two leaders discussed energy.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kCall);
}

TEST(DocumentPass, one_speaker_makes_one_statement) {
  auto m = run("Sergey Lavrov said sanctions fail. Lavrov also said talks help. Lavrov added nothing.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Sergey Lavrov");
}

TEST(DocumentPass, an_institution_and_its_spokesperson_make_one_statement_a_day) {
  std::string text = "Xi Jinping will receive Narendra Modi in Wuhan on Monday, the Kremlin announced Friday.\n\n"
                     "Kremlin spokesman Dmitry Peskov confirmed the visit on Friday.";
  auto m = run(text, day("2024-05-03"), {tx(text, "Monday", "2024-05-06", "dct"), tx(text, "Friday", "2024-05-03", "dct"),
                                         tx(text, "on Friday", "2024-05-03", "dct")});
  int statements = 0;
  for (auto& x : m)
    if (x.type == EventType::kStatement) {
      ++statements;
      EXPECT_EQ(people(x), "Dmitry Peskov");
    }
  EXPECT_EQ(statements, 1);
  // On another day the institution's words are their own.
  std::string later = "The Kremlin said on Tuesday the talks were useful.\n\nKremlin spokesman Dmitry Peskov said on Friday they were not.";
  auto n = run(later, day("2024-05-03"), {tx(later, "on Tuesday", "2024-04-30", "dct"), tx(later, "on Friday", "2024-05-03", "dct")});
  EXPECT_EQ(n.size(), 2u);
  // Undated words of the spokesperson are the institution's dated words.
  std::string undated = "Xi Jinping will receive Narendra Modi in Wuhan, the Kremlin said on Thursday.\n\n"
                        "The two leaders will discuss trade, Kremlin spokesman Dmitry Peskov said.";
  auto u = run(undated, day("2024-05-03"), {tx(undated, "Thursday", "2024-05-02", "dct")});
  int said = 0;
  for (auto& x : u)
    if (x.type == EventType::kStatement) {
      ++said;
      EXPECT_EQ(people(x), "Dmitry Peskov");
      EXPECT_EQ(x.time.value, "2024-05-02");
    }
  EXPECT_EQ(said, 1);
}

TEST(DocumentPass, an_undated_plan_of_the_people_of_a_dated_plan_is_that_plan) {
  std::string text = "An aide said Javier Milei still wants his planned summit with Gabriel Boric. "
                     "The Boric-Milei summit set for June 3 was called off on Friday.";
  auto m = run(text, day("2024-05-25"), {tx(text, "June 3", "2024-06-03", "dct"), tx(text, "Friday", "2024-05-24", "dct")});
  int summits = 0;
  for (auto& x : m)
    if (x.type == EventType::kSummit) {
      ++summits;
      EXPECT_EQ(x.status, EventStatus::kCancelled);
      EXPECT_EQ(x.time.value, "2024-06-03");
    }
  EXPECT_EQ(summits, 1);
}

TEST(DocumentPass, a_plan_to_go_to_the_place_of_a_dated_plan_is_that_trip) {
  std::string text = "Gabriel Boric will travel to Lima.\n\nHe will meet Dina Boluarte in Lima on Monday.";
  auto m = run(text, day("2024-05-03"), {tx(text, "Monday", "2024-05-06", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2024-05-06");
  // Another place is another plan.
  std::string other = "Gabriel Boric will travel to Quito.\n\nHe will meet Dina Boluarte in Lima on Monday.";
  EXPECT_EQ(run(other, day("2024-05-03"), {tx(other, "Monday", "2024-05-06", "dct")}).size(), 2u);
}

TEST(DocumentPass, a_denial_covers_the_rumoured_plan) {
  std::string text =
      "Mao Ning said there is no information regarding a meeting between the Japanese, Indian and Brazilian leaders later this year. "
      "Reports said Fumio Kishida, Narendra Modi and Lula may have a meeting in October in Tokyo.";
  auto m = run(text, day("2023-06-10"),
               {tx(text, "later this year", "2023", "dct"), tx(text, "October", "2023-10", "dct")});
  int meetings = 0;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      ++meetings;
      EXPECT_EQ(x.status, EventStatus::kDenied);
      EXPECT_EQ(x.time.value, "2023-10");
    }
  EXPECT_EQ(meetings, 1);
}

TEST(DocumentPass, a_dated_joint_statement_is_kept_beside_the_visit) {
  std::string text =
      "Japan – India Joint Statement, September 14, 2017\n\nShinzo Abe is paying a visit to India from September 13-15, 2017.";
  auto m = run(text, day("2017-09-14"),
               {tx(text, "September 14, 2017", "2017-09-14", "absolute"), tx(text, "September 13", "2017-09-13", "absolute")});
  bool agreement = false, visit = false;
  for (auto& x : m) {
    if (x.type == EventType::kAgreement) {
      agreement = true;
      EXPECT_EQ(people(x), "India;Japan");
      EXPECT_EQ(x.time.value, "2017-09-14");
    }
    if (x.type == EventType::kVisit) visit = true;
  }
  EXPECT_TRUE(agreement);
  EXPECT_TRUE(visit);
}


TEST(DocumentPass, a_cancellation_gives_the_plan_its_status) {
  DocumentMemory mem;
  Mention plan;
  plan.type = EventType::kSummit;
  plan.status = EventStatus::kPlanned;
  plan.participants = {"China", "France"};
  plan.time.interval = DayInterval{day("2023-10-01"), day("2023-10-31")};
  Mention off = plan;
  off.status = EventStatus::kCancelled;
  off.status_why = "cancelled";
  off.sentence = 3;
  off.time = EventTime{};
  mem.reports = {{plan, false, {}, false}, {off, false, {}, false}};
  fold_document(lexicon(), mem);
  EXPECT_FALSE(mem.reports[0].dropped);
  EXPECT_EQ(mem.reports[0].mention.status, EventStatus::kCancelled);
  EXPECT_EQ(mem.reports[0].mention.status_why, "cancelled (sentence 3)");
  EXPECT_TRUE(mem.reports[1].dropped);
}

TEST(DocumentPass, one_speaker_without_a_new_date_makes_one_statement) {
  DocumentMemory mem;
  Mention said;
  said.type = EventType::kStatement;
  said.participants = {"Sergey Lavrov"};
  Mention dated = said;
  dated.time.basis = DateBasis::kRelative;
  dated.time.interval = DayInterval{day("2023-02-20"), day("2023-02-20")};
  mem.reports = {{said, false, {}, false}, {said, false, {}, false}, {dated, false, {}, false}};
  fold_document(lexicon(), mem);
  EXPECT_FALSE(mem.reports[0].dropped);
  EXPECT_TRUE(mem.reports[1].dropped);
  EXPECT_FALSE(mem.reports[2].dropped);  // a date of its own: another statement
}


TEST(DocumentPass, an_institution_and_its_state_are_one_speaker) {
  auto m = run("The White House issued a statement. The U.S. administration said there was no progress.", day("2013-08-07"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "White House");
}


TEST(DocumentPass, a_readout_of_its_own_day_is_its_own_statement) {
  std::string text = "Barack Obama spoke with Raul Castro on Wednesday, the White House said Friday.";
  auto m = run(text, day("2015-04-10"),
               {tx(text, "Wednesday", "2015-04-08", "dct"), tx(text, "Friday", "2015-04-10", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, EventType::kStatement);
  EXPECT_EQ(people(m[1]), "White House");
  // Without a day of its own, it is the readout of the call.
  m = run("Barack Obama spoke with Raul Castro on Wednesday, the White House said.", day("2015-04-10"),
          {tx("Barack Obama spoke with Raul Castro on Wednesday, the White House said.", "Wednesday", "2015-04-08", "dct")});
  ASSERT_EQ(m.size(), 1u);
  // A call placed only within the week and words of Friday: the words are their own statement.
  text = "Joe Biden spoke with Olaf Scholz earlier this week, the White House said Friday.";
  m = run(text, day("2023-03-10"),
          {tx(text, "earlier this week", "2023-W10", "dct"), tx(text, "Friday", "2023-03-10", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, EventType::kStatement);
  EXPECT_EQ(people(m[1]), "White House");
  EXPECT_EQ(m[1].time.value, "2023-03-10");
  // Dated words beside an undated background trip of the same person are no readout of the trip.
  text = "Gabriel Boric will visit Lima, the White House said Friday. Boric's first trip to Peru was a success.";
  m = run(text, day("2024-03-08"), {tx(text, "Friday", "2024-03-08", "dct")});
  int statements = 0;
  for (auto& x : m) statements += x.type == EventType::kStatement;
  EXPECT_EQ(statements, 1);
}


TEST(DocumentPass, a_spokespersons_dated_words_are_no_part_of_the_gathering) {
  // The leader's own words that day belong to his call; his spokesperson's are a briefing.
  std::string text = "LONDON -- Keir Starmer spoke with Ursula von der Leyen by phone on Monday. "
                     "Earlier on Monday the PM's spokesperson said he was ready to keep talking.";
  auto m = run(text, day("2024-12-09"), {tx(text, "on Monday", "2024-12-09", "dct"), tx(text, "Earlier on Monday", "2024-12-09", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, EventType::kStatement);
  EXPECT_EQ(people(m[1]), "Keir Starmer");
  text = "LONDON -- Keir Starmer spoke with Ursula von der Leyen by phone on Monday. "
         "Earlier on Monday Starmer said he was ready to keep talking.";
  m = run(text, day("2024-12-09"), {tx(text, "on Monday", "2024-12-09", "dct"), tx(text, "Earlier on Monday", "2024-12-09", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kCall);
  // "X's office said" is X's voice too.
  text = "Angela Merkel spoke with Gabriel Boric by phone on Tuesday. Boric's office said late Tuesday that they would meet.";
  m = run(text, day("2011-07-20"), {tx(text, "on Tuesday", "2011-07-19", "dct"), tx(text, "late Tuesday", "2011-07-19", "dct")});
  int statements = 0;
  for (auto& x : m)
    if (x.type == EventType::kStatement) {
      ++statements;
      EXPECT_EQ(people(x), "Gabriel Boric");
    }
  EXPECT_EQ(statements, 1);
}

TEST(DocumentPass, a_state_speaking_beside_its_leaders_gathering_is_inside_it_only_about_it) {
  std::string text = "Gabriel Boric met Dina Boluarte in Lima today. The Chilean government reiterated on Wednesday "
                     "that the crisis must end.";
  auto m = run(text, day("2011-07-20"), {tx(text, "today", "2011-07-20", "dct"), tx(text, "on Wednesday", "2011-07-20", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(people(m[1]), "Chile");
  // Words that name the gathering's people are its readout.
  text = "Gabriel Boric met Dina Boluarte in Lima today. The Chilean government said on Wednesday that Boric "
         "and Boluarte discussed trade.";
  m = run(text, day("2011-07-20"), {tx(text, "today", "2011-07-20", "dct"), tx(text, "on Wednesday", "2011-07-20", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kMeeting);
}

TEST(DocumentPass, people_introduced_with_their_state_count_as_that_state) {
  std::string text = "Pakistan called off the talks between India and Pakistan due on Sunday. Indian NSA Arjun Rao had hoped to "
                     "hold talks with Pakistani NSA Kamal Aziz on August 23.";
  auto m = run(text, day("2015-08-22"),
               {tx(text, "Sunday", "2015-08-23", "dct"), tx(text, "August 23", "2015-08-23", "dct")});
  int meetings = 0;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      ++meetings;
      EXPECT_EQ(x.status, EventStatus::kCancelled) << people(x);
    }
  EXPECT_EQ(meetings, 1);
}

TEST(DocumentPass, words_about_a_plan_are_no_readout) {
  // A readout reports what happened; an institution speaking beside a planned gathering
  // announces, and its words are a statement of their own.
  std::string text = "Gabriel Boric will meet Javier Milei in Lima, the White House said Friday.";
  auto m = run(text, day("2024-03-08"), {tx(text, "Friday", "2024-03-08", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(m[1].type, EventType::kStatement);
  EXPECT_EQ(people(m[1]), "White House");
  // Beside an occurred meeting, the same words are its readout.
  text = "Gabriel Boric met Javier Milei in Lima on Friday, the White House said.";
  m = run(text, day("2024-03-08"), {tx(text, "Friday", "2024-03-08", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kMeeting);
}

}  // namespace
}  // namespace annalist::event
