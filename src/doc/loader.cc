#include "doc/loader.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <nlohmann/json.hpp>

#include "base/hash.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "calendar/timex_value.h"

namespace annalist::doc {
namespace fs = std::filesystem;

namespace {

std::size_t g_max_document_bytes = kDefaultMaxDocumentBytes;

InputError too_large(const std::string& path, std::uintmax_t bytes) {
  char size[32];
  std::snprintf(size, sizeof size, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return InputError(path, 0,
                    std::string("document of ") + size + " is larger than the limit of " +
                        std::to_string(g_max_document_bytes >> 20) + " MB (raise it with --max-document-mb N)");
}

}  // namespace

void set_max_document_bytes(std::size_t bytes) { g_max_document_bytes = bytes; }
std::size_t max_document_bytes() { return g_max_document_bytes; }

std::string DiskFileSource::read(const std::string& path) const {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::error_code ec;
  if (!fs::exists(path, ec)) throw InputError(path, 0, "no such file");
  if (fs::is_directory(path, ec)) throw InputError(path, 0, "is a directory");
  // Refused before it is read: a huge file costs neither the time nor the memory.
  if (auto size = fs::file_size(path, ec); !ec && size > g_max_document_bytes && !is_jsonl(path))
    throw too_large(path, size);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, "cannot open file for reading");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

namespace {

// The checks of checked_text on `bytes` in place; `may_hold_nul` false skips the search for a NUL
// byte (a JSON string decoded without a "\u0000" escape cannot hold one).
void check_text(std::string& bytes, const std::string& path, bool validate_utf8, bool may_hold_nul = true) {
  if (bytes.size() > g_max_document_bytes) throw too_large(path, bytes.size());
  if (base::trim(bytes).empty()) throw InputError(path, 0, "empty document");
  if (auto nul = may_hold_nul ? bytes.find('\0') : std::string::npos; nul != std::string::npos)
    throw InputError(path, base::line_of_byte(bytes, nul),
                     "binary file (NUL byte at offset " + std::to_string(nul) + ")");
  if (auto bad = validate_utf8 ? base::find_invalid_utf8(bytes) : std::nullopt)
    throw InputError(path, base::line_of_byte(bytes, *bad),
                     "invalid UTF-8 at byte offset " + std::to_string(*bad));
  if (base::starts_with(bytes, "\xEF\xBB\xBF")) bytes.erase(0, 3);
}

}  // namespace

std::string checked_text(std::string bytes, const std::string& path, bool validate_utf8) {
  check_text(bytes, path, validate_utf8);
  return bytes;
}

std::string document_id(const std::string& path) {
  if (path == "-") return "stdin";
  std::string name = fs::path(path).filename().string();
  auto dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::istream& open_stream(const std::string& path, std::ifstream& holder) {
  if (path == "-") return std::cin;
  holder.open(path, std::ios::binary);
  if (!holder) {
    std::error_code ec;
    throw InputError(path, 0, fs::exists(path, ec) ? "cannot open file for reading" : "no such file");
  }
  return holder;
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

// A JSONL line read without building a JSON tree: the stream mode parses one per document, and
// a tree per line costs as much as tagging the text. It validates the whole line as JSON (strict
// UTF-8, escapes, nesting, numbers) and takes the fields a document needs; anything it does not
// handle the common way (a non-object line, a field of an unusual type, a fractional id, lone
// surrogate escapes) makes it return false, and the caller reads the line with nlohmann::json,
// which gives the usual result or error message.
class FastLine {
 public:
  FastLine() = default;
  explicit FastLine(std::string_view s) { reset(s); }
  /// Starts on another line; the strings keep their capacity (a stream reuses one FastLine).
  void reset(std::string_view s) {
    s_ = s;
    i_ = 0;
    std::fill(std::begin(present), std::end(present), false);
    id_is_number = false;
    nul_escape = false;
  }

  enum Field { kId, kText, kDct, kSource, kTitle, kUrl, kFields, kOther };
  std::string value[kFields];
  bool present[kFields] = {};
  bool id_is_number = false;
  bool nul_escape = false;  ///< some string had "\u0000": only then can a value hold a NUL byte

  bool parse() {
    ws();
    if (!eat('{')) return false;
    ws();
    if (eat('}')) return end();
    for (;;) {
      ws();
      if (!string_into(&key_)) return false;
      ws();
      if (!eat(':')) return false;
      ws();
      Field f = field_of(key_);
      if (f == kOther) {
        if (!skip_value(0)) return false;
      } else if (peek() == '"') {
        // Room for the rest of the line at once: a text grown by doubling is copied several times
        // (a reused string already has it).
        if (f == kText) value[f].reserve(s_.size() - i_);
        if (!string_into(&value[f])) return false;
        present[f] = true;
        if (f == kId) id_is_number = false;
      } else if (peek() == 'n') {
        if (!literal("null")) return false;
        present[f] = false;
        if (f == kText) return false;  // "missing string field": the slow path says it
      } else if (f == kId && (peek() == '-' || (peek() >= '0' && peek() <= '9'))) {
        std::size_t b = i_;
        bool integral = true;
        if (!number(&integral) || !integral) return false;
        value[f].assign(s_.data() + b, i_ - b);
        if (value[f] == "-0" || value[f].size() > 18) return false;  // dumps differently
        present[f] = true;
        id_is_number = true;
      } else {
        return false;
      }
      ws();
      if (eat(',')) continue;
      if (eat('}')) return end();
      return false;
    }
  }

 private:
  static Field field_of(std::string_view k) {
    using namespace std::string_view_literals;
    if (k == "text"sv) return kText;
    if (k == "id"sv) return kId;
    if (k == "dct"sv) return kDct;
    if (k == "source"sv) return kSource;
    if (k == "title"sv) return kTitle;
    if (k == "url"sv) return kUrl;
    return kOther;
  }
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) { ++i_; return true; }
    return false;
  }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool end() {
    ws();
    return i_ == s_.size();
  }
  bool literal(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  bool digits() {
    std::size_t b = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    return i_ > b;
  }
  bool number(bool* integral) {
    eat('-');
    if (eat('0')) {
      if (peek() >= '0' && peek() <= '9') return false;
    } else if (!digits()) {
      return false;
    }
    if (eat('.')) {
      *integral = false;
      if (!digits()) return false;
    }
    if (peek() == 'e' || peek() == 'E') {
      *integral = false;
      ++i_;
      if (!eat('+')) eat('-');
      if (!digits()) return false;
    }
    return true;
  }
  static int hex4(std::string_view s) {
    int v = 0;
    for (char c : s) {
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else return -1;
    }
    return v;
  }
  // A JSON string at i_; its decoded bytes go to `out` (when not null).
  bool string_into(std::string* out) {
    if (!eat('"')) return false;
    if (out) out->clear();
    std::size_t run = i_;
    auto flush = [&] {
      if (out) out->append(s_.data() + run, i_ - run);
    };
    while (i_ < s_.size()) {
      auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        flush();
        ++i_;
        return true;
      }
      if (c < 0x20) return false;
      if (c < 0x80 && c != '\\') {
        ++i_;
#if defined(__SSE2__)
        // Sixteen bytes at a time (SSE2 is part of every x86-64): a signed byte below 0x20 is a
        // control or a non-ASCII byte.
        bool found = false;
        while (i_ + 16 <= s_.size()) {
          const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_.data() + i_));
          const __m128i special = _mm_or_si128(
              _mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8('"')), _mm_cmpeq_epi8(w, _mm_set1_epi8('\\'))),
              _mm_cmplt_epi8(w, _mm_set1_epi8(0x20)));
          if (const int m = _mm_movemask_epi8(special)) {
            i_ += static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(m)));
            found = true;
            break;
          }
          i_ += 16;
        }
        if (found) continue;
