// Token trie over normalised phrases: every phrase that starts at a token, at a cost that does not
// grow with the number of phrases (only with their length and the wildcards on the path).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "base/hash.h"
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
  Id find(std::string_view word) const {
    if (word.size() == 1) return byte_ids_[static_cast<unsigned char>(word[0])];  // punctuation, mostly
    if (slots_.empty()) return kUnknown;
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t key = short_key(word);
    const std::uint64_t h = hash(word, key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id == kUnknown) return kUnknown;
      if (s.tag == tag && (key ? keys_[s.id - 1] == key : words_[s.id - 1] == word)) return s.id;
    }
  }
  /// Ids of the tokens' normalised forms, one per token.
  std::vector<Id> ids(const std::vector<Token>& toks) const;
  /// The same into `out` (emptied first, its room kept).
  void ids(const std::vector<Token>& toks, std::vector<Id>& out) const;

 private:
  // Open addressing, at most half full: every token of every text is looked up here, and a
  // general hash map's hashing and bucket division cost more than the rest of the look-up.
  struct Slot {
    std::uint32_t tag = 0;  // high half of the hash
    Id id = kUnknown;       // kUnknown: empty
  };
  // A word of at most seven bytes as one integer (its bytes and its length), 0 for a longer one:
  // most words are short; such a word is hashed from its key, and a found slot is confirmed by one
  // compare, not a string compare. Two loads (overlapping) or three bytes, no loop.
  static std::uint64_t short_key(std::string_view s) {
    const std::size_t n = s.size();
    if (n == 0 || n > 7) return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::uint64_t k;
    if (n >= 4) {
      std::uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      k = lo | (std::uint64_t(hi) << (8 * (n - 4)));
    } else {
      k = std::uint64_t(p[0]) | std::uint64_t(p[n / 2]) << (8 * (n / 2)) | std::uint64_t(p[n - 1]) << (8 * (n - 1));
    }
    return k | std::uint64_t(n) << 56;
  }
  // The hash of a word whose short_key is `key` (0: a longer word, hashed from its bytes).
  static std::uint64_t hash(std::string_view s, std::uint64_t key) {
    if (!key) return base::word_hash(s);
    // The key holds every byte and the length: mixing it is the hash (murmur3's finaliser).
    key ^= key >> 33;
    key *= 0xFF51AFD7ED558CCDULL;
    key ^= key >> 33;
    key *= 0xC4CEB9FE1A85EC53ULL;
    return key ^ (key >> 33);
  }
  void place(std::uint64_t h, Id id);

  std::vector<std::string> words_;  // words_[id - 1] is the word of id
  std::vector<std::uint64_t> keys_;  // keys_[id - 1] is short_key of the word of id
  std::vector<Slot> slots_;        // size a power of two
  std::array<Id, 256> byte_ids_{};  // the words of one byte, by that byte (kUnknown when none)
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
  /// table): a value is reported at most once per start position. A `marked` phrase (a kind the
  /// caller wants to ask about alone, e.g. the titles among names) marks its first word for
  /// may_start_marked.
  void add(Vocabulary& vocabulary, const std::vector<std::string>& phrase, std::uint32_t value, bool marked = false);

  /// Every phrase that matches at `pos`, each with its first end (fewest words skipped by the
  /// earliest "*"), sorted by value. `ids` are `Vocabulary::ids(toks)`.
  void match_at(const std::vector<Token>& toks, const std::vector<Vocabulary::Id>& ids, std::size_t pos,
                std::vector<PhraseMatch>& out) const;

  bool empty() const { return nodes_.size() == 1; }

  /// Whether some phrase may start at `pos`: an edge from the root on its word, or a wildcard
  /// there. Inline, as most tokens start no phrase and match_at then has nothing to do.
  bool may_start(const std::vector<Token>& toks, const std::vector<Vocabulary::Id>& ids, std::size_t pos) const {
    if (pos >= toks.size()) return nodes_[0].star != 0;
    const Vocabulary::Id id = ids[pos];
    return (id < first_.size() && first_[id] != 0) || nodes_[0].star != 0 || (nodes_[0].number != 0 && toks[pos].number);
  }
  /// Whether a marked phrase may start at `pos` (by its first word; a marked phrase that starts
  /// with a wildcard may start anywhere). Lets a caller that would drop every unmarked match at
  /// a token skip the look-up there.
  bool may_start_marked(const std::vector<Vocabulary::Id>& ids, std::size_t pos) const {
    if (marked_wild_) return true;
    const Vocabulary::Id id = pos < ids.size() ? ids[pos] : Vocabulary::kUnknown;
    return id < marked_first_.size() && marked_first_[id];
  }

 private:
  struct Node {
    std::vector<std::uint32_t> values;  // phrases ending here
    std::uint32_t star = 0;             // child on "*", 0 when none
    std::uint32_t number = 0;           // child on "#"
    bool words = false;                 // has a child on a word (most phrase ends have none)
    // Below a "*": the walk may reach it twice from one start (skipping one word or two), so its
    // values are looked for among those found. Any other node has one path from the root, each
    // edge one token: reached at most once, its values (each phrase's own) are new.
    bool below_star = false;
  };
  std::uint32_t child(std::uint32_t node, Vocabulary::Id word) const;
  void walk(const std::vector<Token>& toks, const std::vector<Vocabulary::Id>& ids, std::uint32_t node,
            std::size_t pos, std::vector<PhraseMatch>& out) const;
  void walk_words(const std::vector<Vocabulary::Id>& ids, std::uint32_t node, std::size_t pos,
                  std::vector<PhraseMatch>& out) const;

  std::vector<Node> nodes_;
  bool wildcards_ = false;  // some phrase has "*" or "#": one value may be reached on two paths
  std::vector<std::uint32_t> first_;  // word id -> child of the root (0: no phrase starts with it)
  std::vector<bool> marked_first_;    // word id -> some marked phrase starts with it
  // word id -> some phrase has it right after a "*": the walk tests the words a "*" may skip to
  // here before it looks for an edge ("was * cancelled" branches at every "was", and most words
  // after it are none of the words that may follow).
  std::vector<bool> after_star_;
  bool marked_wild_ = false;          // some marked phrase starts with a wildcard
  // (node << 32 | word id) -> child, below the root; open addressing, at most half full, key 0 empty
  // (the root's edges are in first_).
  struct Edge {
    std::uint64_t key = 0;
    std::uint32_t child = 0;
  };
  static std::size_t edge_slot(std::uint64_t key) {
    const std::uint64_t h = key * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 32);  // the node's bits reach the low bits the mask keeps
  }
  Edge* find_free_edge(std::uint64_t key);  // the slot of key, or the empty one where it would go
  std::uint32_t* find_edge(std::uint64_t key);
  std::vector<Edge> edges_;
  std::size_t edge_count_ = 0;
};

}  // namespace annalist::event
