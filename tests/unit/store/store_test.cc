// Store behaviour: schema, idempotent ingest, per-document rollback, events round trip.
#include "store/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "base/errors.h"
#include "base/hash.h"
#include "calendar/timex_value.h"

namespace annalist::store {
namespace {

Day day(const char* iso) { return *calendar::parse_iso_day(iso); }

Document make_doc(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.path = "articles/" + id + ".txt";
  d.text = text;
  d.dct = {day("2023-02-23"), DctSource::kManifest};
  d.source = "Wire";
  d.title = "Title " + id;
  d.url = "https://example.org/" + id;
  d.content_hash = base::content_hash(text);
  return d;
}

Mention make_mention(const Document& d, int sentence, std::vector<std::string> who) {
  Mention m;
  m.doc_id = d.id;
  m.doc_hash = d.content_hash;
  m.doc_dct = d.dct.day;
  m.sentence = sentence;
  m.begin = static_cast<std::size_t>(sentence) * 10;
  m.end = m.begin + 9;
  m.quote = "Wang met Putin.";
  m.trigger = "met";
  m.rule = "meeting.met";
  m.type = EventType::kMeeting;
  m.participants = std::move(who);
  m.location = "Moscow";
  m.time.interval = DayInterval{day("2023-02-22"), day("2023-02-22")};
  m.time.granularity = Granularity::kDay;
  m.time.basis = DateBasis::kRelative;
  m.time.value = "2023-02-22";
  m.time.timex_text = "Wednesday";
  m.time.why = "Wednesday before the DCT";
  return m;
}

Timex make_timex() {
  Timex t;
  t.begin = 3;
  t.end = 12;
  t.byte_begin = 3;
  t.byte_end = 12;
  t.text = "Wednesday";
  t.type = "DATE";
  t.value = "2023-02-22";
  t.anchor = "dct";
  t.rule = "date.weekday";
  return t;
}

std::string temp_path(const std::string& name) {
  auto p = std::filesystem::temp_directory_path() /
           ("annalist_store_test_" + name + "_" +
            std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + ".db");
  return p.string();
}

void remove_db(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

TEST(Store, EmptyMemoryStoreHasNothing) {
  Store s(":memory:");
  auto c = s.counts();
  EXPECT_EQ(c.documents, 0);
  EXPECT_EQ(c.mentions, 0);
  EXPECT_TRUE(s.all_mentions().empty());
  EXPECT_TRUE(s.events().empty());
  EXPECT_FALSE(s.document("nope").has_value());
}

TEST(Store, AddDocumentRoundTrips) {
  Store s(":memory:");
  Document d = make_doc("002", "Wang met Putin on Wednesday in Moscow.");
  Mention m = make_mention(d, 0, {"Vladimir Putin", "Wang Yi"});
  m.status_why = "past tense";
  ASSERT_TRUE(s.add_document(d, {make_timex()}, {m}));
  EXPECT_TRUE(s.has_document(d.content_hash));
  auto c = s.counts();
  EXPECT_EQ(c.documents, 1);
  EXPECT_EQ(c.timexes, 1);
  EXPECT_EQ(c.mentions, 1);

  auto back = s.document("002");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->text, d.text);
  EXPECT_EQ(back->dct.day, d.dct.day);
  EXPECT_EQ(back->dct.source, DctSource::kManifest);
  EXPECT_EQ(back->url, d.url);

  auto ms = s.all_mentions();
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].participants, m.participants);
  EXPECT_EQ(ms[0].time.interval, m.time.interval);
  EXPECT_EQ(ms[0].time.granularity, Granularity::kDay);
  EXPECT_EQ(ms[0].time.basis, DateBasis::kRelative);
  EXPECT_EQ(ms[0].time.why, m.time.why);
  EXPECT_EQ(ms[0].status_why, "past tense");
  EXPECT_EQ(ms[0].doc_dct, d.dct.day);
  EXPECT_EQ(ms[0].location, "Moscow");
}

TEST(Store, SameContentTwiceChangesNothing) {
  Store s(":memory:");
  Document d = make_doc("a", "Same text.");
  ASSERT_TRUE(s.add_document(d, {}, {make_mention(d, 0, {"Xi Jinping"})}));
  Document again = make_doc("b", "Same text.");
  EXPECT_FALSE(s.add_document(again, {}, {make_mention(again, 0, {"Xi Jinping"})}));
  EXPECT_EQ(s.counts().documents, 1);
  EXPECT_EQ(s.counts().mentions, 1);
}

