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
    std::string db, format = "csv", out = "-";
    FilterArgs filter;
  };
  auto a = std::make_shared<Args>();
  app.add_option("--format", a->format, "csv, json or timelinejs")
      ->check(CLI::IsMember({"csv", "json", "timelinejs"}))->capture_default_str();
  app.add_option("-o,--output", a->out, "output file (- for stdout)")->type_name("F")->capture_default_str();
  add_db_option(app, a->db);
  add_filter_options(app, a->filter);
  return [a]() {
    Filter f = a->filter.to_filter();
    store::Store store = open_for_reading(a->db);
    auto events = store.events(f);
    base::write_output(a->out, [&](std::ostream& out) {
      if (a->format == "json") exporter::write_json(out, events);
      else if (a->format == "timelinejs") {
        exporter::TimelineJsOptions tj;
        tj.title = "annalist chronology";
        tj.document_urls = document_links(store, events, a->out == "-" ? "timeline.json" : a->out);
        std::size_t left_out = exporter::write_timelinejs(out, events, tj);
        if (left_out) std::cerr << "annalist: " << left_out << " event" << (left_out == 1 ? "" : "s")
                                << " without a usable date left out of the TimelineJS file (it needs a start date)\n";
      }
      else exporter::write_csv(out, events);
    });
    return 0;
  };
}

}  // namespace annalist::cli
