// annalist export: the chronology as CSV, JSON or TimelineJS.
#include <iostream>

#include "base/errors.h"
#include "base/output.h"
#include "cli/chart_options.h"
#include "cli/command.h"
#include "cli/shared.h"
#include "export/exporters.h"
#include "store/store.h"

namespace annalist::cli {

Runner setup_export(CLI::App& app) {
  struct Args {
    std::string db, format = "csv", out = "-", title = "annalist chronology", text;
    std::vector<std::string> eras;
    bool excel = false;
    FilterArgs filter;
  };
  auto a = std::make_shared<Args>();
  app.add_option("--format", a->format, "csv, json, jsonl (one event per line) or timelinejs")
      ->check(CLI::IsMember({"csv", "json", "jsonl", "timelinejs"}))->capture_default_str();
  app.add_flag("--excel", a->excel, "csv: start with a byte-order mark, so spreadsheet programs read UTF-8");
  app.add_option("-o,--output", a->out, "output file (- for stdout)")->type_name("F")->capture_default_str();
  app.add_option("--title", a->title, "timelinejs: headline of the title slide")->type_name("TEXT")->capture_default_str();
  app.add_option("--text", a->text, "timelinejs: text of the title slide (default: how many events, sources, years)")
      ->type_name("TEXT");
  app.add_option("--era", a->eras, "timelinejs: band in the time navigation FROM..TO:LABEL (repeatable)")
      ->type_name("SPEC");
  add_db_option(app, a->db);
  add_filter_options(app, a->filter);
  return [a]() {
    Filter f = a->filter.to_filter();
    if (a->excel && a->format != "csv") throw UsageError("--excel is for --format csv");
    std::vector<Era> eras;
    for (const auto& e : a->eras) eras.push_back(parse_era_option(e));
    store::Store store = open_for_reading(a->db);
    auto events = store.events(f);
    const exporter::Sources sources = document_sources(store, events);
    base::write_output(a->out, [&](std::ostream& out) {
      if (a->format == "json") exporter::write_json(out, events, sources);
      else if (a->format == "jsonl") exporter::write_jsonl(out, events, sources);
      else if (a->format == "timelinejs") {
        exporter::TimelineJsOptions tj;
        tj.title = a->title;
        tj.text = a->text;
        tj.eras = eras;
        tj.document_urls = document_links(store, events, a->out == "-" ? "timeline.json" : a->out);
        tj.sources = sources;
        std::size_t left_out = exporter::write_timelinejs(out, events, tj);
        if (left_out) std::cerr << "annalist: " << left_out << " event" << (left_out == 1 ? "" : "s")
                                << " without a usable date left out of the TimelineJS file (it needs a start date)\n";
      }
      else exporter::write_csv(out, events, sources, a->excel);
    });
    return 0;
  };
}

}  // namespace annalist::cli