TEST(Store, MissingHashIsComputedFromText) {
  Store s(":memory:");
  Document d = make_doc("a", "Some text.");
  d.content_hash.clear();
  ASSERT_TRUE(s.add_document(d, {}, {}));
  EXPECT_TRUE(s.has_document(base::content_hash("Some text.")));
}

TEST(Store, FailingDocumentRollsBackAloneAndLaterOnesStillCommit) {
  Store s(":memory:");
  Document good = make_doc("good", "Good one.");
  ASSERT_TRUE(s.add_document(good, {make_timex()}, {make_mention(good, 0, {"Xi Jinping"})}));

  Document bad = make_doc("bad", "Bad one.");
  Mention broken = make_mention(bad, 1, {"Xi Jinping"});
  broken.end = 0;
  broken.begin = 5;  // ends before it begins: rejected after the document row was written
  EXPECT_THROW(s.add_document(bad, {make_timex()}, {make_mention(bad, 0, {"Xi Jinping"}), broken}),
               InputError);
  EXPECT_FALSE(s.has_document(bad.content_hash));
  EXPECT_EQ(s.counts().documents, 1);
  EXPECT_EQ(s.counts().timexes, 1);
  EXPECT_EQ(s.counts().mentions, 1);

  Document later = make_doc("later", "Later one.");
  ASSERT_TRUE(s.add_document(later, {}, {make_mention(later, 0, {"Xi Jinping"})}));
  EXPECT_EQ(s.counts().documents, 2);
}

TEST(Store, InvalidUtf8IsAnInputErrorNamingTheFile) {
  Store s(":memory:");
  Document d = make_doc("x", std::string("ok\n\xff bad"));
  try {
    s.add_document(d, {}, {});
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "articles/x.txt");
    EXPECT_EQ(e.line(), 2u);
  }
  EXPECT_EQ(s.counts().documents, 0);
}

TEST(Store, FailureInsideBatchKeepsEarlierDocumentsOfTheBatch) {
  std::string path = temp_path("batch");
  {
    Store s(path);
    s.begin_batch();
    Document a = make_doc("a", "A.");
    ASSERT_TRUE(s.add_document(a, {}, {make_mention(a, 0, {"Xi Jinping"})}));
    Document bad = make_doc("bad", "Bad.");
    Mention broken = make_mention(bad, 0, {"Xi Jinping"});
    broken.begin = 9;
    broken.end = 1;
    EXPECT_THROW(s.add_document(bad, {}, {broken}), InputError);
    Document b = make_doc("b", "B.");
    ASSERT_TRUE(s.add_document(b, {}, {}));
    s.commit_batch();
  }
  Store reopened(path);
  EXPECT_EQ(reopened.counts().documents, 2);
  EXPECT_EQ(reopened.counts().mentions, 1);
  remove_db(path);
}

TEST(Store, PersistsAcrossReopenAndStaysIdempotent) {
  std::string path = temp_path("persist");
  Document d = make_doc("a", "Persistent text.");
  {
    Store s(path);
    ASSERT_TRUE(s.add_document(d, {make_timex()}, {make_mention(d, 0, {"Xi Jinping"})}));
  }
  {
    Store s(path);
    EXPECT_TRUE(s.has_document(d.content_hash));
    EXPECT_FALSE(s.add_document(d, {make_timex()}, {make_mention(d, 0, {"Xi Jinping"})}));
    EXPECT_EQ(s.counts().documents, 1);
    EXPECT_EQ(s.counts().mentions, 1);
  }
  remove_db(path);
}

TEST(Store, RefusesNewerSchema) {
  std::string path = temp_path("newer");
  { Store s(path); }
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 99");
  }
  try {
    Store s(path);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), path);
    EXPECT_NE(e.reason().find("newer"), std::string::npos) << e.reason();
  }
  remove_db(path);
}

TEST(Store, RefusesForeignSqliteDatabase) {
  std::string path = temp_path("foreign");
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE other (x)");
  }
  EXPECT_THROW(Store s(path), InputError);
  remove_db(path);
}

TEST(Store, RefusesFileThatIsNotSqlite) {
  std::string path = temp_path("text");
  { std::ofstream(path) << "event_id,date\nthis is a CSV file, not a database\n"; }
  EXPECT_THROW(Store s(path), InputError);
  remove_db(path);
}

