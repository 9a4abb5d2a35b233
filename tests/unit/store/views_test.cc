// Schema version 2: participants with their codes, event codes, the researchers' views, and the
// upgrade of a version-1 store.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "base/hash.h"
#include "calendar/timex_value.h"
#include "store/store.h"

namespace annalist::store {
namespace {

struct TempDb {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("annalist_views_test_" +
                       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + ".db"))
                         .string();
  ~TempDb() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  }
};

// A document with one contact between two countries' leaders on `when`.
struct Contact {
  std::string doc, when;
  EventType type;
  std::vector<ParticipantCode> who;
};

Event stored_contact(Store& store, const Contact& c) {
  Document d;
  d.id = c.doc;
  d.path = c.doc + ".txt";
  d.text = "Text of " + c.doc;
  d.content_hash = base::content_hash(d.text);
  d.dct = {calendar::parse_iso_day(c.when), DctSource::kManifest};
  d.source = "Source " + c.doc;
  d.url = "https://news.example/" + c.doc;
  Mention m;
  m.doc_id = d.id;
  m.doc_hash = d.content_hash;
  m.doc_dct = d.dct.day;
  m.quote = "They met.";
  m.trigger = "met";
  m.rule = "meeting.met";
  m.type = c.type;
  for (const auto& p : c.who) m.participants.push_back(p.name);
  m.codes = c.who;
  auto w = calendar::window_of_value(c.when);
  m.time.interval = w->interval;
  m.time.granularity = w->granularity;
  m.time.basis = DateBasis::kExplicit;
  m.time.value = c.when;
  store.add_document(d, {}, {m});
  Event e;
  e.id = "ev-" + c.doc;
  e.type = c.type;
  e.participants = m.participants;
  e.codes = m.codes;
  e.time = m.time;
  e.cameo = c.type == EventType::kCall ? "041" : "040";
  e.plover = "CONSULT";
  e.mentions = {m};
  e.sources = 1;
  e.documents = {d.id};
  e.evidence = m.quote;
  return e;
}

const ParticipantCode kXi{"Xi Jinping", "CHN", "CHNGOV"}, kPutin{"Vladimir Putin", "RUS", "RUSGOV"},
    kBiden{"Joe Biden", "USA", "USAGOV"}, kLavrov{"Sergey Lavrov", "RUS", "RUSGOV"};

std::vector<Event> fill(Store& store) {
  std::vector<Contact> contacts = {{"d1", "2019-06-05", EventType::kMeeting, {kPutin, kXi}},
                                   {"d2", "2019-09-10", EventType::kCall, {kPutin, kXi}},
                                   {"d3", "2022-02-04", EventType::kMeeting, {kLavrov, kPutin, kXi}},
                                   {"d4", "2023-11-15", EventType::kMeeting, {kBiden, kXi}}};
  std::vector<Event> events;
  for (const auto& c : contacts) events.push_back(stored_contact(store, c));
  store.replace_events(events);
  return events;
}

TEST(StoreViews, CodesOfEventsAndMentionsRoundTrip) {
  TempDb db;
  Store store(db.path);
  fill(store);
  auto e = store.event("ev-d3");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->cameo, "040");
  EXPECT_EQ(e->plover, "CONSULT");
  ASSERT_EQ(e->codes.size(), 3u);
  EXPECT_EQ(e->codes[0], kLavrov);
  EXPECT_EQ(e->codes[2], kXi);
  ASSERT_EQ(e->mentions.size(), 1u);
  EXPECT_EQ(e->mentions[0].codes, (std::vector<ParticipantCode>{kLavrov, kPutin, kXi}));
  EXPECT_EQ(store.all_mentions()[0].codes.size(), store.all_mentions()[0].participants.size());
  EXPECT_EQ(store.events().size(), 4u);
  EXPECT_EQ(store.events()[3].codes[0], kBiden);
}

