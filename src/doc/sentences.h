// Sentence splitting of news text (abbreviations, initials, quotes, datelines, list items).
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace annalist::doc {

struct SentenceSpan {
  std::size_t byte_begin, byte_end;  ///< trimmed, end exclusive
};

/// Sentences of `text` in order; paragraph breaks (blank lines) always end a sentence.
std::vector<SentenceSpan> split_sentences(std::string_view text);

}  // namespace annalist::doc
