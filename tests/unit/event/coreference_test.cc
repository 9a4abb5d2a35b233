// Stage tests (a report of a gathering already reported in the document), written as sentences with their expected events.
#include <gtest/gtest.h>

#include <algorithm>

#include "event/coreference.h"
#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

TEST(Coreference, a_definite_reference_repeats_the_last_gathering) {
  auto m = run("Olaf Scholz and Li Qiang held a phone call. During the call, Scholz raised trade.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kCall);
}

TEST(Coreference, headline_dated_by_publication_yields_to_the_dated_report) {
  std::string text = "Blinken's Call With Foreign Minister Wang Yi\n\nOn March 3, Antony Blinken spoke with Wang Yi.";
  auto m = run(text, day("2023-08-05"), {tx(text, "March 3", "2023-03-03", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-03-03");
}

TEST(Coreference, a_lead_dated_by_publication_takes_the_date_of_a_later_report_of_the_same_call) {
  // The lead tells the call without a day; the body names it. One call, dated by the body.
  std::string text =
      "After President Ana Ruiz of Chile spoke with President Trump about tariffs, he announced a delay.\n\n"
      "Markets rose.\n\nOn Thursday morning, President Ana Ruiz of Chile spoke with President Trump.";
  auto m = run(text, day("2025-03-06"), {tx(text, "Thursday morning", "2025-03-06", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2025-03-06");
  EXPECT_EQ(m[0].time.basis, DateBasis::kRelative);
  EXPECT_EQ(m[0].time.timex_text, "Thursday morning");
}

TEST(Coreference, a_definite_noun_naming_nobody_refers_to_the_last_gathering) {
  DocumentMemory mem;
  Mention call;
  call.type = EventType::kCall;
  call.participants = {"Li Qiang", "Olaf Scholz"};
  mem.reports.push_back({call, false, {}, false});
  mem.gatherings.push_back(0);
  auto r = read("During the call, trade came up.");
  auto hits = r->triggers();
  ASSERT_EQ(hits.size(), 1u);
  Mention m;
  m.type = EventType::kCall;
  EXPECT_TRUE(refers_to_reported_gathering(r->s, hits[0], true, m, mem));
  m.status = EventStatus::kPlanned;  // another status: another gathering
  EXPECT_FALSE(refers_to_reported_gathering(r->s, hits[0], true, m, mem));
}

TEST(Coreference, the_same_people_on_another_day_are_another_gathering) {
  DocumentMemory mem;
  Mention first;
  first.type = EventType::kMeeting;
  first.participants = {"Joe Biden", "Xi Jinping"};
  first.time.interval = DayInterval{day("2023-02-21"), day("2023-02-21")};
  first.time.basis = DateBasis::kRelative;
  first.time.timex_text = "Tuesday";
  mem.reports.push_back({first, false, {}, false});
  mem.gatherings.push_back(0);
  auto r = read("Joe Biden met Xi Jinping on Friday.");
  auto hits = r->triggers();
  ASSERT_EQ(hits.size(), 1u);
  Mention again = first;
  EXPECT_TRUE(repeats_reported_gathering(r->s, hits[0], again, day("2023-02-25"), mem));
  again.time.interval = DayInterval{day("2023-02-24"), day("2023-02-24")};
  again.time.timex_text = "Friday";
  EXPECT_FALSE(repeats_reported_gathering(r->s, hits[0], again, day("2023-02-25"), mem));
}

TEST(Coreference, a_definite_reference_to_an_announced_trip_is_the_plan_again) {
  // "Boric's trip" after "Boric will travel to Lima" names the announced trip, not a past one.
  auto m = run("Gabriel Boric will travel to Lima.\nA source said Boric's trip to Lima did not mean a deal.",
               day("2020-12-07"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  // After a reported trip of the same people, the reference is to that one (and no plan is made).
  m = run("Gabriel Boric will travel to Lima.\nGabriel Boric visited Lima in May.\nHe said his trip to Lima was useful.",
          day("2020-12-07"), {});
  int planned = 0;
  for (auto& x : m) planned += x.status == EventStatus::kPlanned;
  EXPECT_EQ(planned, 1);
  // A trip to another place is another trip.
  m = run("Gabriel Boric will travel to Lima.\nA source said Boric's trip to Quito was useful.", day("2020-12-07"));
  ASSERT_EQ(m.size(), 2u);
  // A trip with a cue of its own is no reference to the plan.
  m = run("Gabriel Boric will travel to Lima.\nBoric's last trip to Lima was cancelled.", day("2020-12-07"));
  bool cancelled = false;
  for (auto& x : m) cancelled |= x.status == EventStatus::kCancelled;
  EXPECT_TRUE(cancelled);
}


TEST(Coreference, that_meeting_after_a_cancelled_plan_is_the_plan) {
  auto m = run("Gabriel Boric said his planned meeting with Javier Milei in Quito will not take place.\n"
               "Boric said a deal might have been signed at that meeting with Milei.",
               day("2023-10-04"));
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      EXPECT_EQ(x.status, EventStatus::kCancelled) << x.quote;
    }
}


TEST(Coreference, the_recent_talks_after_an_offer_to_host_them_report_that_they_took_place) {
  // "the recent talks" after "had made an offer to host talks": the plan happened; plain "the talks"
  // still names the plan.
  auto count = [](const std::vector<Mention>& m, EventStatus st) {
    int n = 0;
    for (auto& x : m) n += x.type == EventType::kMeeting && x.status == st;
    return n;
  };
  const std::string offer = "Olaf Scholz had made an offer to host talks between Chile and Peru.\n";
  for (const char* held : {"Chile and Peru praised the recent talks.", "Peru and Chile thanked him for hosting the recent talks.",
                           "Chile and Peru welcomed the just-concluded talks."}) {
    auto m = run(offer + held, day("2023-03-11"));
    EXPECT_EQ(count(m, EventStatus::kPlanned), 1) << held;
    EXPECT_EQ(count(m, EventStatus::kOccurred), 1) << held;
  }
  auto m = run(offer + "Chile and Peru praised the talks.", day("2023-03-11"));
  EXPECT_EQ(count(m, EventStatus::kOccurred), 0);
}


TEST(Coreference, talks_of_other_people_of_the_same_states_are_not_the_announced_talks) {
  // The announced parleys are of an envoy; "the Lima talks between" the two presidents are another,
  // earlier gathering, not that plan told again.
  const std::string plan = "Chile said Argentine envoy Ana Ruiz was welcome to come for the May 3-4 parleys.\n";
  std::string text = plan + "Boric said Ruiz had quoted from the Lima talks between Gabriel Boric and Javier Milei.";
  auto m = run(text, day("2024-05-02"), {tx(text, "May 3-4", "2024-05-03/2024-05-04", "dct")});
  bool talks = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting && x.status == EventStatus::kOccurred) {
      talks = true;
      EXPECT_EQ(people(x), "Gabriel Boric;Javier Milei");
      EXPECT_EQ(x.location, "Lima");
    }
  EXPECT_TRUE(talks);
  // The envoy's talks named again are the plan.
  text = plan + "Boric said Ruiz would read from the talks with Chile.";
  m = run(text, day("2024-05-02"), {tx(text, "May 3-4", "2024-05-03/2024-05-04", "dct")});
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      EXPECT_NE(x.status, EventStatus::kOccurred) << x.quote;
    }
}

}  // namespace
}  // namespace annalist::event