TEST(Store, AllMentionsOrderDoesNotDependOnIngestOrder) {
  Document a = make_doc("a", "Text A."), b = make_doc("b", "Text B.");
  auto ingest = [&](bool a_first) {
    Store s(":memory:");
    if (a_first) {
      s.add_document(a, {}, {make_mention(a, 0, {"X"}), make_mention(a, 1, {"Y"})});
      s.add_document(b, {}, {make_mention(b, 0, {"Z"})});
    } else {
      s.add_document(b, {}, {make_mention(b, 0, {"Z"})});
      s.add_document(a, {}, {make_mention(a, 0, {"X"}), make_mention(a, 1, {"Y"})});
    }
    std::vector<std::string> order;
    for (const auto& m : s.all_mentions()) order.push_back(m.doc_id + m.participants[0]);
    return order;
  };
  EXPECT_EQ(ingest(true), ingest(false));
}

Event make_event(const std::string& id, const std::vector<Mention>& ms, std::optional<Day> start) {
  Event e;
  e.id = id;
  e.type = EventType::kMeeting;
  e.participants = {"Vladimir Putin", "Wang Yi"};
  e.location = "Moscow";
  if (start) {
    e.time.interval = DayInterval{*start, *start};
    e.time.granularity = Granularity::kDay;
    e.time.basis = DateBasis::kRelative;
    e.time.value = calendar::format_iso_day(*start);
  }
  e.title = "Wang–Putin meeting in Moscow";
  e.mentions = ms;
  e.sources = 1;
  e.first_reported = day("2023-02-23");
  e.documents = {ms.front().doc_id};
  e.evidence = ms.front().quote;
  return e;
}

TEST(Store, ReplaceEventsRoundTripsAndFilters) {
  Store s(":memory:");
  Document d = make_doc("002", "Text.");
  Mention m0 = make_mention(d, 0, {"Vladimir Putin", "Wang Yi"});
  Mention m1 = make_mention(d, 1, {"Vladimir Putin", "Wang Yi"});
  Mention m2 = make_mention(d, 2, {"Xi Jinping"});
  ASSERT_TRUE(s.add_document(d, {}, {m0, m1, m2}));
  auto stored = s.all_mentions();
  ASSERT_EQ(stored.size(), 3u);

  Event undated = make_event("ev-undated", {stored[2]}, std::nullopt);
  undated.participants = {"Xi Jinping"};
  Event later = make_event("ev-later", {stored[1]}, day("2023-02-22"));
  Event early = make_event("ev-early", {stored[0]}, day("2023-02-21"));
  s.replace_events({undated, later, early});
  EXPECT_EQ(s.counts().events, 3);
  EXPECT_EQ(s.counts().mentions, 3);

  auto all = s.events();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].id, "ev-early");
  EXPECT_EQ(all[1].id, "ev-later");
  EXPECT_EQ(all[2].id, "ev-undated");
  EXPECT_EQ(all[0].mentions.size(), 1u);
  EXPECT_EQ(all[0].mentions[0].sentence, 0);
  EXPECT_EQ(all[0].title, early.title);
  EXPECT_EQ(all[0].first_reported, early.first_reported);
  EXPECT_EQ(all[0].documents, early.documents);

  Filter f;
  f.from = day("2023-02-22");
  auto from = s.events(f);
  ASSERT_EQ(from.size(), 1u);
  EXPECT_EQ(from[0].id, "ev-later");

  Filter actor;
  actor.actors = {"xi jinping"};
  ASSERT_EQ(s.events(actor).size(), 1u);

  auto one = s.event("ev-later");
  ASSERT_TRUE(one);
  EXPECT_EQ(one->mentions[0].sentence, 1);
  EXPECT_FALSE(s.event("ev-none"));

  // Replacing again leaves only the new set.
  s.replace_events({early});
  EXPECT_EQ(s.counts().events, 1);
  EXPECT_EQ(s.counts().mentions, 3);
}

TEST(Store, EventsWithUnknownMentionsKeepTheirEvidence) {
  Store s(":memory:");
  Document d = make_doc("x", "Text.");
  Mention m = make_mention(d, 4, {"Xi Jinping"});
  s.replace_events({make_event("ev-x", {m}, day("2023-02-22"))});
  auto e = s.event("ev-x");
  ASSERT_TRUE(e);
  ASSERT_EQ(e->mentions.size(), 1u);
  EXPECT_EQ(e->mentions[0].quote, m.quote);
  EXPECT_EQ(s.counts().mentions, 0);
}