TEST(StoreViews, ChinaRussiaContactsPerYearFromTheChronologyView) {
  TempDb db;
  {
    Store store(db.path);
    fill(store);
  }
  // What a researcher types into sqlite3: no LIKE over joined names.
  SQLite::Database sql(db.path, SQLite::OPEN_READONLY);
  SQLite::Statement q(sql,
                      "SELECT year, count(*) FROM chronology c "
                      "WHERE EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = c.event_id AND p.country = 'CHN') "
                      "AND EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = c.event_id AND p.country = 'RUS') "
                      "GROUP BY year ORDER BY year");
  std::vector<std::pair<int, int>> rows;
  while (q.executeStep()) rows.push_back({q.getColumn(0).getInt(), q.getColumn(1).getInt()});
  EXPECT_EQ(rows, (std::vector<std::pair<int, int>>{{2019, 2}, {2022, 1}}));
  // The same from the dyad view.
  SQLite::Statement d(sql, "SELECT year, count(*) FROM event_dyads WHERE dyad = 'CHN-RUS' GROUP BY year ORDER BY year");
  std::vector<std::pair<int, int>> dyads;
  while (d.executeStep()) dyads.push_back({d.getColumn(0).getInt(), d.getColumn(1).getInt()});
  EXPECT_EQ(dyads, rows);
  // Sources per event and the chronology's own columns.
  SQLite::Statement s(sql, "SELECT source_name, source_url, published FROM event_sources WHERE event_id = 'ev-d4'");
  ASSERT_TRUE(s.executeStep());
  EXPECT_EQ(s.getColumn(0).getString(), "Source d4");
  EXPECT_EQ(s.getColumn(1).getString(), "https://news.example/d4");
  EXPECT_EQ(s.getColumn(2).getString(), "2023-11-15");
  SQLite::Statement c(sql, "SELECT cameo, plover, participants, start FROM chronology WHERE event_id = 'ev-d2'");
  ASSERT_TRUE(c.executeStep());
  EXPECT_EQ(c.getColumn(0).getString(), "041");
  EXPECT_EQ(c.getColumn(2).getString(), "Vladimir Putin;Xi Jinping");
  EXPECT_EQ(c.getColumn(3).getString(), "2019-09-10");
  SQLite::Statement p(sql, "SELECT name, country, actor_code FROM event_participants WHERE event_id = 'ev-d4' ORDER BY ord");
  ASSERT_TRUE(p.executeStep());
  EXPECT_EQ(p.getColumn(0).getString(), "Joe Biden");
  EXPECT_EQ(p.getColumn(2).getString(), "USAGOV");
}

TEST(StoreViews, AVersionOneStoreIsUpgradedAndKeepsEverything) {
  TempDb db;
  {
    Store store(db.path);
    fill(store);
  }
  {
    // Turn it back into a version-1 store, as an earlier annalist wrote it.
    SQLite::Database sql(db.path, SQLite::OPEN_READWRITE);
    for (const char* v : {"chronology", "event_participants", "event_sources", "event_dyads"})
      sql.exec(std::string("DROP VIEW ") + v);
    sql.exec("DROP TABLE participants");
    sql.exec("ALTER TABLE mentions DROP COLUMN codes");
    sql.exec("ALTER TABLE events DROP COLUMN cameo");
    sql.exec("ALTER TABLE events DROP COLUMN plover");
    sql.exec("PRAGMA user_version = 1");
  }
  // Even a read-only command upgrades it: events and documents are all still there.
  Store reader(db.path, Store::Mode::kReadOnly);
  auto events = reader.events();
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[0].participants, (std::vector<std::string>{"Vladimir Putin", "Xi Jinping"}));
  EXPECT_TRUE(events[0].codes.empty());  // filled by the next merge
  EXPECT_EQ(reader.counts().documents, 4);
  SQLite::Database sql(db.path, SQLite::OPEN_READONLY);
  EXPECT_EQ(sql.execAndGet("PRAGMA user_version").getInt(), 2);
  EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM chronology").getInt(), 4);
}

}  // namespace
}  // namespace annalist::store
