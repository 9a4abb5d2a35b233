// Merge rules on synthetic mentions: dates, types, participants, status, order and id stability.
#include "merge/merge.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "base/strings.h"
#include "calendar/timex_value.h"
#include "merge/title.h"

namespace annalist::merge {
namespace {

Day day(const char* iso) { return *calendar::parse_iso_day(iso); }

// The name shapes of data/events/en/names.txt, as the pipeline hands them to the merge ("kind" and
// "match" lines of its cue blocks).
const NameShapes& name_shapes() {
  static const NameShapes shapes = [] {
    NameShapes s;
    std::ifstream in(std::string(ANNALIST_SOURCE_DATA_DIR) + "/events/en/names.txt");
    std::string line, kind;
    while (std::getline(in, line)) {
      auto t = std::string(base::trim(line));
      if (base::starts_with(t, "kind ")) kind = t.substr(5);
      if (!base::starts_with(t, "match ")) continue;
      for (auto& part : base::split(t.substr(6), '|')) {
        auto w = base::to_lower_ascii(std::string(base::trim(part)));
        if (kind == "family-name-first") s.family_first.insert(w);
        if (kind == "institution-word") s.institution_words.insert(w);
        if (kind == "name-particle") s.particles.insert(w);
        if (kind == "video-call-word") s.video_words.push_back(w);
        if (kind == "phone-call-word") s.phone_words.push_back(w);
      }
    }
    return s;
  }();
  return shapes;
}

// The merge as the pipeline runs it: with the shipped name shapes.
std::vector<Event> merged(std::vector<Mention> mentions, Options options = {}) {
  options.names = name_shapes();
  return merge_mentions(std::move(mentions), options);
}

// A mention of `doc` (hash derived from the id), sentence `s`, dated by a TIMEX value.
Mention mention(const std::string& doc, int s, EventType type, std::vector<std::string> who,
                const std::string& value, DateBasis basis = DateBasis::kRelative,
                const char* dct = "2023-02-23") {
  Mention m;
  m.doc_id = doc;
  m.doc_hash = "hash-" + doc;
  if (dct) m.doc_dct = day(dct);
  m.sentence = s;
  m.begin = static_cast<std::size_t>(s) * 100;
  m.end = m.begin + 80;
  m.quote = doc + " sentence " + std::to_string(s);
  m.trigger = type == EventType::kCall ? "phone call" : type == EventType::kStatement ? "said" : "met";
  m.rule = "rule." + m.trigger;
  m.type = type;
  std::sort(who.begin(), who.end());
  m.participants = who;
  m.time.basis = basis;
  m.time.value = value;
  if (auto w = calendar::window_of_value(value)) {
    m.time.interval = w->interval;
    m.time.granularity = w->granularity;
    m.time.timex_text = "when";
  } else if (basis == DateBasis::kPublication && m.doc_dct) {
    m.time.interval = DayInterval{*m.doc_dct, *m.doc_dct};
    m.time.granularity = Granularity::kDay;
    m.time.value = calendar::format_iso_day(*m.doc_dct);
  } else {
    m.time.basis = basis == DateBasis::kPublication ? DateBasis::kUnknown : basis;
  }
  return m;
}

const std::vector<std::string> kXiPutin = {"Vladimir Putin", "Xi Jinping"};

TEST(Merge, EmptyInputGivesNoEvents) { EXPECT_TRUE(merged({}).empty()); }

TEST(Merge, DayMentionMergesIntoMonthMentionOfAnotherArticle) {
  auto events = merged({mention("a", 3, EventType::kCall, kXiPutin, "2022-12"),
                                mention("b", 1, EventType::kCall, kXiPutin, "2022-12-30")});
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.time.granularity, Granularity::kDay);
  EXPECT_EQ(e.time.value, "2022-12-30");
  EXPECT_EQ(e.sources, 2);
  EXPECT_EQ(e.documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(e.mentions.size(), 2u);
}

TEST(Merge, CallsOnDifferentDaysStayApart) {
  auto events = merged({mention("a", 0, EventType::kCall, kXiPutin, "2022-12-30"),
                                mention("b", 0, EventType::kCall, kXiPutin, "2022-12-21")});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].time.value, "2022-12-21");
  EXPECT_EQ(events[1].time.value, "2022-12-30");
}

TEST(Merge, MonthMentionDoesNotGlueTwoDifferentDays) {
  // Once an event is pinned to a day, another day of the same month is another event.
  auto events = merged({mention("a", 0, EventType::kCall, kXiPutin, "2022-12-30"),
                                mention("b", 0, EventType::kCall, kXiPutin, "2022-12"),
                                mention("c", 0, EventType::kCall, kXiPutin, "2022-12-21")});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].mentions.size() + events[1].mentions.size(), 3u);
}

TEST(Merge, CallIsNotAMeeting) {
  auto events = merged({mention("a", 0, EventType::kCall, kXiPutin, "2023-03-21"),
                                mention("b", 0, EventType::kMeeting, kXiPutin, "2023-03-21")});
  EXPECT_EQ(events.size(), 2u);
}

TEST(Merge, VisitAndMeetingAreOneFamilyAndVisitNamesTheEvent) {
  auto events =
      merged({mention("a", 0, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02-22"),
                      mention("b", 2, EventType::kVisit, {"Wang Yi"}, "2023-02-22")});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, EventType::kVisit);
  EXPECT_EQ(events[0].participants, (std::vector<std::string>{"Vladimir Putin", "Wang Yi"}));
}

TEST(Merge, DisjointParticipantsSameDayStayApart) {
  auto events =
      merged({mention("a", 0, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02-22"),
                      mention("b", 0, EventType::kMeeting, {"Joe Biden", "Olaf Scholz"}, "2023-02-22")});
  EXPECT_EQ(events.size(), 2u);
}

TEST(Merge, PartialOverlapAcrossArticlesStaysApart) {
  // Sharing Wang Yi is not enough across articles: he met both on the same trip.
  auto events =
      merged({mention("a", 0, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02"),
                      mention("b", 0, EventType::kMeeting, {"Wang Yi", "Nikolay Patrushev"}, "2023-02-21")});
  EXPECT_EQ(events.size(), 2u);
}

TEST(Merge, AccumulatedParticipantsDecideNotChains) {
  // b fits a ({Xi} within {Xi, Putin}); c shares Xi with b but not its set with the event.
  auto events = merged(
      {mention("a", 0, EventType::kMeeting, kXiPutin, "2023-03-21"),
       mention("b", 0, EventType::kMeeting, {"Xi Jinping"}, "2023-03-21"),
       mention("c", 0, EventType::kMeeting, {"Xi Jinping", "Alexander Lukashenko"}, "2023-03-21")});
  ASSERT_EQ(events.size(), 2u);
}

TEST(Merge, AnnouncementOfAnotherArticleStaysAPlannedEvent) {
  Mention planned = mention("a", 0, EventType::kVisit, {"Hu Jintao", "Barack Obama"}, "2011-01-19",
                            DateBasis::kRelative, "2010-12-22");
  planned.status = EventStatus::kPlanned;
  Mention occurred = mention("b", 0, EventType::kVisit, {"Hu Jintao", "Barack Obama"}, "2011-01-19",
                             DateBasis::kRelative, "2011-01-19");
  auto events = merged({planned, occurred});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_NE(events[0].status, events[1].status);
}

TEST(Merge, PlannedAndOccurredInOneArticleBecomeOneOccurredEvent) {
  Mention planned = mention("a", 2, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02-22");
  planned.status = EventStatus::kPlanned;
  Mention occurred = mention("a", 0, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02-22");
  auto events = merged({planned, occurred});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].status, EventStatus::kOccurred);
}

// Published on Sunday: "Ortega arrived on Sunday for a two-day visit" and "she is to meet Mendes
// in the afternoon". The meeting had not happened when the article was written: it stays a plan,
// apart from the arrival. A plan whose day had passed at publication is the occurred event.
TEST(Merge, PlanStillAheadAtPublicationStaysApartFromWhatHappened) {
  const std::vector<std::string> who = {"Ana Ortega", "Rui Mendes"};
  Mention arrival = mention("a", 0, EventType::kVisit, {"Ana Ortega", "Portugal"}, "2024-06-02/2024-06-03",
                            DateBasis::kRelative, "2024-06-02");
  Mention plan = mention("a", 1, EventType::kMeeting, who, "2024-06-02", DateBasis::kRelative, "2024-06-02");
  plan.status = EventStatus::kPlanned;
  auto events = merged({arrival, plan});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_NE(events[0].status, events[1].status);
  // The same two reports in an article of the next day: the plan was for a day gone by.
  arrival.doc_dct = plan.doc_dct = day("2024-06-03");
  events = merged({arrival, plan});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].status, EventStatus::kOccurred);
}

Options across() {
  Options o;
  o.planned_joins_occurred = PlannedMerge::kAcrossDocuments;
  return o;
}

TEST(Merge, PlannedAndOccurredBecomeOneOccurredEventWithTheOccurredDate) {
  Mention planned = mention("a", 0, EventType::kVisit, {"Hu Jintao", "Barack Obama"}, "2011-01",
                            DateBasis::kRelative, "2010-12-22");
  planned.status = EventStatus::kPlanned;
  Mention occurred = mention("b", 0, EventType::kVisit, {"Hu Jintao", "Barack Obama"}, "2011-01-19",
                             DateBasis::kRelative, "2011-01-19");
  auto events = merged({planned, occurred}, across());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].status, EventStatus::kOccurred);
  EXPECT_EQ(events[0].time.value, "2011-01-19");
  EXPECT_EQ(events[0].first_reported, day("2010-12-22"));
}

TEST(Merge, PlannedDateNeverReplacesTheOccurredDate) {
  // The plan named a day; the report only a month. The event keeps what actually happened.
  Mention planned =
      mention("a", 0, EventType::kVisit, {"Hu Jintao"}, "2011-01-19", DateBasis::kRelative, "2010-12-22");
  planned.status = EventStatus::kPlanned;
  Mention occurred =
      mention("b", 0, EventType::kVisit, {"Hu Jintao"}, "2011-01", DateBasis::kExplicit, "2011-02-10");
  auto events = merged({planned, occurred}, across());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].status, EventStatus::kOccurred);
  EXPECT_EQ(events[0].time.value, "2011-01");
  EXPECT_EQ(events[0].time.granularity, Granularity::kMonth);
}

