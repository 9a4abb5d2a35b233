// Token trie over normalised phrases: every phrase that starts at a token, at a cost that does not
// grow with the number of phrases (only with their length and the wildcards on the path).
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "event/tokens.h"

namespace annalist::event {

/// Dense ids of the normalised words that occur in some phrase; one vocabulary serves several
/// indexes so that a sentence's tokens are hashed once.
class Vocabulary {
 public:
  using Id = std::uint32_t;
  static constexpr Id kUnknown = 0;  ///< a word no phrase contains

  /// The id of `word`, added when new.
  Id intern(const std::string& word);
  /// The id of `word`, or kUnknown.
  Id find(std::string_view word) const;
  /// Ids of the tokens' normalised forms, one per token.
  std::vector<Id> ids(const std::vector<Token>& toks) const;

 private:
  std::deque<std::string> words_;                 // stable storage of the keys below
  std::unordered_map<std::string_view, Id> ids_;
};

/// One phrase found in a token sequence.
struct PhraseMatch {
  std::uint32_t value;  ///< what the phrase was added with
  std::size_t end;      ///< token index one past the match
};

/// Phrases as token sequences, with two wildcards: "*" stands for zero to three word tokens (the
/// fewest that let the rest match) and "#" for one number token.
class PhraseIndex {
 public:
  PhraseIndex() { nodes_.emplace_back(); }

  /// Adds a phrase with its value, its words to `vocabulary` (the one whose ids match_at gets);
  /// an empty phrase is ignored. Give each phrase its own value (an index into the caller's
  /// table): a value is reported at most once per start position.
  void add(Vocabulary& vocabulary, const std::vector<std::string>& phrase, std::uint32_t value);

  /// Every phrase that matches at `pos`, each with its first end (fewest words skipped by the
  /// earliest "*"), sorted by value. `ids` are `Vocabulary::ids(toks)`.
  void match_at(const std::vector<Token>& toks, const std::vector<Vocabulary::Id>& ids, std::size_t pos,
                std::vector<PhraseMatch>& out) const;

  bool empty() const { return nodes_.size() == 1; }

 private:
  struct Node {
    std::vector<std::uint32_t> values;  // phrases ending here
    std::uint32_t star = 0;             // child on "*", 0 when none
    std::uint32_t number = 0;           // child on "#"
  };
  std::uint32_t child(std::uint32_t node, Vocabulary::Id word) const;
  void walk(const std::vector<Token>& toks, const std::vector<Vocabulary::Id>& ids, std::uint32_t node,
            std::size_t pos, std::vector<PhraseMatch>& out) const;

  std::vector<Node> nodes_;
  std::vector<std::uint32_t> first_;  // word id -> child of the root (0: no phrase starts with it)
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;  // (node << 32 | word id) -> child, below the root
};

}  // namespace annalist::event
