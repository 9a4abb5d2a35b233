// Reads documents from files, folders, stdin ("-") and JSON-lines corpora, checking each one.
#pragma once
#include <fstream>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/errors.h"
#include "model/types.h"

namespace annalist::doc {

/// Reads the bytes a document source names; a seam so tests run without touching the disk.
class FileSource {
 public:
  virtual ~FileSource() = default;
  /// Contents of `path` ("-" = standard input). Throws InputError when it cannot be read.
  virtual std::string read(const std::string& path) const = 0;
};

/// The real file system and standard input.
class DiskFileSource : public FileSource {
 public:
  std::string read(const std::string& path) const override;
};

/// Largest document accepted, in bytes (default 8 MB: a news article is a few kilobytes, and
/// extraction of a document costs seconds per megabyte). A larger one is refused with a message
/// naming the limit and the option that raises it (--max-document-mb).
constexpr std::size_t kDefaultMaxDocumentBytes = std::size_t{8} << 20;
void set_max_document_bytes(std::size_t bytes);
std::size_t max_document_bytes();

/// Checks that `bytes` can be a document: not empty, within max_document_bytes(), no NUL byte, valid UTF-8 (unless the caller
/// already validated it). Throws InputError(path, line, reason). Returns the text with a leading
/// byte-order mark removed.
std::string checked_text(std::string bytes, const std::string& path, bool validate_utf8 = true);

/// File stem used as document id: "data/articles/002_fd65.txt" -> "002_fd65".
std::string document_id(const std::string& path);

/// Expands INPUT arguments: folders become their files (sorted, recursive, hidden files and
/// non-document extensions skipped), files and "-" stay as given. Missing paths are reported
/// through `on_error` and dropped.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs,
                                       const std::function<void(const InputError&)>& on_error);

/// Calls `on_document` for every document (content_hash left empty: only the store needs it) in `path` ("-", a text file or a .jsonl corpus, one
/// {"id","text"[,"dct"]} object per line) and `on_error` for each bad one; a bad document or line
/// never stops the others. Documents come without DCT beyond a JSONL "dct" field (source option).
void read_documents(const std::string& path, const FileSource& files,
                    const std::function<void(Document)>& on_document,
                    const std::function<void(const InputError&)>& on_error);

/// One JSONL line {"id","text"[,"dct","source","title","url"]} as a document. Throws
/// InputError(path, line_no, reason) when the line is malformed.
Document parse_jsonl_line(std::string_view line, const std::string& path, std::size_t line_no);

/// Streams a JSONL corpus line by line (flat memory), one callback per document or bad line.
void read_jsonl_stream(std::istream& in, const std::string& path,
                       const std::function<void(Document)>& on_document,
                       const std::function<void(const InputError&)>& on_error);

/// The same with one Document for every line, refilled in place: its strings keep their capacity
/// from line to line (no allocation per document once a few were read). `on_document` may change
/// the document or move from it; every field is set again for the next line.
void read_jsonl_in_place(std::istream& in, const std::string& path,
                         const std::function<void(Document&)>& on_document,
                         const std::function<void(const InputError&)>& on_error);

/// Standard input for "-", else `holder` opened on `path` (binary). Throws InputError(path, 0,
/// reason) when the file cannot be opened.
std::istream& open_stream(const std::string& path, std::ifstream& holder);

/// True for paths read as JSON-lines corpora.
bool is_jsonl(const std::string& path);

}  // namespace annalist::doc