TEST(Merge, PlannedOptionOffKeepsPlansApart) {
  Mention planned = mention("a", 0, EventType::kVisit, {"Hu Jintao"}, "2011-01-19");
  planned.status = EventStatus::kPlanned;
  Mention occurred = mention("a", 3, EventType::kVisit, {"Hu Jintao"}, "2011-01-19");
  Options opt;
  opt.planned_joins_occurred = PlannedMerge::kNever;
  EXPECT_EQ(merged({planned, occurred}, opt).size(), 2u);
}

TEST(Merge, CancelledDoesNotMergeWithPlanned) {
  Mention planned = mention("a", 0, EventType::kSummit, kXiPutin, "2013-09");
  planned.status = EventStatus::kPlanned;
  Mention cancelled = mention("b", 0, EventType::kSummit, kXiPutin, "2013-09");
  cancelled.status = EventStatus::kCancelled;
  EXPECT_EQ(merged({planned, cancelled}).size(), 2u);
}

TEST(Merge, RepeatedMentionsInOneArticleBecomeOneEvent) {
  auto events = merged({
      mention("a", 0, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02-22"),
      mention("a", 4, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "", DateBasis::kPublication),
      mention("a", 9, EventType::kMeeting, {"Vladimir Putin"}, "", DateBasis::kUnknown),
  });
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].mentions.size(), 3u);
  EXPECT_EQ(events[0].sources, 1);
  EXPECT_EQ(events[0].time.value, "2023-02-22");
  EXPECT_EQ(events[0].time.basis, DateBasis::kRelative);
}

TEST(Merge, TwoMentionsOfOneSentenceStayTogether) {
  Mention a = mention("a", 5, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02-22");
  Mention b = mention("a", 5, EventType::kVisit, {"Wang Yi"}, "", DateBasis::kPublication);
  b.trigger = "trip";
  auto events = merged({a, b});
  ASSERT_EQ(events.size(), 1u);
}

TEST(Merge, UndatedBackReferenceIsAmbiguousBetweenTwoDaysAndStaysApart) {
  auto events = merged({
      mention("a", 0, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02-22"),
      mention("a", 1, EventType::kMeeting, {"Wang Yi", "Nikolay Patrushev"}, "2023-02-21"),
      mention("a", 2, EventType::kMeeting, {"Wang Yi"}, "", DateBasis::kUnknown),
  });
  EXPECT_EQ(events.size(), 3u);
}

TEST(Merge, UndatedMentionsWithDifferentUnresolvedTimesStayApart) {
  Mention wednesday = mention("a", 0, EventType::kCall, kXiPutin, "XXXX-WXX-3", DateBasis::kUnknown, nullptr);
  Mention june = mention("a", 3, EventType::kCall, kXiPutin, "XXXX-06", DateBasis::kUnknown, nullptr);
  auto events = merged({wednesday, june});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_FALSE(events[0].time.dated());
  EXPECT_FALSE(events[1].time.dated());
}

TEST(Merge, RangesInferredForAnUndatedArticleMergeOnlyAsUndatedMentionsDo) {
  // An article published some day of 2021: "On Wednesday" and "in late June" are ranges that
  // overlap, but nothing says they are one call.
  Mention wednesday = mention("a", 0, EventType::kCall, kXiPutin, "2020-12-30/2021-12-29", DateBasis::kInferred, nullptr);
  wednesday.time.timex_text = "Wednesday";
  Mention june = mention("a", 3, EventType::kCall, kXiPutin, "2020-06-01/2021-06-30", DateBasis::kInferred, nullptr);
  june.time.timex_text = "late June";
  auto events = merged({wednesday, june});
  ASSERT_EQ(events.size(), 2u);
  for (const auto& e : events) EXPECT_EQ(e.time.basis, DateBasis::kInferred);
  // The same expression twice is one call, as for undated mentions.
  Mention again = wednesday;
  again.sentence = 5;
  again.begin = 500;
  again.end = 580;
  EXPECT_EQ(merged({wednesday, again}).size(), 1u);
}

TEST(Merge, UndatedAcrossArticlesOnlyWhenExactlyTheSameAndWithoutTimeWords) {
  Mention a =
      mention("a", 0, EventType::kMeeting, {"Donald Trump", "Vladimir Putin"}, "", DateBasis::kUnknown);
  Mention b =
      mention("b", 7, EventType::kMeeting, {"Donald Trump", "Vladimir Putin"}, "", DateBasis::kUnknown);
  EXPECT_EQ(merged({a, b}).size(), 1u);

  Mention c = mention("c", 1, EventType::kCall, kXiPutin, "XXXX-WXX-3", DateBasis::kUnknown, nullptr);
  Mention d = mention("d", 1, EventType::kCall, kXiPutin, "", DateBasis::kUnknown, nullptr);
  EXPECT_EQ(merged({c, d}).size(), 2u);

  Mention e = mention("e", 1, EventType::kCall, {"Xi Jinping"}, "", DateBasis::kUnknown);
  EXPECT_EQ(merged({d, e}).size(), 2u);
}

TEST(Merge, UndatedMentionDoesNotJoinADatedEventOfAnotherWeekday) {
  // 2018-07-21 was a Saturday; "on Friday" in an article without a date is another call.
  auto events = merged(
      {mention("a", 0, EventType::kCall, kXiPutin, "2018-07-21"),
       mention("b", 0, EventType::kCall, kXiPutin, "XXXX-WXX-5", DateBasis::kUnknown, nullptr)});
  EXPECT_EQ(events.size(), 2u);
  // Nor does a report with no time words at all join a dated event of another article.
  events = merged({mention("a", 0, EventType::kCall, kXiPutin, "2018-07-21"),
                           mention("b", 0, EventType::kCall, kXiPutin, "", DateBasis::kUnknown, nullptr)});
  EXPECT_EQ(events.size(), 2u);
}

TEST(Merge, PublicationDatedReportJoinsTheDatedEventOfAnotherArticle) {
  // "Putin had a telephone conversation with Xi" (no time, page of 2022-06-15) and
  // "on June 15" in another article.
  auto events = merged(
      {mention("a", 0, EventType::kCall, kXiPutin, "", DateBasis::kPublication, "2022-06-15"),
       mention("b", 4, EventType::kCall, kXiPutin, "2022-06-15", DateBasis::kRelative, "2022-07-05")});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].time.basis, DateBasis::kRelative);
  EXPECT_EQ(events[0].first_reported, day("2022-06-15"));
}

TEST(Merge, PublicationDatedReportDoesNotReachBackMonths) {
  auto events =
      merged({mention("a", 0, EventType::kCall, kXiPutin, "", DateBasis::kPublication, "2022-06-15"),
                      mention("b", 4, EventType::kCall, kXiPutin, "2022-02-04")});
  EXPECT_EQ(events.size(), 2u);
}

TEST(Merge, StatementsMergeOnlyForSameSpeakerAndDay) {
  auto events = merged({
      mention("a", 0, EventType::kStatement, {"Wang Yi"}, "2023-02-21"),
      mention("b", 0, EventType::kStatement, {"Wang Yi"}, "2023-02-21"),
      mention("c", 0, EventType::kStatement, {"Wang Yi"}, "2023-02"),
      mention("d", 0, EventType::kStatement, {"Sergey Lavrov"}, "2023-02-21"),
      mention("e", 0, EventType::kStatement, {"Wang Yi"}, "2023-02-22"),
  });
  // a+b; c (month, not a day); d (another speaker); e (another day)
  EXPECT_EQ(events.size(), 4u);
}

TEST(Merge, StatementsRepeatedInOneUndatedArticleMerge) {
  auto events = merged({
      mention("a", 0, EventType::kStatement, {"Maria Zakharova"}, "", DateBasis::kUnknown, nullptr),
      mention("a", 3, EventType::kStatement, {"Maria Zakharova"}, "", DateBasis::kUnknown, nullptr),
      mention("a", 5, EventType::kStatement, {"Sergey Ryabkov"}, "", DateBasis::kUnknown, nullptr),
  });
  EXPECT_EQ(events.size(), 2u);
}

TEST(Merge, StatementIsNotMergedIntoAMeeting) {
  auto events =
      merged({mention("a", 0, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02-22"),
                      mention("a", 1, EventType::kStatement, {"Vladimir Putin"}, "2023-02-22")});
  EXPECT_EQ(events.size(), 2u);
}

TEST(Merge, DecadesDoNotMergeAcrossArticles) {
  auto events = merged({mention("a", 0, EventType::kMeeting, kXiPutin, "2013-03-22"),
                                mention("b", 0, EventType::kMeeting, kXiPutin, "201")});
  EXPECT_EQ(events.size(), 2u);
}

TEST(Merge, YearMentionOfAnotherArticleDoesNotJoinADay) {
  // "visited in 2011" says too little to pick one of the year's visits.
  auto events = merged(
      {mention("a", 0, EventType::kVisit, {"Hu Jintao"}, "2011-06-16"),
       mention("b", 0, EventType::kVisit, {"Hu Jintao", "Barack Obama"}, "2011", DateBasis::kExplicit)});
  EXPECT_EQ(events.size(), 2u);
}

TEST(Merge, YearMentionJoinsADayOfTheSameArticle) {
  auto events = merged(
      {mention("a", 0, EventType::kAgreement, {"China", "Russia"}, "2001-07-16"),
       mention("a", 3, EventType::kAgreement, {"China", "Russia"}, "2001", DateBasis::kExplicit)});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].time.value, "2001-07-16");
}

TEST(Merge, SameYearAcrossArticlesMerges) {
  auto events =
      merged({mention("a", 0, EventType::kMeeting, kXiPutin, "2013", DateBasis::kExplicit),
                      mention("b", 0, EventType::kMeeting, kXiPutin, "2013", DateBasis::kExplicit)});
  EXPECT_EQ(events.size(), 1u);
}

