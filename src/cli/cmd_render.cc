// annalist render: the timeline chart.
#include <iostream>

#include "base/errors.h"
#include "base/strings.h"
#include "cli/chart_options.h"
#include "cli/command.h"
#include "cli/shared.h"
#include "render/render.h"
#include "store/store.h"

namespace annalist::cli {

Runner setup_render(CLI::App& app) {
  struct Args {
    std::string db, format, out, title, lanes = "pair";
    int dpi = 96, max_tiers = 8;
    std::vector<std::string> eras;
    FilterArgs filter;
  };
  auto a = std::make_shared<Args>();
  app.add_option("--format", a->format, "svg, png, pdf, dot or html (default: from the -o extension, else svg)")
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot", "html"}));
  app.add_option("-o,--output", a->out, "output file")->type_name("F")->required();
  app.add_option("--title", a->title, "chart title")->type_name("TEXT");
  app.add_option("--lanes", a->lanes, "one lane per actor pair, actor or event type")
      ->check(CLI::IsMember({"pair", "actor", "type"}))->capture_default_str();
  app.add_option("--dpi", a->dpi, "resolution of PNG output")->check(CLI::Range(24, 600))->capture_default_str();
  app.add_option("--era", a->eras, "background band FROM..TO:LABEL (repeatable)")->type_name("SPEC");
  app.add_option("--max-tiers", a->max_tiers, "label tiers per lane before the rest collapse into \"+N more\"")
      ->check(CLI::Range(1, 40))->capture_default_str();
  add_db_option(app, a->db);
  add_filter_options(app, a->filter);
  return [a]() {
    Filter f = a->filter.to_filter();
    render::RenderOptions ro;
    ro.format = a->format;
    if (ro.format.empty()) {
      auto dot = a->out.find_last_of('.');
      std::string ext = dot == std::string::npos ? "" : base::to_lower_ascii(a->out.substr(dot + 1));
      ro.format = (ext == "png" || ext == "pdf" || ext == "dot" || ext == "html") ? ext : "svg";
    }
    if (!a->title.empty()) ro.title = a->title;
    ro.lanes = a->lanes;
    ro.dpi = a->dpi;
    ro.max_tiers = a->max_tiers;
    for (const auto& e : a->eras) ro.eras.push_back(parse_era_option(e));
    store::Store store = open_for_reading(a->db);
    auto events = store.events(f);
    ro.document_urls = document_links(store, events, a->out);
    render::render_timeline(events, ro, a->out);
    return 0;
  };
}

}  // namespace annalist::cli
