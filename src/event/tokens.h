// Word tokens of a sentence with byte offsets and a normalised form for lexicon lookup.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::event {

/// One token: a word ("Putin", "U.S.", "'s", "'ll", "n't") or one punctuation mark. Its text is a
/// view of the text given to tokenize(), which must outlive it; so is its normal form when the
/// text is already normal (most words of news text), else a view of the token's own copy: no
/// string is built per token, and a compare with a literal is inline.
struct Token {
  std::size_t byte_begin = 0, byte_end = 0;  ///< into the text given to tokenize()
  std::string_view text;                     ///< as written
  std::string_view norm;                     ///< lower case, typographic apostrophes as "'"
  bool word = false;                         ///< letters or digits (clitics count as words)
  bool capitalised = false;                  ///< first letter upper case
  bool number = false;                       ///< digits only

  Token() = default;
  Token(const Token& o) { *this = o; }
  Token(Token&& o) noexcept { *this = std::move(o); }
  Token& operator=(const Token& o) {
    if (this != &o) {
      const bool own = owns_norm(o);
      copy_fields(o);
      lowered_ = o.lowered_;
      if (own) norm = lowered_;
    }
    return *this;
  }
  Token& operator=(Token&& o) noexcept {
    if (this != &o) {
      const bool own = owns_norm(o);
      copy_fields(o);
      lowered_ = std::move(o.lowered_);
      if (own) norm = lowered_;
    }
    return *this;
  }
  /// Sets the normal form to a copy of `lowered` (a form that differs from the text).
  void set_norm(std::string lowered) {
    lowered_ = std::move(lowered);
    norm = lowered_;
  }

 private:
  friend void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out);  // lowers in place
  void copy_fields(const Token& o) {
    byte_begin = o.byte_begin;
    byte_end = o.byte_end;
    text = o.text;
    norm = o.norm;
    word = o.word;
    capitalised = o.capitalised;
    number = o.number;
  }
  // A normal form held by the token must view the copy's own string after a copy or move.
  static bool owns_norm(const Token& o) { return !o.lowered_.empty() && o.norm.data() == o.lowered_.data(); }
  std::string lowered_;  // the normal form when it differs from the text
};

/// Tokens of text[begin, end). Offsets stay relative to `text`.
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);
/// The same into `out` (emptied first; its room is kept: a reader of many sentences allocates once).
void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out);
inline std::vector<Token> tokenize(std::string_view text) { return tokenize(text, 0, text.size()); }

/// Normalised tokens of a lexicon phrase ("President of Russia" -> president, of, russia).
std::vector<std::string> phrase_tokens(std::string_view phrase);

/// True for quote characters, straight or typographic.
bool is_quote(const Token& t);

}  // namespace annalist::event
