// Word tokens of a sentence with byte offsets and a normalised form for lexicon lookup.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::event {

/// One token: a word ("Putin", "U.S.", "'s", "'ll", "n't") or one punctuation mark.
struct Token {
  std::size_t byte_begin = 0, byte_end = 0;  ///< into the text given to tokenize()
  std::string text;                          ///< as written
  std::string norm;                          ///< lower case, typographic apostrophes as "'"
  bool word = false;                         ///< letters or digits (clitics count as words)
  bool capitalised = false;                  ///< first letter upper case
  bool number = false;                       ///< digits only
};

/// Tokens of text[begin, end). Offsets stay relative to `text`.
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);
inline std::vector<Token> tokenize(std::string_view text) { return tokenize(text, 0, text.size()); }

/// Normalised tokens of a lexicon phrase ("President of Russia" -> president, of, russia).
std::vector<std::string> phrase_tokens(std::string_view phrase);

/// True for quote characters, straight or typographic.
bool is_quote(const Token& t);

}  // namespace annalist::event