TEST(Merge, CountryStandsForItsPeopleAcrossArticles) {
  // "Obama's November 2009 visit to China" and "Obama, Hu and Biden ... November 2009".
  auto events = merged(
      {mention("a", 0, EventType::kVisit, {"Barack Obama", "China"}, "2009-11", DateBasis::kExplicit),
       mention("b", 0, EventType::kVisit, {"Barack Obama", "Hu Jintao", "Joe Biden"}, "2009-11",
               DateBasis::kExplicit)});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].participants.size(), 4u);
  // Two countries are not two people: Russia and Kazakhstan meetings of Xi stay apart.
  EXPECT_EQ(merged({mention("a", 0, EventType::kMeeting, {"Xi Jinping", "Russia"}, "2024-07-03"),
                            mention("b", 0, EventType::kMeeting, {"Xi Jinping", "Kazakhstan"}, "2024-07-03")})
                .size(),
            2u);
}

TEST(Merge, LeaderReportsMergeThroughTheirDocumentsEvents) {
  // Article a: "met today" {Michel, Xi} and a later line with all delegations, no time;
  // article b: the co-chair's view {Michel, Li, von der Leyen}, no time, published next day.
  auto events = merged({
      mention("a", 1, EventType::kSummit, {"Charles Michel", "Xi Jinping"}, "2020-06-22",
              DateBasis::kRelative, "2020-06-22"),
      mention("a", 2, EventType::kMeeting,
              {"Charles Michel", "Josep Borrell", "Li Keqiang", "Ursula von der Leyen", "Xi Jinping"}, "",
              DateBasis::kPublication, "2020-06-22"),
      mention("b", 0, EventType::kSummit, {"Charles Michel", "Li Keqiang", "Ursula von der Leyen"}, "",
              DateBasis::kPublication, "2020-06-23"),
  });
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sources, 2);
  EXPECT_EQ(events[0].time.value, "2020-06-22");
}

TEST(Merge, UndatedReportsOfFarApartArticlesStayApart) {
  auto events = merged({mention("a", 0, EventType::kMeeting, {"Barack Obama", "Hu Jintao"}, "",
                                        DateBasis::kUnknown, "2006-07-17"),
                                mention("b", 0, EventType::kMeeting, {"Barack Obama", "Hu Jintao"}, "",
                                        DateBasis::kUnknown, "2010-12-22")});
  EXPECT_EQ(events.size(), 2u);
}

TEST(Merge, UndatedReportOfAnUndatedArticleNeedsAUniqueCandidate) {
  Mention undated_doc = mention("u", 0, EventType::kMeeting, {"Donald Trump", "Vladimir Putin"}, "",
                                DateBasis::kUnknown, nullptr);
  Mention a = mention("a", 0, EventType::kMeeting, {"Donald Trump", "Vladimir Putin"}, "",
                      DateBasis::kUnknown, "2018-07-23");
  EXPECT_EQ(merged({undated_doc, a}).size(), 1u);
  Mention b = mention("b", 0, EventType::kMeeting, {"Donald Trump", "Vladimir Putin"}, "",
                      DateBasis::kUnknown, "2019-06-29");
  EXPECT_EQ(merged({undated_doc, a, b}).size(), 3u);
}

TEST(Merge, ThisYearAndAWeekdayOfOneUndatedArticleAreOneCall) {
  Mention year = mention("a", 6, EventType::kCall, kXiPutin, "XXXX", DateBasis::kUnknown, nullptr);
  year.time.timex_text = "this year";
  Mention wed = mention("a", 17, EventType::kCall, kXiPutin, "XXXX-XX-XX", DateBasis::kUnknown, nullptr);
  wed.time.timex_text = "Wednesday";
  Mention bare = mention("a", 11, EventType::kCall, {"Xi Jinping"}, "", DateBasis::kUnknown, nullptr);
  EXPECT_EQ(merged({year, wed, bare}).size(), 1u);
  Mention this_month = mention("a", 2, EventType::kCall, kXiPutin, "XXXX-XX", DateBasis::kUnknown, nullptr);
  this_month.time.timex_text = "this month";
  Mention last_month = mention("a", 3, EventType::kCall, kXiPutin, "XXXX-XX", DateBasis::kUnknown, nullptr);
  last_month.time.timex_text = "last month";
  EXPECT_EQ(merged({this_month, last_month}).size(), 2u);
}

std::vector<Mention> sample() {
  Mention planned = mention("c", 2, EventType::kVisit, {"Xi Jinping"}, "", DateBasis::kUnknown);
  planned.status = EventStatus::kPlanned;
  return {
      mention("a", 0, EventType::kCall, kXiPutin, "2022-12"),
      mention("b", 1, EventType::kCall, kXiPutin, "2022-12-30"),
      mention("b", 2, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02-22"),
      mention("b", 3, EventType::kStatement, {"Vladimir Putin"}, "2023-02-22"),
      mention("c", 0, EventType::kMeeting, {"Wang Yi", "Nikolay Patrushev"}, "2023-02-21"),
      mention("c", 1, EventType::kMeeting, {"Wang Yi"}, "", DateBasis::kPublication),
      planned,
      mention("d", 0, EventType::kMeeting, kXiPutin, "2013", DateBasis::kExplicit, nullptr),
      mention("d", 5, EventType::kStatement, {"Xi Jinping"}, "", DateBasis::kUnknown, nullptr),
  };
}

std::string signature(const std::vector<Event>& events) {
  std::string s;
  for (const auto& e : events) {
    s += e.id + "|" + e.title + "|" + e.time.value + "|" + std::to_string(e.mentions.size()) + "|";
    for (const auto& m : e.mentions) s += m.doc_id + std::to_string(m.sentence) + ",";
    s += "\n";
  }
  return s;
}

TEST(Merge, IndependentOfInputOrder) {
  auto ms = sample();
  const std::string expected = signature(merged(ms));
  std::mt19937 rng(42);
  for (int i = 0; i < 20; ++i) {
    std::shuffle(ms.begin(), ms.end(), rng);
    EXPECT_EQ(signature(merged(ms)), expected);
  }
}

TEST(Merge, IdsAreStableUniqueAndWellFormed) {
  auto a = merged(sample());
  auto b = merged(sample());
  ASSERT_EQ(a.size(), b.size());
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id);
    EXPECT_EQ(a[i].id.size(), 13u) << a[i].id;
    EXPECT_EQ(a[i].id.rfind("ev-", 0), 0u);
    ids.push_back(a[i].id);
  }
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
}

TEST(Merge, IdSurvivesALaterArticleJoiningTheEvent) {
  Mention first =
      mention("a", 0, EventType::kCall, kXiPutin, "2022-12-30", DateBasis::kRelative, "2022-12-31");
  Mention later =
      mention("0later", 2, EventType::kCall, kXiPutin, "2022-12", DateBasis::kRelative, "2023-02-23");
  auto alone = merged({first});
  auto both = merged({first, later});
  ASSERT_EQ(both.size(), 1u);
  EXPECT_EQ(alone[0].id, both[0].id);
}

TEST(Merge, SortedByStartUndatedLast) {
  auto events = merged(sample());
  bool seen_undated = false;
  std::optional<Day> last;
  for (const auto& e : events) {
    if (!e.time.dated()) {
      seen_undated = true;
      continue;
    }
    EXPECT_FALSE(seen_undated) << "dated event after an undated one";
    if (last) {
      EXPECT_LE(*last, e.time.interval->first);
    }
    last = e.time.interval->first;
  }
  EXPECT_TRUE(seen_undated);
}

TEST(Merge, FirstReportedIsTheEarliestPublicationDate) {
  auto events = merged({
      mention("late", 0, EventType::kCall, kXiPutin, "2022-12-30", DateBasis::kRelative, "2023-02-23"),
      mention("early", 0, EventType::kCall, kXiPutin, "2022-12-30", DateBasis::kRelative, "2022-12-31"),
  });
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].first_reported, day("2022-12-31"));
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"early", "late"}));
}

TEST(Merge, EvidenceIsTheMostInformativeSentence) {
  Mention bare = mention("a", 0, EventType::kMeeting, {"Vladimir Putin"}, "", DateBasis::kPublication);
  bare.quote = "The talks went well.";
  bare.trigger = "";
  Mention rich = mention("a", 3, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02-22");
  rich.quote = "On Wednesday, Wang met with Russian President Vladimir Putin.";
  auto events = merged({bare, rich});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].evidence, rich.quote);
}

TEST(Title, SurnamesAndKinds) {
  EXPECT_EQ(short_name("Xi Jinping", name_shapes()), "Xi");
  EXPECT_EQ(short_name("Vladimir Putin", name_shapes()), "Putin");
  EXPECT_EQ(short_name("Ursula von der Leyen", name_shapes()), "von der Leyen");
  EXPECT_EQ(short_name("United States", name_shapes()), "United States");
  EXPECT_EQ(short_name("NATO", name_shapes()), "NATO");

  Mention m = mention("a", 0, EventType::kCall, kXiPutin, "2022-12-30");
  m.trigger = "video conference";
  auto events = merged({m});
  EXPECT_EQ(events[0].title, "Putin\xE2\x80\x93Xi video call");

  Mention v = mention("a", 0, EventType::kVisit, {"Wang Yi"}, "2023-02-21");
  v.location = "Moscow";
  v.status = EventStatus::kPlanned;
  EXPECT_EQ(merged({v})[0].title, "Wang visit to Moscow (planned)");

  Mention host = mention("a", 0, EventType::kVisit, {"Barack Obama", "China"}, "2009-11");
  EXPECT_EQ(merged({host})[0].title, "Obama visit to China");
  Mention countries = mention("a", 0, EventType::kMeeting, {"China", "Russia"}, "2009-11");
  countries.location = "Beijing";
  EXPECT_EQ(merged({countries})[0].title, "China\xE2\x80\x93Russia meeting in Beijing");
}

}  // namespace
}  // namespace annalist::merge