TEST(Store, TenThousandDocumentsIngestQuickly) {
  std::string path = temp_path("bulk");
  auto t0 = std::chrono::steady_clock::now();
  {
    Store s(path);
    s.begin_batch();
    for (int i = 0; i < 10000; ++i) {
      Document d = make_doc("doc" + std::to_string(i), "Article number " + std::to_string(i) + ".");
      s.add_document(d, {make_timex(), make_timex()},
                     {make_mention(d, 0, {"Xi Jinping"}), make_mention(d, 1, {"Vladimir Putin"})});
    }
    s.commit_batch();
    EXPECT_EQ(s.counts().documents, 10000);
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 20.0);
  RecordProperty("seconds", std::to_string(secs));
  remove_db(path);
}

TEST(Store, TenThousandDocumentsWithoutBatchStillIngestInSeconds) {
  std::string path = temp_path("bulk_nobatch");
  auto t0 = std::chrono::steady_clock::now();
  {
    Store s(path);
    for (int i = 0; i < 10000; ++i) {
      Document d = make_doc("doc" + std::to_string(i), "Article number " + std::to_string(i) + ".");
      s.add_document(d, {make_timex()}, {make_mention(d, 0, {"Xi Jinping"})});
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 30.0);
  std::printf("10k documents, one savepoint each, no batch: %.2f s\n", secs);
  remove_db(path);
}

}  // namespace
}  // namespace annalist::store

namespace annalist::store {
namespace {

TEST(Store, ReadOnlyOpensExistingAndNeverCreates) {
  std::string path = temp_path("readonly");
  EXPECT_THROW(Store(path, Store::Mode::kReadOnly), InputError);
  EXPECT_FALSE(std::filesystem::exists(path));
  Document d = make_doc("a", "Read only text.");
  {
    Store s(path);
    ASSERT_TRUE(s.add_document(d, {}, {make_mention(d, 0, {"Xi Jinping"})}));
  }
  Store ro(path, Store::Mode::kReadOnly);
  EXPECT_EQ(ro.counts().documents, 1);
  EXPECT_EQ(ro.all_mentions().size(), 1u);
  EXPECT_THROW(ro.add_document(make_doc("b", "Other."), {}, {}), InputError);
  remove_db(path);
}

}  // namespace
}  // namespace annalist::store

namespace annalist::store {
namespace {

TEST(Store, MentionOnlyDocumentsWithoutHashStayDistinctAndIdempotent) {
  Store s(":memory:");
  Document a;
  a.id = "a";
  Document b;
  b.id = "b";
  Mention ma = make_mention(a, 0, {"Xi Jinping"});
  ma.doc_hash.clear();
  Mention mb = make_mention(b, 0, {"Vladimir Putin"});
  mb.doc_hash.clear();
  mb.quote = "Putin spoke.";
  EXPECT_TRUE(s.add_document(a, {}, {ma}));
  EXPECT_TRUE(s.add_document(b, {}, {mb}));
  EXPECT_FALSE(s.add_document(b, {}, {mb}));
  EXPECT_EQ(s.counts().documents, 2);
  EXPECT_EQ(s.counts().mentions, 2);
}

}  // namespace
}  // namespace annalist::store

namespace annalist::store {
namespace {

TEST(Store, TwentyThousandEventsReplaceAndReadQuickly) {
  Store s(":memory:");
  std::vector<Event> events;
  s.begin_batch();
  for (int i = 0; i < 10000; ++i) {
    Document d = make_doc("doc" + std::to_string(i), "Article " + std::to_string(i));
    std::vector<Mention> ms = {make_mention(d, 0, {"Xi Jinping"}), make_mention(d, 1, {"Vladimir Putin"})};
    s.add_document(d, {}, ms);
    for (int k = 0; k < 2; ++k) {
      Mention m = ms[static_cast<std::size_t>(k)];
      m.doc_hash = d.content_hash;
      events.push_back(make_event("ev-" + std::to_string(i) + "-" + std::to_string(k), {m}, day("2023-02-22")));
    }
  }
  s.commit_batch();
  auto t0 = std::chrono::steady_clock::now();
  s.replace_events(events);
  auto back = s.events();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(back.size(), 20000u);
  EXPECT_EQ(back[0].mentions.size(), 1u);
  EXPECT_EQ(s.counts().mentions, 20000);  // every event mention linked to its stored row
  EXPECT_LT(secs, 20.0);
  std::printf("replace + read 20k events: %.2f s\n", secs);
}

}  // namespace
}  // namespace annalist::store

