#include <unistd.h>

#include <iostream>

#include "base/errors.h"
#include "calendar/timex_value.h"
#include "cli/command.h"

namespace annalist::cli {

GlobalOptions& global_options() {
  static GlobalOptions options;
  return options;
}

void add_db_option(CLI::App& app, std::string& db) {
  db = "output/annalist.db";
  app.add_option("--db", db, "SQLite store")->type_name("FILE")->capture_default_str();
}

void add_filter_options(CLI::App& app, FilterArgs& args) {
  app.add_option("--from", args.from, "only events ending on or after DATE")->type_name("YYYY-MM-DD");
  app.add_option("--to", args.to, "only events starting on or before DATE")->type_name("YYYY-MM-DD");
  app.add_option("--actor", args.actors, "only events with this participant (repeatable: all of them)")
      ->type_name("NAME");
  app.add_option("--type", args.types,
                 "only events of this type: meeting, call, visit, summit, statement, agreement (repeatable)")
      ->type_name("T");
  app.add_option("--status", args.status, "only events with this status: occurred, planned, cancelled, denied")
      ->type_name("S");
  app.add_option("--min-sources", args.min_sources, "only events reported by at least N documents")
      ->type_name("N");
}

Day parse_day_option(const std::string& value, const std::string& option) {
  auto day = calendar::parse_iso_day(value);
  if (!day) throw UsageError(option + " " + value + ": expected a date YYYY-MM-DD");
  return *day;
}

Filter FilterArgs::to_filter() const {
  Filter f;
  if (!from.empty()) f.from = parse_day_option(from, "--from");
  if (!to.empty()) f.to = parse_day_option(to, "--to");
  f.actors = actors;
  for (const auto& t : types) {
    auto type = parse_event_type(t);
    if (!type)
      throw UsageError("--type " + t + ": expected meeting, call, visit, summit, statement or agreement");
    f.types.push_back(*type);
  }
  if (!status.empty()) {
    auto s = parse_event_status(status);
    if (!s) throw UsageError("--status " + status + ": expected occurred, planned, cancelled or denied");
    f.status = *s;
  }
  if (min_sources < 0) throw UsageError("--min-sources must be 0 or more");
  f.min_sources = min_sources;
  return f;
}

std::ostream& notes() {
  static std::ostream discard(nullptr);  // no buffer: every write is dropped
  return global_options().quiet ? discard : std::cerr;
}

bool show_progress() {
  const GlobalOptions& o = global_options();
  return !o.quiet && (o.progress || isatty(STDERR_FILENO) != 0);
}

}  // namespace annalist::cli
