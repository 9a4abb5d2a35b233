// Independent groups: the merge never joins mentions of different groups, and merging group by
// group gives exactly the whole merge. Randomized mention sets exercise every kind of date,
// status, type and participant overlap; a merge rule loosened beyond the grouping fails here.
#include "merge/grouping.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <sstream>

#include "base/strings.h"
#include "calendar/timex_value.h"

namespace annalist::merge {
namespace {

Day day(const char* iso) { return *calendar::parse_iso_day(iso); }

std::string show_time(const EventTime& t) {
  std::string s = t.value + "|" + std::string(to_string(t.basis)) + "|" + t.timex_text;
  if (t.interval) s += "|" + calendar::format_iso_day(t.interval->first) + ".." + calendar::format_iso_day(t.interval->last);
  return s;
}

// Everything the chronology shows of an event, on one line.
std::string show(const Event& e) {
  std::ostringstream o;
  o << e.id << " | " << e.title << " | " << to_string(e.type) << " | " << to_string(e.status) << " | "
    << base::join(e.participants, ";") << " | " << show_time(e.time) << " | " << e.location << " | "
    << base::join(e.documents, ";") << " | " << e.sources << " | "
    << (e.first_reported ? calendar::format_iso_day(*e.first_reported) : "") << " | " << e.evidence << " |";
  for (const auto& m : e.mentions) o << " " << m.doc_hash << ":" << m.sentence << ":" << m.begin;
  return o.str();
}

std::vector<std::string> show_all(std::vector<Event> events) {
  sort_events(events);
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(show(e));
  return out;
}

// The whole merge, and the merge of each independent group put together.
void expect_grouped_equals_whole(const std::vector<Mention>& mentions, const Options& options,
                                 const std::string& what) {
  auto groups = independent_groups(mentions, options);
  std::map<std::tuple<std::string, int, std::size_t>, std::size_t> group_of;
  std::size_t total = 0;
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (std::size_t i : groups[g]) {
      group_of[{mentions[i].doc_hash, mentions[i].sentence, mentions[i].begin}] = g;
      ++total;
    }
  ASSERT_EQ(total, mentions.size()) << what;

  auto whole = merge_mentions(mentions, options);
  // Every pair the whole merge joined lies in one group.
  for (const auto& e : whole) {
    std::set<std::size_t> gs;
    for (const auto& m : e.mentions) gs.insert(group_of.at({m.doc_hash, m.sentence, m.begin}));
    EXPECT_EQ(gs.size(), 1u) << what << ": event joins mentions of " << gs.size() << " groups: " << show(e);
  }
  std::vector<Event> grouped;
  for (const auto& g : groups) {
    std::vector<Mention> part;
    for (std::size_t i : g) part.push_back(mentions[i]);
    for (auto& e : merge_mentions(part, options)) grouped.push_back(std::move(e));
  }
  EXPECT_EQ(show_all(grouped), show_all(whole)) << what;
}

// A small world: people with countries (some unknown to the lookup), countries, a body.
Options world_options() {
  Options o;
  static const std::map<std::string, ActorInfo> known = {
      {"Ann Arden", {true, "Avalon", "Arden", false}}, {"Bo Brook", {true, "Borduria", "Brook", false}},
      {"Cy Cole", {true, "Carpania", "Cole", false}},  {"Di Dane", {true, "Avalon", "Dane", false}},
      {"Avalon", {false, "", "", false}},             {"Borduria", {false, "", "", false}},
      {"Carpania", {false, "", "", false}},           {"Group of Nine", {false, "", "", true}},
  };
  o.actor = [](const std::string& n) -> std::optional<ActorInfo> {
    auto it = known.find(n);
    if (it == known.end()) return std::nullopt;
    return it->second;
  };
  o.names.institution_words = {"ministry"};
  return o;
}

// Random mentions: few documents, people, days and kinds, so that many could join.
// `names` and `kinds` narrow the pools, so that equal participant sets and types are common.
std::vector<Mention> random_mentions(std::mt19937& rng, int docs, int count, int names = 10, int kinds = 7) {
  static const std::vector<std::string> pool = {"Ann Arden", "Bo Brook", "Cy Cole", "Di Dane", "Avalon",
                                                "Borduria", "Carpania", "Group of Nine", "Ed Eve", "Foreign Ministry"};
  static const std::vector<const char*> values = {
      "2023-03-01", "2023-03-02", "2023-03-03", "2023-03-10", "2023-03", "2023-04-02", "2023-W09", "2023",
      "2022-12-30", "2023-09-15", "2023-09",
      // Inferred for "March" and "Friday" in an article without a publication date.
      "2022-03-01/2024-03-31", "2022-03-04/2024-03-29"};
  static const std::vector<std::string> undated = {"", "XXXX-XX-XX|saturday", "XXXX-WXX-4|thursday",
                                                   "XXXX-03-02|march 2", "XXXX|this year", "XXXX-XX|this month"};
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  std::vector<std::optional<Day>> dct(docs);
  for (int d = 0; d < docs; ++d) {
    // Publication days around the dated reports, some close together, some weeks or months apart.
    if (pick(5) != 0) dct[d] = day("2023-02-20") + date::days{pick(3) ? pick(45) : pick(240)};
  }
  std::vector<Mention> out;
  for (int i = 0; i < count; ++i) {
    Mention m;
    int d = pick(docs);
    m.doc_id = "doc" + std::to_string(d);
    m.doc_hash = "h" + std::to_string(d);
    m.doc_dct = dct[d];
    m.sentence = i;
    m.begin = static_cast<std::size_t>(i) * 10;
    m.end = m.begin + 5;
    static const std::vector<EventType> types = {EventType::kMeeting, EventType::kMeeting, EventType::kVisit,
                                                 EventType::kSummit,  EventType::kCall,    EventType::kStatement,
                                                 EventType::kAgreement};
    m.type = types[pick(std::min(kinds, static_cast<int>(types.size())))];
    m.trigger = std::string(to_string(m.type));
    m.rule = m.type == EventType::kMeeting && pick(2) ? "meeting.generic" : "rule." + m.trigger;
    // The first occasion of a series its article counts (it joins other articles' at any time).
    if (m.type != EventType::kStatement && pick(6) == 0) m.rule = kFirstOfSeriesRule;
    static const std::vector<EventStatus> statuses = {EventStatus::kOccurred, EventStatus::kOccurred,
                                                      EventStatus::kOccurred, EventStatus::kPlanned,
                                                      EventStatus::kCancelled};
    m.status = statuses[pick(static_cast<int>(statuses.size()))];
    std::set<std::string> who;
    for (int k = pick(4); k > 0; --k) who.insert(pool[pick(std::min(names, static_cast<int>(pool.size())))]);
    m.participants.assign(who.begin(), who.end());
    if (pick(3) == 0) m.location = pick(2) ? "Avalon City" : "Port Bord";
    m.quote = "report " + std::to_string(i % 7) + " of " + base::join(m.participants, " and ");
    int when = pick(10);
    if (when < 5) {
      m.time.value = values[pick(static_cast<int>(values.size()))];
      auto w = calendar::window_of_value(m.time.value);
      m.time.interval = w->interval;
      m.time.granularity = w->granularity;
      m.time.basis = pick(4) ? DateBasis::kExplicit : DateBasis::kInferred;
      // Inferred without time words: the range bounds an article without a publication date.
      m.time.timex_text = m.time.basis == DateBasis::kInferred && pick(2) ? "" : "on that day";
    } else if (when < 7) {
      m.time.basis = DateBasis::kPublication;
      if (m.doc_dct) {
        m.time.interval = DayInterval{*m.doc_dct, *m.doc_dct};
        m.time.granularity = Granularity::kDay;
        m.time.value = calendar::format_iso_day(*m.doc_dct);
      }
    } else {
      const auto& u = undated[pick(static_cast<int>(undated.size()))];
      auto bar = u.find('|');
      m.time.basis = DateBasis::kUnknown;
      if (bar != std::string::npos) {
        m.time.value = u.substr(0, bar);
        m.time.timex_text = u.substr(bar + 1);
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

TEST(Grouping, RandomMentionSetsMergeAlikeGroupByGroup) {
  const Options options = world_options();
  // Narrow pools: equal participants and kinds are common, so every rule gets its chance.
  for (unsigned seed = 1; seed <= 400; ++seed) {
    std::mt19937 rng(seed);
    auto mentions = random_mentions(rng, 3 + static_cast<int>(seed % 12), 10 + static_cast<int>(seed % 50),
                                    2 + static_cast<int>(seed % 9), 1 + static_cast<int>(seed / 9 % 7));
    expect_grouped_equals_whole(mentions, options, "seed " + std::to_string(seed));
    if (HasFailure()) return;
  }
  // Wide pools: many groups, so that merging group by group is really tested.
  std::size_t groups_seen = 0, multi = 0;
  for (unsigned seed = 401; seed <= 600; ++seed) {
    std::mt19937 rng(seed);
    auto mentions = random_mentions(rng, 3 + static_cast<int>(seed % 12), 10 + static_cast<int>(seed % 50));
    expect_grouped_equals_whole(mentions, options, "seed " + std::to_string(seed));
    auto groups = independent_groups(mentions, options);
    groups_seen += groups.size();
    for (const auto& g : groups) multi += g.size() > 1;
    if (HasFailure()) return;
  }
  EXPECT_GT(groups_seen, 200u * 2);
  EXPECT_GT(multi, 200u);
}

TEST(Grouping, RandomMentionSetsWithoutActorKnowledge) {
  Options options;
  for (unsigned seed = 1000; seed < 1200; ++seed) {
    std::mt19937 rng(seed);
    expect_grouped_equals_whole(random_mentions(rng, 8, 40, 2 + static_cast<int>(seed % 5), 1 + static_cast<int>(seed % 3)),
                                options, "seed " + std::to_string(seed));
    if (HasFailure()) break;
  }
}

Mention dated(const std::string& doc, int s, std::vector<std::string> who, const char* value,
              const char* dct = "2023-03-05") {
  Mention m;
  m.doc_id = doc;
  m.doc_hash = "h-" + doc;
  if (dct) m.doc_dct = day(dct);
  m.sentence = s;
  m.begin = static_cast<std::size_t>(s) * 10;
  m.end = m.begin + 5;
  m.type = EventType::kMeeting;
  m.trigger = "met";
  m.rule = "meeting.met";
  m.participants = std::move(who);
  if (value) {
    auto w = calendar::window_of_value(value);
    m.time.value = value;
    m.time.interval = w->interval;
    m.time.granularity = w->granularity;
    m.time.basis = DateBasis::kExplicit;
    m.time.timex_text = value;
  }
  return m;
}

std::size_t group_count(const std::vector<Mention>& ms) { return independent_groups(ms, Options{}).size(); }

TEST(Grouping, SeparatesWhatCanNeverJoin) {
  // Same people, different years; different people, same day; a meeting and a statement.
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2020-05-01"),
                         dated("b", 1, {"Ann Arden", "Bo Brook"}, "2023-05-01")}),
            2u);
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023-05-01"),
                         dated("b", 1, {"Cy Cole", "Ed Eve"}, "2023-05-01")}),
            2u);
  // (Words of the gathering's day may be remarks made at it: they meet; words of another day do not.)
  auto statement = dated("b", 1, {"Ann Arden"}, "2023-05-02");
  statement.type = EventType::kStatement;
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden"}, "2023-05-01"), statement}), 2u);
  statement = dated("b", 1, {"Ann Arden"}, "2023-05-01");
  statement.type = EventType::kStatement;
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023-05-01"), statement}), 1u);
  statement.status = EventStatus::kCancelled;
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023-05-01"), statement}), 2u);
  // One article: its news and its background (other years), a meeting and a visit on one day, a
  // report with its own time words beside a dated one.
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden"}, "2020-05-01"), dated("a", 2, {"Ann Arden"}, "2023-05-01")}), 2u);
  auto signing = dated("a", 2, {"Ann Arden"}, "2023-05-01");
  signing.type = EventType::kAgreement;
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden"}, "2023-05-01"), signing}), 2u);
  auto this_year = dated("a", 2, {"Ann Arden"}, nullptr);
  this_year.time.value = "XXXX";
  this_year.time.timex_text = "this year";
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden"}, "2023-03-01"), this_year}), 2u);
}