#endif
        // Eight bytes at a time while none is a quote, a backslash, a control or a non-ASCII byte.
        while (i_ + 8 <= s_.size()) {
          std::uint64_t w;
          std::memcpy(&w, s_.data() + i_, 8);
          constexpr std::uint64_t k01 = 0x0101010101010101ULL, k80 = 0x8080808080808080ULL;
          std::uint64_t quote = w ^ (k01 * '"'), slash = w ^ (k01 * '\\');
          std::uint64_t special = ((quote - k01) & ~quote) | ((slash - k01) & ~slash) | (w - k01 * 0x20) | w;
          if (special & k80) {  // the lowest flagged byte is the first special one
            i_ += static_cast<std::size_t>(__builtin_ctzll(special & k80)) / 8;
            break;
          }
          i_ += 8;
        }
        continue;
      }
      if (c >= 0x80) {
        std::size_t k = i_;
        base::decode_utf8(s_, k);
        if (base::find_invalid_utf8(s_.substr(i_, k - i_))) return false;
        i_ = k;
        continue;
      }
      flush();
      if (++i_ >= s_.size()) return false;
      char e = s_[i_++];
      char lit = 0;
      switch (e) {
        case '"': lit = '"'; break;
        case '\\': lit = '\\'; break;
        case '/': lit = '/'; break;
        case 'b': lit = '\b'; break;
        case 'f': lit = '\f'; break;
        case 'n': lit = '\n'; break;
        case 'r': lit = '\r'; break;
        case 't': lit = '\t'; break;
        case 'u': {
          if (i_ + 4 > s_.size()) return false;
          int cp = hex4(s_.substr(i_, 4));
          if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
          i_ += 4;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i_ + 6 > s_.size() || s_[i_] != '\\' || s_[i_ + 1] != 'u') return false;
            int lo = hex4(s_.substr(i_ + 2, 4));
            if (lo < 0xDC00 || lo > 0xDFFF) return false;
            i_ += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          if (out) base::append_utf8(*out, static_cast<char32_t>(cp));
          nul_escape |= cp == 0;
          break;
        }
        default: return false;
      }
      if (lit && out) *out += lit;
      run = i_;
    }
    return false;
  }
  bool skip_value(int depth) {
    if (depth > 64) return false;
    ws();
    char c = peek();
    if (c == '"') return string_into(nullptr);
    if (c == 't') return literal("true");
    if (c == 'f') return literal("false");
    if (c == 'n') return literal("null");
    if (c == '-' || (c >= '0' && c <= '9')) {
      bool integral = true;
      return number(&integral);
    }
    if (c == '[' || c == '{') {
      bool object = c == '{';
      ++i_;
      ws();
      if (eat(object ? '}' : ']')) return true;
      for (;;) {
        ws();
        if (object) {
          if (!string_into(nullptr)) return false;
          ws();
          if (!eat(':')) return false;
        }
        if (!skip_value(depth + 1)) return false;
        ws();
        if (eat(',')) continue;
        return eat(object ? '}' : ']');
      }
    }
    return false;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::string key_;
};

