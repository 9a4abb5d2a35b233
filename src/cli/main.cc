// annalist: entry point, the command table's dispatcher and the one error ladder.
#include <CLI/CLI.hpp>

#include <iostream>
#include <map>

#include "base/errors.h"
#include "base/output.h"
#include "base/strings.h"
#include "cli/command.h"
#include "doc/loader.h"

namespace {

using annalist::ExitCode;

int code(ExitCode c) { return static_cast<int>(c); }

// "did you mean 'export'?" for a mistyped subcommand.
std::string suggestion(const std::string& word) {
  std::string best;
  std::size_t best_distance = 3;
  for (const auto& c : annalist::cli::commands()) {
    std::size_t d = annalist::base::edit_distance(word, c.name);
    if (d < best_distance) {
      best_distance = d;
      best = c.name;
    }
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  annalist::base::ignore_sigpipe();
  CLI::App app{"annalist: a dated, sourced chronology of diplomatic events from news articles", "annalist"};
  app.require_subcommand(1);
  app.add_option("--data", annalist::cli::global_options().data_dir,
                 "folder with the rules and dictionaries (default: ./data or the installed copy)")
      ->type_name("DIR");
  app.add_option("--max-document-mb", annalist::cli::global_options().max_document_mb,
                 "largest document accepted, in MB; a larger one is reported and skipped")
      ->type_name("N")->check(CLI::Range(1, 4096))->capture_default_str();
  app.add_flag("-q,--quiet", annalist::cli::global_options().quiet,
               "print errors and warnings only (no progress, summaries or 'wrote' lines)");
  app.add_flag("--progress", annalist::cli::global_options().progress,
               "show live progress (build, ingest, extract) also when stderr is not a terminal");
  app.set_version_flag("--version", "annalist 0.1.0");
  std::map<CLI::App*, annalist::cli::Runner> runners;
  for (const auto& c : annalist::cli::commands()) {
    CLI::App* sub = app.add_subcommand(c.name, c.summary);
    sub->fallthrough();
    // A command's options are made when the command line names it, before its arguments are
    // read: a run of one command does not build the options of all the others.
    sub->preparse_callback([sub, &runners, setup = c.setup](std::size_t) { runners[sub] = setup(*sub); });
  }
  app.footer("Run 'annalist COMMAND --help' for the options of a command.\n"
             "Exit status: 0 success, 1 usage error, 2 bad input (file, line and reason on stderr).");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    if (argc > 1 && argv[1][0] != '-' && !app.get_subcommands().size()) {
      std::string hint = suggestion(argv[1]);
      std::cerr << "annalist: error: unknown command '" << argv[1] << "'";
      if (!hint.empty()) std::cerr << " (did you mean '" << hint << "'?)";
      std::cerr << "\nRun 'annalist --help' for the list of commands.\n";
      return code(ExitCode::kUsage);
    }
    std::cerr << "annalist: error: " << e.what() << "\n";
    std::cerr << "Run 'annalist " << (app.get_subcommands().empty() ? "" : app.get_subcommands()[0]->get_name() + " ")
              << "--help' for usage.\n";
    return code(ExitCode::kUsage);
  }
  annalist::doc::set_max_document_bytes(static_cast<std::size_t>(annalist::cli::global_options().max_document_mb)
                                        << 20);
  try {
    for (CLI::App* sub : app.get_subcommands()) {
      int status = runners.at(sub)();
      annalist::base::check_stdout();  // a full disk or a closed pipe is an error, not a success
      return status;
    }
  } catch (const annalist::UsageError& e) {
    std::cerr << "annalist: error: " << e.what() << "\n";
    return code(ExitCode::kUsage);
  } catch (const annalist::InputError& e) {
    std::cerr << "annalist: error: " << e.what() << "\n";
    return code(ExitCode::kBadInput);
  } catch (const annalist::OutputError& e) {
    std::cerr << "annalist: error: " << e.what() << "\n";
    return code(ExitCode::kBadInput);
  } catch (const std::exception& e) {
    std::cerr << "annalist: error: " << e.what() << "\n";
    return code(ExitCode::kBadInput);
  }
  return code(ExitCode::kUsage);
}
