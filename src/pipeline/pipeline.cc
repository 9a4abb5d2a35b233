#include "pipeline/pipeline.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include "base/hash.h"
#include "doc/dateline.h"
#include "doc/loader.h"
#include "event/lexicon.h"
#include "event/participant_codes.h"
#include "base/strings.h"
#include "export/mention_json.h"
#include "merge/grouping.h"
#include "merge/merge.h"

namespace annalist::pipeline {
namespace fs = std::filesystem;

namespace {

// A text's own date line at most this many days before the date its listing gives is a reprint's.
constexpr long kReprintDays = 7;

bool has_rules(const std::string& dir) {
  std::error_code ec;
  return fs::is_directory(fs::path(dir) / "timex" / "en", ec);
}

// The data an installed binary carries: PREFIX/share/annalist/data beside PREFIX/bin/annalist.
// Found from the executable's own path, so a relocated installation still finds it.
std::string installed_data_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  return (exe.parent_path().parent_path() / "share" / "annalist" / "data").string();
}

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void report(std::ostream& err, const InputError& e) { err << "annalist: error: " << e.what() << "\n"; }

// Dateline search only needs the head and tail of a text: the byte ranges looked at, one for a
// short text.
std::vector<std::pair<std::size_t, std::size_t>> head_and_tail(const std::string& text) {
  const std::size_t kHead = 1200, kTail = 600;
  if (text.size() <= kHead + kTail) return {{0, text.size()}};
  auto cut = [&](std::size_t b, std::size_t e) {
    while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
    while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
    return std::pair<std::size_t, std::size_t>{b, e};
  };
  return {cut(0, kHead), cut(text.size() - kTail, text.size())};
}

// The head and tail tagged without a DCT, for a text without a listed date.
std::vector<Timex> head_and_tail_timexes(const timex::Tagger& tagger, const std::string& text) {
  std::vector<Timex> out;
  for (auto [b, e] : head_and_tail(text)) {
    for (Timex t : tagger.tag(std::string_view(text).substr(b, e - b), std::nullopt)) {
      t.byte_begin += b;
      t.byte_end += b;
      out.push_back(std::move(t));
    }
  }
  return out;
}

// The date line of a text already tagged whole: its timexes inside the head and tail. A date line
// is an absolute date, which does not depend on the DCT the text was tagged with.
std::optional<Day> dateline_of_tagged(const std::string& text, const std::vector<Timex>& timexes) {
  std::vector<Timex> near_ends;
  for (auto [b, e] : head_and_tail(text))
    for (const Timex& t : timexes)
      if (t.byte_begin >= b && t.byte_end <= e && (t.type == "DATE" || t.type == "TIME") && t.anchor == "absolute")
        near_ends.push_back(t);
  return doc::dateline_dct(text, near_ends);
}

// Analysed documents wait here and go to the store a batch at a time: analysis runs without the
// write lock, so two ingests into one store take turns in short write transactions instead of
// one waiting for the other's whole batch. Each document keeps its own savepoint.
class BatchWriter {
 public:
  BatchWriter(store::Store& store, IngestSummary& summary, std::function<void(const InputError&)> on_error)
      : store_(store), summary_(summary), on_error_(std::move(on_error)) {}
  ~BatchWriter() = default;

  void add(Document doc, std::vector<Timex> timexes, std::vector<Mention> mentions) {
    bytes_ += doc.text.size();
    pending_.push_back({std::move(doc), std::move(timexes), std::move(mentions)});
    if (pending_.size() >= kMaxDocuments || bytes_ >= kMaxBytes) flush();
  }

  void flush() {
    if (pending_.empty()) return;
    store_.begin_batch();
    for (auto& p : pending_) {
      try {
        if (store_.add_document(p.doc, p.timexes, p.mentions)) {
          ++summary_.added;
          summary_.mentions += static_cast<long>(p.mentions.size());
          if (!p.doc.dct.day) ++summary_.undated_dct;
        } else {
          ++summary_.unchanged;
        }
      } catch (const InputError& e) {
        --summary_.documents;
        on_error_(e);
      }
    }
    store_.commit_batch();
    pending_.clear();
    bytes_ = 0;
  }

 private:
  static constexpr std::size_t kMaxDocuments = 256, kMaxBytes = 16u << 20;
  struct Pending {
    Document doc;
    std::vector<Timex> timexes;
    std::vector<Mention> mentions;
  };
  store::Store& store_;
  IngestSummary& summary_;
  std::function<void(const InputError&)> on_error_;
  std::vector<Pending> pending_;
  std::size_t bytes_ = 0;
};

}  // namespace

