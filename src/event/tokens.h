// Word tokens of a sentence with byte offsets and a normalised form for lexicon lookup.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace annalist::event {

/// One token: a word ("Putin", "U.S.", "'s", "'ll", "n't") or one punctuation mark. Its text is a
/// view of the text given to tokenize(), which must outlive it; so is its normal form when the
/// text is already normal (most words of news text), else a view of the lowered forms kept beside
/// the tokens (Tokens, or the buffer given to tokenize). A token owns nothing: it is copied as
/// its bytes, and a vector of tokens is emptied without a destructor per token.
struct Token {
  std::size_t byte_begin = 0, byte_end = 0;  ///< into the text given to tokenize()
  std::string_view text;                     ///< as written
  std::string_view norm;                     ///< lower case, typographic apostrophes as "'"
  bool word = false;                         ///< letters or digits (clitics count as words)
  bool capitalised = false;                  ///< first letter upper case
  bool number = false;                       ///< digits only
};

static_assert(std::is_trivially_copyable_v<Token>, "a token is copied as its bytes");

/// Tokens with the lowered forms their normal forms view. Moved, never copied (a copy's normal
/// forms would view the original's).
class Tokens : public std::vector<Token> {
 public:
  Tokens() = default;
  Tokens(Tokens&&) noexcept = default;
  Tokens& operator=(Tokens&&) noexcept = default;
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;

 private:
  friend Tokens tokenize(std::string_view text, std::size_t begin, std::size_t end);
  std::vector<char> lowered_;
};

/// Tokens of text[begin, end). Offsets stay relative to `text`.
Tokens tokenize(std::string_view text, std::size_t begin, std::size_t end);
/// The same into `out` (emptied first; its room is kept: a reader of many sentences allocates
/// once). The normal forms that differ from the text are written to `lowered` (emptied first),
/// which must outlive the tokens and may be moved but not changed while they are read.
void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out,
              std::vector<char>& lowered);
inline Tokens tokenize(std::string_view text) { return tokenize(text, 0, text.size()); }

/// Normalised tokens of a lexicon phrase ("President of Russia" -> president, of, russia).
std::vector<std::string> phrase_tokens(std::string_view phrase);

/// True for quote characters, straight or typographic.
bool is_quote(const Token& t);

}  // namespace annalist::event
