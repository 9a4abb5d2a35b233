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
    std::string db, format, out;
    ChartArgs chart;
    FilterArgs filter;
  };
  auto a = std::make_shared<Args>();
  app.add_option("--format", a->format, "svg, png, pdf, dot or html (default: from the -o extension, else svg)")
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot", "html"}));
  app.add_option("-o,--output", a->out, "output file")->type_name("F")->required();
  add_chart_options(app, a->chart);
  add_db_option(app, a->db);
  add_filter_options(app, a->filter);
  return [a]() {
    Filter f = a->filter.to_filter();
    render::RenderOptions ro = a->chart.to_render_options();
    ro.format = a->format;
    if (ro.format.empty()) {
      auto dot = a->out.find_last_of('.');
      std::string ext = dot == std::string::npos ? "" : base::to_lower_ascii(a->out.substr(dot + 1));
      ro.format = (ext == "png" || ext == "pdf" || ext == "dot" || ext == "html") ? ext : "svg";
    }
    require_store(a->db);
    store::Store store(a->db, store::Store::Mode::kReadOnly);
    auto events = store.events(f);
    ro.document_urls = document_links(store, events, a->out);
    for (const auto& w : render::render_timeline(events, ro, a->out)) std::cerr << "annalist: warning: " << w << "\n";
    return 0;
  };
}

}  // namespace annalist::cli
