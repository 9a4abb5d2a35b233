// UTF-8 validation and byte <-> code-point offset conversion (SPEC offsets are code points).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::base {

/// Byte offset of the first invalid sequence, or nullopt when `s` is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

/// Number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view s);

/// Maps byte offsets of one text to code-point offsets (Python str indices). The text must
/// outlive the index. Queries count from the previous one (a cursor): a document read in order
/// costs one pass over the part of it that is asked about, and nothing is built up front.
/// A cursor is state: one index serves one thread.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text) : text_(text) {}
  /// Code-point offset of byte offset `byte` (a byte inside a sequence maps to its code point).
  std::size_t to_code_point(std::size_t byte) const;
  /// Byte offset of code-point offset `cp` (the text's size for the code point after the last).
  std::size_t to_byte(std::size_t cp) const;

 private:
  std::string_view text_;
  mutable std::size_t at_byte_ = 0;  // the cursor
  mutable std::size_t at_cp_ = 0;    // code points (lead bytes) in text_[0, at_byte_)
};

/// Decodes the code point starting at s[i]; advances i. Invalid bytes decode as U+FFFD.
char32_t decode_utf8(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// True for a code point XML 1.0 allows in a document (TAB, LF, CR, U+0020–U+D7FF,
/// U+E000–U+FFFD, U+10000–U+10FFFF).
bool is_xml_char(char32_t cp);

/// `s` with every character XML cannot carry — C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF,
/// invalid UTF-8 — replaced by U+FFFD, so the code-point count of valid text stays the same.
/// The one gate to SVG, HTML and TimeML (and to CSV, where a NUL would cut a cell short).
std::string xml_safe(std::string_view s);

/// 1-based line number of byte offset `byte` in `s`.
std::size_t line_of_byte(std::string_view s, std::size_t byte);

}  // namespace annalist::base