std::string find_data_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) {
    if (!has_rules(explicit_dir))
      throw UsageError("--data " + explicit_dir + ": no rule files there (expected timex/en/)");
    return explicit_dir;
  }
  if (const char* env = std::getenv("ANNALIST_DATA"); env && *env) {
    if (!has_rules(env)) throw UsageError(std::string("ANNALIST_DATA=") + env + ": no rule files there");
    return env;
  }
  if (has_rules("data")) return "data";
  if (std::string installed = installed_data_dir(); !installed.empty() && has_rules(installed)) return installed;
  if (has_rules(ANNALIST_SOURCE_DATA_DIR)) return ANNALIST_SOURCE_DATA_DIR;
  throw UsageError("cannot find the data folder (rules and dictionaries); use --data DIR");
}

Engine::Engine(std::string data_dir) : data_dir_(std::move(data_dir)) {}
Engine::~Engine() = default;

const timex::Tagger& Engine::tagger() {
  if (!tagger_)
    tagger_ = std::make_unique<timex::Tagger>(timex::Tagger::load((fs::path(data_dir_) / "timex" / "en").string()));
  return *tagger_;
}

const event::Extractor& Engine::extractor() {
  if (!extractor_) extractor_ = std::make_unique<event::Extractor>(event::Extractor::load(data_dir_));
  return *extractor_;
}

const pubdate::Inferrer& Engine::inferrer() {
  if (!inferrer_)
    inferrer_ = std::make_unique<pubdate::Inferrer>(
        pubdate::EvidenceRules::load((fs::path(data_dir_) / "pubdate" / "en").string()), extractor().lexicon());
  return *inferrer_;
}

std::optional<std::vector<Timex>> Engine::assign_dct(Document& doc, std::optional<Day> dct_option,
                                                    const doc::Manifest* manifest, bool read_dateline,
                                                    bool reprints) {
  const doc::ManifestEntry* entry = manifest ? manifest->find(doc.path) : nullptr;
  if (entry) {
    if (doc.source.empty()) doc.source = entry->source;
    if (doc.title.empty()) doc.title = entry->title;
    if (doc.url.empty()) doc.url = entry->url;
  }
  if (dct_option) {
    doc.dct = {dct_option, DctSource::kOption};
    return std::nullopt;
  }
  // A reprint: a date line of the text's own a few days before the date its listing gives ("19 July
  // 2020" on a page posted on the 21st) is when the text was written, and its "yesterday" counts
  // from it. The listing is the manifest or the input's own "dct" (a corpus built from a manifest).
  // The text is tagged once, with the listed date: the date line is found among those timexes, and
  // they are the document's own unless it is a reprint (rare), whose relative times count from
  // the writing day and are tagged again.
  std::optional<std::vector<Timex>> tagged;
  auto reprinted = [&](const Dct& listed) {
    if (!read_dateline || !reprints) return false;
    tagged = tagger().tag(doc.text, listed);
    if (auto day = dateline_of_tagged(doc.text, *tagged);
        day && *day < *listed.day && (*listed.day - *day).count() <= kReprintDays) {
      doc.dct = {day, DctSource::kDateline};
      tagged.reset();
      return true;
    }
    return false;
  };
  if (doc.dct.day) {  // carried by the input itself (JSONL "dct")
    reprinted(doc.dct);
    return tagged;
  }
  if (entry && entry->published) {
    Dct listed{entry->published, DctSource::kManifest};
    if (!reprinted(listed)) doc.dct = std::move(listed);
    return tagged;
  }
  if (read_dateline)
    if (auto day = doc::dateline_dct(doc.text, head_and_tail_timexes(tagger(), doc.text))) {
      doc.dct = {day, DctSource::kDateline};
      return std::nullopt;
    }
  doc.dct = {std::nullopt, DctSource::kUnknown};
  return std::nullopt;
}

std::vector<Timex> Engine::date_and_tag(Document& doc, std::optional<Day> dct_option, const doc::Manifest* manifest) {
  auto tagged = assign_dct(doc, dct_option, manifest);
  infer_dct(doc);
  return tagged ? std::move(*tagged) : tag(doc);
}