namespace annalist::merge {
namespace {

TEST(Merge, ScalesToACorpus) {
  // 40,000 mentions from 10,000 articles over ten years, a few very frequent leaders.
  const std::vector<std::string> people = {"Vladimir Putin", "Xi Jinping",     "Joe Biden",
                                           "Wang Yi",        "Sergey Lavrov",  "Olaf Scholz",
                                           "Narendra Modi",  "Emmanuel Macron"};
  std::vector<Mention> ms;
  std::mt19937 rng(7);
  Day base = day("2015-01-01");
  for (int d = 0; d < 10000; ++d) {
    std::string doc = "doc" + std::to_string(d);
    Day dct = base + date::days{static_cast<int>(rng() % 3650)};
    std::string dct_s = calendar::format_iso_day(dct);
    for (int k = 0; k < 4; ++k) {
      std::vector<std::string> who = {people[rng() % 3], people[3 + rng() % 5]};
      EventType t = static_cast<EventType>(rng() % 6);
      Day when = dct - date::days{static_cast<int>(rng() % 10)};
      std::string value = k == 3 ? "" : calendar::format_iso_day(when);
      ms.push_back(mention(doc, k, t, who, value, k == 3 ? DateBasis::kPublication : DateBasis::kRelative,
                           dct_s.c_str()));
    }
  }
  auto t0 = std::chrono::steady_clock::now();
  auto events = merged(ms);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("merged %zu mentions into %zu events in %.2f s\n", ms.size(), events.size(), secs);
  EXPECT_LT(secs, 30.0);
  EXPECT_LT(events.size(), ms.size());
}

}  // namespace
}  // namespace annalist::merge

namespace annalist::merge {
namespace {

TEST(Merge, IndependentOfInputOrderOnARandomCorpus) {
  const std::vector<std::string> people = {"Vladimir Putin", "Xi Jinping", "Joe Biden", "China", "Russia"};
  std::vector<Mention> ms;
  std::mt19937 rng(11);
  for (int d = 0; d < 300; ++d) {
    std::string doc = "d" + std::to_string(d);
    std::string dct = calendar::format_iso_day(day("2022-01-01") + date::days{static_cast<int>(rng() % 60)});
    for (int k = 0; k < 5; ++k) {
      std::vector<std::string> who = {people[rng() % 5]};
      if (rng() % 2) who.push_back(people[rng() % 5]);
      EventType t = static_cast<EventType>(rng() % 6);
      int how = static_cast<int>(rng() % 4);
      std::string value =
          how == 0   ? calendar::format_iso_day(day(dct.c_str()) - date::days{static_cast<int>(rng() % 5)})
          : how == 1 ? "2022-02"
                     : "";
      DateBasis basis = how <= 1   ? DateBasis::kRelative
                        : how == 2 ? DateBasis::kPublication
                                   : DateBasis::kUnknown;
      Mention m = mention(doc, static_cast<int>(rng() % 3), t, who, value, basis, dct.c_str());
      if (rng() % 5 == 0) m.status = EventStatus::kPlanned;
      ms.push_back(m);
    }
  }
  const std::string expected = signature(merged(ms));
  for (int i = 0; i < 5; ++i) {
    std::shuffle(ms.begin(), ms.end(), rng);
    ASSERT_EQ(signature(merged(ms)), expected);
  }
}

}  // namespace
}  // namespace annalist::merge

namespace annalist::merge {
namespace {

TEST(Merge, CountryLevelAndPersonLevelReportsOfOneArticleMerge) {
  auto events = merged({
      mention("a", 0, EventType::kVisit, {"China"}, "", DateBasis::kPublication, "2011-01-19"),
      mention("a", 4, EventType::kMeeting, {"Barack Obama", "Hu Jintao"}, "2011-01-19", DateBasis::kRelative,
              "2011-01-19"),
  });
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, EventType::kVisit);
  // Across articles the same pair stays apart: nothing says Hu Jintao stands for China.
  EXPECT_EQ(merged(
                {
                    mention("a", 0, EventType::kVisit, {"China"}, "", DateBasis::kPublication, "2011-01-19"),
                    mention("b", 4, EventType::kMeeting, {"Barack Obama", "Hu Jintao"}, "2011-01-19",
                            DateBasis::kRelative, "2011-01-19"),
                })
                .size(),
            2u);
}

}  // namespace
}  // namespace annalist::merge

namespace annalist::merge {
namespace {

Options with_actors() {
  Options o;
  o.actor = [](const std::string& n) -> std::optional<ActorInfo> {
    if (n == "Hu Jintao") return ActorInfo{true, "China", "Hu"};
    if (n == "Xi Jinping") return ActorInfo{true, "China", "Xi"};
    if (n == "Wang Yi") return ActorInfo{true, "China", "Wang"};
    if (n == "Dmitry Medvedev") return ActorInfo{true, "Russia", "Medvedev"};
    if (n == "Barack Obama") return ActorInfo{true, "United States", "Obama"};
    if (n == "China" || n == "Russia" || n == "United States") return ActorInfo{false, n, ""};
    return std::nullopt;
  };
  return o;
}

TEST(Merge, WithActorDataACountryMatchesItsPeopleAcrossArticles) {
  std::vector<Mention> ms = {
      mention("a", 0, EventType::kVisit, {"Hu Jintao", "Dmitry Medvedev"}, "2009-06-17"),
      mention("b", 0, EventType::kSummit, {"China", "Russia"}, "", DateBasis::kPublication, "2009-06-17"),
  };
  EXPECT_EQ(merged(ms).size(), 2u);  // name shapes alone cannot tell
  auto events = merged(ms, with_actors());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sources, 2);
}

TEST(Merge, WithActorDataTwoPeopleOfOneCountryAreNotInterchangeable) {
  std::vector<Mention> ms = {
      mention("a", 0, EventType::kMeeting, {"Xi Jinping", "Barack Obama"}, "2013-06-07"),
      mention("b", 0, EventType::kMeeting, {"Wang Yi", "Barack Obama"}, "2013-06-07"),
  };
  EXPECT_EQ(merged(ms, with_actors()).size(), 2u);
}

TEST(Merge, WithActorDataTitlesUseLexiconSurnames) {
  Options o = with_actors();
  auto events = merged({mention("a", 0, EventType::kVisit, {"Barack Obama", "China"}, "2009-11")}, o);
  EXPECT_EQ(events[0].title, "Obama visit to China");
}

}  // namespace
}  // namespace annalist::merge

namespace annalist::merge {
namespace {

TEST(Merge, TwoSharedPeopleMakeOneGatheringAcrossArticles) {
  auto events = merged({
      mention("a", 0, EventType::kSummit, {"Charles Michel", "Li Keqiang", "Ursula von der Leyen"},
              "2020-06-22"),
      mention("b", 0, EventType::kMeeting,
              {"Josep Borrell", "Li Keqiang", "Ursula von der Leyen", "Xi Jinping"}, "2020-06-22"),
  });
  EXPECT_EQ(events.size(), 1u);
  // One shared person is not enough: Wang Yi met Putin and Patrushev on the same trip.
  EXPECT_EQ(
      merged({mention("a", 0, EventType::kMeeting, {"Wang Yi", "Vladimir Putin"}, "2023-02"),
                      mention("b", 0, EventType::kMeeting, {"Wang Yi", "Nikolay Patrushev"}, "2023-02")})
          .size(),
      2u);
}

}  // namespace
}  // namespace annalist::merge

namespace annalist::merge {
namespace {

TEST(Merge, DatedAndUndatedStatementOfOneSpeakerInOneArticleMerge) {
  auto events = merged({
      mention("a", 0, EventType::kStatement, {"Dmitry Peskov"}, "2025-07-19", DateBasis::kRelative,
              "2025-07-19"),
      mention("a", 4, EventType::kStatement, {"Dmitry Peskov"}, "", DateBasis::kPublication, "2025-07-19"),
  });
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].time.basis, DateBasis::kRelative);
}

// "Costa said on Thursday" in one article and "Costa said" in another published that Thursday:
// the second is dated by its publication day, so both are the speaker's statement of that day.
TEST(Merge, StatementWithoutTimeWordsJoinsTheSameSpeakersStatementOfItsPublicationDay) {
  const Mention dated = mention("a", 0, EventType::kStatement, {"Rita Costa"}, "2025-07-17", DateBasis::kRelative,
                                "2025-07-18");
  Mention vague = mention("b", 4, EventType::kStatement, {"Rita Costa"}, "", DateBasis::kPublication, "2025-07-17");
  auto events = merged({dated, vague});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].time.basis, DateBasis::kRelative);
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  // Published two days later: the vague one stands for that later day, another statement.
  vague.doc_dct = day("2025-07-19");
  EXPECT_EQ(merged({dated, vague}).size(), 2u);
  // Another speaker that day, or a dated month instead of a day: apart.
  vague = mention("b", 4, EventType::kStatement, {"Luis Prado"}, "", DateBasis::kPublication, "2025-07-17");
  EXPECT_EQ(merged({dated, vague}).size(), 2u);
  vague = mention("b", 4, EventType::kStatement, {"Rita Costa"}, "", DateBasis::kPublication, "2025-07-17");
  Mention month = mention("c", 0, EventType::kStatement, {"Rita Costa"}, "2025-07", DateBasis::kRelative, "2025-08-02");
  EXPECT_EQ(merged({month, vague}).size(), 2u);
  // A meeting of the speaker that day is not the statement.
  Mention meeting = mention("c", 0, EventType::kMeeting, {"Luis Prado", "Rita Costa"}, "2025-07-17");
  EXPECT_EQ(merged({meeting, vague}).size(), 2u);
}