// nlohmann's message without its "[json.exception.parse_error.101] " prefix.
std::string json_reason(const nlohmann::json::exception& e) {
  std::string w = e.what();
  if (w.rfind("[json.exception.", 0) == 0) {
    auto close = w.find("] ");
    if (close != std::string::npos) w.erase(0, close + 2);
  }
  return w;
}

// The document of a parsed line, written into `d` field by field: a stream reuses one Document
// and one FastLine, and swapping their strings keeps the capacity of both, so that a line costs
// no allocation once the first long ones were read.
void fill_document(FastLine& f, const std::string& path, std::size_t line_no, Document& d) {
  char digits[24];
  const auto n = static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, line_no).ptr - digits);
  d.path.assign(path).append(1, ':').append(digits, n);  // where the errors of the line point
  if (f.present[FastLine::kId]) d.id.swap(f.value[FastLine::kId]);
  else d.id.assign(document_id(path)).append(1, '-').append(digits, n);
  check_text(f.value[FastLine::kText], d.path, false, f.nul_escape);
  d.text.swap(f.value[FastLine::kText]);
  d.dct = Dct{};
  if (f.present[FastLine::kDct] && !f.value[FastLine::kDct].empty()) {
    auto day = calendar::parse_iso_day(f.value[FastLine::kDct]);
    if (!day) throw InputError(path, line_no, "\"dct\" must be YYYY-MM-DD");
    d.dct = {day, DctSource::kOption, std::nullopt, {}};
  }
  auto take = [&](FastLine::Field k, std::string& to) {
    if (f.present[k]) to.swap(f.value[k]);
    else to.clear();
  };
  take(FastLine::kSource, d.source);
  take(FastLine::kTitle, d.title);
  take(FastLine::kUrl, d.url);
  d.content_hash.clear();
}