namespace annalist::store {
namespace {

// A read-only store reads one snapshot: a merge committed beside it after it opened is not seen
// half (events of the new merge with links of the old one), nor at all, until it is reopened.
TEST(Store, ReadOnlyStoreReadsOneSnapshot) {
  std::string path = temp_path("snapshot");
  Document d = make_doc("a", "Snapshot text.");
  Store writer(path);
  ASSERT_TRUE(writer.add_document(d, {}, {make_mention(d, 0, {"Xi Jinping"})}));
  auto stored = writer.all_mentions();
  writer.replace_events({make_event("ev-old", stored, day("2023-02-21"))});

  Store reader(path, Store::Mode::kReadOnly);
  ASSERT_EQ(reader.events().size(), 1u);
  Document d2 = make_doc("b", "Second text.");
  ASSERT_TRUE(writer.add_document(d2, {}, {make_mention(d2, 0, {"Wang Yi"})}));
  writer.replace_events({make_event("ev-new-1", {writer.all_mentions()[0]}, day("2023-02-21")),
                         make_event("ev-new-2", {writer.all_mentions()[1]}, day("2023-02-22"))});
  auto seen = reader.events();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].id, "ev-old");
  EXPECT_EQ(reader.counts().documents, 1);
  EXPECT_EQ(Store(path, Store::Mode::kReadOnly).events().size(), 2u) << "a new reader sees the new store";
  remove_db(path);
}

// A merge that read its mentions before another writer stored documents is refused, so the
// stored events always account for every stored document.
TEST(Store, StaleMergeIsRefusedAndUnmergedDocumentsAreCounted) {
  std::string path = temp_path("stale");
  Store a(path), b(path);
  Document d1 = make_doc("a", "First.");
  ASSERT_TRUE(a.add_document(d1, {}, {make_mention(d1, 0, {"Xi Jinping"})}));
  EXPECT_EQ(a.unmerged_documents(), 1);
  auto input = a.merge_input();
  ASSERT_EQ(input.mentions.size(), 1u);
  Document d2 = make_doc("b", "Second.");
  ASSERT_TRUE(b.add_document(d2, {}, {make_mention(d2, 0, {"Wang Yi"})}));
  EXPECT_FALSE(a.replace_events({make_event("ev-1", input.mentions, day("2023-02-21"))}, input.through));
  EXPECT_EQ(a.counts().events, 0) << "nothing changed";
  EXPECT_EQ(a.unmerged_documents(), 2);
  input = a.merge_input();
  ASSERT_EQ(input.mentions.size(), 2u);
  EXPECT_TRUE(a.replace_events({make_event("ev-1", input.mentions, day("2023-02-21"))}, input.through));
  EXPECT_EQ(a.unmerged_documents(), 0);
  EXPECT_EQ(Store(path, Store::Mode::kReadOnly).unmerged_documents(), 0);
  remove_db(path);
}

// Two connections storing documents in turn (as two ingests do) lose none of them, also when
// one holds a batch open while the other writes a single document.
TEST(Store, TwoWritersTakeTurnsAndLoseNothing) {
  std::string path = temp_path("writers");
  Store a(path), b(path);
  for (int i = 0; i < 20; ++i) {
    Document da = make_doc("a" + std::to_string(i), "Text a " + std::to_string(i));
    Document db = make_doc("b" + std::to_string(i), "Text b " + std::to_string(i));
    a.begin_batch();
    ASSERT_TRUE(a.add_document(da, {}, {make_mention(da, 0, {"Xi Jinping"})}));
    a.commit_batch();
    ASSERT_TRUE(b.add_document(db, {}, {make_mention(db, 0, {"Wang Yi"})}));
    ASSERT_FALSE(b.add_document(da, {}, {})) << "the same content stored by the other writer";
  }
  EXPECT_EQ(a.counts().documents, 40);
  remove_db(path);
}

}  // namespace
}  // namespace annalist::store