void Engine::infer_dct(Document& doc) {
  if (doc.dct.day) return;
  doc.dct.inferred.reset();
  doc.dct.inferred_why.clear();
  if (auto inf = inferrer().infer(doc.text, tagger().tag(doc.text, std::nullopt))) {
    doc.dct.inferred = inf->interval;
    doc.dct.inferred_why = std::move(inf->why);
  }
}

std::vector<Timex> Engine::tag(const Document& doc) { return tagger().tag(doc.text, doc.dct); }

std::vector<Mention> Engine::extract(const Document& doc, const std::vector<Timex>& timexes) {
  auto mentions = extractor().extract(doc, timexes);
  event::fill_participant_codes(extractor().lexicon(), mentions);
  return mentions;
}

merge::ActorLookup Engine::actor_lookup() {
  const event::Lexicon& lex = extractor().lexicon();
  std::map<std::string, merge::ActorInfo> known;
  for (const auto& p : lex.people) known[p.name] = {true, p.country, p.surname};
  for (const auto& c : lex.countries)
    known.emplace(c.name, merge::ActorInfo{false, "", "", c.organisation && c.home.empty()});
  return [known = std::move(known)](const std::string& name) -> std::optional<merge::ActorInfo> {
    auto it = known.find(name);
    if (it == known.end()) return std::nullopt;
    return it->second;
  };
}

merge::NameShapes Engine::name_shapes() {
  merge::NameShapes shapes;
  for (const auto& c : extractor().lexicon().cues)
    for (const auto& ph : c.phrases) {
      if (ph.size() != 1) continue;
      if (c.kind == "family-name-first") shapes.family_first.insert(ph[0]);
      else if (c.kind == "institution-word") shapes.institution_words.insert(ph[0]);
      else if (c.kind == "name-particle") shapes.particles.insert(ph[0]);
      else if (c.kind == "video-call-word") shapes.video_words.push_back(ph[0]);
      else if (c.kind == "phone-call-word") shapes.phone_words.push_back(ph[0]);
    }
  return shapes;
}

std::string IngestSummary::line() const {
  std::ostringstream s;
  s << "annalist: " << documents << " document" << (documents == 1 ? "" : "s") << " read (" << added
    << " added, " << unchanged << " unchanged), " << mentions << " mention" << (mentions == 1 ? "" : "s")
    << ", " << events << " event" << (events == 1 ? "" : "s") << " in the store, " << skipped
    << " skipped";
  if (other_errors) s << ", " << other_errors << " other input error" << (other_errors == 1 ? "" : "s");
  if (undated_dct) s << "; " << undated_dct << " without a publication date";
  return s.str();
}

IngestSummary ingest(store::Store& store, Engine& engine, const std::vector<std::string>& inputs,
                     const IngestOptions& options, std::ostream& err) {
  IngestSummary summary;
  auto on_error = [&](const InputError& e) {
    report(err, e);
    ++summary.skipped;
  };
  std::optional<doc::Manifest> manifest;
  if (options.manifest) {
    // A bad row loses its own date only; an unreadable manifest loses the dates, not the documents.
    auto bad_row = [&](const InputError& e) {
      report(err, e);
      ++summary.other_errors;
    };
    try {
      manifest = doc::Manifest::read(*options.manifest, bad_row);
    } catch (const InputError& e) {
      err << "annalist: error: " << e.what() << " (manifest ignored)\n";
      ++summary.other_errors;
    }
  }
  // Rules load before the batch: a broken rule file stops the run instead of failing every document.
  engine.tagger();
  engine.extractor();
  auto files = doc::expand_inputs(inputs, on_error);
  doc::DiskFileSource disk;
  Progress progress(err, static_cast<long>(files.size()), options.progress, "files");
  BatchWriter writer(store, summary, on_error);
  for (const auto& path : files) {
    doc::read_documents(
        path, disk,
        [&](Document d) {
          ++summary.documents;
          try {
            d.content_hash = base::content_hash(d.text);
            if (store.has_document(d.content_hash)) {
              ++summary.unchanged;
              return;
            }
            auto timexes = engine.date_and_tag(d, options.dct, manifest ? &*manifest : nullptr);
            auto mentions = engine.extract(d, timexes);
            writer.add(std::move(d), std::move(timexes), std::move(mentions));
          } catch (const InputError& e) {
            --summary.documents;
            on_error(e);
          } catch (const std::exception& e) {
            --summary.documents;
            on_error(InputError(d.path, 0, e.what()));
          }
        },
        on_error);
    progress.tick();
  }
  writer.flush();
  progress.finish();
  summary.events = remerge(store, engine);
  return summary;
}