// The line through nlohmann::json: lines the fast reader leaves, and their error messages.
Document parse_jsonl_line_slow(std::string_view line, const std::string& path, std::size_t line_no);

}  // namespace

Document parse_jsonl_line(std::string_view line, const std::string& path, std::size_t line_no) {
  FastLine f(line);
  if (f.parse() && f.present[FastLine::kText]) {
    Document d;
    fill_document(f, path, line_no, d);
    return d;
  }
  return parse_jsonl_line_slow(line, path, line_no);
}

namespace {

Document parse_jsonl_line_slow(std::string_view line, const std::string& path, std::size_t line_no) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);  // validates UTF-8 as it goes
  } catch (const nlohmann::json::exception& e) {  // a syntax error, or a number out of range (1e400)
    if (auto bad = base::find_invalid_utf8(line))
      throw InputError(path, line_no, "invalid UTF-8 at column " + std::to_string(*bad + 1));
    throw InputError(path, line_no, "malformed JSON (" + json_reason(e) + ")");
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

}  // namespace

void read_jsonl_stream(std::istream& in, const std::string& path,
                       const std::function<void(Document)>& on_document,
                       const std::function<void(const InputError&)>& on_error) {
  read_jsonl_in_place(in, path, [&](Document& d) { on_document(std::move(d)); }, on_error);
}

void read_jsonl_in_place(std::istream& in, const std::string& path,
                         const std::function<void(Document&)>& on_document,
                         const std::function<void(const InputError&)>& on_error) {
  std::string line;
  std::string_view view;  // the current line: in the read block, or in `line` when it spans blocks
  std::size_t line_no = 0;
  // Lines as std::getline gives them, read from a file a megabyte at a time: a read that large
  // bypasses the stream's 8 KB buffer, and a system call per 8 KB was a measurable share of the
  // time. A line inside one block is parsed where it lies. Standard input keeps getline, which
  // never waits for more than the line it returns.
  const bool whole_reads = &in != &std::cin;
  // Not zeroed: a small file touches only the pages its bytes fill.
  const std::size_t chunk_size = whole_reads ? std::size_t{1} << 20 : 0;
  std::unique_ptr<char[]> chunk(new char[chunk_size]);
  std::size_t have = 0, at = 0;
  bool eof = false;
  FastLine f;  // one line reader and one document for the whole stream (see fill_document)
  Document d;
  auto next_line = [&]() -> bool {
    if (!whole_reads) {
      if (!std::getline(in, line)) return false;
      view = line;
      return true;
    }
    line.clear();
    for (;;) {
      if (at == have) {
        view = line;
        if (eof) return !line.empty();
        in.read(chunk.get(), static_cast<std::streamsize>(chunk_size));
        have = static_cast<std::size_t>(in.gcount());
        at = 0;
        if (have < chunk_size) eof = true;
        if (have == 0) return !line.empty();
      }
      const char* b = chunk.get() + at;
      const char* nl = static_cast<const char*>(std::memchr(b, '\n', have - at));
      if (nl) {
        std::size_t len = static_cast<std::size_t>(nl - b);
        at += len + 1;
        if (line.empty()) {
          view = std::string_view(b, len);
        } else {
          line.append(b, len);
          view = line;
        }
        return true;
      }
      line.append(b, have - at);
      at = have;
    }
  };
  while (next_line()) {
    ++line_no;
    if (base::trim(view).empty()) continue;
    try {
      f.reset(view);
      if (f.parse() && f.present[FastLine::kText]) fill_document(f, path, line_no, d);
      else d = parse_jsonl_line_slow(view, path, line_no);
    } catch (const InputError& e) {
      on_error(e);
      continue;
    } catch (const std::exception& e) {  // whatever the line did, it fails alone
      on_error(InputError(path, line_no, e.what()));
      continue;
    }
    try {
      on_document(d);
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
