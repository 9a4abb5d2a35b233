// The command table: one entry per subcommand, each defined in its own cmd_<name>.cc.
#pragma once
#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "doc/loader.h"
#include "model/types.h"

namespace annalist::cli {

/// Runs a parsed subcommand and returns its exit status.
using Runner = std::function<int()>;

/// Adds the subcommand's options to `sub` and returns its runner (which reads those options).
using Setup = Runner (*)(CLI::App& sub);

struct Command {
  const char* name;
  const char* summary;
  Setup setup;
};

/// Every subcommand, in the order `annalist --help` lists them.
const std::vector<Command>& commands();

// Shared option groups, declared once.
struct GlobalOptions {
  std::string data_dir;  ///< --data
  int max_document_mb = static_cast<int>(doc::kDefaultMaxDocumentBytes >> 20);  ///< --max-document-mb
  bool quiet = false;     ///< --quiet: errors and warnings only
  bool progress = false;  ///< --progress: live progress also when stderr is not a terminal
};
GlobalOptions& global_options();

/// Where notes go (summaries, "wrote F", the manifest used): stderr, or nowhere with --quiet.
/// Errors and warnings always go to stderr.
std::ostream& notes();

/// Whether to draw live progress: stderr is a terminal or --progress, and not --quiet.
bool show_progress();

/// --db F (default output/annalist.db).
void add_db_option(CLI::App& app, std::string& db);

struct FilterArgs {
  std::string from, to, status;
  std::vector<std::string> actors, types;
  int min_sources = 0;
  /// The parsed filter. Throws UsageError on a bad date, type or status.
  Filter to_filter() const;
};
/// --from --to --actor --type --status --min-sources.
void add_filter_options(CLI::App& app, FilterArgs& args);

/// Parses --dct/--from/--to style dates (YYYY-MM-DD). Throws UsageError naming the option.
Day parse_day_option(const std::string& value, const std::string& option);


}  // namespace annalist::cli
