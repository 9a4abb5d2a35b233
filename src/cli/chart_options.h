// Helpers shared by the commands that draw charts or write linked exports (build, render, export).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/types.h"
#include "render/render.h"
#include "store/store.h"

namespace annalist::cli {

/// Source links of the events' documents, relative to `chart_path` (URL when known, else the file).
std::map<std::string, std::string> document_links(const store::Store& store, const std::vector<Event>& events,
                                                  const std::string& chart_path);

/// Parses --era FROM..TO:LABEL ("2022-02-24..:Russia–Ukraine war"; either date may be empty).
render::Era parse_era_option(const std::string& spec);

}  // namespace annalist::cli