// "the Quito talks between X and Y" without time words in an article of August 22, and another
// article's meeting of X and Y in Quito in July: one meeting, dated by the other article.
TEST(Merge, AGatheringNamedByItsPlaceJoinsThatGatheringOfAnotherArticleInTheMonthBefore) {
  auto at = [](Mention m, const char* place) {
    m.location = place;
    return m;
  };
  const Mention july = at(mention("a", 8, EventType::kMeeting, {"Ana Ruiz", "Rita Costa"}, "2015-07", DateBasis::kRelative,
                                  "2015-08-22"),
                          "Quito");
  const Mention named = at(mention("b", 14, EventType::kMeeting, {"Ana Ruiz", "Rita Costa"}, "", DateBasis::kUnknown,
                                   "2015-08-22"),
                           "Quito");
  auto events = merged({july, named});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].time.value, "2015-07");
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  // Another place, no place, another kind, or a gathering ended more than a month before: apart.
  EXPECT_EQ(merged({july, at(named, "Lima")}).size(), 2u);
  EXPECT_EQ(merged({july, at(named, "")}).size(), 2u);
  Mention agreement = july;
  agreement.type = EventType::kAgreement;
  EXPECT_EQ(merged({agreement, named}).size(), 2u);
  const Mention may = at(mention("a", 8, EventType::kMeeting, {"Ana Ruiz", "Rita Costa"}, "2015-05", DateBasis::kRelative,
                                 "2015-08-22"),
                         "Quito");
  EXPECT_EQ(merged({may, named}).size(), 2u);
  // Two such gatherings of theirs there that month: neither.
  Mention other_july = at(mention("c", 2, EventType::kMeeting, {"Ana Ruiz", "Rita Costa"}, "2015-07-24", DateBasis::kRelative,
                                  "2015-07-25"),
                          "Quito");
  Mention late_july = at(mention("d", 2, EventType::kMeeting, {"Ana Ruiz", "Rita Costa"}, "2015-07-28", DateBasis::kRelative,
                                 "2015-07-29"),
                         "Quito");
  EXPECT_EQ(merged({other_july, late_july, named}).size(), 3u);
}

// "In a joint statement, X and Y said" without time words in an article of December 7, beside another
// article's agreement of Saturday December 5 and its joint statement of December 7: both lie in the
// days before publication, and the report goes with the one of its publication day.
TEST(Merge, AReportWithoutTimeWordsGoesWithTheEventOfItsPublicationDay) {
  const Mention earlier = mention("a", 2, EventType::kAgreement, {"Ana Ruiz", "Rita Costa"}, "2020-12-05",
                                  DateBasis::kRelative, "2020-12-07");
  const Mention text = mention("a", 0, EventType::kAgreement, {"Ana Ruiz", "Rita Costa"}, "2020-12-07",
                               DateBasis::kExplicit, "2020-12-07");
  const Mention vague = mention("b", 3, EventType::kAgreement, {"Ana Ruiz", "Rita Costa"}, "", DateBasis::kPublication,
                                "2020-12-07");
  for (auto order : {std::vector<Mention>{earlier, text, vague}, std::vector<Mention>{text, earlier, vague}}) {
    auto events = merged(order);
    ASSERT_EQ(events.size(), 2u);
    for (auto& e : events)
      EXPECT_EQ(e.documents.size() == 2, e.time.value == "2020-12-07") << e.time.value;
  }
  // Published the day after: neither is of its day, and the first founded keeps it as before.
  Mention later = vague;
  later.doc_dct = day("2020-12-08");
  EXPECT_EQ(merged({earlier, text, later}).size(), 2u);
}

// "Recently, the Chilean government announced measures" (undated, PAST_REF) deep in an article of
// March 20, and another article's statement of Chile dated March 8: one statement of that day.
TEST(Merge, RecentlyJoinsTheOneStatementOfTheSameSpeakerInTheMonthBefore) {
  const Mention dated = mention("a", 3, EventType::kStatement, {"Chile"}, "2024-03-08", DateBasis::kRelative, "2024-03-11");
  auto recently = [](const char* dct, std::vector<std::string> who) {
    Mention m = mention("b", 9, EventType::kStatement, std::move(who), "PAST_REF", DateBasis::kUnknown, dct);
    m.time.timex_text = "Recently";
    return m;
  };
  auto events = merged({dated, recently("2024-03-20", {"Chile"})});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(events[0].time.value, "2024-03-08");
  // More than a month back, after the publication, or another speaker: apart.
  EXPECT_EQ(merged({dated, recently("2024-04-20", {"Chile"})}).size(), 2u);
  EXPECT_EQ(merged({dated, recently("2024-03-05", {"Chile"})}).size(), 2u);
  EXPECT_EQ(merged({dated, recently("2024-03-20", {"Peru"})}).size(), 2u);
  // Two statements of the speaker in that month: the report picks neither.
  const Mention other = mention("c", 2, EventType::kStatement, {"Chile"}, "2024-03-14", DateBasis::kRelative, "2024-03-15");
  EXPECT_EQ(merged({dated, other, recently("2024-03-20", {"Chile"})}).size(), 3u);
  // Other undated words ("in the past") are not "recently".
  Mention past = recently("2024-03-20", {"Chile"});
  past.time.value = "XXXX";
  past.time.timex_text = "in the past";
  EXPECT_EQ(merged({dated, past}).size(), 2u);
}

// "Ortega and Mendes announced in May plans to reopen the border" in two articles: two speakers
// with one voice, dated by their own words to one month, are one joint announcement.
TEST(Merge, AJointAnnouncementOfOneMonthInTwoArticlesIsOneStatement) {
  const std::vector<std::string> pair = {"Ana Ortega", "Rui Mendes"};
  const Mention a = mention("a", 4, EventType::kStatement, pair, "2019-05", DateBasis::kRelative, "2019-09-10");
  const Mention b = mention("b", 7, EventType::kStatement, pair, "2019-05", DateBasis::kRelative, "2019-09-11");
  auto events = merged({a, b});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  // One speaker's words of a month may be many statements; other months, other speakers: apart.
  EXPECT_EQ(merged({mention("a", 4, EventType::kStatement, {"Ana Ortega"}, "2019-05", DateBasis::kRelative, "2019-09-10"),
                    mention("b", 7, EventType::kStatement, {"Ana Ortega"}, "2019-05", DateBasis::kRelative, "2019-09-11")})
                .size(),
            2u);
  EXPECT_EQ(merged({a, mention("b", 7, EventType::kStatement, pair, "2019-06", DateBasis::kRelative, "2019-09-11")}).size(), 2u);
  EXPECT_EQ(merged({a, mention("b", 7, EventType::kStatement, {"Ana Ortega", "Luis Vega"}, "2019-05", DateBasis::kRelative,
                               "2019-09-11")})
                .size(),
            2u);
  // A year is no month.
  EXPECT_EQ(merged({mention("a", 4, EventType::kStatement, pair, "2019", DateBasis::kRelative, "2020-09-10"),
                    mention("b", 7, EventType::kStatement, pair, "2019", DateBasis::kRelative, "2020-09-11")})
                .size(),
            2u);
}

// An article without a publication date: "On Sunday, Ortega spoke with Mendes" cannot be resolved,
// yet it is the same call as another article's dated report of the same two people.
TEST(Merge, UnresolvedDayOfAnUndatedArticleJoinsTheOneDatedReport) {
  const std::vector<std::string> who = {"Ana Ortega", "Rui Mendes"};
  Mention dated = mention("a", 1, EventType::kCall, who, "2019-03-10", DateBasis::kRelative, "2019-03-12");
  Mention undated = mention("b", 1, EventType::kCall, who, "XXXX-XX-XX", DateBasis::kUnknown, nullptr);
  undated.time.timex_text = "Sunday";
  auto events = merged({dated, undated});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].time.value, "2019-03-10");
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  // A weekday value must agree with the dated day (2019-03-10 was a Sunday, not a Monday).
  undated.time.value = "XXXX-WXX-1";
  EXPECT_EQ(merged({dated, undated}).size(), 2u);
  undated.time.value = "XXXX-WXX-7";
  EXPECT_EQ(merged({dated, undated}).size(), 1u);
  // Two dated candidates: the undated report picks neither.
  Mention other = mention("c", 1, EventType::kCall, who, "2019-04-14", DateBasis::kRelative, "2019-04-15");
  undated.time.value = "XXXX-XX-XX";
  EXPECT_EQ(merged({dated, other, undated}).size(), 3u);
  // With a publication date the unresolved day is something else: no merge.
  undated.doc_dct = day("2019-03-12");
  EXPECT_EQ(merged({dated, undated}).size(), 2u);
}


// An article without a publication date whose text bounds that date, reporting a visit without
// time words, and another article's dated visit of the same people inside the bound: one visit.
TEST(Merge, ReportOfABoundedUndatedArticleJoinsTheOneDatedEventInsideTheBound) {
  Mention dated = mention("a", 1, EventType::kVisit, {"Ana Ortega", "Portugal", "Rui Mendes"}, "2019-03-10",
                          DateBasis::kRelative, "2019-03-12");
  auto bounded = [](const char* range, std::vector<std::string> who) {
    Mention m = mention("b", 2, EventType::kVisit, std::move(who), range, DateBasis::kInferred, nullptr);
    m.time.timex_text.clear();  // no time words: the range is the article's inferred publication
    return m;
  };
  Mention undated = bounded("2019-01-01/2019-12-31", {"Ana Ortega"});
  auto events = merged({dated, undated});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(events[0].time.value, "2019-03-10");  // the dated report dates the event
  // A bare back-reference of the undated article ("the talks") keeps the bound; a report with a
  // time of its own ("on Sunday") voids it.
  Mention bare = mention("b", 5, EventType::kVisit, {"Ana Ortega", "Portugal"}, "", DateBasis::kUnknown, nullptr);
  EXPECT_EQ(merged({dated, undated, bare}).size(), 1u);
  Mention sunday = bare;
  sunday.time.value = "XXXX-WXX-7";
  sunday.time.timex_text = "Sunday";
  EXPECT_EQ(merged({dated, undated, sunday}).size(), 2u);
  // The dated event lies outside the bound: another visit.
  EXPECT_EQ(merged({dated, bounded("2020-01-01/2020-12-31", {"Ana Ortega"})}).size(), 2u);
  // Neither side's participants all on the other: another visit.
  EXPECT_EQ(merged({dated, bounded("2019-01-01/2019-12-31", {"Ana Ortega", "Luis Prado"})}).size(), 2u);
  // Two dated visits inside the bound: the report picks neither.
  Mention later = mention("c", 1, EventType::kVisit, {"Ana Ortega", "Portugal", "Rui Mendes"}, "2019-09-02",
                          DateBasis::kRelative, "2019-09-03");
  EXPECT_EQ(merged({dated, later, undated}).size(), 3u);
  // A call is not a visit.
  Mention call = undated;
  call.type = EventType::kCall;
  call.trigger = "phone call";
  EXPECT_EQ(merged({dated, call}).size(), 2u);
}

