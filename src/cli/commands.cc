#include "cli/command.h"

namespace annalist::cli {

Runner setup_build(CLI::App&);
Runner setup_ingest(CLI::App&);
Runner setup_tag(CLI::App&);
Runner setup_extract(CLI::App&);
Runner setup_events(CLI::App&);
Runner setup_show(CLI::App&);
Runner setup_export(CLI::App&);
Runner setup_render(CLI::App&);
Runner setup_dyads(CLI::App&);

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"build", "the main job: ingest articles, write chronology.csv and timeline.svg/.png", setup_build},
      {"ingest", "add documents (or extracted mentions) to the store and merge events", setup_ingest},
      {"tag", "temporal expressions (TimeML TIMEX3) of one document or a JSONL stream", setup_tag},
      {"extract", "event mentions of a JSONL stream of documents (a stateless map step)", setup_extract},
      {"events", "the merged events as an aligned table", setup_events},
      {"show", "one event with every mention and why its date and status were chosen", setup_show},
      {"export", "the chronology as CSV, JSON, JSON Lines or TimelineJS", setup_export},
      {"render", "the timeline chart as SVG, PNG, PDF, DOT or HTML", setup_render},
      {"dyads", "contacts between pairs of countries per year and type, with first, last and longest gap", setup_dyads},
  };
  return table;
}

}  // namespace annalist::cli
