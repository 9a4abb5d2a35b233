// Helpers shared by several subcommands: manifest defaults, output files, store opening.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace annalist::cli {

/// The manifest to use: --manifest when given; data/manifest.csv for the default input; else a
/// manifest.csv inside or beside the first input folder (announced on stderr); else none.
std::optional<std::string> resolve_manifest(const std::string& option, const std::vector<std::string>& inputs,
                                            bool default_input);

/// Throws UsageError when the store file does not exist (read-only commands never create one).
void require_store(const std::string& db);

/// The store of a read command: must exist, opened read-only (one snapshot, also in a folder it
/// cannot write); warns on stderr when documents are stored but not merged into events yet.
store::Store open_for_reading(const std::string& db);

}  // namespace annalist::cli
