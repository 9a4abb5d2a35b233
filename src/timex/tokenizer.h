// Splits UTF-8 text into word, number and punctuation tokens with byte offsets and folded keys.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::timex {

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunct };

/// One token; `key` is the case-folded form used for matching (ASCII lower case, typographic
/// quotes and dashes folded to their ASCII forms). 24 bytes: the tokens of a long text are read
/// and written at every step, and fewer cache lines per token is time.
struct Token {
  std::uint32_t begin = 0, end = 0;          ///< bytes in the text
  std::int32_t id = -1;                      ///< vocabulary id of the key, -1 when not in any rule
  std::uint32_t number = 0;                  ///< value of a number token (saturated at 10^9)
  /// Bytes of the key, which lies in TokenBuffer::keys at the token's own offset `begin` (folding
  /// only shortens); kKeyLenFull when it is as long as the token (words and numbers always are).
  std::uint8_t key_len = kKeyLenFull;
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;                  ///< first character is an upper-case ASCII letter
  bool space_before = false;                 ///< whitespace separates it from the previous token
  std::uint8_t newlines_before = 0;          ///< line breaks in that whitespace (saturated at 2)
  std::uint8_t digits = 0;                   ///< digits of a number token; 255 for "1,700" or "2.5"
  static constexpr std::uint8_t kKeyLenFull = 255;
};

/// Tokens of one text; reused between texts to keep the hot path free of allocations. `keys`
/// holds each token's key at the token's offset in the text, and at least 8 bytes past the end
/// of the text, so that a key can be read 8 bytes at a time.
struct TokenBuffer {
  std::vector<Token> tokens;
  std::vector<int> starts;  ///< indexes of the tokens that may start a match (see tokenize)
  std::vector<int> line_starts;  ///< indexes of the tokens after a line break (newlines_before > 0)
  std::string keys;
  std::vector<int> start_room;  ///< room for a start per byte, grown and never cleared (see tokenize)
  bool ascii = true;  ///< the text has no byte above 0x7F: code points are bytes
  std::string_view key(const Token& t) const {
    return {keys.data() + t.begin, t.key_len == Token::kKeyLenFull ? t.end - t.begin : t.key_len};
  }
  void clear() { tokens.clear(); starts.clear(); line_starts.clear(); keys.clear(); ascii = true; }
};

class Vocabulary;

/// Appends the tokens of `text` to `out` (cleared first). With a vocabulary, each token's `id` is
/// looked up as it is made (its key is still in the cache); without one, ids stay -1. With
/// `start_flags` (bit 0 per vocabulary id: some rule can start with it), `out.starts` lists the
/// tokens that may start a match (those ids, and numbers), so that the tagger skips the others.
void tokenize(std::string_view text, TokenBuffer& out, const Vocabulary* vocab = nullptr,
              const std::uint8_t* start_flags = nullptr);

}  // namespace annalist::timex
