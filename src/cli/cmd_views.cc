// annalist events / show / export / render: read-only views of the merged events.
#include <iostream>
#include <map>

#include "base/errors.h"
#include "base/strings.h"
#include "cli/command.h"
#include "cli/shared.h"
#include "export/exporters.h"
#include "render/render.h"
#include "store/store.h"

namespace annalist::cli {

// Source links for charts and the TimelineJS file, relative to `chart_path` (defined below).
std::map<std::string, std::string> document_links(const store::Store& store, const std::vector<Event>& events,
                                                  const std::string& chart_path);

Runner setup_events(CLI::App& app) {
  struct Args {
    std::string db;
    FilterArgs filter;
  };
  auto a = std::make_shared<Args>();
  add_db_option(app, a->db);
  add_filter_options(app, a->filter);
  return [a]() {
    Filter f = a->filter.to_filter();
    require_store(a->db);
    store::Store store(a->db, store::Store::Mode::kReadOnly);
    std::cout << exporter::events_table(store.events(f));
    return 0;
  };
}

Runner setup_show(CLI::App& app) {
  struct Args {
    std::string db, id;
  };
  auto a = std::make_shared<Args>();
  app.add_option("EVENT_ID", a->id, "event id as listed by 'annalist events'")->required();
  add_db_option(app, a->db);
  return [a]() {
    require_store(a->db);
    store::Store store(a->db, store::Store::Mode::kReadOnly);
    auto e = store.event(a->id);
    if (!e) throw UsageError("no event '" + a->id + "' in " + a->db + " (see 'annalist events')");
    std::cout << exporter::show_event(*e);
    return 0;
  };
}

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
    require_store(a->db);
    store::Store store(a->db, store::Store::Mode::kReadOnly);
    auto events = store.events(f);
    write_file(a->out, [&](std::ostream& out) {
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

namespace {

// "2022-02-24..:Russia–Ukraine war", "..2020-01-01:Before", "2020-03-01..2021-06-30:COVID-19".
render::Era parse_era(const std::string& spec) {
  auto colon = spec.find(':');
  auto dots = spec.find("..");
  if (colon == std::string::npos || dots == std::string::npos || dots > colon)
    throw UsageError("--era " + spec + ": expected FROM..TO:LABEL (either date may be empty)");
  render::Era era;
  std::string from = spec.substr(0, dots), to = spec.substr(dots + 2, colon - dots - 2);
  if (!from.empty()) era.from = parse_day_option(from, "--era");
  if (!to.empty()) era.to = parse_day_option(to, "--era");
  era.label = spec.substr(colon + 1);
  return era;
}

}  // namespace

std::map<std::string, std::string> document_links(const store::Store& store, const std::vector<Event>& events,
                                                  const std::string& chart_path) {
  std::map<std::string, std::string> links;
  auto add = [&](const std::string& id) {
    if (id.empty() || links.count(id)) return;
    auto doc = store.document(id);
    links[id] = doc ? render::document_link(doc->url, doc->path, chart_path) : "";
  };
  for (const auto& e : events) {
    for (const auto& d : e.documents) add(d);
    for (const auto& m : e.mentions) add(m.doc_id);
  }
  return links;
}

render::Era parse_era_option(const std::string& spec) { return parse_era(spec); }

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
    for (const auto& e : a->eras) ro.eras.push_back(parse_era(e));
    require_store(a->db);
    store::Store store(a->db, store::Store::Mode::kReadOnly);
    auto events = store.events(f);
    ro.document_urls = document_links(store, events, a->out);
    render::render_timeline(events, ro, a->out);
    return 0;
  };
}

}  // namespace annalist::cli
