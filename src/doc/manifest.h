// data/manifest.csv: file,published,source,title,url (published = YYYY-MM-DD or empty).
#pragma once
#include <map>
#include <optional>
#include <string>

#include "model/types.h"

namespace annalist::doc {

struct ManifestEntry {
  std::string file;
  std::optional<Day> published;
  std::string source, title, url;
};

class Manifest {
 public:
  /// Reads a manifest CSV (RFC 4180, header row naming at least `file` and `published`; extra
  /// columns are ignored). Throws InputError(path, line, reason) when malformed.
  static Manifest read(const std::string& path);
  /// Parses manifest text; `path` only names it in messages.
  static Manifest parse(const std::string& text, const std::string& path);

  /// Entry for a document path: matched by file name, then by file stem.
  const ManifestEntry* find(const std::string& document_path) const;
  std::size_t size() const { return by_name_.size(); }

 private:
  std::map<std::string, ManifestEntry> by_name_;
};

/// Splits one CSV record starting at `pos` (quotes, doubled quotes, embedded newlines); advances pos
/// past the record's line end. Throws InputError on an unterminated quote.
std::vector<std::string> read_csv_record(const std::string& text, std::size_t& pos,
                                         const std::string& path, std::size_t line);

}  // namespace annalist::doc