IngestSummary ingest_mentions(store::Store& store, Engine& engine, const std::vector<std::string>& files,
                              std::ostream& err) {
  IngestSummary summary;
  auto on_error = [&](const InputError& e) {
    report(err, e);
    ++summary.skipped;
  };
  BatchWriter writer(store, summary, on_error);
  for (const auto& path : files) {
    std::ifstream file;
    std::istream* in = nullptr;
    try {
      in = &doc::open_stream(path, file);
    } catch (const InputError& e) {
      on_error(e);
      continue;
    }
    std::string line;
    std::size_t line_no = 0;
    while (std::getline(*in, line)) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      try {
        auto parsed = exporter::mentions_from_json(line, path, line_no);
        ++summary.documents;
        if (store.has_document(parsed.doc.content_hash)) {
          ++summary.unchanged;
          continue;
        }
        writer.add(std::move(parsed.doc), {}, std::move(parsed.mentions));
      } catch (const InputError& e) {
        on_error(e);
      } catch (const std::exception& e) {
        on_error(InputError(path, line_no, e.what()));
      }
    }
  }
  writer.flush();
  summary.events = remerge(store, engine);
  return summary;
}

void Engine::code_events(std::vector<Event>& events) {
  if (!event_codes_) {
    event_codes_ = std::make_unique<exporter::EventCodes>(
        exporter::EventCodes::load((fs::path(data_dir_) / "codes" / "event_codes.txt").string()));
    // Where each location lies: a place's country, or a country or organisation itself. Built
    // once: the merge codes its events group by group.
    const event::Lexicon& lex = extractor().lexicon();
    std::map<std::string, std::string> code_of_country;
    for (const auto& c : lex.countries) code_of_country[c.name] = c.code;
    country_of_location_ = code_of_country;
    for (const auto& p : lex.places)
      if (auto it = code_of_country.find(p.country); it != code_of_country.end())
        country_of_location_[p.name] = it->second;
  }
  for (auto& e : events) {
    auto it = country_of_location_.find(e.location);
    bool third = it != country_of_location_.end() && exporter::in_third_country(it->second, e.codes);
    const exporter::EventCode& code = event_codes_->lookup(e.type, e.status, third);
    e.cameo = code.cameo;
    e.plover = code.plover;
  }
}

std::map<std::string, std::string> Engine::country_names() {
  std::map<std::string, std::string> out;
  for (const auto& c : extractor().lexicon().countries)
    if (!c.code.empty()) out.emplace(c.code, c.name);
  return out;
}

std::string Engine::country_code(const std::string& name) {
  const std::string want = base::to_lower_ascii(name);
  for (const auto& c : extractor().lexicon().countries) {
    if (c.code.empty()) continue;
    std::vector<std::string> names = {c.name, c.code};
    names.insert(names.end(), c.aliases.begin(), c.aliases.end());
    names.insert(names.end(), c.demonyms.begin(), c.demonyms.end());
    for (const auto& n : names)
      if (base::to_lower_ascii(n) == want) return c.code;
  }
  return "";
}

namespace {

// A mention row as an index of the grouping (row ids are SQLite row ids, dense in practice).
std::uint32_t row_index(std::int64_t row) {
  if (row < 0 || row > std::numeric_limits<std::uint32_t>::max())
    throw std::runtime_error("mention row " + std::to_string(row) + " out of range for the grouped merge");
  return static_cast<std::uint32_t>(row);
}

// "ev-0123456789-2" -> "ev-0123456789": clash suffixes are numbered over every event of the id.
std::string base_id(const std::string& id) { return id.substr(0, id.find('-', 3)); }

}  // namespace