// "After the minister's March visit to Lisbon" in an article without a publication date: the
// tagger resolves "March" to every March the text allows. It joins another article's visit dated
// inside one of those Marches; a weekday ("on Sunday") joins a day of that weekday.
TEST(Merge, MonthOrWeekdayOfABoundedUndatedArticleJoinsTheOneEventOfThatMonthOrWeekday) {
  const std::vector<std::string> who = {"Ana Ortega", "Portugal", "Rui Mendes"};
  const Mention dated = mention("a", 1, EventType::kVisit, who, "2019-03-10", DateBasis::kRelative, "2019-03-12");
  auto inferred = [](const char* range, const char* words, std::vector<std::string> people) {
    Mention m = mention("b", 2, EventType::kVisit, std::move(people), range, DateBasis::kInferred, nullptr);
    m.time.timex_text = words;
    return m;
  };
  const Mention march = inferred("2018-03-01/2020-03-31", "March", {"Ana Ortega"});
  auto events = merged({dated, march});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(events[0].time.value, "2019-03-10");  // the dated report dates the event
  // A report dated only by its publication, all inside one March, dates it too.
  Mention published = mention("a", 1, EventType::kVisit, who, "", DateBasis::kPublication, "2019-03-20");
  events = merged({published, march});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].time.basis, DateBasis::kPublication);
  // Every April is another month; a range of whole years or of another shape names no month.
  EXPECT_EQ(merged({dated, inferred("2018-04-01/2020-04-30", "April", {"Ana Ortega"})}).size(), 2u);
  EXPECT_EQ(merged({dated, inferred("2018-01-01/2020-12-31", "this year", {"Ana Ortega"})}).size(), 2u);
  EXPECT_EQ(merged({dated, inferred("2018-03-05/2020-03-15", "last week", {"Ana Ortega"})}).size(), 2u);
  // 2019-03-10 was a Sunday: every Sunday of the bound names it, every Monday does not.
  EXPECT_EQ(merged({dated, inferred("2018-03-04/2020-03-29", "Sunday", {"Ana Ortega"})}).size(), 1u);
  EXPECT_EQ(merged({dated, inferred("2018-03-05/2020-03-30", "Monday", {"Ana Ortega"})}).size(), 2u);
  // Another counterpart, a call, a plan: apart.
  EXPECT_EQ(merged({dated, inferred("2018-03-01/2020-03-31", "March", {"Ana Ortega", "Luis Prado"})}).size(), 2u);
  Mention call = march;
  call.type = EventType::kCall;
  call.trigger = "phone call";
  EXPECT_EQ(merged({dated, call}).size(), 2u);
  Mention plan = march;
  plan.status = EventStatus::kPlanned;
  EXPECT_EQ(merged({dated, plan}).size(), 2u);
  // Two visits in Marches of the bound: the report picks neither.
  Mention later = mention("c", 1, EventType::kVisit, who, "2020-03-02", DateBasis::kRelative, "2020-03-03");
  EXPECT_EQ(merged({dated, later, march}).size(), 3u);
}

// "Her office said the leaders would meet Sunday" in an article without a publication date and
// another article's meeting planned for one Sunday: one plan. A plan names its day: "in March" of an
// unknown year is no appointment, and a plan does not join what occurred.
TEST(Merge, WeekdayPlanOfABoundedUndatedArticleJoinsTheOnePlanOfThatDay) {
  const std::vector<std::string> who = {"Ana Ortega", "Rui Mendes"};
  Mention dated = mention("a", 1, EventType::kMeeting, who, "2019-03-10", DateBasis::kRelative, "2019-03-10");
  dated.status = EventStatus::kPlanned;
  auto inferred = [](const char* range, const char* words) {
    Mention m = mention("b", 2, EventType::kMeeting, {"Ana Ortega", "Rui Mendes"}, range, DateBasis::kInferred, nullptr);
    m.time.timex_text = words;
    m.status = EventStatus::kPlanned;
    return m;
  };
  // 2019-03-10 was a Sunday.
  auto events = merged({dated, inferred("2018-03-04/2020-03-29", "Sunday")});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(events[0].time.value, "2019-03-10");
  EXPECT_EQ(events[0].status, EventStatus::kPlanned);
  EXPECT_EQ(merged({dated, inferred("2018-03-05/2020-03-30", "Monday")}).size(), 2u);
  EXPECT_EQ(merged({dated, inferred("2018-03-01/2020-03-31", "March")}).size(), 2u);
  Mention held = dated;
  held.status = EventStatus::kOccurred;
  EXPECT_EQ(merged({held, inferred("2018-03-04/2020-03-29", "Sunday")}).size(), 2u);
  // Two plans on Sundays of the bound: the report picks neither.
  Mention other = mention("c", 1, EventType::kMeeting, who, "2019-03-17", DateBasis::kRelative, "2019-03-12");
  other.status = EventStatus::kPlanned;
  EXPECT_EQ(merged({dated, other, inferred("2018-03-04/2020-03-29", "Sunday")}).size(), 3u);
}

// "talks" and "conversation" (rules ending in ".generic") may name a call: a day's generic talks
// and a call of the same people that day are one event, typed call. A plain meeting is not a call.
TEST(Merge, GenericTalksOfTheDayAreTheCall) {
  Mention talks = mention("a", 2, EventType::kMeeting, kXiPutin, "2022-06-15", DateBasis::kRelative, "2022-07-05");
  talks.rule = "meeting.generic";
  talks.trigger = "talks";
  Mention call = mention("b", 1, EventType::kCall, kXiPutin, "", DateBasis::kPublication, "2022-06-15");
  auto events = merged({talks, call});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, EventType::kCall);
  EXPECT_EQ(events[0].time.value, "2022-06-15");
  talks.rule = "meeting.meet";
  EXPECT_EQ(merged({talks, call}).size(), 2u);
  // Generic talks on another day stay apart from the call.
  talks.rule = "meeting.generic";
  talks.time = mention("a", 2, EventType::kMeeting, kXiPutin, "2022-05-10").time;
  EXPECT_EQ(merged({talks, call}).size(), 2u);
}

// Within one article, "the talks with Rui Mendes" on the day Ana Ortega phoned Joao Silva are not
// that call: a generic talk noun is a call only when it names the call's people.
TEST(Merge, GenericTalksWithAnotherCounterpartAreNotTheCall) {
  Mention call = mention("a", 1, EventType::kCall, {"Ana Ortega", "Joao Silva"}, "2021-03-09");
  Mention talks = mention("a", 2, EventType::kMeeting, {"Ana Ortega", "Rui Mendes"}, "2021-03-09");
  talks.rule = "meeting.generic";
  talks.trigger = "talks";
  EXPECT_EQ(merged({call, talks}).size(), 2u);
  // Talks of the call's own people, or of some of them, are the call.
  talks.participants = {"Ana Ortega", "Joao Silva"};
  EXPECT_EQ(merged({call, talks}).size(), 1u);
  talks.participants = {"Ana Ortega"};
  EXPECT_EQ(merged({call, talks}).size(), 1u);
}

// Within one article, "During the visit, Ortega met Silva" is not the visit of Ortega to Mendes when
// Silva is another person of Mendes' country.
TEST(Merge, UndatedMeetingWithAnotherCounterpartStaysApart) {
  Options opt;
  opt.actor = [](const std::string& n) -> std::optional<ActorInfo> {
    if (n == "Ana Ortega") return ActorInfo{true, "Chile", ""};
    if (n == "Rui Mendes" || n == "Joao Silva") return ActorInfo{true, "Portugal", ""};
    return std::nullopt;
  };
  Mention visit = mention("a", 1, EventType::kVisit, {"Ana Ortega", "Rui Mendes"}, "2023-02-20");
  Mention other = mention("a", 2, EventType::kMeeting, {"Ana Ortega", "Joao Silva"}, "", DateBasis::kUnknown);
  EXPECT_EQ(merged({visit, other}, opt).size(), 2u);
  // The same counterpart again is the same visit.
  Mention same = mention("a", 2, EventType::kMeeting, {"Ana Ortega", "Rui Mendes"}, "", DateBasis::kUnknown);
  EXPECT_EQ(merged({visit, same}, opt).size(), 1u);
}

// An undated report that fits two dated events of other articles goes with the one that tells it in
// the same words (a reprinted release), and with neither when none stands out.
TEST(Merge, UndatedReportGoesWithTheReportInTheSameWords) {
  const std::vector<std::string> who = {"Ana Ortega", "Rui Mendes"};
  Mention first = mention("a", 1, EventType::kCall, who, "2019-03-10", DateBasis::kRelative, "2019-03-12");
  first.quote = "On March 10, Minister Ortega spoke with Foreign Minister Rui Mendes of Portugal.";
  Mention second = mention("c", 1, EventType::kCall, who, "2019-04-14", DateBasis::kRelative, "2019-04-15");
  second.quote = "Ortega and Mendes discussed fisheries by phone on Sunday, the ministry said.";
  Mention undated = mention("b", 1, EventType::kCall, who, "XXXX-XX-XX", DateBasis::kUnknown, nullptr);
  undated.time.timex_text = "Sunday";
  undated.quote = "Lisbon - On Sunday, Minister Ortega spoke with Foreign Minister Rui Mendes of Portugal.";
  auto events = merged({first, second, undated});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  undated.quote = "Calls took place.";
  EXPECT_EQ(merged({first, second, undated}).size(), 3u);
}


