// Small string helpers shared by every stage.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace annalist::base {

std::string_view trim(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
std::string to_lower_ascii(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
/// Levenshtein distance, for "did you mean" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);
/// Escapes & < > " ' for HTML and XML text and attribute values; characters XML forbids
/// (controls, U+FFFE, invalid UTF-8) become U+FFFD (base::xml_safe).
std::string escape_html(std::string_view s);
/// `s` with every occurrence of `from` (not empty) replaced by `to`.
std::string replace_all(std::string_view s, std::string_view from, std::string_view to);
/// Replaces runs of whitespace (including newlines) by one space and trims.
std::string collapse_whitespace(std::string_view s);

}  // namespace annalist::base
