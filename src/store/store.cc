// SQLite persistence of documents, timexes, mentions and merged events (schema, savepoints, queries).
#include "store/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/Savepoint.h>

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "base/errors.h"
#include "base/hash.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "calendar/timex_value.h"

namespace annalist::store {
namespace {

// 'ANNL': tells an annalist store apart from any other SQLite file.
constexpr int kApplicationId = 0x414E4E4C;
constexpr int kSchemaVersion = 2;

// How long a writer waits for another one before it gives up with a clear message. Writers hold
// the lock only to insert analysed documents or to store a merge, so a wait is short in practice.
constexpr int kBusyTimeoutMs = 120000;

// Which documents the stored events account for: those with a row id up to merged_through. A
// run killed between storing documents and merging them leaves a higher row id behind, which the
// next write merges and read commands report. Created on demand, so older stores gain it too.
constexpr const char* kMergeState = R"sql(
CREATE TABLE IF NOT EXISTS merge_state (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  merged_through  INTEGER NOT NULL
);
INSERT OR IGNORE INTO merge_state (id, merged_through) SELECT 1, coalesce(max(id), 0) FROM documents;
)sql";

// Names are stored newline-joined: canonical names never contain a newline, and one column keeps
// a mention a single row (no per-participant join on the hot ingest path).
constexpr char kListSep = '\n';

constexpr const char* kSchema = R"sql(
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  doc_id        TEXT NOT NULL,
  path          TEXT NOT NULL,
  content_hash  TEXT NOT NULL UNIQUE,
  dct           TEXT,
  dct_source    TEXT NOT NULL,
  source        TEXT NOT NULL,
  title         TEXT NOT NULL,
  url           TEXT NOT NULL,
  text          TEXT NOT NULL
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE TABLE timexes (
  id          INTEGER PRIMARY KEY,
  document    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  cp_begin    INTEGER NOT NULL,
  cp_end      INTEGER NOT NULL,
  byte_begin  INTEGER NOT NULL,
  byte_end    INTEGER NOT NULL,
  text        TEXT NOT NULL,
  type        TEXT NOT NULL,
  value       TEXT NOT NULL,
  mod         TEXT NOT NULL,
  anchor      TEXT NOT NULL,
  rule        TEXT NOT NULL
);
CREATE INDEX timexes_document ON timexes(document);
CREATE TABLE mentions (
  id            INTEGER PRIMARY KEY,
  document      INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  doc_id        TEXT NOT NULL,
  doc_hash      TEXT NOT NULL,
  doc_dct       TEXT,
  sentence      INTEGER NOT NULL,
  cp_begin      INTEGER NOT NULL,
  cp_end        INTEGER NOT NULL,
  quote         TEXT NOT NULL,
  trigger       TEXT NOT NULL,
  rule          TEXT NOT NULL,
  type          TEXT NOT NULL,
  status        TEXT NOT NULL,
  status_why    TEXT NOT NULL,
  participants  TEXT NOT NULL,
  location      TEXT NOT NULL,
  time_first    TEXT,
  time_last     TEXT,
  granularity   TEXT NOT NULL,
  basis         TEXT NOT NULL,
  value         TEXT NOT NULL,
  mod           TEXT NOT NULL,
  timex_text    TEXT NOT NULL,
  time_why      TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document);
CREATE TABLE events (
  id              TEXT PRIMARY KEY,
  type            TEXT NOT NULL,
  status          TEXT NOT NULL,
  participants    TEXT NOT NULL,
  location        TEXT NOT NULL,
  time_first      TEXT,
  time_last       TEXT,
  granularity     TEXT NOT NULL,
  basis           TEXT NOT NULL,
  value           TEXT NOT NULL,
  mod             TEXT NOT NULL,
  timex_text      TEXT NOT NULL,
  time_why        TEXT NOT NULL,
  title           TEXT NOT NULL,
  sources         INTEGER NOT NULL,
  first_reported  TEXT,
  documents       TEXT NOT NULL,
  evidence        TEXT NOT NULL
);
CREATE INDEX events_start ON events(time_first IS NULL, time_first, id);
CREATE TABLE event_mentions (
  event    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  ord      INTEGER NOT NULL,
  mention  INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
  PRIMARY KEY (event, ord)
);
CREATE INDEX event_mentions_mention ON event_mentions(mention);
)sql";

// Version 2: codes of participants and events, the participants link table, and views for
// researchers' queries (docs/store.md). Applied after the version-1 schema to a new store, and as
// the upgrade of a version-1 store (events are derived: the next merge fills their codes).
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE mentions ADD COLUMN codes TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN cameo TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN plover TEXT NOT NULL DEFAULT '';
CREATE TABLE participants (
  event    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  ord      INTEGER NOT NULL,
  name     TEXT NOT NULL,
  country  TEXT NOT NULL,
  cameo    TEXT NOT NULL,
  PRIMARY KEY (event, ord)
);
CREATE INDEX participants_name ON participants(name);
CREATE INDEX participants_country ON participants(country);
CREATE VIEW chronology AS
  SELECT e.id AS event_id, e.value AS date, e.time_first AS start, e.time_last AS "end",
         CAST(substr(e.time_first, 1, 4) AS INTEGER) AS year, e.granularity, e.basis AS date_basis,
         e.type, e.status, e.cameo, e.plover, replace(e.participants, char(10), ';') AS participants,
         e.location, e.title, e.sources, e.first_reported, replace(e.documents, char(10), ';') AS documents,
         e.evidence
  FROM events e;
CREATE VIEW event_participants AS
  SELECT p.event AS event_id, p.ord, p.name, p.country, p.cameo AS actor_code, e.type, e.status,
         e.cameo AS event_code, e.time_first AS start, CAST(substr(e.time_first, 1, 4) AS INTEGER) AS year
  FROM participants p JOIN events e ON e.id = p.event;