// "Ortega would be glad to visit Portugal" (May, no date) and "Ortega's visit to Portugal in
// September" (July): one plan. A date that had already passed, or lies far ahead, is another plan.
TEST(Merge, UndatedPlanJoinsTheOneDatedPlanAhead) {
  Options opt;
  opt.actor = [](const std::string& n) -> std::optional<ActorInfo> {
    if (n == "Ana Ortega") return ActorInfo{true, "Chile", ""};
    if (n == "Chile" || n == "Portugal") return ActorInfo{false, "", ""};
    return std::nullopt;
  };
  Mention vague = mention("a", 3, EventType::kVisit, {"Ana Ortega", "Portugal"}, "", DateBasis::kUnknown, "2025-05-08");
  vague.status = EventStatus::kPlanned;
  Mention dated = mention("b", 2, EventType::kMeeting, {"Chile", "Portugal"}, "2025-09", DateBasis::kRelative, "2025-07-19");
  dated.status = EventStatus::kPlanned;
  auto events = merged({vague, dated}, opt);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].status, EventStatus::kPlanned);
  EXPECT_EQ(events[0].time.value, "2025-09");
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  // Dated before the vague report was written: not the plan it speaks of.
  dated.time = mention("b", 2, EventType::kMeeting, {}, "2025-04").time;
  EXPECT_EQ(merged({vague, dated}, opt).size(), 2u);
  // An occurred report never joins a plan.
  dated.time = mention("b", 2, EventType::kMeeting, {}, "2025-09").time;
  vague.status = EventStatus::kOccurred;
  EXPECT_EQ(merged({vague, dated}, opt).size(), 2u);
}

// "Ortega and Mendes held three days of talks from Monday" (one article) and "Chile and Portugal
// praised the recent talks" (another, published two days after they ended): one event, dated by the
// first. A back-reference reaches only the week before its publication, and only one candidate.
TEST(Merge, BackReferenceJoinsTheOneRecentEventOfAnotherArticle) {
  const std::vector<std::string> who = {"Ana Ortega", "Chile", "Portugal", "Rui Mendes"};
  Mention talks =
      mention("a", 1, EventType::kMeeting, who, "2019-03-04/2019-03-06", DateBasis::kRelative, "2019-03-06");
  auto recent = [](const char* dct, std::vector<std::string> people) {
    Mention m = mention("b", 4, EventType::kMeeting, std::move(people), "", DateBasis::kUnknown, dct);
    m.trigger = "talks";
    m.rule = "meeting.generic";
    return m;
  };
  Mention back = recent("2019-03-08", {"Chile", "Portugal"});
  auto events = merged({talks, back});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(events[0].time.value, "2019-03-04/2019-03-06");
  // Published more than a week after the talks ended, or before they began: other talks.
  EXPECT_EQ(merged({talks, recent("2019-03-14", {"Chile", "Portugal"})}).size(), 2u);
  EXPECT_EQ(merged({talks, recent("2019-03-02", {"Chile", "Portugal"})}).size(), 2u);
  // Talks placed only in a month that runs past the back-reference's publication may still have
  // been ahead then.
  Mention in_march = mention("a", 1, EventType::kMeeting, who, "2019-03", DateBasis::kRelative, "2019-04-02");
  EXPECT_EQ(merged({in_march, back}).size(), 2u);
  EXPECT_EQ(merged({in_march, recent("2019-04-02", {"Chile", "Portugal"})}).size(), 1u);
  // Neither side's participants all on the other.
  EXPECT_EQ(merged({talks, recent("2019-03-08", {"Chile", "Peru"})}).size(), 2u);
  // Time words of its own ("last year's talks") make it no bare back-reference.
  Mention worded = back;
  worded.time.value = "XXXX";
  worded.time.timex_text = "last year";
  EXPECT_EQ(merged({talks, worded}).size(), 2u);
  // Talks dated only by their article's publication are too vague to be the recent ones.
  Mention vague = mention("a", 1, EventType::kMeeting, who, "", DateBasis::kPublication, "2019-03-06");
  EXPECT_EQ(merged({vague, back}).size(), 2u);
  // Two recent talks of those people: the back-reference picks neither.
  const std::vector<std::string> states = {"Chile", "Portugal"};
  Mention other =
      mention("c", 1, EventType::kMeeting, states, "2019-03-07", DateBasis::kRelative, "2019-03-07");
  EXPECT_EQ(merged({talks, other, back}).size(), 3u);
  // The type family must agree: a visit is of the meeting's, a call is not; a statement never joins.
  Mention visit = back;
  visit.type = EventType::kVisit;
  visit.rule = "visit.noun";
  EXPECT_EQ(merged({talks, visit}).size(), 1u);
  Mention call = back;
  call.type = EventType::kCall;
  call.rule = "call.noun";
  EXPECT_EQ(merged({talks, call}).size(), 2u);
  Mention said = back;
  said.type = EventType::kStatement;
  EXPECT_EQ(merged({talks, said}).size(), 2u);
}

// "Ortega said last night" in a report of Thursday, and another article's meeting of Ortega and
// Mendes that week: her remarks at the meeting (its news conference), one event, a meeting.
TEST(Merge, RemarksOfAParticipantOnTheDayOfAnotherArticlesGatheringArePartOfIt) {
  const std::vector<std::string> both = {"Ana Ortega", "Rui Mendes"};
  Mention met = mention("a", 0, EventType::kMeeting, both, "", DateBasis::kPublication, "2019-03-06");
  Mention said = mention("b", 2, EventType::kStatement, {"Ana Ortega"}, "2019-03-06", DateBasis::kRelative, "2019-03-07");
  auto events = merged({met, said});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, EventType::kMeeting);
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  // Words of a day the meeting cannot be on, of someone not at it, without a day of their own, or
  // in the meeting's own article (read whole there) stay apart; so do words beside a signing.
  Mention later = said;
  later.time = mention("b", 2, EventType::kStatement, {}, "2019-03-07").time;
  EXPECT_EQ(merged({met, later}).size(), 2u);
  Mention other = mention("b", 2, EventType::kStatement, {"Li Wei"}, "2019-03-06", DateBasis::kRelative, "2019-03-07");
  EXPECT_EQ(merged({met, other}).size(), 2u);
  Mention vague = mention("b", 2, EventType::kStatement, {"Ana Ortega"}, "", DateBasis::kPublication, "2019-03-06");
  EXPECT_EQ(merged({met, vague}).size(), 2u);
  Mention own = said;
  own.doc_id = "a";
  own.doc_hash = "hash-a";
  own.doc_dct = met.doc_dct;
  EXPECT_EQ(merged({met, own}).size(), 2u);
  Mention signed_ = mention("a", 0, EventType::kAgreement, both, "", DateBasis::kPublication, "2019-03-06");
  EXPECT_EQ(merged({signed_, said}).size(), 2u);
}

// "Ortega will travel to Lisbon" (no host named: Ortega and Portugal) and another article's "Ortega
// will dine with Li in Lisbon on Wednesday": one trip to one place, though Li is no Portuguese.
TEST(Merge, ATripToAPlaceAndAMeetingThereOfAnotherArticleAreOneTrip) {
  Options opt;
  opt.actor = [](const std::string& n) -> std::optional<ActorInfo> {
    if (n == "Ana Ortega") return ActorInfo{true, "Spain", "Ortega"};
    if (n == "Li Wei") return ActorInfo{true, "China", "Li"};
    if (n == "Portugal" || n == "Spain" || n == "China") return ActorInfo{false, n, ""};
    return std::nullopt;
  };
  Mention trip = mention("a", 3, EventType::kVisit, {"Ana Ortega", "Portugal"}, "", DateBasis::kUnknown, "2024-05-06");
  trip.status = EventStatus::kPlanned;
  trip.location = "Lisbon";
  Mention dinner =
      mention("b", 1, EventType::kMeeting, {"Ana Ortega", "Li Wei"}, "2024-05-08", DateBasis::kRelative, "2024-05-07");
  dinner.status = EventStatus::kPlanned;
  dinner.location = "Lisbon";
  auto events = merged({trip, dinner}, opt);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].time.value, "2024-05-08");
  // Another place: Portugal is not where Li is met.
  Mention elsewhere = dinner;
  elsewhere.location = "Porto";
  EXPECT_EQ(merged({trip, elsewhere}, opt).size(), 2u);
}

// An article's plans are an itinerary: "On Friday, Ortega will tour a shipyard in Porto" and "she
// will hold talks with Mendes" (no date) are two appointments; the talks are the ones another
// article dated to Wednesday. A plan naming no one new is the dated one.
TEST(Merge, UndatedPlanWithAnotherCounterpartIsAnotherAppointmentOfTheItinerary) {
  const std::vector<std::string> host = {"Ana Ortega", "Portugal"}, guest = {"Ana Ortega", "Rui Mendes"};
  Mention tour = mention("a", 1, EventType::kVisit, host, "2024-05-10", DateBasis::kRelative, "2024-05-06");
  tour.status = EventStatus::kPlanned;
  Mention talks = mention("a", 2, EventType::kMeeting, guest, "", DateBasis::kUnknown, "2024-05-06");
  talks.status = EventStatus::kPlanned;
  EXPECT_EQ(merged({tour, talks}).size(), 2u);
  Mention hosted =
      mention("b", 0, EventType::kMeeting, guest, "2024-05-08", DateBasis::kRelative, "2024-04-01");
  hosted.status = EventStatus::kPlanned;
  auto events = merged({tour, talks, hosted});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].time.value, "2024-05-08");
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(events[1].participants, host);
  // "Mendes has invited Ortega" when the dated plan names his country: the same trip.
  Options opt;
  opt.actor = [](const std::string& n) -> std::optional<ActorInfo> {
    if (n == "Rui Mendes") return ActorInfo{true, "Portugal", ""};
    return std::nullopt;
  };
  EXPECT_EQ(merged({tour, talks}, opt).size(), 1u);
  // "She will also see the harbour" names no one new: the Friday tour.
  Mention harbour = mention("a", 3, EventType::kVisit, {"Ana Ortega"}, "", DateBasis::kUnknown, "2024-05-06");
  harbour.status = EventStatus::kPlanned;
  EXPECT_EQ(merged({tour, harbour}).size(), 1u);
}

