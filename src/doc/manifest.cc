#include "doc/manifest.h"

#include <fstream>
#include <sstream>

#include "base/errors.h"
#include "base/strings.h"
#include "calendar/timex_value.h"

namespace annalist::doc {
namespace {

std::string base_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string stem(const std::string& name) {
  auto dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace

std::vector<std::string> read_csv_record(const std::string& text, std::size_t& pos,
                                         const std::string& path, std::size_t line, char sep) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false, was_quoted = false;
  while (pos < text.size()) {
    char c = text[pos];
    if (quoted) {
      if (c == '"') {
        if (pos + 1 < text.size() && text[pos + 1] == '"') {
          field += '"';
          pos += 2;
          continue;
        }
        quoted = false;
        ++pos;
        continue;
      }
      field += c;
      ++pos;
      continue;
    }
    if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
      ++pos;
      continue;
    }
    if (c == sep) {
      fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
      ++pos;
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      ++pos;
      fields.push_back(std::move(field));
      return fields;
    }
    field += c;
    ++pos;
  }
  if (quoted) throw InputError(path, line, "unterminated quoted field");
  fields.push_back(std::move(field));
  return fields;
}

Manifest Manifest::read(const std::string& path, const ErrorHandler& on_error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, "cannot open manifest");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path, on_error);
}

Manifest Manifest::parse(const std::string& input, const std::string& path, const ErrorHandler& on_error) {
  auto row_error = [&](const InputError& e) {
    if (!on_error) throw e;
    on_error(e);
  };
  Manifest m;
  // A spreadsheet's "CSV UTF-8" starts with a byte-order mark.
  const std::string_view bom = "\xEF\xBB\xBF";
  std::string text = base::starts_with(input, bom) ? input.substr(bom.size()) : input;
  std::size_t pos = 0, line = 1;
  if (base::trim(text).empty())
    throw InputError(path, 0, "empty manifest (expected a header row file,published,...)");
  // The separator is the one that makes the header name both required columns: a comma, or the
  // semicolon or tab of spreadsheets saved in locales where the comma is the decimal mark.
  std::vector<std::string> header;
  int file_col = -1, pub_col = -1, src_col = -1, title_col = -1, url_col = -1;
  char sep = ',';
  for (char candidate : {',', ';', '\t'}) {
    std::size_t p = 0;
    header = read_csv_record(text, p, path, line, candidate);
    file_col = pub_col = src_col = title_col = url_col = -1;
    for (std::size_t i = 0; i < header.size(); ++i) {
      std::string h = base::to_lower_ascii(base::trim(header[i]));
      if (h == "file" || h == "id") file_col = static_cast<int>(i);
      else if (h == "published") pub_col = static_cast<int>(i);
      else if (h == "source") src_col = static_cast<int>(i);
      else if (h == "title") title_col = static_cast<int>(i);
      else if (h == "url") url_col = static_cast<int>(i);
    }
    if (file_col >= 0 && pub_col >= 0) {
      sep = candidate;
      pos = p;
      break;
    }
  }
  if (file_col < 0 || pub_col < 0)
    throw InputError(path, 1, "header must name the columns 'file' and 'published'");
  while (pos < text.size()) {
    std::size_t record_line = ++line;
    std::size_t before = pos;
    std::vector<std::string> fields;
    try {
      fields = read_csv_record(text, pos, path, record_line, sep);
    } catch (const InputError& e) {
      row_error(e);
      break;  // an unterminated quote runs to the end of the file
    }
    for (std::size_t i = before; i < pos && i < text.size(); ++i)
      if (text[i] == '\n' && i + 1 < pos) ++line;  // embedded newlines in quoted fields
    if (fields.size() == 1 && base::trim(fields[0]).empty()) continue;  // blank line
    // Empty cells past the header's columns are a spreadsheet's padding; anything else there
    // means the row's fields are shifted (an unquoted separator in a title).
    while (fields.size() > header.size() && base::trim(fields.back()).empty()) fields.pop_back();
    if (fields.size() != header.size()) {
      row_error(InputError(path, record_line,
                           "expected " + std::to_string(header.size()) + " fields, found " +
                               std::to_string(fields.size()) +
                               (fields.size() > header.size() ? " (an unquoted separator inside a field?)" : "")));
      continue;
    }
    ManifestEntry e;
    e.file = std::string(base::trim(fields[file_col]));
    if (e.file.empty()) {
      row_error(InputError(path, record_line, "empty 'file' field"));
      continue;
    }
    std::string pub(base::trim(fields[pub_col]));
    if (!pub.empty()) {
      e.published = calendar::parse_iso_day(pub);
      if (!e.published) {
        row_error(InputError(path, record_line, "'published' must be YYYY-MM-DD or empty, found '" + pub + "'"));
        continue;
      }
    }
    auto get = [&](int col) { return col >= 0 ? std::string(base::trim(fields[col])) : std::string(); };
    e.source = get(src_col);
    e.title = get(title_col);
    e.url = get(url_col);
    std::string key = base_name(e.file);
    if (m.by_name_.count(key)) {
      row_error(InputError(path, record_line, "duplicate entry for '" + key + "' (the first one is used)"));
      continue;
    }
    m.by_name_[key] = std::move(e);
  }
  return m;
}

const ManifestEntry* Manifest::find(const std::string& document_path) const {
  std::string name = base_name(document_path);
  if (auto it = by_name_.find(name); it != by_name_.end()) return &it->second;
  std::string s = stem(name);
  for (const auto& [key, entry] : by_name_)
    if (stem(key) == s) return &entry;
  return nullptr;
}

}  // namespace annalist::doc
