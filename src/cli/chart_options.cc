#include "cli/chart_options.h"

#include "base/errors.h"
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

}  // namespace annalist::cli
