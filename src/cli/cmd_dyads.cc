// annalist dyads: contacts between pairs of countries, per year and type.
#include <iostream>

#include "base/errors.h"
#include "base/output.h"
#include "base/strings.h"
#include "cli/command.h"
#include "cli/shared.h"
#include "export/dyads.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace annalist::cli {

Runner setup_dyads(CLI::App& app) {
  struct Args {
    std::string db, out, pair;
    FilterArgs filter;
  };
  auto a = std::make_shared<Args>();
  app.add_option("--pair", a->pair, "only this pair of countries: names or codes, e.g. China,Russia or CHN,RUS")
      ->type_name("A,B");
  app.add_option("-o,--output", a->out, "also write the table as CSV (one row per pair, year and type)")
      ->type_name("F");
  add_db_option(app, a->db);
  add_filter_options(app, a->filter);
  app.footer("Counts events that occurred (use --status for others), once for each pair of countries "
             "their participants act for; a person counts for the state of the office held that day.");
  return [a]() {
    Filter f = a->filter.to_filter();
    if (!f.status) f.status = EventStatus::kOccurred;
    pipeline::Engine engine(pipeline::find_data_dir(global_options().data_dir));
    std::optional<std::pair<std::string, std::string>> only;
    if (!a->pair.empty()) {
      auto sides = base::split(a->pair, ',');
      if (sides.size() != 2) throw UsageError("--pair " + a->pair + ": expected two countries, e.g. China,Russia");
      std::string x = engine.country_code(std::string(base::trim(sides[0])));
      std::string y = engine.country_code(std::string(base::trim(sides[1])));
      for (const auto& [given, code] : {std::pair{sides[0], x}, std::pair{sides[1], y}})
        if (code.empty()) throw UsageError("--pair: '" + std::string(base::trim(given)) + "' is no country or organisation the dictionaries know");
      only = x < y ? std::pair{x, y} : std::pair{y, x};
    }
    store::Store store = open_for_reading(a->db);
    auto all = exporter::dyads(store.events(f));
    std::vector<exporter::Dyad> shown;
    for (auto& d : all)
      if (!only || (d.a == only->first && d.b == only->second)) shown.push_back(std::move(d));
    const auto names = engine.country_names();
    std::cout << exporter::dyads_text(shown, names);
    if (!a->out.empty()) base::write_output(a->out, [&](std::ostream& out) { exporter::write_dyads_csv(out, shown, names); });
    return 0;
  };
}

}  // namespace annalist::cli