CREATE VIEW event_sources AS
  SELECT DISTINCT em.event AS event_id, d.doc_id AS document, d.source AS source_name, d.url AS source_url,
         d.dct AS published, d.title AS source_title
  FROM event_mentions em JOIN mentions m ON m.id = em.mention JOIN documents d ON d.id = m.document;
CREATE VIEW event_dyads AS
  SELECT DISTINCT a.event AS event_id, a.country AS country_a, b.country AS country_b,
         a.country || '-' || b.country AS dyad, e.type, e.status, e.cameo AS event_code,
         e.time_first AS start, CAST(substr(e.time_first, 1, 4) AS INTEGER) AS year
  FROM participants a JOIN participants b ON b.event = a.event AND a.country < b.country
       JOIN events e ON e.id = a.event
  WHERE a.country <> '' AND b.country <> '';
)sql";

constexpr const char* kMentionColumns =
    "doc_id, doc_hash, doc_dct, sentence, cp_begin, cp_end, quote, trigger, rule, type, status, "
    "status_why, participants, location, time_first, time_last, granularity, basis, value, mod, "
    "timex_text, time_why, codes";

constexpr const char* kEventColumns =
    "id, type, status, participants, location, time_first, time_last, granularity, basis, value, "
    "mod, timex_text, time_why, title, sources, first_reported, documents, evidence, cameo, plover";

// A mention's codes: "country<US>cameo" per participant in participant order, newline-joined;
// empty when they were not looked up.
std::string join_codes(const std::vector<ParticipantCode>& codes) {
  std::vector<std::string> parts;
  for (const auto& c : codes) parts.push_back(c.country + '\x1f' + c.cameo);
  return base::join(parts, std::string_view(&kListSep, 1));
}

