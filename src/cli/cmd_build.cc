// annalist build: ingest INPUT into a fresh store, then write the chronology and the chart.
#include <filesystem>
#include <optional>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <iostream>
#include <map>

#include "base/errors.h"
#include "base/output.h"
#include "base/strings.h"
#include "cli/chart_options.h"
#include "cli/command.h"
#include "cli/shared.h"
#include "export/exporters.h"
#include "pipeline/pipeline.h"
#include "render/render.h"

namespace annalist::cli {
namespace fs = std::filesystem;

Runner setup_build(CLI::App& app) {
  struct Args {
    std::vector<std::string> inputs;
    std::string manifest, db, out = "output", dct;
    std::vector<std::string> formats = {"svg", "png"};
    ChartArgs chart;
    bool keep = false;
  };
  auto a = std::make_shared<Args>();
  app.add_option("INPUT", a->inputs, "articles: files, folders, - for stdin, .jsonl corpora (default data/articles)");
  app.add_option("--manifest", a->manifest, "manifest CSV file,published,source,title,url (default data/manifest.csv "
                 "for the default input, else a manifest.csv in or beside the input folder)")->type_name("F");
  app.add_option("--db", a->db, "SQLite store (default DIR/annalist.db)")->type_name("F");
  app.add_option("--out", a->out, "output folder")->type_name("DIR")->capture_default_str();
  app.add_option("--dct", a->dct, "publication date for every input document")->type_name("YYYY-MM-DD");
  add_chart_options(app, a->chart);
  app.add_option("--chart", a->formats, "chart formats to write as timeline.FORMAT (repeatable)")
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot", "html"}))->type_name("FORMAT")->capture_default_str();
  app.add_flag("--keep", a->keep, "add to the existing store instead of building it anew");
  return [a]() {
    render::RenderOptions ro = a->chart.to_render_options();  // a bad option fails before the work
    bool default_input = a->inputs.empty();
    if (default_input) a->inputs = {"data/articles"};
    if (a->db.empty()) a->db = (fs::path(a->out) / "annalist.db").string();
    std::error_code ec;
    bool made_out = !fs::exists(a->out, ec);
    fs::create_directories(a->out, ec);
    if (ec) throw UsageError("--out " + a->out + ": cannot create folder (" + ec.message() + ")");

    pipeline::IngestOptions options;
    options.manifest = resolve_manifest(a->manifest, a->inputs, default_input);
    if (!a->dct.empty()) options.dct = parse_day_option(a->dct, "--dct");
    options.progress = show_progress();

    // A fresh build goes to a temporary store that replaces the old one only when every output is
    // ready: a run without valid input, or one that fails to write, leaves DIR as it was.
    std::string db_path = a->keep ? a->db : a->db + ".new";
    auto drop_new_store = [&] {
      if (a->keep) return;
      for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db_path + suffix, ec);
    };
    drop_new_store();  // a log left by an interrupted run must not be replayed into the new store
    pipeline::IngestSummary summary;
    std::vector<base::AtomicFile> outputs;
    std::string wrote;
    std::vector<std::string> warnings;
    try {
      std::optional<store::Store> store;
      store.emplace(db_path);
      std::optional<pipeline::Engine> engine;
      engine.emplace(pipeline::find_data_dir(global_options().data_dir));
      summary = pipeline::ingest(*store, *engine, a->inputs, options, std::cerr);
      if (summary.documents == 0) {
        notes() << summary.line() << "\n";
        throw InputError(base::join(a->inputs, " "), 0,
                         "no readable document; " + a->out + " left as it was");
      }
      auto events = store->events();
      std::string csv = (fs::path(a->out) / "chronology.csv").string();
      outputs.emplace_back(csv);
      exporter::write_csv(outputs.back().stream(), events, document_sources(*store, events));
      outputs.back().finish();
      // Drawing a chart of many events takes more memory than anything before it: what it does
      // not use is released first, so that drawing reuses that memory. A chart never draws a
      // mention's quote, trigger or status cue; the rules and dictionaries and the store are done.
      for (auto& e : events)
        for (auto& m : e.mentions) {
          std::string().swap(m.quote);
          std::string().swap(m.trigger);
          std::string().swap(m.status_why);
        }
      ro.country_names = engine->country_names();
      engine.reset();
      std::map<std::string, std::map<std::string, std::string>> links;  // chart format -> links
      for (const auto& format : a->formats)
        links[format] = document_links(*store, events, (fs::path(a->out) / ("timeline." + format)).string());
      store.reset();  // closed: its log is checkpointed into the file before the rename
#ifdef __GLIBC__
      malloc_trim(0);  // the pages freed above go back to the system, not only to the allocator
#endif
      wrote = csv;
      for (const auto& format : a->formats) {
        std::string chart = (fs::path(a->out) / ("timeline." + format)).string();
        ro.format = format;
        ro.document_urls = std::move(links[format]);
        std::vector<std::string> chart_warnings;
        std::string bytes = render::render_timeline_bytes(events, ro, &chart_warnings);
        for (const auto& w : chart_warnings) warnings.push_back(chart + ": " + w);
        outputs.emplace_back(chart);
        outputs.back().stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        outputs.back().finish();
        wrote += ", " + chart;
      }
    } catch (...) {
      outputs.clear();
      drop_new_store();
      if (made_out) fs::remove(a->out, ec);  // only when still empty
      throw;
    }
    if (!a->keep) {
      for (const char* suffix : {"-wal", "-shm", "-journal"}) fs::remove(a->db + suffix, ec);
      fs::rename(db_path, a->db, ec);
      if (ec) throw InputError(a->db, 0, "cannot replace the store (" + ec.message() + ")");
    }
    for (auto& f : outputs) f.commit();
    for (const auto& w : warnings) std::cerr << "annalist: warning: " << w << "\n";
    notes() << summary.line() << "\n";
    notes() << "annalist: wrote " << wrote << "\n";
    return summary.failed() ? 2 : 0;
  };
}

}  // namespace annalist::cli