TEST(Merge, AMeetingOnASummitsSidelinesIsItsOwnEvent) {
  Options opt;
  opt.actor = [](const std::string& n) -> std::optional<ActorInfo> {
    if (n == "G20") return ActorInfo{false, "", "", true};
    if (n == "Anthony Albanese") return ActorInfo{true, "Australia", "Albanese"};
    if (n == "Xi Jinping") return ActorInfo{true, "China", "Xi"};
    return std::nullopt;
  };
  Mention summit = mention("a", 0, EventType::kSummit, {"Anthony Albanese", "G20"}, "2022-11-15");
  Mention talks = mention("a", 1, EventType::kMeeting, {"Anthony Albanese", "Xi Jinping"}, "2022-11-15");
  EXPECT_EQ(merged({summit, talks}, opt).size(), 2u);
  // A report of the summit's people at country level is the summit itself.
  Mention countries = mention("a", 2, EventType::kMeeting, {"Anthony Albanese"}, "2022-11-15");
  EXPECT_EQ(merged({summit, countries}, opt).size(), 1u);
  // A summit that lists both among its attendees and their talks that day: still two, also when
  // another article's report of the talks joins one of them.
  Mention attended = mention("a", 3, EventType::kSummit, {"Anthony Albanese", "G20", "Xi Jinping"}, "2022-11-15");
  EXPECT_EQ(merged({attended, talks}, opt).size(), 2u);
  Mention other = mention("b", 0, EventType::kMeeting, {"Anthony Albanese", "Xi Jinping"}, "2022-11-15");
  auto events = merged({attended, talks, other}, opt);
  ASSERT_EQ(events.size(), 2u);
  for (auto& e : events)
    if (e.type == EventType::kMeeting) EXPECT_EQ(e.documents, (std::vector<std::string>{"a", "b"}));
}

// "X will visit Chile in November; the trip ends in Santiago, where an APEC summit is held on
// November 14-15": the trip to the state and the body's summit it takes in are two events (the body
// is not the state). The trip's reports still join each other, and a summit report at country level
// still is the summit.
TEST(Merge, ATripToAStateAndTheBodysSummitItTakesInAreTwoEvents) {
  Options opt;
  opt.actor = [](const std::string& n) -> std::optional<ActorInfo> {
    if (n == "APEC") return ActorInfo{false, "", "", true};
    if (n == "Chile" || n == "Peru") return ActorInfo{false, "", "", false};
    if (n == "Kenji Tanaka") return ActorInfo{true, "Japan", "Tanaka"};
    if (n == "Maria Lopez") return ActorInfo{true, "Philippines", "Lopez"};
    return std::nullopt;
  };
  Mention trip = mention("a", 0, EventType::kVisit, {"Chile", "Kenji Tanaka"}, "2023-11");
  Mention summit = mention("a", 3, EventType::kSummit, {"APEC", "Kenji Tanaka"}, "2023-11-14/2023-11-15");
  for (auto& m : {&trip, &summit}) m->status = EventStatus::kPlanned;
  EXPECT_EQ(merged({trip, summit}, opt).size(), 2u);
  // Across articles too.
  Mention other = summit;
  other.doc_id = "b";
  other.doc_hash = "hash-b";
  EXPECT_EQ(merged({trip, other}, opt).size(), 2u);
  // The trip's own reports stay one.
  Mention again = mention("a", 5, EventType::kVisit, {"Kenji Tanaka"}, "2023-11");
  again.status = EventStatus::kPlanned;
  EXPECT_EQ(merged({trip, summit, again}, opt).size(), 2u);
  // Near miss: a summit report without the body (the trip's people at the summit) is the trip.
  Mention plain = mention("a", 4, EventType::kSummit, {"Kenji Tanaka", "Maria Lopez"}, "2023-11-14/2023-11-15");
  plain.status = EventStatus::kPlanned;
  Mention visit = mention("a", 0, EventType::kVisit, {"Kenji Tanaka", "Maria Lopez"}, "2023-11");
  visit.status = EventStatus::kPlanned;
  EXPECT_EQ(merged({visit, plain}, opt).size(), 1u);
}

// Within one article, "the ASEAN summit on Wednesday" (the body only) is not "Lopez met Tanaka" of
// that day: a body is not its members told at country level. Countries still are.
TEST(Merge, ABodysSummitIsNotItsMembersMeetingOfTheDay) {
  Options opt;
  opt.actor = [](const std::string& n) -> std::optional<ActorInfo> {
    if (n == "ASEAN") return ActorInfo{false, "", "", true};
    if (n == "Maria Lopez") return ActorInfo{true, "Philippines", "Lopez"};
    if (n == "Kenji Tanaka") return ActorInfo{true, "Japan", "Tanaka"};
    return std::nullopt;
  };
  Mention talks = mention("a", 0, EventType::kMeeting, {"Kenji Tanaka", "Maria Lopez"}, "2023-09-06");
  Mention summit = mention("a", 3, EventType::kSummit, {"ASEAN"}, "2023-09-06", DateBasis::kRelative, "2023-09-06");
  EXPECT_EQ(merged({talks, summit}, opt).size(), 2u);
  // Undated, the body's mention stays with the article's dated event rather than stand alone.
  Mention vague = mention("a", 3, EventType::kSummit, {"ASEAN"}, "", DateBasis::kUnknown, "2023-09-06");
  EXPECT_EQ(merged({talks, vague}, opt).size(), 1u);
  Mention countries = mention("a", 2, EventType::kMeeting, {"Japan", "Philippines"}, "", DateBasis::kUnknown,
                              "2023-09-06");
  EXPECT_EQ(merged({talks, countries}, opt).size(), 1u);
  // A report naming the body joins an event that names it too.
  talks.participants = {"ASEAN", "Kenji Tanaka", "Maria Lopez"};
  EXPECT_EQ(merged({talks, summit}, opt).size(), 1u);
}

}  // namespace
}  // namespace annalist::merge

namespace annalist::merge {
namespace {

// One trip told at three grains and levels: "Prado's three-day state visit to Portugal" (a range),
// "talks with Ortega on Thursday" (a day inside it, her person for the country) and "last week's
// visit" (a week holding it), each in its own article. Another week's visit stays apart.
TEST(Merge, ARangeVisitTheDayInsideItAndTheWeekHoldingItAreOneTrip) {
  Options o;
  o.actor = [](const std::string& n) -> std::optional<ActorInfo> {
    if (n == "Ana Ortega") return ActorInfo{true, "Portugal", "Ortega"};
    if (n == "Luis Prado") return ActorInfo{true, "Spain", "Prado"};
    if (n == "Portugal" || n == "Spain") return ActorInfo{false, n, ""};
    return std::nullopt;
  };
  const Mention range = mention("a", 0, EventType::kVisit, {"Luis Prado", "Portugal"}, "2023-04-05/2023-04-07",
                                DateBasis::kRelative, "2023-04-05");
  const Mention day_talks = mention("b", 2, EventType::kMeeting, {"Ana Ortega", "Luis Prado"}, "2023-04-06",
                                    DateBasis::kRelative, "2023-04-07");
  const Mention week = mention("c", 5, EventType::kVisit, {"Luis Prado", "Portugal"}, "2023-W14",
                               DateBasis::kRelative, "2023-04-12");
  auto events = merged({range, day_talks, week}, o);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, EventType::kVisit);
  EXPECT_EQ(events[0].time.value, "2023-04-06");
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b", "c"}));
  // The visit of the week after is another trip.
  const Mention next = mention("d", 1, EventType::kVisit, {"Luis Prado", "Portugal"}, "2023-W15",
                               DateBasis::kRelative, "2023-04-19");
  EXPECT_EQ(merged({range, day_talks, week, next}, o).size(), 2u);
}

}  // namespace
}  // namespace annalist::merge

namespace annalist::merge {
namespace {

Mention first_of_series(const std::string& doc, std::vector<std::string> who, const std::string& value,
                        DateBasis basis, const char* dct) {
  Mention m = mention(doc, 5, EventType::kCall, std::move(who), value, basis, dct);
  m.rule = kFirstOfSeriesRule;
  return m;
}

// "It was the second call between Chile and Peru. The first was last May" in one article, "the
// second time the two presidents talked" (an undated first) in another: one first call.
TEST(Merge, FirstOccasionsOfOneSeriesInTwoArticlesAreOneEvent) {
  Options o;
  o.actor = [](const std::string& n) -> std::optional<ActorInfo> {
    if (n == "Ana Ortega") return ActorInfo{true, "Chile", "Ortega"};
    if (n == "Rui Mendes") return ActorInfo{true, "Peru", "Mendes"};
    if (n == "Chile" || n == "Peru") return ActorInfo{false, n, ""};
    return std::nullopt;
  };
  const Mention dated = first_of_series("a", {"Chile", "Peru"}, "2019-05", DateBasis::kRelative, "2019-09-10");
  const Mention undated = first_of_series("b", {"Ana Ortega", "Rui Mendes"}, "", DateBasis::kUnknown, "2019-09-11");
  auto events = merged({dated, undated}, o);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(events[0].time.value, "2019-05");
  EXPECT_EQ(merged({undated, dated}, o).size(), 1u);  // in either order
  // Dated first occasions that cannot overlap are two series.
  EXPECT_EQ(merged({dated, first_of_series("b", {"Ana Ortega", "Rui Mendes"}, "2018-03", DateBasis::kRelative, "2019-09-11")}, o)
                .size(),
            2u);
  // Another article's undated call of the two that is not a first occasion stays apart; so does,
  // in one article, the later occasion beside the first ("spoke on Wednesday, the second time").
  EXPECT_EQ(merged({dated, mention("b", 2, EventType::kCall, {"Ana Ortega", "Rui Mendes"}, "", DateBasis::kUnknown,
                                   "2019-09-11")},
                   o)
                .size(),
            2u);
  const Mention later = mention("b", 1, EventType::kCall, {"Ana Ortega", "Rui Mendes"}, "2019-09-04", DateBasis::kRelative,
                                "2019-09-11");
  EXPECT_EQ(merged({later, undated}, o).size(), 2u);
}

}  // namespace
}  // namespace annalist::merge
