// The grouped, incremental merge of the store equals the whole merge of every stored mention on
// the development sets: ingested one set after the other (only the touched groups are merged
// again), merged whole, and grouped by merge::independent_groups. Skipped without ../shared.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include <unistd.h>

#include "base/strings.h"
#include "calendar/timex_value.h"
#include "merge/grouping.h"
#include "pipeline/pipeline.h"

namespace annalist::pipeline {
namespace {
namespace fs = std::filesystem;

std::string show(const Event& e) {
  std::ostringstream o;
  o << e.id << " | " << e.title << " | " << to_string(e.type) << " | " << to_string(e.status) << " | "
    << base::join(e.participants, ";") << " | " << e.time.value << " | " << to_string(e.time.basis) << " | "
    << e.time.timex_text << " | "
    << (e.time.interval ? calendar::format_iso_day(e.time.interval->first) + ".." +
                              calendar::format_iso_day(e.time.interval->last)
                        : "")
    << " | " << e.location << " | " << base::join(e.documents, ";") << " | " << e.sources << " | "
    << (e.first_reported ? calendar::format_iso_day(*e.first_reported) : "") << " | " << e.evidence << " |";
  for (const auto& m : e.mentions) o << " " << m.doc_hash << ":" << m.sentence << ":" << m.begin << ":" << m.end;
  return o.str();
}

std::vector<std::string> show_all(std::vector<Event> events) {
  merge::sort_events(events);
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(show(e));
  return out;
}

class GroupedMerge : public ::testing::Test {
 protected:
  void SetUp() override {
    shared_ = ANNALIST_SHARED_DIR;
    if (!fs::is_directory(shared_ / "devset")) GTEST_SKIP() << "../shared not present";
    db_ = fs::temp_directory_path() / ("annalist_grouped_" + std::to_string(::getpid()) + "_" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    fs::remove(db_);
    options_.actor = engine_.actor_lookup();
    options_.names = engine_.name_shapes();
  }
  void TearDown() override {
    for (const char* s : {"", "-wal", "-shm"}) fs::remove(db_.string() + s);
  }

  void ingest_set(store::Store& store, const std::string& set, bool manifest = true) {
    IngestOptions o;
    if (manifest) o.manifest = (shared_ / set / "manifest.csv").string();
    std::ostringstream err;
    std::string folder = fs::is_directory(shared_ / set / "articles") ? (shared_ / set / "articles").string()
                                                                     : (shared_ / set).string();
    auto summary = ingest(store, engine_, {folder}, o, err);
    ASSERT_GT(summary.added, 0) << set << ": " << err.str();
  }

  // What the store holds equals the whole merge of its mentions, and the whole merge never joins
  // mentions of two independent groups.
  void expect_whole_merge(store::Store& store, const std::string& what) {
    auto mentions = store.all_mentions();
    auto whole = merge::merge_mentions(mentions, options_);
    EXPECT_EQ(show_all(store.events()), show_all(whole)) << what;

    auto groups = merge::independent_groups(mentions, options_);
    // A sentence may hold several mentions (a meeting and a statement): the key tells them apart
    // (mentions equal in all of it must share a group).
    using MentionKey = std::tuple<std::string, int, std::size_t, std::size_t, EventType, EventStatus, std::string,
                                  std::string, std::string>;
    auto key_of = [](const Mention& m) {
      return MentionKey{m.doc_hash, m.sentence, m.begin, m.end, m.type, m.status, base::join(m.participants, ";"),
                        m.rule, m.time.value};
    };
    std::map<MentionKey, std::size_t> group_of;
    for (std::size_t g = 0; g < groups.size(); ++g)
      for (std::size_t i : groups[g]) {
        auto [it, fresh] = group_of.emplace(key_of(mentions[i]), g);
        EXPECT_TRUE(fresh || it->second == g) << what << ": equal mentions in two groups";
      }
    for (const auto& e : whole) {
      std::set<std::size_t> gs;
      for (const auto& m : e.mentions) gs.insert(group_of.at(key_of(m)));
      EXPECT_EQ(gs.size(), 1u) << what << ": " << show(e);
    }
    // Grouping is real on these sets (several groups), not one group that trivially agrees, and
    // an article's background events do not chain its news to every other article's.
    EXPECT_GT(groups.size(), 2u) << what;
    std::size_t largest = 0;
    for (const auto& g : groups) largest = std::max(largest, g.size());
    std::cout << what << ": " << mentions.size() << " mentions, " << groups.size() << " groups, the largest "
              << largest << "\n";
    EXPECT_LT(largest * 4, mentions.size()) << what << ": one group holds a quarter of the mentions or more";
  }

  fs::path shared_, db_;
  Engine engine_{ANNALIST_SOURCE_DATA_DIR};
  merge::Options options_;
};

TEST_F(GroupedMerge, DevsetThenDevset2EqualsTheWholeMerge) {
  store::Store store(db_.string());
  ingest_set(store, "devset");
  expect_whole_merge(store, "devset");
  ingest_set(store, "devset2");  // merges only the groups devset2 touches
  expect_whole_merge(store, "devset + devset2");
  auto before = show_all(store.events());
  EXPECT_EQ(remerge(store, engine_, MergeScope::kWhole), static_cast<long>(before.size()));
  EXPECT_EQ(show_all(store.events()), before) << "whole remerge";
}

TEST_F(GroupedMerge, Devset2AloneAndSeeds) {
  {
    store::Store store(db_.string());
    ingest_set(store, "devset2");
    expect_whole_merge(store, "devset2");
  }
  TearDown();
  store::Store store(db_.string());
  ingest_set(store, "seeds", false);
  auto mentions = store.all_mentions();
  EXPECT_EQ(show_all(store.events()), show_all(merge::merge_mentions(mentions, options_))) << "seeds";
}

}  // namespace
}  // namespace annalist::pipeline

namespace annalist::pipeline {
namespace {

// Mentions-only document JSON line (the output of `annalist extract`) with one meeting.
std::string meeting_line(const std::string& hash, const std::string& date) {
  return R"({"id":")" + hash + R"(","hash":")" + hash + R"(","dct":")" + date +
         R"(","dct_source":"option","mentions":[{"type":"meeting","status":"occurred",)"
         R"("participants":["Ann Arden","Bo Brook"],"location":"","time":{"value":")" + date +
         R"(","start":")" + date + R"(","end":")" + date +
         R"(","granularity":"day","basis":"explicit","text":"that day","why":"explicit"},)"
         R"("sentence":0,"begin":0,"end":10,"quote":"Ann Arden met Bo Brook.","trigger":"met","rule":"meeting.met"}]})" "\n";
}

