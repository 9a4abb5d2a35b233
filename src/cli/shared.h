// Helpers shared by several subcommands: manifest defaults, output files, store opening.
#pragma once
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace annalist::cli {

/// The manifest to use: --manifest when given; data/manifest.csv for the default input; else a
/// manifest.csv inside or beside the first input folder (announced on stderr); else none.
std::optional<std::string> resolve_manifest(const std::string& option, const std::vector<std::string>& inputs,
                                            bool default_input);

/// Writes through `fill` to `path` ("-" = stdout); the file appears only when complete.
void write_file(const std::string& path, const std::function<void(std::ostream&)>& fill);

/// Throws UsageError when the store file does not exist (read-only commands never create one).
void require_store(const std::string& db);

}  // namespace annalist::cli