std::vector<ParticipantCode> split_codes(const std::string& s, const std::vector<std::string>& participants) {
  std::vector<ParticipantCode> out;
  if (s.empty()) return out;
  auto parts = base::split(s, kListSep);
  for (std::size_t i = 0; i < participants.size(); ++i) {
    ParticipantCode c{participants[i], "", ""};
    if (i < parts.size()) {
      auto sep = parts[i].find('\x1f');
      c.country = parts[i].substr(0, sep);
      if (sep != std::string::npos) c.cameo = parts[i].substr(sep + 1);
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::string join_list(const std::vector<std::string>& v) {
  return base::join(v, std::string_view(&kListSep, 1));
}

std::vector<std::string> split_list(const std::string& s) {
  if (s.empty()) return {};
  return base::split(s, kListSep);
}

void bind_day(SQLite::Statement& st, int i, const std::optional<Day>& d) {
  if (d)
    st.bind(i, calendar::format_iso_day(*d));
  else
    st.bind(i);
}

std::optional<Day> column_day(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return calendar::parse_iso_day(c.getString());
}

// Binds the eight time columns starting at index i.
void bind_time(SQLite::Statement& st, int i, const EventTime& t) {
  bind_day(st, i, t.interval ? std::optional<Day>(t.interval->first) : std::nullopt);
  bind_day(st, i + 1, t.interval ? std::optional<Day>(t.interval->last) : std::nullopt);
  st.bind(i + 2, std::string(to_string(t.granularity)));
  st.bind(i + 3, std::string(to_string(t.basis)));
  st.bind(i + 4, t.value);
  st.bind(i + 5, t.mod);
  st.bind(i + 6, t.timex_text);
  st.bind(i + 7, t.why);
}

EventTime column_time(SQLite::Statement& st, int i) {
  EventTime t;
  auto first = column_day(st.getColumn(i));
  auto last = column_day(st.getColumn(i + 1));
  if (first && last) t.interval = DayInterval{*first, *last};
  t.granularity = parse_granularity(st.getColumn(i + 2).getString()).value_or(Granularity::kUnknown);
  t.basis = parse_date_basis(st.getColumn(i + 3).getString()).value_or(DateBasis::kUnknown);
  t.value = st.getColumn(i + 4).getString();
  t.mod = st.getColumn(i + 5).getString();
  t.timex_text = st.getColumn(i + 6).getString();
  t.why = st.getColumn(i + 7).getString();
  return t;
}

// Mention columns in kMentionColumns order, starting at index i.
Mention column_mention(SQLite::Statement& st, int i) {
  Mention m;
  m.doc_id = st.getColumn(i).getString();
  m.doc_hash = st.getColumn(i + 1).getString();
  m.doc_dct = column_day(st.getColumn(i + 2));
  m.sentence = st.getColumn(i + 3).getInt();
  m.begin = static_cast<std::size_t>(st.getColumn(i + 4).getInt64());
  m.end = static_cast<std::size_t>(st.getColumn(i + 5).getInt64());
  m.quote = st.getColumn(i + 6).getString();
  m.trigger = st.getColumn(i + 7).getString();
  m.rule = st.getColumn(i + 8).getString();
  m.type = parse_event_type(st.getColumn(i + 9).getString()).value_or(EventType::kStatement);
  m.status = parse_event_status(st.getColumn(i + 10).getString()).value_or(EventStatus::kOccurred);
  m.status_why = st.getColumn(i + 11).getString();
  m.participants = split_list(st.getColumn(i + 12).getString());
  m.location = st.getColumn(i + 13).getString();
  m.time = column_time(st, i + 14);
  m.codes = split_codes(st.getColumn(i + 22).getString(), m.participants);
  return m;
}

// Identity of a mention for linking merged events back to stored rows.
using MentionKey = std::tuple<std::string, int, std::size_t, std::size_t, std::string, std::string,
                              std::string, std::string>;
MentionKey key_of(const Mention& m) {
  return {m.doc_hash,
          m.sentence,
          m.begin,
          m.end,
          m.trigger,
          m.rule,
          std::string(to_string(m.type)),
          join_list(m.participants)};
}

// SQLiteCpp 3.2.1's Savepoint::rollback() issues ROLLBACK TO but never RELEASE, which leaves the
// savepoint (and, at top level, a transaction) open: every later document would then be lost
// with it. Pop it explicitly.
void rollback_and_release(SQLite::Database& db, SQLite::Savepoint& sp, const char* name) {
  try {
    sp.rollback();
    db.exec(std::string("RELEASE SAVEPOINT ") + name);
  } catch (const SQLite::Exception&) {
  }
}

// An event's codes as the merge gave them: none when no participant has one.
std::vector<ParticipantCode> with_codes(const std::vector<std::string>& participants,
                                        const std::vector<ParticipantCode>& rows) {
  bool any = false;
  for (const auto& r : rows) any = any || !r.country.empty() || !r.cameo.empty();
  if (!any || rows.size() != participants.size()) return {};
  return rows;
}

// A URI that opens `path` read-only without locks or a -shm file (SQLite's "immutable"): the
// only way to read a WAL store in a folder the reader cannot write, where nobody else can write
// either.
std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (unsigned char c : path) {
    if (std::isalnum(c) || std::strchr("/._-~", c)) {
      uri += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      uri += hex;
    }
  }
  return uri + "?immutable=1";
}

bool folder_writable(const std::string& path) {
  auto slash = path.find_last_of('/');
  std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  return ::access(dir.c_str(), W_OK) == 0;
}

SQLite::Database open_database(const std::string& path, bool read_only) {
  if (!read_only) return SQLite::Database(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  if (path != ":memory:" && !folder_writable(path) && ::access((path + "-wal").c_str(), F_OK) != 0)
    return SQLite::Database(immutable_uri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
  return SQLite::Database(path, SQLite::OPEN_READONLY);
}

}  // namespace

struct Store::Impl {
  std::string path;
  SQLite::Database db;
  std::unique_ptr<SQLite::Statement> find_doc, insert_doc, insert_timex, insert_mention, event_mentions;
  std::unique_ptr<SQLite::Statement> insert_ev, link_mention, insert_participant;
  std::unique_ptr<SQLite::Transaction> batch;
  // A read-only store reads one snapshot for its whole life: every query of a read command sees
  // the same store, even while an ingest commits beside it.
  std::unique_ptr<SQLite::Transaction> snapshot;

  bool read_only;

  Impl(const std::string& p, bool ro) : path(p), db(open_database(p, ro)), read_only(ro) {}

  void open() {
    // Another annalist writing the same store makes this one wait instead of failing at once.
    db.setBusyTimeout(kBusyTimeoutMs);
    // Checked before anything is written: a refused file stays as it was.
    int objects = check_schema();
    if (objects == 0 && read_only) throw InputError(path, 0, "not an annalist store (empty database)");
    db.exec("PRAGMA foreign_keys = ON");
    if (read_only) {
      if (schema_version() < kSchemaVersion) upgrade_through_own_connection();  // before the snapshot
      snapshot = std::make_unique<SQLite::Transaction>(db);
      db.execAndGet("SELECT count(*) FROM sqlite_master");  // a deferred read starts here
    } else {
      // WAL + NORMAL: a commit does not fsync, so one savepoint per document stays cheap, and
      // readers keep reading while a writer writes.
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = NORMAL");
      // Two first ingests into a new store: the second waits here and then finds the schema.
      SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
      if (check_schema() == 0) create();
      else upgrade(db);
      db.exec(kMergeState);
      tx.commit();
    }
    prepare();
  }

  // Refuses what is not an annalist store of a known version; returns the number of schema objects.
  int check_schema() {
    // One statement, so one snapshot: read apart, another process's first ingest could commit the
    // schema between the reads (an id of 0 beside tables is "other tables").
    SQLite::Statement st(db,
                         "SELECT (SELECT application_id FROM pragma_application_id), "
                         "(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)");
    st.executeStep();
    int app_id = st.getColumn(0).getInt();
    int version = st.getColumn(1).getInt();
    int objects = st.getColumn(2).getInt();
    st.reset();
    if (app_id == 0 && version == 0 && objects == 0) return 0;
    if (app_id != kApplicationId)
      throw InputError(path, 0, "not an annalist store (a SQLite database with other tables)");
    if (version > kSchemaVersion)
      throw InputError(path, 0,
                       "store schema version " + std::to_string(version) +
                           " is newer than this annalist supports (" + std::to_string(kSchemaVersion) +
                           "); use a newer annalist");
    if (version < 1) throw InputError(path, 0, "store schema version " + std::to_string(version) + " is unknown");
    return objects;
  }

  void create() {
    db.exec(kSchema);
    db.exec(kSchemaV2);
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
  }

  int schema_version() { return db.execAndGet("PRAGMA user_version").getInt(); }

  // A store of an older schema gains the new tables and columns, inside the caller's write
  // transaction; nothing stored is changed (events are derived: the next merge fills their codes).
  static void upgrade(SQLite::Database& d) {
    int from = d.execAndGet("PRAGMA user_version").getInt();
    if (from >= kSchemaVersion) return;
    if (from < 2) d.exec(kSchemaV2);
    d.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
  }

  // A read-only command upgrades an older store through a connection of its own.
  void upgrade_through_own_connection() {
    try {
      SQLite::Database rw(path, SQLite::OPEN_READWRITE);
      rw.setBusyTimeout(kBusyTimeoutMs);
      SQLite::Transaction tx(rw, SQLite::TransactionBehavior::IMMEDIATE);
      upgrade(rw);
      tx.commit();
    } catch (const SQLite::Exception& e) {
      throw InputError(path, 0, "store schema version " + std::to_string(schema_version()) +
                                    " must be upgraded, which needs write access (" + e.what() + ")");
    }
  }

  void prepare() {
    find_doc = std::make_unique<SQLite::Statement>(db, "SELECT 1 FROM documents WHERE content_hash = ?");
    insert_doc = std::make_unique<SQLite::Statement>(
        db,
        "INSERT INTO documents (doc_id, path, content_hash, dct, dct_source, source, title, url, "
        "text) VALUES (?,?,?,?,?,?,?,?,?)");
    insert_timex = std::make_unique<SQLite::Statement>(
        db,
        "INSERT INTO timexes (document, cp_begin, cp_end, byte_begin, byte_end, text, type, value, "
        "mod, anchor, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    insert_mention = std::make_unique<SQLite::Statement>(
        db, std::string("INSERT INTO mentions (document, ") + kMentionColumns +
                ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  }

  bool has(const std::string& hash) {
    find_doc->reset();
    find_doc->bind(1, hash);
    bool found = find_doc->executeStep();
    find_doc->reset();
    return found;
  }

  // Binds one mention (kMentionColumns order) starting at index 2; index 1 is the document row.
  void bind_mention(const Mention& m) {
    auto& st = *insert_mention;
    st.bind(2, m.doc_id);
    st.bind(3, m.doc_hash);
    bind_day(st, 4, m.doc_dct);
    st.bind(5, m.sentence);
    st.bind(6, static_cast<int64_t>(m.begin));
    st.bind(7, static_cast<int64_t>(m.end));
    st.bind(8, m.quote);
    st.bind(9, m.trigger);
    st.bind(10, m.rule);
    st.bind(11, std::string(to_string(m.type)));
    st.bind(12, std::string(to_string(m.status)));
    st.bind(13, m.status_why);
    st.bind(14, join_list(m.participants));
    st.bind(15, m.location);
    bind_time(st, 16, m.time);
    st.bind(24, join_codes(m.codes));
  }

  int64_t insert_mention_row(const Mention& m, std::optional<int64_t> document) {
    auto& st = *insert_mention;
    st.reset();
    if (document)
      st.bind(1, *document);
    else
      st.bind(1);
    bind_mention(m);
    st.exec();
    return db.getLastInsertRowid();
  }

  void insert(const Document& doc, const std::string& hash, const std::vector<Timex>& timexes,
              const std::vector<Mention>& mentions) {
    const std::string where = doc.path.empty() ? doc.id : doc.path;
    if (auto bad = base::find_invalid_utf8(doc.text))
      throw InputError(where, base::line_of_byte(doc.text, *bad), "invalid UTF-8");
    auto& d = *insert_doc;
    d.reset();
    d.bind(1, doc.id);
    d.bind(2, doc.path);
    d.bind(3, hash);
    bind_day(d, 4, doc.dct.day);
    d.bind(5, std::string(to_string(doc.dct.source)));
    d.bind(6, doc.source);
    d.bind(7, doc.title);
    d.bind(8, doc.url);
    d.bind(9, doc.text);
    d.exec();
    const int64_t row = db.getLastInsertRowid();

    for (const auto& t : timexes) {
      if (t.end < t.begin) throw InputError(where, 0, "timex '" + t.text + "' ends before it begins");
      auto& st = *insert_timex;
      st.reset();
      st.bind(1, row);
      st.bind(2, static_cast<int64_t>(t.begin));
      st.bind(3, static_cast<int64_t>(t.end));
      st.bind(4, static_cast<int64_t>(t.byte_begin));
      st.bind(5, static_cast<int64_t>(t.byte_end));
      st.bind(6, t.text);
      st.bind(7, t.type);
      st.bind(8, t.value);
      st.bind(9, t.mod);
      st.bind(10, t.anchor);
      st.bind(11, t.rule);
      st.exec();
    }
    for (Mention m : mentions) {
      if (m.end < m.begin)
        throw InputError(where, 0,
                         "mention in sentence " + std::to_string(m.sentence) + " ends before it begins");
      if (m.time.interval && m.time.interval->last < m.time.interval->first)
        throw InputError(where, 0,
                         "mention in sentence " + std::to_string(m.sentence) +
                             " has a time interval that ends before it begins");
      // The document row is authoritative for what identifies the document.
      m.doc_id = doc.id;
      m.doc_hash = hash;
      m.doc_dct = doc.dct.day;
      insert_mention_row(m, row);
    }
  }

  std::vector<Mention> mentions_of(const std::string& event_id) {
    if (!event_mentions) {
      // No column of event_mentions shares a name with kMentionColumns.
      event_mentions = std::make_unique<SQLite::Statement>(
          db, std::string("SELECT ") + kMentionColumns +
                  " FROM event_mentions em JOIN mentions m ON m.id = em.mention "
                  "WHERE em.event = ? ORDER BY em.ord");
    }
    auto& st = *event_mentions;
    st.reset();
    st.bind(1, event_id);
    std::vector<Mention> out;
    while (st.executeStep()) out.push_back(column_mention(st, 0));
    st.reset();
    return out;
  }

  // Stores one merged event and links its mentions to stored rows (`rows`: stored rows by mention
  // identity, consumed in order). A mention with no stored row (merged from elsewhere) is kept as
  // a document-less row so the event still shows its evidence.
  void insert_event(const Event& e, std::map<MentionKey, std::vector<int64_t>>& rows) {
    if (!insert_ev) {
      insert_ev = std::make_unique<SQLite::Statement>(
          db, std::string("INSERT INTO events (") + kEventColumns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      link_mention = std::make_unique<SQLite::Statement>(
          db, "INSERT INTO event_mentions (event, ord, mention) VALUES (?,?,?)");
      insert_participant = std::make_unique<SQLite::Statement>(
          db, "INSERT INTO participants (event, ord, name, country, cameo) VALUES (?,?,?,?,?)");
    }
    auto& ins = *insert_ev;
    ins.reset();
    ins.bind(1, e.id);
    ins.bind(2, std::string(to_string(e.type)));
    ins.bind(3, std::string(to_string(e.status)));
    ins.bind(4, join_list(e.participants));
    ins.bind(5, e.location);
    bind_time(ins, 6, e.time);
    ins.bind(14, e.title);
    ins.bind(15, e.sources);
    bind_day(ins, 16, e.first_reported);
    ins.bind(17, join_list(e.documents));
    ins.bind(18, e.evidence);
    ins.bind(19, e.cameo);
    ins.bind(20, e.plover);
    ins.exec();
    // One row per participant, with its codes when they were looked up.
    for (std::size_t i = 0; i < e.participants.size(); ++i) {
      const ParticipantCode* c = nullptr;
      for (const auto& code : e.codes)
        if (code.name == e.participants[i]) c = &code;
      auto& person = *insert_participant;
      person.reset();
      person.bind(1, e.id);
      person.bind(2, static_cast<int64_t>(i));
      person.bind(3, e.participants[i]);
      person.bind(4, c ? c->country : std::string());
      person.bind(5, c ? c->cameo : std::string());
      person.exec();
    }
    int ord = 0;
    for (const auto& m : e.mentions) {
      int64_t row;
      auto it = rows.find(key_of(m));
      if (it != rows.end() && !it->second.empty()) {
        row = it->second.back();
        it->second.pop_back();
      } else {
        row = insert_mention_row(m, std::nullopt);
      }
      auto& link = *link_mention;
      link.reset();
      link.bind(1, e.id);
      link.bind(2, ord++);
      link.bind(3, row);
      link.exec();
    }
  }

  static Event column_event(SQLite::Statement& st) {
    Event e;
    e.id = st.getColumn(0).getString();
    e.type = parse_event_type(st.getColumn(1).getString()).value_or(EventType::kStatement);
    e.status = parse_event_status(st.getColumn(2).getString()).value_or(EventStatus::kOccurred);
    e.participants = split_list(st.getColumn(3).getString());
    e.location = st.getColumn(4).getString();
    e.time = column_time(st, 5);
    e.title = st.getColumn(13).getString();
    e.sources = st.getColumn(14).getInt();
    e.first_reported = column_day(st.getColumn(15));
    e.documents = split_list(st.getColumn(16).getString());
    e.evidence = st.getColumn(17).getString();
    e.cameo = st.getColumn(18).getString();
    e.plover = st.getColumn(19).getString();
    return e;
  }

  // Codes of every event's participants, from the participants table.
  std::map<std::string, std::vector<ParticipantCode>> participant_codes() {
    std::map<std::string, std::vector<ParticipantCode>> out;
    SQLite::Statement st(db, "SELECT event, name, country, cameo FROM participants ORDER BY event, ord");
    while (st.executeStep())
      out[st.getColumn(0).getString()].push_back(
          {st.getColumn(1).getString(), st.getColumn(2).getString(), st.getColumn(3).getString()});
    return out;
  }
};

Store::Store(const std::string& path) : Store(path, Mode::kReadWrite) {}

namespace {

// SQLITE_BUSY after the busy timeout: another process holds the write lock.
bool busy(const SQLite::Exception& e) { return (e.getErrorCode() & 0xFF) == 5 || (e.getErrorCode() & 0xFF) == 6; }

InputError store_error(const std::string& path, const std::string& doing, const SQLite::Exception& e) {
  if (busy(e))
    return InputError(path, 0,
                      doing + ": the store is busy (another annalist has been writing it for " +
                          std::to_string(kBusyTimeoutMs / 1000) + " s); nothing was changed, try again");
  return InputError(path, 0, doing + ": " + e.what());
}

}  // namespace

Store::Store(const std::string& path, Mode mode) {
  try {
    impl_ = std::make_unique<Impl>(path, mode == Mode::kReadOnly);
    impl_->open();
  } catch (const SQLite::Exception& e) {
    throw store_error(path, "cannot open store", e);
  }
}

Store::~Store() {
  if (!impl_) return;
  // Documents of an open batch were each released by their savepoint: keep them.
  try {
    if (impl_->batch) impl_->batch->commit();
  } catch (...) {
  }
  impl_->snapshot.reset();  // a read transaction: rolled back, nothing to keep
}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

void Store::begin_batch() {
  if (impl_->batch) return;
  try {
    // IMMEDIATE takes the write lock now, waiting for another writer: a deferred transaction
    // that read first could not upgrade once that writer had committed ("database is locked").
    impl_->batch = std::make_unique<SQLite::Transaction>(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
  } catch (const SQLite::Exception& e) {
    throw store_error(impl_->path, "cannot write", e);
  }
}

void Store::commit_batch() {
  if (!impl_->batch) return;
  try {
    impl_->batch->commit();
  } catch (const SQLite::Exception& e) {
    impl_->batch.reset();
    throw store_error(impl_->path, "cannot commit", e);
  }
  impl_->batch.reset();
}

bool Store::has_document(const std::string& content_hash) const { return impl_->has(content_hash); }

namespace {

// Identity of a document: its content hash. A document that arrives as mentions only (the reduce
// step of `extract`) has no text; then the mentions' own document hash, or a hash of its id and
// mentions, keeps distinct documents distinct and a repeated file idempotent.
std::string identity(const Document& doc, const std::vector<Mention>& mentions) {
  if (!doc.content_hash.empty()) return doc.content_hash;
  if (!doc.text.empty() || mentions.empty()) return base::content_hash(doc.text);
  for (const auto& m : mentions)
    if (!m.doc_hash.empty()) return m.doc_hash;
  std::string key = "mentions-only\x1f" + doc.id;
  for (const auto& m : mentions)
    key += "\x1f" + std::to_string(m.sentence) + ":" + std::to_string(m.begin) + ":" + std::to_string(m.end) +
           ":" + m.quote;
  return base::content_hash(key);
}

}  // namespace

bool Store::add_document(const Document& doc, const std::vector<Timex>& timexes,
                         const std::vector<Mention>& mentions) {
  const std::string hash = identity(doc, mentions);
  // Outside a batch the document is its own write transaction (IMMEDIATE, like a batch).
  std::optional<SQLite::Transaction> own;
  if (!impl_->batch) {
    try {
      own.emplace(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    } catch (const SQLite::Exception& e) {
      throw store_error(impl_->path, "cannot write", e);
    }
  }
  // Checked under the write lock: a concurrent ingest of the same content stores it once.
  if (impl_->has(hash)) return false;
  SQLite::Savepoint sp(impl_->db, "document");
  try {
    impl_->insert(doc, hash, timexes, mentions);
  } catch (const SQLite::Exception& e) {
    rollback_and_release(impl_->db, sp, "document");
    throw InputError(doc.path.empty() ? doc.id : doc.path, 0,
                     std::string("cannot store document: ") + e.what());
  } catch (...) {
    rollback_and_release(impl_->db, sp, "document");
    throw;
  }
  sp.release();
  if (own) own->commit();
  return true;
}

std::vector<Mention> Store::all_mentions() const {
  SQLite::Statement st(impl_->db, std::string("SELECT ") + kMentionColumns +
                                      " FROM mentions WHERE document IS NOT NULL "
                                      "ORDER BY doc_hash, sentence, cp_begin, cp_end, id");
  std::vector<Mention> out;
  while (st.executeStep()) out.push_back(column_mention(st, 0));
  return out;
}

Store::MergeInput Store::merge_input() const {
  auto& db = impl_->db;
  MergeInput in;
  // One read transaction: the mentions and the high-water mark describe the same store.
  std::optional<SQLite::Transaction> tx;
  if (!impl_->batch && !impl_->snapshot) tx.emplace(db);
  in.through = db.execAndGet("SELECT coalesce(max(id), 0) FROM documents").getInt64();
  in.mentions = all_mentions();
  return in;
}

long Store::unmerged_documents() const {
  auto& db = impl_->db;
  if (!db.tableExists("merge_state")) return 0;  // a store from before the marker: merged by every ingest
  return db.execAndGet("SELECT count(*) FROM documents WHERE id > (SELECT merged_through FROM merge_state)")
      .getInt64();
}

bool Store::replace_events(const std::vector<Event>& events, std::optional<long long> through) {
  auto& db = impl_->db;
  std::optional<SQLite::Transaction> own;
  if (!impl_->batch) {
    try {
      own.emplace(db, SQLite::TransactionBehavior::IMMEDIATE);
    } catch (const SQLite::Exception& e) {
      throw store_error(impl_->path, "cannot store events", e);
    }
  }
  const long long now = db.execAndGet("SELECT coalesce(max(id), 0) FROM documents").getInt64();
  // Documents stored since the merge read its mentions: the merge is stale, the caller merges again.
  if (through && *through != now) return false;
  SQLite::Savepoint sp(db, "events");
  try {
    db.exec("DELETE FROM event_mentions");
    db.exec("DELETE FROM participants");
    db.exec("DELETE FROM events");
    db.exec("DELETE FROM mentions WHERE document IS NULL");

    // Stored rows by mention identity; identical mentions are consumed in row order.
    std::map<MentionKey, std::vector<int64_t>> rows;
    {
      SQLite::Statement st(db,
                           std::string("SELECT id, ") + kMentionColumns + " FROM mentions ORDER BY id DESC");
      while (st.executeStep()) rows[key_of(column_mention(st, 1))].push_back(st.getColumn(0).getInt64());
    }
    for (const auto& e : events) impl_->insert_event(e, rows);
    SQLite::Statement mark(db, "UPDATE merge_state SET merged_through = ?");
    mark.bind(1, static_cast<int64_t>(now));
    mark.exec();
  } catch (const SQLite::Exception& e) {
    rollback_and_release(db, sp, "events");
    throw store_error(impl_->path, "cannot store events", e);
  } catch (...) {
    rollback_and_release(db, sp, "events");
    throw;
  }
  sp.release();
  if (own) {
    try {
      own->commit();
    } catch (const SQLite::Exception& e) {
      throw store_error(impl_->path, "cannot store events", e);
    }
  }
  return true;
}

std::vector<Event> Store::events(const Filter& filter) const {
  SQLite::Statement st(impl_->db, std::string("SELECT ") + kEventColumns +
                                      " FROM events ORDER BY time_first IS NULL, time_first, id");
  std::vector<Event> out;
  while (st.executeStep()) {
    Event e = Impl::column_event(st);
    if (filter.matches(e)) out.push_back(std::move(e));
  }
  auto codes = impl_->participant_codes();
  for (auto& e : out) {
    e.mentions = impl_->mentions_of(e.id);
    e.codes = with_codes(e.participants, codes[e.id]);
  }
  return out;
}

std::optional<Event> Store::event(const std::string& id) const {
  SQLite::Statement st(impl_->db, std::string("SELECT ") + kEventColumns + " FROM events WHERE id = ?");
  st.bind(1, id);
  if (!st.executeStep()) return std::nullopt;
  Event e = Impl::column_event(st);
  e.mentions = impl_->mentions_of(e.id);
  e.codes = with_codes(e.participants, impl_->participant_codes()[e.id]);
  return e;
}

std::optional<Document> Store::document(const std::string& id) const {
  SQLite::Statement st(impl_->db,
                       "SELECT doc_id, path, content_hash, dct, dct_source, source, title, url, text "
                       "FROM documents WHERE doc_id = ? OR content_hash = ? ORDER BY id LIMIT 1");
  st.bind(1, id);
  st.bind(2, id);
  if (!st.executeStep()) return std::nullopt;
  Document d;
  d.id = st.getColumn(0).getString();
  d.path = st.getColumn(1).getString();
  d.content_hash = st.getColumn(2).getString();
  d.dct.day = column_day(st.getColumn(3));
  d.dct.source = parse_dct_source(st.getColumn(4).getString()).value_or(DctSource::kUnknown);
  d.source = st.getColumn(5).getString();
  d.title = st.getColumn(6).getString();
  d.url = st.getColumn(7).getString();
  d.text = st.getColumn(8).getString();
  return d;
}

Counts Store::counts() const {
  Counts c;
  auto& db = impl_->db;
  c.documents = db.execAndGet("SELECT count(*) FROM documents").getInt64();
  c.timexes = db.execAndGet("SELECT count(*) FROM timexes").getInt64();
  c.mentions = db.execAndGet("SELECT count(*) FROM mentions WHERE document IS NOT NULL").getInt64();
  c.events = db.execAndGet("SELECT count(*) FROM events").getInt64();
  return c;
}

// ---- Grouped merge -------------------------------------------------------------------------

struct MergeSession::State {
  SQLite::Database& db;
  std::optional<SQLite::Transaction> tx;
  long long through = 0;  // highest document row: what the merge accounts for
  long long merged = 0;   // documents up to this row were merged before
  std::unique_ptr<SQLite::Statement> add_span, add_group, next_group, group_rows, mention_by_row, events_of_row,
      events_like, rows_of_event;
  explicit State(SQLite::Database& d) : db(d) {}
};

MergeSession::MergeSession(Store& store) : store_(store), state_(std::make_unique<State>(store.impl_->db)) {
  auto& db = state_->db;
  try {
    if (!store_.impl_->batch) state_->tx.emplace(db, SQLite::TransactionBehavior::IMMEDIATE);
    state_->through = db.execAndGet("SELECT coalesce(max(id), 0) FROM documents").getInt64();
    state_->merged = db.execAndGet("SELECT merged_through FROM merge_state").getInt64();
    // Participants of events removed without them (a store edited by hand or by an older build)
    // would clash with the rows of the events stored again.
    db.exec("DELETE FROM participants WHERE event NOT IN (SELECT id FROM events)");
    // Scratch tables live in the connection's temporary database (on disk, sorted by SQLite).
    db.exec("DROP TABLE IF EXISTS temp.join_spans; DROP TABLE IF EXISTS temp.merge_groups;"
            "CREATE TEMP TABLE join_spans (first INTEGER NOT NULL, last INTEGER NOT NULL, key INTEGER NOT NULL,"
            " mention INTEGER NOT NULL);"
            "CREATE TEMP TABLE merge_groups (mention INTEGER PRIMARY KEY, grp INTEGER NOT NULL);"
            "CREATE INDEX temp.merge_groups_grp ON merge_groups(grp, mention);");
  } catch (const SQLite::Exception& e) {
    throw store_error(store_.impl_->path, "cannot merge events", e);
  }
}

MergeSession::~MergeSession() {
  try {
    state_->add_span.reset();
    state_->add_group.reset();
    state_->next_group.reset();
    state_->group_rows.reset();
    state_->mention_by_row.reset();
    state_->events_of_row.reset();
    state_->events_like.reset();
    state_->rows_of_event.reset();
    state_->db.exec("DROP TABLE IF EXISTS temp.join_spans; DROP TABLE IF EXISTS temp.merge_groups;");
  } catch (...) {
  }
  state_->tx.reset();  // not committed: rolled back
}

void MergeSession::for_each_document(const std::function<void(const DocumentMentions&)>& visit) {
  SQLite::Statement st(state_->db, std::string("SELECT id, document, ") + kMentionColumns +
                                       " FROM mentions WHERE document IS NOT NULL ORDER BY document, id");
  DocumentMentions doc;
  int64_t current = -1;
  while (st.executeStep()) {
    int64_t document = st.getColumn(1).getInt64();
    if (document != current && !doc.rows.empty()) {
      visit(doc);
      doc.rows.clear();
      doc.mentions.clear();
    }
    current = document;
    doc.fresh = document > state_->merged;
    doc.rows.push_back(st.getColumn(0).getInt64());
    doc.mentions.push_back(column_mention(st, 2));
  }
  if (!doc.rows.empty()) visit(doc);
}

void MergeSession::add_span(int64_t row, long first, long last, uint32_t key) {
  auto& st = state_->add_span;
  if (!st) st = std::make_unique<SQLite::Statement>(state_->db, "INSERT INTO temp.join_spans VALUES (?,?,?,?)");
  st->reset();
  st->bind(1, static_cast<int64_t>(first));
  st->bind(2, static_cast<int64_t>(last));
  st->bind(3, static_cast<int64_t>(key));
  st->bind(4, row);
  st->exec();
}

void MergeSession::for_each_span(const std::function<void(int64_t, long, long, uint32_t)>& visit) {
  SQLite::Statement st(state_->db, "SELECT mention, first, last, key FROM temp.join_spans ORDER BY first");
  while (st.executeStep())
    visit(st.getColumn(0).getInt64(), static_cast<long>(st.getColumn(1).getInt64()),
          static_cast<long>(st.getColumn(2).getInt64()), static_cast<uint32_t>(st.getColumn(3).getInt64()));
}

void MergeSession::add_to_group(int64_t row, int64_t group) {
  auto& st = state_->add_group;
  if (!st) st = std::make_unique<SQLite::Statement>(state_->db, "INSERT OR REPLACE INTO temp.merge_groups VALUES (?,?)");
  st->reset();
  st->bind(1, row);
  st->bind(2, group);
  st->exec();
}

void MergeSession::mentions_of_rows(std::vector<int64_t>& rows, std::vector<Mention>& mentions) {
  auto& st = state_->mention_by_row;
  if (!st)
    st = std::make_unique<SQLite::Statement>(
        state_->db, std::string("SELECT ") + kMentionColumns + " FROM mentions WHERE id = ? AND document IS NOT NULL");
  std::vector<int64_t> found;
  mentions.clear();
  for (int64_t row : rows) {
    st->reset();
    st->bind(1, row);
    if (st->executeStep()) {
      found.push_back(row);
      mentions.push_back(column_mention(*st, 0));
    }
  }
  st->reset();
  rows.swap(found);
}

void MergeSession::for_each_group(
    const std::function<void(int64_t, std::vector<int64_t>&, std::vector<Mention>&)>& visit) {
  auto& next = state_->next_group;
  auto& members = state_->group_rows;
  if (!next) {
    next = std::make_unique<SQLite::Statement>(state_->db, "SELECT min(grp) FROM temp.merge_groups WHERE grp > ?");
    members = std::make_unique<SQLite::Statement>(state_->db,
                                                  "SELECT mention FROM temp.merge_groups WHERE grp = ? ORDER BY mention");
  }
  // One group at a time (never a cursor open across writes): the visitor rewrites events.
  int64_t group = std::numeric_limits<int64_t>::min();
  std::vector<int64_t> rows;
  std::vector<Mention> mentions;
  for (;;) {
    next->reset();
    next->bind(1, group);
    if (!next->executeStep() || next->getColumn(0).isNull()) break;
    group = next->getColumn(0).getInt64();
    next->reset();
    rows.clear();
    members->reset();
    members->bind(1, group);
    while (members->executeStep()) rows.push_back(members->getColumn(0).getInt64());
    members->reset();
    mentions_of_rows(rows, mentions);
    visit(group, rows, mentions);
  }
  next->reset();
}

void MergeSession::clear_events() {
  auto& db = state_->db;
  db.exec("DELETE FROM event_mentions");
  db.exec("DELETE FROM participants");
  db.exec("DELETE FROM events");
  db.exec("DELETE FROM mentions WHERE document IS NULL");
}

void MergeSession::delete_events_of(const std::vector<int64_t>& rows) {
  auto& db = state_->db;
  auto& st = state_->events_of_row;
  if (!st) st = std::make_unique<SQLite::Statement>(db, "SELECT event FROM event_mentions WHERE mention = ?");
  std::set<std::string> ids;
  for (int64_t row : rows) {
    st->reset();
    st->bind(1, row);
    while (st->executeStep()) ids.insert(st->getColumn(0).getString());
  }
  st->reset();
  if (ids.empty()) return;
  SQLite::Statement orphans(db,
                            "DELETE FROM mentions WHERE document IS NULL AND id IN "
                            "(SELECT mention FROM event_mentions WHERE event = ?)");
  SQLite::Statement links(db, "DELETE FROM event_mentions WHERE event = ?");
  SQLite::Statement people(db, "DELETE FROM participants WHERE event = ?");
  SQLite::Statement events(db, "DELETE FROM events WHERE id = ?");
  for (const auto& id : ids)
    for (auto* del : {&orphans, &links, &people, &events}) {
      del->reset();
      del->bind(1, id);
      del->exec();
    }
}

std::vector<int64_t> MergeSession::rows_of_events_like(const std::string& id) {
  auto& like = state_->events_like;
  if (!like) {
    // The id itself, or the id and a clash suffix ("ev-…-2"): '-' sorts just before '.'.
    like = std::make_unique<SQLite::Statement>(
        state_->db, "SELECT id FROM events WHERE id = ?1 OR (id > ?1 || '-' AND id < ?1 || '.')");
    state_->rows_of_event = std::make_unique<SQLite::Statement>(
        state_->db,
        "SELECT em.mention FROM event_mentions em JOIN mentions m ON m.id = em.mention "
        "WHERE em.event = ? AND m.document IS NOT NULL");
  }
  std::vector<std::string> ids;
  like->reset();
  like->bind(1, id);
  while (like->executeStep()) ids.push_back(like->getColumn(0).getString());
  like->reset();
  std::vector<int64_t> rows;
  auto& of = *state_->rows_of_event;
  for (const auto& e : ids) {
    of.reset();
    of.bind(1, e);
    while (of.executeStep()) rows.push_back(of.getColumn(0).getInt64());
  }
  of.reset();
  return rows;
}

void MergeSession::write_events(const std::vector<Event>& events, const std::vector<int64_t>& rows,
                                const std::vector<Mention>& mentions) {
  // Rows by mention identity; identical mentions are consumed in row order.
  std::map<MentionKey, std::vector<int64_t>> by_key;
  for (std::size_t i = rows.size(); i-- > 0;) by_key[key_of(mentions[i])].push_back(rows[i]);
  for (const auto& e : events) store_.impl_->insert_event(e, by_key);
}

long MergeSession::commit() {
  auto& db = state_->db;
  try {
    SQLite::Statement mark(db, "UPDATE merge_state SET merged_through = ?");
    mark.bind(1, static_cast<int64_t>(state_->through));
    mark.exec();
    long events = db.execAndGet("SELECT count(*) FROM events").getInt64();
    if (state_->tx) state_->tx->commit();
    state_->tx.reset();
    return events;
  } catch (const SQLite::Exception& e) {
    throw store_error(store_.impl_->path, "cannot store events", e);
  }
}

}  // namespace annalist::store