TEST(Grouping, PartsOfADocument) {
  // "met on March 1" ... "the talks" ... "first met in 2013" ... "Cy Cole, who signed the
  // treaty in 2013" ... "a call on March 1".
  auto talks = dated("a", 2, {}, nullptr);
  auto treaty = dated("a", 4, {"Cy Cole"}, "2013");
  treaty.type = EventType::kAgreement;
  auto call = dated("a", 5, {"Ann Arden"}, "2023-03-01");
  call.type = EventType::kCall;
  std::vector<Mention> ms = {dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023-03-01"), talks,
                             dated("a", 3, {"Ann Arden", "Bo Brook"}, "2013"), treaty, call};
  std::vector<const Mention*> ptrs;
  for (const auto& m : ms) ptrs.push_back(&m);
  // The talks may be the meeting (or the call: a talk noun may name one); 2013 is another part,
  // the treaty of 2013 a third.
  EXPECT_EQ(document_parts(ptrs, Options{}), (std::vector<std::size_t>{0, 0, 2, 3, 0}));
  EXPECT_EQ(group_count(ms), 3u);
}

TEST(Grouping, KeepsTogetherWhatMayJoin) {
  // Within one document: other people on overlapping days; an undated report beside a date
  // that ends less than a month before publication, and one beside a date of any time when the
  // article has no publication date; two undated reports.
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden"}, "2023-05"), dated("a", 2, {"Cy Cole"}, "2023-05-01")}), 1u);
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden"}, "2023-02-03"), dated("a", 2, {"Cy Cole"}, nullptr)}), 1u);
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden"}, "2013-02-03", nullptr),
                         dated("a", 2, {"Cy Cole"}, nullptr, nullptr)}),
            1u);
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden"}, nullptr), dated("a", 2, {"Cy Cole"}, nullptr)}), 1u);
  // The same year in two articles.
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023"), dated("b", 1, {"Bo Brook"}, "2023")}), 1u);
  // A shared name on overlapping days; a day inside a month.
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023-05-01"),
                         dated("b", 1, {"Bo Brook", "Cy Cole"}, "2023-05")}),
            1u);
  // Two articles' first occasions of one series, one undated: any time.
  auto first_dated = dated("a", 1, {"Ann Arden", "Bo Brook"}, "2019-05");
  auto first_undated = dated("b", 1, {"Ann Arden", "Bo Brook"}, nullptr);
  first_dated.rule = first_undated.rule = kFirstOfSeriesRule;
  EXPECT_EQ(group_count({first_dated, first_undated}), 1u);
  // "On Saturday" in an article without a publication date may name a day of any month.
  auto saturday = dated("c", 1, {"Ann Arden", "Bo Brook"}, nullptr, nullptr);
  saturday.time.value = "XXXX-WXX-6";
  saturday.time.timex_text = "Saturday";
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2019-05-04"), saturday}), 1u);
  // A report without time words of an article without a publication date that its text bounds
  // to a range, and another article's dated report inside that range.
  auto bounded = dated("c", 1, {"Ann Arden"}, "2019-01-01/2019-12-31", nullptr);
  bounded.time.basis = DateBasis::kInferred;
  bounded.time.timex_text.clear();
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2019-05-04"), bounded}), 1u);
  // "In May" in such an article: every May of the range, one of which holds the dated report.
  auto may = dated("c", 1, {"Ann Arden"}, "2018-05-01/2020-05-31", nullptr);
  may.time.basis = DateBasis::kInferred;
  may.time.timex_text = "May";
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2019-05-04"), may}), 1u);
  // An undated plan and the same plan dated months after its publication.
  auto plan = dated("c", 1, {"Ann Arden", "Bo Brook"}, nullptr, "2023-03-01");
  plan.status = EventStatus::kPlanned;
  auto dated_plan = dated("d", 1, {"Ann Arden", "Bo Brook"}, "2023-08");
  dated_plan.status = EventStatus::kPlanned;
  EXPECT_EQ(group_count({plan, dated_plan}), 1u);
  // A gathering named by its place without time words ("the Ufa talks") and another article's
  // gathering there three weeks before publication.
  auto named = dated("c", 1, {"Ann Arden", "Bo Brook"}, nullptr, "2015-08-22");
  named.location = "Ufa";
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2015-07-29"), named}), 1u);
  // The same bare report in two articles published ten days apart.
  auto bare_a = dated("a", 1, {"Ann Arden", "Bo Brook"}, nullptr, "2023-03-01");
  auto bare_b = dated("b", 1, {"Ann Arden", "Bo Brook"}, nullptr, "2023-03-11");
  EXPECT_EQ(group_count({bare_a, bare_b}), 1u);
  // A back-reference without time words ("the recent talks") published a week after a dated
  // meeting of another article.
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023-03-01"),
                         dated("b", 1, {"Bo Brook"}, nullptr, "2023-03-08")}),
            1u);
  // "Recently, Ann Arden said": a statement undated as PAST_REF, published 25 days after another
  // article's dated statement of hers.
  auto said = dated("a", 1, {"Ann Arden"}, "2023-03-01");
  auto recently = dated("b", 1, {"Ann Arden"}, nullptr, "2023-03-26");
  for (Mention* m : {&said, &recently}) {
    m->type = EventType::kStatement;
    m->trigger = "said";
    m->rule = "statement.said";
  }
  recently.time.value = "PAST_REF";
  recently.time.timex_text = "Recently";
  EXPECT_EQ(group_count({said, recently}), 1u);
  // A name lent by an undated report of the same article: "Ann Arden met Bo Brook on May 1" …
  // "Cy Cole joined the talks" makes the event one that a report of Cy Cole on May 1 may join.
  auto joined = dated("a", 2, {"Ann Arden", "Cy Cole"}, nullptr);
  EXPECT_EQ(group_count({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023-03-01"), joined,
                         dated("b", 1, {"Cy Cole"}, "2023-03-01")}),
            1u);
}

