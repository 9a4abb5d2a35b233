#include "doc/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/hash.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "calendar/timex_value.h"

namespace annalist::doc {
namespace fs = std::filesystem;

std::string DiskFileSource::read(const std::string& path) const {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::error_code ec;
  if (!fs::exists(path, ec)) throw InputError(path, 0, "no such file");
  if (fs::is_directory(path, ec)) throw InputError(path, 0, "is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, "cannot open file for reading");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string checked_text(std::string bytes, const std::string& path, bool validate_utf8) {
  if (base::trim(bytes).empty()) throw InputError(path, 0, "empty document");
  if (auto nul = bytes.find('\0'); nul != std::string::npos)
    throw InputError(path, base::line_of_byte(bytes, nul),
                     "binary file (NUL byte at offset " + std::to_string(nul) + ")");
  if (auto bad = validate_utf8 ? base::find_invalid_utf8(bytes) : std::nullopt)
    throw InputError(path, base::line_of_byte(bytes, *bad),
                     "invalid UTF-8 at byte offset " + std::to_string(*bad));
  if (base::starts_with(bytes, "\xEF\xBB\xBF")) bytes.erase(0, 3);
  return bytes;
}

std::string document_id(const std::string& path) {
  if (path == "-") return "stdin";
  std::string name = fs::path(path).filename().string();
  auto dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

bool is_jsonl(const std::string& path) {
  return base::ends_with(path, ".jsonl") || base::ends_with(path, ".ndjson");
}

namespace {

bool is_document_file(const fs::path& p) {
  std::string name = p.filename().string();
  if (name.empty() || name[0] == '.') return false;
  std::string ext = base::to_lower_ascii(p.extension().string());
  return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".jsonl" || ext == ".ndjson" ||
         ext.empty();
}

Document make_document(std::string id, std::string path, std::string text) {
  Document d;
  d.id = std::move(id);
  d.path = std::move(path);
  d.text = std::move(text);
  return d;
}

}  // namespace

Document parse_jsonl_line(const std::string& line, const std::string& path, std::size_t line_no) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);  // validates UTF-8 as it goes
  } catch (const nlohmann::json::parse_error& e) {
    if (auto bad = base::find_invalid_utf8(line))
      throw InputError(path, line_no, "invalid UTF-8 at column " + std::to_string(*bad + 1));
    throw InputError(path, line_no, std::string("malformed JSON (") + e.what() + ")");
  }
  if (!j.is_object()) throw InputError(path, line_no, "line is not a JSON object");
  if (!j.contains("text") || !j["text"].is_string())
    throw InputError(path, line_no, "missing string field \"text\"");
  std::string id;
  if (j.contains("id") && j["id"].is_string()) id = j["id"].get<std::string>();
  else if (j.contains("id") && j["id"].is_number()) id = j["id"].dump();
  else id = document_id(path) + "-" + std::to_string(line_no);
  std::string where = path + ":" + std::to_string(line_no);
  Document d = make_document(id, where, checked_text(j["text"].get<std::string>(), where, false));
  if (j.contains("dct") && j["dct"].is_string() && !j["dct"].get<std::string>().empty()) {
    auto day = calendar::parse_iso_day(j["dct"].get<std::string>());
    if (!day) throw InputError(path, line_no, "\"dct\" must be YYYY-MM-DD");
    d.dct = {day, DctSource::kOption};
  }
  auto text_field = [&](const char* key) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
  };
  d.source = text_field("source");
  d.title = text_field("title");
  d.url = text_field("url");
  return d;
}

void read_jsonl_stream(std::istream& in, const std::string& path,
                       const std::function<void(Document)>& on_document,
                       const std::function<void(const InputError&)>& on_error) {
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (base::trim(line).empty()) continue;
    try {
      on_document(parse_jsonl_line(line, path, line_no));
    } catch (const InputError& e) {
      on_error(e);
    }
  }
}


std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs,
                                       const std::function<void(const InputError&)>& on_error) {
  std::vector<std::string> out;
  for (const auto& in : inputs) {
    if (in == "-") {
      out.push_back(in);
      continue;
    }
    std::error_code ec;
    if (!fs::exists(in, ec)) {
      on_error(InputError(in, 0, "no such file or directory"));
      continue;
    }
    if (fs::is_directory(in, ec)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(in, ec); it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file() && is_document_file(it->path())) files.push_back(it->path().string());
      }
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    } else {
      out.push_back(in);
    }
  }
  return out;
}

void read_documents(const std::string& path, const FileSource& files,
                    const std::function<void(Document)>& on_document,
                    const std::function<void(const InputError&)>& on_error) {
  std::string bytes;
  try {
    bytes = files.read(path);
  } catch (const InputError& e) {
    on_error(e);
    return;
  }
  if (is_jsonl(path)) {
    if (base::trim(bytes).empty()) {
      on_error(InputError(path, 0, "empty corpus"));
      return;
    }
    std::istringstream in(bytes);
    read_jsonl_stream(in, path, on_document, on_error);
    return;
  }
  try {
    std::string text = checked_text(std::move(bytes), path);
    on_document(make_document(document_id(path), path, std::move(text)));
  } catch (const InputError& e) {
    on_error(e);
  }
}

}  // namespace annalist::doc
