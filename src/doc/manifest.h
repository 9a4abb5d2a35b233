// data/manifest.csv: file,published,source,title,url (published = YYYY-MM-DD or empty).
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "base/errors.h"
#include "model/types.h"

namespace annalist::doc {

struct ManifestEntry {
  std::string file;
  std::optional<Day> published;
  std::string source, title, url;
};

class Manifest {
 public:
  using ErrorHandler = std::function<void(const InputError&)>;

  /// Reads a manifest CSV (RFC 4180, header row naming at least `file` and `published`; extra
  /// columns are ignored; a leading byte-order mark is skipped; the separator is `,`, or `;` or
  /// TAB when the header is written with one). A bad row (wrong field count, bad date, duplicate)
  /// goes to `on_error` and is skipped, the other rows are kept; without `on_error` it is thrown.
  /// A file that cannot be read or has no usable header throws InputError(path, line, reason).
  static Manifest read(const std::string& path, const ErrorHandler& on_error = {});
  /// Parses manifest text; `path` only names it in messages.
  static Manifest parse(const std::string& text, const std::string& path, const ErrorHandler& on_error = {});

  /// Entry for a document path: matched by file name, then by file stem.
  const ManifestEntry* find(const std::string& document_path) const;
  std::size_t size() const { return by_name_.size(); }

 private:
  std::map<std::string, ManifestEntry> by_name_;
};

/// Splits one CSV record starting at `pos` (quotes, doubled quotes, embedded newlines); advances pos
/// past the record's line end. Throws InputError on an unterminated quote.
std::vector<std::string> read_csv_record(const std::string& text, std::size_t& pos,
                                         const std::string& path, std::size_t line, char sep = ',');

}  // namespace annalist::doc
