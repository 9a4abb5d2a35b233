#include "cli/shared.h"

#include <filesystem>
#include <iostream>

#include "base/errors.h"
#include "cli/command.h"

namespace annalist::cli {
namespace fs = std::filesystem;

std::optional<std::string> resolve_manifest(const std::string& option, const std::vector<std::string>& inputs,
                                            bool default_input) {
  std::error_code ec;
  if (!option.empty()) {
    if (!fs::exists(option, ec)) throw UsageError("--manifest " + option + ": no such file");
    return option;
  }
  if (default_input) {
    if (fs::exists("data/manifest.csv", ec)) return std::string("data/manifest.csv");
    return std::nullopt;
  }
  for (const auto& in : inputs) {
    if (!fs::is_directory(in, ec)) continue;
    fs::path folder = fs::path(in).lexically_normal();
    if (!folder.has_filename()) folder = folder.parent_path();  // "articles/" -> "articles"
    for (auto candidate : {folder / "manifest.csv", folder.parent_path() / "manifest.csv"}) {
      if (fs::exists(candidate, ec)) {
        notes() << "annalist: using manifest " << candidate.string() << "\n";
        return candidate.string();
      }
    }
    break;
  }
  return std::nullopt;
}

void require_store(const std::string& db) {
  std::error_code ec;
  if (!fs::exists(db, ec))
    throw UsageError("no store at " + db + " (run 'annalist build' or 'annalist ingest' first, or pass --db)");
}

store::Store open_for_reading(const std::string& db) {
  require_store(db);
  store::Store store(db, store::Store::Mode::kReadOnly);
  if (long n = store.unmerged_documents())
    std::cerr << "annalist: warning: " << db << ": " << n << " stored document" << (n == 1 ? " is" : "s are")
              << " not merged into events yet (an ingest was interrupted); the next 'annalist ingest' into "
                 "this store merges them\n";
  return store;
}

}  // namespace annalist::cli