// Just beyond each limit of the merge the grouping separates; the whole merge must agree. A
// merge rule loosened past a limit (a wider window, a longer horizon) joins what the grouping
// keeps apart and fails here.
TEST(Grouping, LimitsOfTheMergeRulesAreLimitsOfTheGroups) {
  const Options options = world_options();
  auto pair_apart = [&](std::vector<Mention> ms, const std::string& what) {
    EXPECT_EQ(independent_groups(ms, options).size(), 2u) << what;
    expect_grouped_equals_whole(ms, options, what);
  };
  // Bare undated reports published 15 days apart (the merge allows 14).
  pair_apart({dated("a", 1, {"Ann Arden", "Bo Brook"}, nullptr, "2023-03-01"),
              dated("b", 1, {"Ann Arden", "Bo Brook"}, nullptr, "2023-03-16")},
             "undated, 15 days");
  // Reports dated by publication only (7 days back), published 9 days apart.
  auto pub = [&](const std::string& doc, const char* dct) {
    auto m = dated(doc, 1, {"Ann Arden", "Bo Brook"}, nullptr, dct);
    m.time.basis = DateBasis::kPublication;
    m.time.interval = DayInterval{day(dct), day(dct)};
    m.time.value = dct;
    return m;
  };
  pair_apart({pub("a", "2023-03-01"), pub("b", "2023-03-10")}, "publication, 9 days");
  // A back-reference without time words published eight days after a dated meeting (the merge
  // reaches seven days back).
  pair_apart({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023-03-01"),
              dated("b", 1, {"Ann Arden", "Bo Brook"}, nullptr, "2023-03-09")},
             "back-reference, 8 days");
  // One day and the next.
  pair_apart({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023-03-01"), dated("b", 1, {"Ann Arden", "Bo Brook"}, "2023-03-02")},
             "adjacent days");
  // An undated plan and a dated plan eight months after its publication (the merge allows 183 days).
  auto plan = dated("a", 1, {"Ann Arden", "Bo Brook"}, nullptr, "2023-01-01");
  plan.status = EventStatus::kPlanned;
  auto later = dated("b", 1, {"Ann Arden", "Bo Brook"}, "2023-09-10");
  later.status = EventStatus::kPlanned;
  pair_apart({plan, later}, "plan, 8 months");
  // A year and a day of it in two articles (coarser than a month joins only the same window).
  pair_apart({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023"), dated("b", 1, {"Ann Arden", "Bo Brook"}, "2023-05-01")},
             "a year and a day of it");
  // An article without a publication date: an undated report without time words, or with time
  // words that name no single day ("this month"), and a dated report of another article.
  pair_apart({dated("a", 1, {"Ann Arden", "Bo Brook"}, nullptr, nullptr),
              dated("b", 1, {"Ann Arden", "Bo Brook"}, "2023-05-06")},
             "no publication date, no time words");
  auto this_month = dated("a", 1, {"Ann Arden", "Bo Brook"}, nullptr, nullptr);
  this_month.time.value = "XXXX-XX";
  this_month.time.timex_text = "this month";
  pair_apart({this_month, dated("b", 1, {"Ann Arden", "Bo Brook"}, "2023-05-06")}, "no publication date, this month");
  // Undated reports of articles published close together, with other participants (Ann Arden
  // and Di Dane are of one country, which stands for them only in dated events).
  pair_apart({dated("a", 1, {"Ann Arden", "Bo Brook"}, nullptr, "2023-03-01"),
              dated("b", 1, {"Cy Cole", "Di Dane"}, nullptr, "2023-03-02")},
             "undated, other participants");
  // In one article, an undated report and a date ending 32 days before publication (31 join).
  pair_apart({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023-02-01", "2023-03-05"),
              dated("a", 2, {"Ann Arden", "Bo Brook"}, nullptr, "2023-03-05")},
             "in one article, undated and 32 days before");
  EXPECT_EQ(independent_groups({dated("a", 1, {"Ann Arden", "Bo Brook"}, "2023-02-02", "2023-03-05"),
                                dated("a", 2, {"Ann Arden", "Bo Brook"}, nullptr, "2023-03-05")},
                               options).size(),
            1u);
}

TEST(Grouping, SweepRefusesSpansOutOfOrder) {
  DisjointSets sets;
  SpanSweep sweep(sets);
  JoinSpan a;
  a.first = 10;
  a.last = 12;
  sweep.add(0, a);
  JoinSpan b = a;
  b.first = 9;
  EXPECT_THROW(sweep.add(1, b), std::logic_error);
}

}  // namespace
}  // namespace annalist::merge
