// annalist render: the timeline chart, or small multiples of country pairs.
#include <iostream>

#include "base/errors.h"
#include "base/strings.h"
#include "cli/chart_options.h"
#include "cli/command.h"
#include "cli/shared.h"
#include "pipeline/pipeline.h"
#include "render/render.h"
#include "store/store.h"

namespace annalist::cli {

Runner setup_render(CLI::App& app) {
  struct Args {
    std::string db, format, out;
    ChartArgs chart;
    FilterArgs filter;
    bool small_multiples = false;
  };
  auto a = std::make_shared<Args>();
  app.add_option("--format", a->format, "svg, png, pdf, dot or html (default: from the -o extension, else svg)")
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot", "html"}));
  app.add_option("-o,--output", a->out, "output file")->type_name("F")->required();
  add_chart_options(app, a->chart);
  app.add_flag("--small-multiples", a->small_multiples,
               "one panel per pair of countries: contacts per year stacked by type, the same scales in "
               "every panel (svg, png, pdf)");
  add_db_option(app, a->db);
  add_filter_options(app, a->filter);
  return [a]() {
    Filter f = a->filter.to_filter();
    render::RenderOptions ro = a->chart.to_render_options();
    ro.format = a->format;
    ro.small_multiples = a->small_multiples;
    if (ro.format.empty()) {
      auto dot = a->out.find_last_of('.');
      std::string ext = dot == std::string::npos ? "" : base::to_lower_ascii(a->out.substr(dot + 1));
      ro.format = (ext == "png" || ext == "pdf" || ext == "dot" || ext == "html") ? ext : "svg";
    }
    if (ro.small_multiples && ro.format == "html")
      throw UsageError("--small-multiples: drawn as svg, png, pdf or dot, not html");
    store::Store store = open_for_reading(a->db);
    auto events = store.events(f);
    ro.document_urls = document_links(store, events, a->out);
    ro.country_names = pipeline::Engine(pipeline::find_data_dir(global_options().data_dir)).country_names();
    for (const auto& w : render::render_timeline(events, ro, a->out)) std::cerr << "annalist: warning: " << w << "\n";
    return 0;
  };
}

}  // namespace annalist::cli
