#include "cli/chart_options.h"

#include <cmath>

#include "base/errors.h"
#include "base/strings.h"
#include "cli/command.h"

namespace annalist::cli {

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

std::map<std::string, SourceInfo> document_sources(const store::Store& store, const std::vector<Event>& events) {
  std::map<std::string, SourceInfo> out;
  auto add = [&](const std::string& id) {
    if (id.empty() || out.count(id)) return;
    auto doc = store.document(id);
    out[id] = doc ? SourceInfo{doc->source, doc->url, doc->dct.day} : SourceInfo{};
  };
  for (const auto& e : events) {
    for (const auto& d : e.documents) add(d);
    for (const auto& m : e.mentions) add(m.doc_id);
  }
  return out;
}

// "2022-02-24..:Russia–Ukraine war", "..2020-01-01:Before", "2020-03-01..2021-06-30:COVID-19".
render::Era parse_era_option(const std::string& spec) {
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

double parse_length_option(const std::string& value, const std::string& option, int dpi) {
  std::size_t used = 0;
  double v = 0;
  try {
    v = std::stod(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  std::string unit = base::to_lower_ascii(std::string(base::trim(value.substr(used))));
  double per = unit.empty() || unit == "px" ? 72.0 / dpi
               : unit == "pt"               ? 1.0
               : unit == "in"               ? 72.0
               : unit == "cm"               ? 72.0 / 2.54
               : unit == "mm"               ? 72.0 / 25.4
                                            : 0;
  if (used == 0 || per == 0 || !(v > 0) || !std::isfinite(v))
    throw UsageError(option + " " + value + ": expected a length such as 1200, 1200px, 8in, 20cm, 170mm or 600pt");
  double points = v * per;
  if (points < 100 || points > 200000)
    throw UsageError(option + " " + value + ": between 100 points (1.4 in) and 200,000 points, please");
  return points;
}

void add_chart_options(CLI::App& app, ChartArgs& a) {
  app.add_option("--title", a.title, "chart title (default: annalist chronology)")->type_name("TEXT");
  app.add_option("--subtitle", a.subtitle, "line under the title (default: what the chart shows)")->type_name("TEXT");
  app.add_option("--credit", a.credit, "source line at the foot of the chart")->type_name("TEXT");
  app.add_option("--lanes", a.lanes,
                 "one lane per actor pair, actor, event type or pair of countries (dyad); auto: dyad once "
                 "actor pairs would fill more than ten lanes")
      ->check(CLI::IsMember({"auto", "pair", "actor", "type", "dyad"}))->capture_default_str();
  app.add_option("--undated", a.undated, "list undated events below the chart, beside it, or not at all")
      ->check(CLI::IsMember({"below", "side", "none"}))->capture_default_str();
  app.add_option("--era", a.eras, "background band FROM..TO:LABEL (repeatable)")->type_name("SPEC");
  app.add_option("--width", a.width, "chart width: 1200 (pixels at --dpi), 1200px, 8in, 20cm, 170mm or 600pt")
      ->type_name("LENGTH");
  app.add_option("--height", a.height, "chart height, as --width; labels collapse into \"+N more\" to fit")
      ->type_name("LENGTH");
  app.add_option("--font-scale", a.font_scale, "every font size times this")->check(CLI::Range(0.5, 4.0))
      ->capture_default_str();
  app.add_option("--dpi", a.dpi, "resolution of PNG output (recorded in the file)")->check(CLI::Range(24, 600))
      ->capture_default_str();
  app.add_option("--max-tiers", a.max_tiers, "label tiers per lane before the rest collapse into \"+N more\"")
      ->check(CLI::Range(1, 40))->capture_default_str();
}

render::RenderOptions ChartArgs::to_render_options() const {
  render::RenderOptions ro;
  if (!title.empty()) ro.title = title;
  ro.subtitle = subtitle;
  ro.credit = credit;
  ro.lanes = lanes;
  ro.undated = undated;
  ro.dpi = dpi;
  ro.max_tiers = max_tiers;
  ro.font_scale = font_scale;
  if (!width.empty()) ro.width = parse_length_option(width, "--width", dpi);
  if (!height.empty()) ro.height = parse_length_option(height, "--height", dpi);
  for (const auto& e : eras) ro.eras.push_back(parse_era_option(e));
  return ro;
}

}  // namespace annalist::cli
