// Extraction rules, one sentence each: participants, status, location, time and evidence.
#include "event/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "base/strings.h"
#include "base/utf8.h"
#include "calendar/timex_value.h"

namespace annalist::event {
namespace {

const Extractor& extractor() {
  static Extractor ex = Extractor::load(ANNALIST_SOURCE_DATA_DIR);
  return ex;
}

Day day(const char* s) { return *calendar::parse_iso_day(s); }

/// A timex over the first occurrence of `phrase` in `text`, as the tagger would report it.
Timex tx(const std::string& text, const std::string& phrase, const std::string& value, const std::string& anchor,
         const std::string& mod = "", const std::string& type = "DATE") {
  Timex t;
  std::size_t b = text.find(phrase);
  EXPECT_NE(b, std::string::npos) << phrase;
  base::CodePointIndex cpi(text);
  t.byte_begin = b;
  t.byte_end = b + phrase.size();
  t.begin = cpi.to_code_point(t.byte_begin);
  t.end = cpi.to_code_point(t.byte_end);
  t.text = phrase;
  t.type = type;
  t.value = value;
  t.mod = mod;
  t.anchor = anchor;
  return t;
}

std::vector<Mention> run(const std::string& text, std::optional<Day> dct = std::nullopt, std::vector<Timex> timexes = {}) {
  Document d;
  d.id = "t";
  d.text = text;
  d.dct.day = dct;
  return extractor().extract(d, timexes);
}

std::string people(const Mention& m) { return base::join(m.participants, ";"); }

// ---------------------------------------------------------------- participants

TEST(Participants, names_and_strong_aliases) {
  auto m = run("Putin met Xi in Beijing.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Vladimir Putin;Xi Jinping");
  EXPECT_EQ(m[0].type, EventType::kMeeting);
  EXPECT_EQ(m[0].location, "Beijing");
}

TEST(Participants, transliteration_variants) {
  auto m = run("Sergei Lavrov held talks with Nikolai Patrushev.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Nikolay Patrushev;Sergey Lavrov");
}

TEST(Participants, surname_only_after_a_full_mention) {
  EXPECT_TRUE(run("Wang met Sergey Lavrov in Sochi.").empty());
  auto m = run("Wang Yi arrived in Sochi on a visit. Wang met Sergey Lavrov.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(people(m[1]), "Sergey Lavrov;Wang Yi");
}

TEST(Participants, a_known_surname_does_not_hide_an_unknown_name) {
  // "Park" is the surname of people in the dictionary, none of them named here.
  auto m = run("Kremlin aide Roger Park met Sergey Lavrov in Sochi.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Roger Park;Sergey Lavrov");
}

TEST(Participants, a_title_ending_in_s_is_not_a_plural) {
  // "affairs" ends in s, but the title names one office holder, unlike "the Russian ministers".
  auto m = run("The Russian minister of foreign affairs met Wang Yi in Beijing.", day("2023-03-21"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Sergey Lavrov;Wang Yi");
}

TEST(Participants, titles_resolve_by_the_event_date) {
  std::string text = "The Chinese president held talks with the Russian president.";
  auto a = run(text, day("2023-03-21"));
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(people(a[0]), "Vladimir Putin;Xi Jinping");
  auto b = run(text, day("2010-03-25"));
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(people(b[0]), "Dmitry Medvedev;Hu Jintao");
  // The date of the event, not the publication date, decides.
  std::string past = "In 2011, the Chinese president held talks with the Russian president.";
  auto c = run(past, day("2024-01-10"), {tx(past, "2011", "2011", "absolute")});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(people(c[0]), "Dmitry Medvedev;Hu Jintao");
}

TEST(Participants, title_with_name_keeps_the_name) {
  auto m = run("Wen Jiabao and Russian Prime Minister Vladimir Putin met in Sochi.", day("2011-10-11"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Vladimir Putin;Wen Jiabao");
}

TEST(Participants, without_a_date_a_title_needs_a_holder_named_in_the_document) {
  EXPECT_TRUE(run("The Chinese president held talks with the Russian president.").empty());
  auto m = run("Xi Jinping spoke. Later the Chinese president held talks with Vladimir Putin.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Vladimir Putin;Xi Jinping");
}

TEST(Participants, the_two_leaders_are_the_last_participants) {
  auto m = run("Xi Jinping and Vladimir Putin spoke by phone. The two leaders will meet in Kazan.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, EventType::kMeeting);
  EXPECT_EQ(people(m[1]), "Vladimir Putin;Xi Jinping");
  EXPECT_EQ(m[1].status, EventStatus::kPlanned);
  EXPECT_EQ(m[1].location, "Kazan");
}

TEST(Participants, leaders_of_a_country_group_by_date) {
  std::string text = "Indian and Japanese leaders met in Osaka. The two leaders first met in 2015.";
  auto m = run(text, std::nullopt, {tx(text, "2015", "2015", "absolute")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(people(m[0]), "India;Japan");
  EXPECT_EQ(people(m[1]), "Narendra Modi;Shinzo Abe");
  EXPECT_EQ(m[1].time.basis, DateBasis::kExplicit);
}

TEST(Participants, unknown_person_after_a_title_is_kept_as_written) {
  auto m = run("Wang Yi held talks with Kremlin aide Pavel Ivanovsky.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Pavel Ivanovsky;Wang Yi");
  // The surname then names him for the rest of the document.
  auto s = run("Wang Yi met Kremlin aide Pavel Ivanovsky. Ivanovsky later held talks with Sergey Lavrov.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(people(s[1]), "Pavel Ivanovsky;Sergey Lavrov");
}

TEST(Participants, unknown_speaker_before_a_speech_verb) {
  auto m = run("The head of Gazprom, Anna Petrova, said the visit was cancelled for good.");
  bool found = false;
  for (auto& x : m)
    if (x.type == EventType::kStatement && people(x) == "Anna Petrova") found = true;
  EXPECT_TRUE(found);
}

TEST(Participants, countries_when_no_person_is_named) {
  auto m = run("China and Russia held talks in Minsk.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "China;Russia");
  EXPECT_EQ(m[0].location, "Minsk");  // a place is not a participant
  auto k = run("Moscow and Beijing held talks.");
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(people(k[0]), "China;Russia");
}

TEST(Participants, persons_win_over_countries) {
  auto m = run("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Vladimir Putin;Xi Jinping");
}

TEST(Participants, a_visit_without_host_names_the_country) {
  auto m = run("Xi Jinping arrived in Moscow for a state visit.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kVisit);
  EXPECT_EQ(people(m[0]), "Russia;Xi Jinping");
  EXPECT_EQ(m[0].location, "Moscow");
}

TEST(Participants, sources_are_not_participants) {
  auto m = run("According to Dmitry Peskov, Vladimir Putin held talks with Xi Jinping.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Vladimir Putin;Xi Jinping");
}

TEST(Participants, statement_speaker_is_the_subject) {
  auto m = run("\xE2\x80\x9CWe will win,\xE2\x80\x9D Sergey Lavrov said on Monday.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kStatement);
  EXPECT_EQ(people(m[0]), "Sergey Lavrov");
  auto t = run("Olaf Scholz told Emmanuel Macron on Thursday that he backs the plan.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(people(t[0]), "Olaf Scholz");
}

TEST(Participants, statements_of_participants_belong_to_the_meeting) {
  auto m = run("Xi Jinping met Vladimir Putin. Xi said the talks were good. Sergey Lavrov said nothing new.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].type, EventType::kMeeting);
  EXPECT_EQ(people(m[1]), "Sergey Lavrov");
}

TEST(Participants, a_definite_reference_repeats_the_last_gathering) {
  auto m = run("Olaf Scholz and Li Qiang held a phone call. During the call, Scholz raised trade.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kCall);
}

// ---------------------------------------------------------------- status

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

TEST(Status, a_date_after_publication_is_a_plan) {
  std::string text = "Narendra Modi and Vladimir Putin hold talks in Kazan on March 20.";
  auto m = run(text, day("2023-02-23"), {tx(text, "March 20", "2023-03-20", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(m[0].status_why, "dated after the publication date");
}

TEST(Status, a_plan_without_date_is_undated) {
  auto m = run("Fumio Kishida will visit Mongolia.", day("2023-02-23"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_FALSE(m[0].time.dated());
  EXPECT_EQ(m[0].time.basis, DateBasis::kUnknown);
}

// ---------------------------------------------------------------- time

TEST(Time, weekday_resolved_against_the_publication_date_is_relative) {
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

TEST(Time, absolute_year_is_explicit) {
  std::string text = "Joe Biden and Xi Jinping first met in 2011.";
  auto m = run(text, std::nullopt, {tx(text, "2011", "2011", "absolute")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.basis, DateBasis::kExplicit);
  EXPECT_EQ(m[0].time.granularity, Granularity::kYear);
  EXPECT_EQ(m[0].time.value, "2011");
  EXPECT_EQ(m[0].time.interval->first, day("2011-01-01"));
  EXPECT_EQ(m[0].time.interval->last, day("2011-12-31"));
}

TEST(Time, unresolved_value_leaves_the_mention_undated) {
  std::string text = "On Friday, Olaf Scholz and Li Qiang held a video call.";
  auto m = run(text, std::nullopt, {tx(text, "Friday", "XXXX-XX-XX", "none")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kCall);
  EXPECT_FALSE(m[0].time.dated());
  EXPECT_EQ(m[0].time.basis, DateBasis::kUnknown);
  EXPECT_EQ(m[0].time.value, "XXXX-XX-XX");
}

TEST(Time, no_time_in_the_text_is_bounded_by_publication) {
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

TEST(Time, earlier_statements_are_not_dated_by_publication) {
  auto m = run("Antony Blinken earlier said the sanctions would work.", day("2022-01-10"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_FALSE(m[0].time.dated());
}

TEST(Time, end_of_a_year_is_its_last_month) {
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

TEST(Time, late_month_stays_the_month) {
  std::string text = "Olaf Scholz and Justin Trudeau met virtually in late June.";
  auto m = run(text, day("2021-12-16"), {tx(text, "late June", "2021-06", "dct", "END")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2021-06");
  EXPECT_EQ(m[0].time.granularity, Granularity::kMonth);
  EXPECT_EQ(m[0].time.interval->first, day("2021-06-01"));
  EXPECT_EQ(m[0].time.interval->last, day("2021-06-30"));
}

TEST(Time, bounds_are_not_the_event_time) {
  std::string text = "Since 2019, Xi Jinping held talks with Vladimir Putin.";
  auto m = run(text, day("2021-05-05"), {tx(text, "2019", "2019", "absolute")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].time.value, "2019");
}

TEST(Time, durations_are_not_dates) {
  std::string text = "Xi Jinping held talks with Vladimir Putin for three hours.";
  auto m = run(text, day("2021-05-05"), {tx(text, "three hours", "PT3H", "none", "", "DURATION")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.basis, DateBasis::kPublication);
}

TEST(Time, aggregates_are_not_events) {
  std::string text = "Joe Biden and Xi Jinping have met 12 times since 2011.";
  EXPECT_TRUE(run(text, std::nullopt, {tx(text, "2011", "2011", "absolute")}).empty());
  EXPECT_TRUE(run("We have met four times this year, Emmanuel Macron told Olaf Scholz.").size() <= 1u);
}

// ---------------------------------------------------------------- documents

TEST(Document, transcript_pronouns_name_the_speakers) {
  std::string text =
      "President of Russia Vladimir Putin: Mr President, let me welcome you to Sochi.\n"
      "President of Turkey Recep Tayyip Erdogan: Thank you. Today we held very useful talks.";
  auto m = run(text, day("2021-09-29"), {tx(text, "Today", "2021-09-29", "dct")});
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(people(m[0]), "Recep Tayyip Erdogan;Vladimir Putin");
  EXPECT_EQ(m[0].status, EventStatus::kOccurred);  // "let me welcome" is not a plan
  EXPECT_EQ(m[0].location, "Sochi");
}

TEST(Document, headline_dated_by_publication_yields_to_the_dated_report) {
  std::string text = "Blinken's Call With Foreign Minister Wang Yi\n\nOn March 3, Antony Blinken spoke with Wang Yi.";
  auto m = run(text, day("2023-08-05"), {tx(text, "March 3", "2023-03-03", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2023-03-03");
}

TEST(Document, a_cancelled_reference_cancels_the_dated_plan) {
  std::string text = "Emmanuel Macron and Li Qiang were to hold a summit in late October.\n\n"
                     "Later Paris announced the cancelled summit between Emmanuel Macron and Li Qiang.";
  auto m = run(text, day("2023-09-07"), {tx(text, "late October", "2023-10", "dct", "END")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kCancelled);
  EXPECT_EQ(m[0].time.value, "2023-10");
}

TEST(Document, the_prime_minister_of_the_country_the_document_names) {
  auto m = run("Statement from Downing Street\nThe Prime Minister held a phone call with Narendra Modi.", day("2024-09-12"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Keir Starmer;Narendra Modi");
}

TEST(Document, an_institution_reporting_a_gathering_is_its_readout) {
  auto m = run("Joe Biden held a phone call with Olaf Scholz. The White House said the two leaders discussed energy.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kCall);
}

TEST(Document, one_speaker_makes_one_statement) {
  auto m = run("Sergey Lavrov said sanctions fail. Lavrov also said talks help. Lavrov added nothing.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Sergey Lavrov");
}

// ---------------------------------------------------------------- scope

TEST(Scope, weak_nouns_need_someone_in_their_complement) {
  EXPECT_TRUE(run("India praised the dialogue between their respective envoys.").empty());
  auto m = run("Brazil welcomed the discussions between India and Pakistan.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(people(m[0]), "India;Pakistan");
}

TEST(Scope, host_verbs_need_a_person) {
  EXPECT_TRUE(run("Qatar successfully hosted the football championship.").empty());
  auto m = run("Xi Jinping hosted Emmanuel Macron in Beijing.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Emmanuel Macron;Xi Jinping");
}

TEST(Scope, the_speaker_of_reported_words_is_not_a_participant) {
  auto m = run("Joe Biden will visit Vietnam in September, spokeswoman Karen Doyle said.");
  bool visit = false;
  for (auto& x : m)
    if (x.type == EventType::kVisit) {
      visit = true;
      EXPECT_EQ(people(x), "Joe Biden;Vietnam");
    }
  EXPECT_TRUE(visit);
}

TEST(Scope, a_time_before_that_dates_the_matrix_clause) {
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

TEST(Scope, a_plan_dated_by_its_report_is_undated) {
  std::string text = "On Tuesday, Mao Ning rejected reports about an invitation for Li Qiang to visit Canberra.";
  auto m = run(text, day("2023-07-04"), {tx(text, "Tuesday", "2023-07-04", "dct")});
  for (auto& x : m)
    if (x.type == EventType::kVisit) {
      EXPECT_EQ(x.status, EventStatus::kPlanned);
      EXPECT_FALSE(x.time.dated());
    }
}

TEST(Scope, earlier_today_is_a_time_not_an_earlier_report) {
  std::string text = "Angela Merkel spoke to Shinzo Abe by phone earlier today.";
  auto m = run(text, day("2019-04-10"), {tx(text, "today", "2019-04-10", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.basis, DateBasis::kRelative);
}

TEST(Time, a_dash_and_a_later_day_make_a_range) {
  std::string text = "Talks between India and Japan will take place in Osaka on March 14-15.";
  auto m = run(text, day("2023-02-01"), {tx(text, "March 14", "2023-03-14", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(m[0].time.granularity, Granularity::kRange);
  EXPECT_EQ(m[0].time.value, "2023-03-14/2023-03-15");
  EXPECT_EQ(m[0].time.interval->last, day("2023-03-15"));
}

TEST(Document, a_denial_covers_the_rumoured_plan) {
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

TEST(Document, a_coordinated_clause_with_its_own_subject_is_a_second_gathering) {
  std::string text = "President of France Emmanuel Macron: Mr Chancellor, welcome.\n"
                     "Chancellor of Germany Olaf Scholz: Thank you.\n"
                     "Emmanuel Macron: Your advisers have visited Paris, and today, our defence and foreign ministers are meeting here.";
  auto m = run(text, day("2023-06-06"), {tx(text, "today", "2023-06-06", "dct")});
  bool countries = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting && people(x) == "France;Germany") countries = true;
  EXPECT_TRUE(countries);
}

TEST(Scope, passives_are_no_events_unless_they_name_their_agents) {
  EXPECT_TRUE(run("The verdict was met with anger in Lima.").empty());
  auto m = run("The accord was approved by Emmanuel Macron and Olaf Scholz.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kAgreement);
}

// ---------------------------------------------------------------- evidence

TEST(Evidence, quote_is_the_sentence_in_code_points) {
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

TEST(Evidence, related_links_after_the_article_are_ignored) {
  auto m = run("Xi Jinping met Vladimir Putin.\n\nRelated\n\nJoe Biden held talks with Xi Jinping.");
  ASSERT_EQ(m.size(), 1u);
}


// ---------------------------------------------------------------- hosts, embedded gatherings

TEST(Participants, the_one_who_invites_hosts_the_visit) {
  auto m = run("At the invitation of President Emmanuel Macron, Narendra Modi is paying a state visit to France.",
               day("2023-07-14"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kVisit);
  EXPECT_EQ(people(m[0]), "Emmanuel Macron;Narendra Modi");
}

TEST(Document, a_dated_gathering_inside_another_report_is_its_own_event) {
  std::string text =
      "Fumio Kishida and Narendra Modi exchanged letters. Kishida's planned visit to Delhi was first proposed during the "
      "talks of both leaders on June 3.";
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
}

TEST(Participants, a_definite_dated_gathering_naming_nobody_is_of_the_parties_in_view) {
  std::string text =
      "On March 2, Olaf Scholz had a telephone conversation with Joe Biden. Both sides reviewed the steps agreed at "
      "the February 10 videoconference on grain exports from Poland.";
  auto m = run(text, day("2023-03-03"), {tx(text, "March 2", "2023-03-02", "dct"), tx(text, "February 10", "2023-02-10", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, EventType::kCall);
  EXPECT_EQ(m[1].time.value, "2023-02-10");
  EXPECT_EQ(people(m[1]), "Joe Biden;Olaf Scholz");
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

// ---------------------------------------------------------------- plans

TEST(Time, a_planned_month_without_a_year_lies_ahead) {
  // The tagger may read "November's" backwards in a past-tense report; a plan is ahead.
  std::string text = "Newspapers speculated that leaders from Japan and India could hold a meeting at November's festival in Delhi.";
  auto m = run(text, day("2023-07-19"), {tx(text, "November", "2022-11", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(m[0].time.value, "2023-11");
  EXPECT_EQ(people(m[0]), "India;Japan");
}

TEST(Time, a_month_is_a_month_unless_its_person_was_named) {
  // "May" is a surname only after the person was named in full.
  std::string text = "Narendra Modi and Shinzo Abe met on May 3.";
  auto m = run(text, day("2017-06-01"), {tx(text, "May 3", "2017-05-03", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.value, "2017-05-03");
}

TEST(Time, a_planned_month_with_its_year_stays_as_written) {
  std::string text = "Narendra Modi will visit Japan in November 2022.";
  auto m = run(text, day("2023-07-19"), {tx(text, "November 2022", "2022-11", "absolute")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].time.value, "2023-11");
}

// ---------------------------------------------------------------- agreements

TEST(Document, a_dated_joint_statement_is_kept_beside_the_visit) {
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

TEST(Participants, an_agreement_named_by_states_binds_the_states) {
  std::string text =
      "Shinzo Abe is paying a visit to India. The two sides reaffirmed their commitment to the 2014 India – Japan Joint Statement.";
  auto m = run(text, day("2017-09-14"), {tx(text, "2014", "2014", "absolute")});
  const Mention* a = nullptr;
  for (auto& x : m)
    if (x.type == EventType::kAgreement) a = &x;
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(people(*a), "India;Japan");
  EXPECT_EQ(a->time.value, "2014");
}


// ---------------------------------------------------------------- reported plans

TEST(Status, a_modal_before_glad_to_keeps_the_plan) {
  auto m = run("Narendra Modi would be glad to visit Japan.", day("2023-05-08"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  m = run("Narendra Modi and Fumio Kishida were glad to meet in Osaka.", day("2023-05-08"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kOccurred);
}

TEST(Participants, a_pronoun_in_the_reported_clause_takes_up_the_speaker) {
  auto m = run("Narendra Modi met Fumio Kishida in Delhi. The Indian leader said that he would be glad to visit Japan.",
               day("2023-05-08"));
  const Mention* visit = nullptr;
  for (auto& x : m)
    if (x.type == EventType::kVisit) visit = &x;
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->status, EventStatus::kPlanned);
  EXPECT_EQ(people(*visit), "Japan;Narendra Modi");
  EXPECT_FALSE(visit->time.dated());
  // Without the pronoun the matrix subject stays out: "X recalled that the summit was held".
  m = run("Narendra Modi recalled that the summit of Japan and India was held in Delhi.", day("2023-05-08"));
  for (auto& x : m) EXPECT_EQ(std::count(x.participants.begin(), x.participants.end(), "Narendra Modi"), 0);
}

}  // namespace
}  // namespace annalist::event