TEST(GroupedMergeIds, AClashOfIdsAcrossGroupsIsNumberedAsByTheWholeMerge) {
  // These two document hashes give the same 40-bit event id to the same meeting report; ten years
  // apart, the reports lie in different groups. The whole merge numbers the later one "-2".
  const std::string a = "clash00164986", b = "clash00397f38";
  auto dir = fs::temp_directory_path() / ("annalist_clash_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto file_a = (dir / "a.jsonl").string(), file_b = (dir / "b.jsonl").string();
  std::ofstream(file_a) << meeting_line(a, "2001-05-01");
  std::ofstream(file_b) << meeting_line(b, "2011-05-01");
  Engine engine(ANNALIST_SOURCE_DATA_DIR);
  merge::Options options;
  options.actor = engine.actor_lookup();
  options.names = engine.name_shapes();
  {
    store::Store store((dir / "s.db").string());
    std::ostringstream err;
    ingest_mentions(store, engine, {file_b}, err);  // alone: the bare id
    ASSERT_EQ(store.events().size(), 1u) << err.str();
    ingest_mentions(store, engine, {file_a}, err);  // earlier report: takes the bare id over
    auto mentions = store.all_mentions();
    ASSERT_EQ(merge::independent_groups(mentions, options).size(), 2u);
    auto whole = merge::merge_mentions(mentions, options);
    ASSERT_EQ(whole.size(), 2u);
    EXPECT_EQ(whole[0].id + "-2", whole[1].id);
    EXPECT_EQ(show_all(store.events()), show_all(whole));
    EXPECT_EQ(remerge(store, engine, MergeScope::kWhole), 2);
    EXPECT_EQ(show_all(store.events()), show_all(whole));
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace annalist::pipeline
