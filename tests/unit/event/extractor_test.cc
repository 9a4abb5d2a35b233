// Extraction rules, one sentence each: participants, status, location, time and evidence.
#include "event/extractor.h"

#include <gtest/gtest.h>

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
  auto m = run("Xi Jinping held talks with Russian Prime Minister Vladimir Putin.", day("2010-03-25"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Vladimir Putin;Xi Jinping");
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
  std::string text = "Chinese and Russian leaders met in Minsk. The two leaders first met in 2013.";
  auto m = run(text, std::nullopt, {tx(text, "2013", "2013", "absolute")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(people(m[0]), "China;Russia");
  EXPECT_EQ(people(m[1]), "Vladimir Putin;Xi Jinping");
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
  auto m = run("Anna Petrova said the visit was cancelled for good.");
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
  auto t = run("Xi Jinping told Vladimir Putin on Saturday that he supports him.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(people(t[0]), "Xi Jinping");
}

TEST(Participants, statements_of_participants_belong_to_the_meeting) {
  auto m = run("Xi Jinping met Vladimir Putin. Xi said the talks were good. Sergey Lavrov said nothing new.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].type, EventType::kMeeting);
  EXPECT_EQ(people(m[1]), "Sergey Lavrov");
}

TEST(Participants, a_definite_reference_repeats_the_last_gathering) {
  auto m = run("Joe Biden and Xi Jinping held a phone call. During the call, Biden raised trade.");
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
      {"Xi Jinping's upcoming trip to Russia was discussed.", EventStatus::kPlanned},
      {"Xi Jinping and Vladimir Putin hold talks in Kazan next month.", EventStatus::kPlanned},
      {"The summit between Joe Biden and Vladimir Putin was postponed.", EventStatus::kCancelled},
      {"Joe Biden called off his visit to Australia.", EventStatus::kCancelled},
      {"Xi Jinping did not meet Joe Biden.", EventStatus::kDenied},
      {"Dmitry Peskov ruled out a meeting between Vladimir Putin and Volodymyr Zelensky.", EventStatus::kDenied},
      {"We know nothing about a meeting between Vladimir Putin and Donald Trump.", EventStatus::kDenied},
      {"Olaf Scholz is not going to cancel his visit to Beijing.", EventStatus::kPlanned},
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
  std::string text = "Xi Jinping and Vladimir Putin hold talks in Moscow on March 20.";
  auto m = run(text, day("2023-02-23"), {tx(text, "March 20", "2023-03-20", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(m[0].status_why, "dated after the publication date");
}

TEST(Status, a_plan_without_date_is_undated) {
  auto m = run("Xi Jinping will visit Russia.", day("2023-02-23"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_FALSE(m[0].time.dated());
  EXPECT_EQ(m[0].time.basis, DateBasis::kUnknown);
}

// ---------------------------------------------------------------- time

TEST(Time, weekday_resolved_against_the_publication_date_is_relative) {
  std::string text = "On Tuesday, Wang Yi met Sergey Lavrov.";
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
  std::string text = "Xi Jinping and Vladimir Putin first met in 2013.";
  auto m = run(text, std::nullopt, {tx(text, "2013", "2013", "absolute")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].time.basis, DateBasis::kExplicit);
  EXPECT_EQ(m[0].time.granularity, Granularity::kYear);
  EXPECT_EQ(m[0].time.value, "2013");
  EXPECT_EQ(m[0].time.interval->first, day("2013-01-01"));
  EXPECT_EQ(m[0].time.interval->last, day("2013-12-31"));
}

TEST(Time, unresolved_value_leaves_the_mention_undated) {
  std::string text = "On Wednesday, Xi Jinping and Vladimir Putin held a video call.";
  auto m = run(text, std::nullopt, {tx(text, "Wednesday", "XXXX-XX-XX", "none")});
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
  auto m = run("Sergey Lavrov earlier said the sanctions would fail.", day("2022-01-10"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_FALSE(m[0].time.dated());
}

TEST(Time, end_of_a_year_is_its_last_month) {
  std::string text = "During a virtual meeting at the end of last year, Xi Jinping and Vladimir Putin made a plan.";
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
  std::string text = "Xi Jinping and Vladimir Putin met virtually in late June.";
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
  std::string text = "Xi Jinping and Vladimir Putin have met 40 times since 2013.";
  EXPECT_TRUE(run(text, std::nullopt, {tx(text, "2013", "2013", "absolute")}).empty());
  EXPECT_TRUE(run("This year we have met three times, Vladimir Putin told Xi Jinping.").size() <= 1u);
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

}  // namespace
}  // namespace annalist::event