long remerge(store::Store& store, Engine& engine, MergeScope scope) {
  merge::Options options;
  options.actor = engine.actor_lookup();
  options.names = engine.name_shapes();
  // One write transaction: another ingest waits, readers see the events before or after.
  store::MergeSession session(store);

  // Group the stored mentions: the parts of each document that its own merge may join; then
  // mentions whose join spans meet (merge/grouping.h), swept in order of the spans' first day.
  merge::JoinKeys keys(options);
  merge::DisjointSets sets;
  std::vector<bool> stored;                // row index -> a stored mention
  std::vector<std::uint32_t> fresh_rows;   // one row per part of a document not merged yet
  std::vector<const Mention*> ptrs;
  session.for_each_document([&](const store::MergeSession::DocumentMentions& d) {
    ptrs.clear();
    for (const auto& m : d.mentions) ptrs.push_back(&m);
    auto joins = keys.document_joins(ptrs);
    for (std::size_t i = 0; i < d.rows.size(); ++i) {
      const std::uint32_t r = row_index(d.rows[i]);
      const std::uint32_t part = row_index(d.rows[joins.part[i]]);
      sets.unite(part, r);
      if (stored.size() <= r) stored.resize(r + 1);
      stored[r] = true;
      for (const auto& s : joins.spans[i]) session.add_span(d.rows[i], s.first, s.last, s.key);
      if (d.fresh && joins.part[i] == i) fresh_rows.push_back(r);
    }
  });
  merge::SpanSweep sweep(sets);
  session.for_each_span([&](std::int64_t row, long first, long last, std::uint32_t key) {
    merge::JoinSpan s;
    s.first = first;
    s.last = last;
    s.key = key;
    sweep.add(row_index(row), s);
  });

  // Only the groups of new documents change (their old events are replaced); all of them when
  // the whole store is merged again.
  const bool whole = scope == MergeScope::kWhole;
  std::set<std::uint32_t> changed;
  for (std::uint32_t r : fresh_rows) changed.insert(sets.find(r));
  auto rows_in = [&](const std::set<std::uint32_t>& roots, bool all, const std::function<void(std::uint32_t, std::uint32_t)>& f) {
    for (std::uint32_t i = 0; i < stored.size(); ++i)
      if (stored[i]) {
        const std::uint32_t root = sets.find(i);
        if (all || roots.count(root)) f(i, root);
      }
  };
  if (whole) session.clear_events();
  rows_in(changed, whole, [&](std::uint32_t row, std::uint32_t root) { session.add_to_group(row, root); });

  std::set<std::int64_t> done;  // groups already merged together with an earlier one
  session.for_each_group([&](std::int64_t group, std::vector<std::int64_t>& rows, std::vector<Mention>& mentions) {
    if (done.count(group)) return;
    if (!whole) session.delete_events_of(rows);
    for (;;) {
      auto events = merge::merge_mentions(mentions, options);
      // An id that a stored event of another group has too: the merge numbers clashing ids
      // ("-2") over every event of that id, so those groups are merged together with this one.
      std::set<std::uint32_t> clash;
      for (const auto& e : events)
        for (std::int64_t r : session.rows_of_events_like(base_id(e.id))) clash.insert(sets.find(row_index(r)));
      if (clash.empty()) {
        engine.code_events(events);
        session.write_events(events, rows, mentions);
        return;
      }
      std::vector<std::int64_t> more;
      rows_in(clash, false, [&](std::uint32_t row, std::uint32_t) { more.push_back(row); });
      session.delete_events_of(more);
      for (std::uint32_t root : clash) done.insert(root);
      rows.insert(rows.end(), more.begin(), more.end());
      std::sort(rows.begin(), rows.end());
      rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
      session.mentions_of_rows(rows, mentions);
    }
  });
  return session.commit();
}

Progress::Progress(std::ostream& out, long total, bool enabled, std::string what)
    : out_(out), total_(total), enabled_(enabled && (total > 1 || total < 0)), what_(std::move(what)),
      start_(now_seconds()) {}

void Progress::tick(long n) {
  done_ += n;
  if (!enabled_) return;
  double t = now_seconds();
  if (t - last_draw_ < 0.1 && done_ != total_) return;
  last_draw_ = t;
  double rate = done_ / std::max(1e-9, t - start_);
  if (total_ < 0) {
    out_ << "\r" << done_ << " " << what_ << "  " << std::fixed << std::setprecision(1) << rate << "/s   "
         << std::flush;
    return;
  }
  long eta = rate > 0 ? static_cast<long>((total_ - done_) / rate) : 0;
  out_ << "\r" << done_ << "/" << total_ << " " << what_ << "  " << std::fixed << std::setprecision(1)
       << rate << "/s  ETA " << eta / 60 << ":" << std::setw(2) << std::setfill('0') << eta % 60
       << std::setfill(' ') << "   " << std::flush;
}

void Progress::finish() {
  if (!enabled_) return;
  if (total_ >= 0) return clear();
  last_draw_ = -1;  // the final count, left on its line: how many a stream held
  tick(0);
  out_ << "\n" << std::flush;
}

void Progress::clear() {
  if (enabled_) out_ << "\r\033[K" << std::flush;
}

}  // namespace annalist::pipeline
