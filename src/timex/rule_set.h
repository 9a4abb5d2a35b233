// Compiled form of a language's timex resources: vocabulary, lexicons, patterns and rules.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/errors.h"
#include "timex/tokenizer.h"

namespace annalist::timex {

/// Error in a data file: "file:line:col: reason", then the source line and a caret.
class RuleError : public InputError {
 public:
  RuleError(const std::string& file, std::size_t line, std::size_t col, const std::string& reason,
            std::string_view source_line = {});
  const char* what() const noexcept override { return message_.c_str(); }
  std::size_t column() const { return col_; }

 private:
  std::size_t col_;
  std::string message_;
};

/// Interned token keys; every literal of every rule and lexicon has an id. Looked up once per
/// token of every text, so it is a small open-addressing table rather than a node-based map.
class Vocabulary {
 public:
  int intern(std::string_view key);
  /// Builds the table of find_padded(); called once all keys are interned (RuleSet::index).
  void seal();
  /// Id of `key`, -1 when no rule or lexicon uses it. Most words of a text miss the sketch.
  int find(std::string_view key) const {
    if (key.empty() || key.size() > max_len_) return -1;
    std::size_t sk = sketch(key);
    if (!(sketch_[sk >> 6] >> (sk & 63) & 1)) return -1;
    return find_slow(key);
  }
  /// The same for a key followed by at least 8 readable bytes (TokenBuffer pads its keys). It
  /// runs on every token of every text, and about half the words of news are in the vocabulary,
  /// so a branch on "found" mispredicts often: the key becomes a 64-bit fingerprint (its bytes when
  /// it has at most 8, else a mix of its first and last 8 bytes and its length) whose bucket of
  /// four slots holds it if anything does (seal() picks a hash seed that lets every key in); the
  /// four slots are compared and the id selected without a branch. Only a long key that is found
  /// is compared byte for byte.
  [[gnu::always_inline]] int find_padded(const char* p, std::size_t len) const { return table().find(p, len); }

  /// The fingerprint table as plain pointers, for a caller that looks up many keys in a row: the
  /// tokenizer writes keys through a char pointer, which may alias anything, so members read
  /// inside its loop would be read again at every token.
  struct Table {
    const std::uint64_t* keys = nullptr;  // null before seal()
    const std::int32_t* ids = nullptr;
    const std::string* strings = nullptr;
    std::uint64_t seed = 0;
    std::size_t mask = 0;
    [[gnu::always_inline]] int find(const char* p, std::size_t len) const {
      if (!keys || len == 0) return -1;
      std::uint64_t head, tail;
      std::memcpy(&head, p, 8);
      std::memcpy(&tail, p + (len > 8 ? len : 8) - 8, 8);
      std::size_t l8 = len < 8 ? len : 8;
      std::uint64_t f = len <= 8 ? head & (~std::uint64_t(0) >> (64 - 8 * l8)) : long_fingerprint(head, tail, len);
      std::size_t b = bucket(f, seed, mask) * kWays;
      const std::uint64_t* k = keys + b;
      const std::int32_t* d = ids + b;
      std::int32_t d0 = d[0], d1 = d[1], d2 = d[2], d3 = d[3];
      int id = k[0] == f ? d0 : -1;
      id = k[1] == f ? d1 : id;
      id = k[2] == f ? d2 : id;
      id = k[3] == f ? d3 : id;
      if (len > 8 && id >= 0 && strings[id] != std::string_view(p, len)) return -1;
      return id;
    }
  };
  Table table() const {
    if (fp_keys_.empty()) return {};
    return {fp_keys_.front().keys, fp_ids_.data(), strings_.data(), fp_seed_, fp_mask_};
  }
  std::size_t size() const { return strings_.size(); }
  const std::string& key(int id) const { return strings_[id]; }

 private:
  static std::uint64_t long_fingerprint(std::uint64_t head, std::uint64_t tail, std::size_t len) {
    std::uint64_t h = (head ^ (tail * 0xC2B2AE3D27D4EB4FULL) ^ (len * 0x165667B19E3779F9ULL)) * 0x9E3779B97F4A7C15ULL;
    return (h ^ (h >> 31)) | 1;  // never 0, the empty slot
  }
  static constexpr std::size_t kWays = 4;  // slots per bucket: 32 bytes of fingerprints
  static std::size_t bucket(std::uint64_t f, std::uint64_t seed, std::size_t mask) {
    return static_cast<std::size_t>(((f ^ seed) * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
  }
  std::size_t fp_bucket(std::uint64_t f) const { return bucket(f, fp_seed_, fp_mask_); }
  bool fill_buckets();  // false when some bucket would need a fifth slot
  // A bucket's fingerprints on one cache line: a look-up reads one line of them, not two.
  struct alignas(32) Fingerprints {
    std::uint64_t keys[kWays] = {};  // 0 = empty
  };
  std::vector<Fingerprints> fp_keys_;  // per bucket
  std::vector<std::int32_t> fp_ids_;    // id per slot, -1 = empty
  std::uint64_t fp_seed_ = 0;
  std::size_t fp_mask_ = 0;             // buckets - 1
  int find_slow(std::string_view key) const;
  static std::uint64_t hash(std::string_view s);
  static std::size_t sketch(std::string_view s) {
    return (s.size() * 977 + static_cast<unsigned char>(s.front()) * 31 + static_cast<unsigned char>(s.back())) & 0xFFFF;
  }
  void rehash(std::size_t slots);
  void place(std::uint64_t hash, std::int32_t id);
  struct Slot {
    std::uint32_t tag = 0;  ///< high half of the key's hash: most probes end without a string compare
    std::int32_t id = -1;   ///< -1 empty
  };
  std::vector<std::uint64_t> sketch_;  // bit per sketch() of the keys: most words miss it
  std::vector<std::string> strings_;
  std::vector<Slot> slots_;  // size a power of two
  std::size_t max_len_ = 0;
};

/// A surface form -> value table (patterns/*.txt and norm/*.tsv), as a token trie.
struct Lexicon {
  struct Edge {
    int id;          ///< vocabulary id of the key
    int exact = -1;  ///< index into `exact` when the entry is case-sensitive ("May")
    int child;
  };
  struct Node {
    std::vector<Edge> edges;
    int value = -1;  ///< index into `values` when an entry ends here
  };
  std::string name;
  std::vector<Node> nodes{Node{}};
  std::vector<std::string> values;
  std::vector<std::string> exact;
  /// Single-token suffix entries ("*ed": any word ending in "ed") and their values.
  std::vector<std::pair<std::string, int>> suffixes;
  /// Joined keys of each entry (no separator) -> value, for `{capture|lexicon}` look-ups.
  std::unordered_map<std::string, std::string> by_surface;
  /// Per vocabulary id: 1 when some entry starts with it (RuleSet::index), so that the many
  /// tokens that start none cost one load instead of a binary search.
  std::vector<std::uint8_t> starts;
  /// Per vocabulary id: 1 when the token alone is an entry, whatever its spelling (the first
  /// edge of its id from the root has no case-sensitive spelling and ends an entry), so that
  /// the tense cues before every timex ("said", "will") are known in one load.
  std::vector<std::uint8_t> alone;

  bool may_start(const Token& t) const {
    if (starts.empty()) return true;  // not indexed yet
    return t.id >= 0 && static_cast<std::size_t>(t.id) < starts.size() && starts[static_cast<std::size_t>(t.id)];
  }

  /// Child of `node` along token `t` (`spelling`: its text, for case-sensitive entries), -1 when
  /// none. Edges are sorted by id (RuleSet::index), so a root with hundreds of entries costs a
  /// binary search; among edges of one id the first added wins.
  int child(int node, const Token& t, std::string_view spelling) const {
    if (t.id < 0) return -1;
    const auto& edges = nodes[node].edges;
    std::size_t lo = 0, hi = edges.size();
    while (lo < hi) {
      std::size_t mid = (lo + hi) / 2;
      if (edges[mid].id < t.id) lo = mid + 1;
      else hi = mid;
    }
    for (; lo < edges.size() && edges[lo].id == t.id; ++lo)
      if (edges[lo].exact < 0 || spelling == exact[edges[lo].exact]) return edges[lo].child;
    return -1;
  }
};

/// Token class of a `#...` element.
struct TokenClass {
  enum Kind : std::uint8_t { kInt, kWord, kCap, kAny } kind = kAny;
  std::uint8_t min_digits = 0, max_digits = 255;
  std::uint32_t min_value = 0, max_value = 0xFFFFFFFFu;
  /// Whether number token `t` fits this #int class (digits, range; "1,700" only fits an
  /// unbounded one).
  bool fits_number(const Token& t) const {
    return t.kind == TokenKind::kNumber && t.digits >= min_digits && t.digits <= max_digits && t.number >= min_value &&
           t.number <= max_value && (t.digits != 255 || max_value == 0xFFFFFFFFu);
  }
};

/// Whether number token `t` fits one of `ints`.
inline bool fits_any(const std::vector<TokenClass>& ints, const Token& t) {
  for (const auto& c : ints)
    if (c.fits_number(t)) return true;
  return false;
}

/// One element of a compiled pattern.
struct PatternNode {
  enum Kind : std::uint8_t { kLiteral, kLexicon, kClass, kGroup } kind = kLiteral;
  bool optional = false;
  bool negated = false;      ///< `!X`: matches no token, and only where X (one token) does not match
  bool peek = false;         ///< `&X`: matches no token, and only where X (one token) matches
  bool zero_width() const { return negated || peek; }
  int capture = -1;          ///< capture slot, -1 when not captured
  int id = -1;               ///< kLiteral: vocabulary id
  int lexicon = -1;          ///< kLexicon
  /// The tokens that can begin the rest of the node's sequence (this node and those after it),
  /// when that rest cannot match nothing: the matcher leaves a path at once where the token is
  /// none of them, instead of trying every optional element and alternative on it (set by
  /// RuleSet::index; a superset is always safe).
  struct Guard {
    bool on = false;               ///< the rest must consume a token, and one of these
    bool number = false, word = false;
    std::uint64_t ids[2] = {0, 0};  ///< bit (id & 127) of every vocabulary id it may begin with
    bool admits(const Token& t) const {
      return (t.id >= 0 && (ids[(t.id >> 6) & 1] >> (t.id & 63) & 1)) ||
             (t.kind == TokenKind::kNumber && number) || (t.kind == TokenKind::kWord && word);
    }
  } guard;
  TokenClass cls;            ///< kClass
  std::vector<std::vector<PatternNode>> alternatives;  ///< kGroup
  /// kGroup whose alternatives are all one plain literal ("( past | last | next )"): their ids,
  /// sorted, so that the matcher tests the token once instead of running each alternative.
  std::vector<int> literal_ids;
  std::string exact;         ///< kLiteral: exact spelling when case-sensitive (last: rarely read)
};

/// A piece of a value/mod template: literal text or a capture reference with its conversions.
struct TemplatePart {
  std::string text;      ///< literal text (when capture < 0)
  int capture = -1;
  int pad = 0;           ///< left-pad with '0' to this width
  int drop = 0;          ///< drop this many trailing characters
  int lexicon = -1;      ///< map through this lexicon
  std::string fallback;  ///< used when the capture is absent
};

struct Template {
  std::vector<TemplatePart> parts;
  bool empty() const { return parts.empty(); }
};

/// A worked example of a rule: `example "text" => VALUE [@DCT]`.
struct RuleExample {
  std::string text, value, dct;  ///< dct empty: the default DCT of the corpus
  std::string file;
  std::size_t line = 0;
};

/// When an expression that needs a context ("in June", "on 7 August", "the winter": rules with
/// `anchor=context`) follows the story instead of the DCT. The parameters come from the
/// `anchoring` lines of the rule files (docs/rules.md, "Anchoring").
struct AnchorPolicy {
  /// An explicit date that ends at least this many days before the DCT lies in the story's past.
  int distance_days = 365;
  /// A document is a history when at least `history_min` explicit dates are dated and at least
  /// `history_share` of them lie in the story's past: every context expression follows the story.
  int history_min = 3;
  double history_share = 0.7;
  /// In other documents the first `lede_lines` lines speak from the DCT (the lede of a news story).
  int lede_lines = 1;
  /// An aside: up to three explicit dates at least this many days from the dates just before and
  /// just after them, which lie within this distance of each other ("the largest cavalry battle
  /// since 1813" in a history of 1920). An aside does not move the story's time.
  int aside_days = 3650;
};

/// One rule block.
struct Rule {
  std::string name;
  std::string file;
  std::size_t line = 0;
  std::vector<PatternNode> pattern;
  std::vector<std::string> capture_names;
  std::string type;  ///< DATE TIME DURATION SET, or SKIP (matches, emits nothing)
  bool sets_narrative = true;  ///< `narrative skip`: the result does not become the narrative time
  Template value, mod;
  int priority = 0;
  std::vector<RuleExample> examples;
  std::vector<RuleExample> rejects;
};

/// Everything loaded from one language directory.
class RuleSet {
 public:
  Vocabulary vocab;
  std::vector<Lexicon> lexicons;
  std::unordered_map<std::string, int> lexicon_index;
  std::vector<Rule> rules;
  /// Rules whose first token can be the vocabulary id (index = id).
  std::vector<std::vector<int>> rules_by_id;
  std::vector<int> rules_on_number, rules_on_word, rules_on_any;
  /// Distinct for every indexed rule set of the process: the matcher's per-thread cache of
  /// candidate lists (matcher.cc) is valid for one rule set only.
  std::uint64_t serial = 0;
  /// `rules_on_number` split by the digits of the token (number_bucket): "25" never tries the
  /// rules that start with a four-digit year.
  std::vector<int> rules_on_digits[8];
  static int number_bucket(const Token& t) { return t.digits == 255 ? 7 : t.digits > 5 ? 6 : t.digits; }
  /// Per rule: the #int classes its first token can fit (a number token that fits none of them
  /// cannot start it: "15" never starts a rule on four-digit years).
  std::vector<std::vector<TokenClass>> first_ints;
  /// Per vocabulary id: 1 when some rule can start with it (a byte, so that the scan over the
  /// tokens of a text touches one small array).
  std::vector<std::uint8_t> starts;
  /// The union of `first_ints` over all rules: a number token that fits none starts nothing.
  std::vector<TokenClass> number_starts;

  /// Whether a token with a vocabulary id can start a match, given the token after it: the
  /// test `second_token_by_id[t.id].allows(t, next)` on flat tables (a byte of flags per id and
  /// one bitset row per id), since it runs on every token of every text.
  bool may_start(const Token& t, const Token* next) const {
    std::uint8_t f = start_flags[t.id];
    if (!(f & kStarts)) return false;
    if (f & kSingleSelf) return true;
    if (!next) return false;
    if (f & kSecondAny) return true;
    if (next->kind == TokenKind::kWord && (f & kSecondWord)) return true;
    if (next->kind == TokenKind::kNumber && (f & kSecondNumber) && fits_any(second_token_by_id[t.id].second.ints, *next))
      return true;
    return next->id >= 0 && (second_bits[static_cast<std::size_t>(t.id) * bit_words + (next->id >> 6)] >> (next->id & 63) & 1);
  }
  /// Per rule, a necessary condition cheaper than the matcher: one token of `ids` (the first
  /// tokens of an element every match contains, e.g. the unit of "the past three years"), and one
  /// of `ids2` when there is a second such element, must occur within the `span` tokens from the
  /// start. The first element is not used (the first-token index already requires it); rules
  /// without such an element have empty `ids`.
  struct AnchorTest {
    std::vector<std::uint64_t> ids;
    std::vector<std::uint64_t> ids2;  ///< a second such element, when the rule has one
    int span = 0;
  };
  std::vector<AnchorTest> anchors;
  /// A set of anchor bits, one per distinct anchor set.
  struct AnchorMask {
    static constexpr int kBits = 128;
    std::uint64_t w[2] = {0, 0};
    AnchorMask operator|(const AnchorMask& o) const { return {{w[0] | o.w[0], w[1] | o.w[1]}}; }
    bool has(int b) const { return (w[b >> 6] >> (b & 63) & 1) != 0; }
    void set(int b) { w[b >> 6] |= std::uint64_t(1) << (b & 63); }
  };
  /// The distinct anchor sets numbered (at most AnchorMask::kBits): `anchor_bit[r]` and
  /// `anchor_bit2[r]` are rule r's (-1: none, no test), and `anchor_mask[id]` has bit b when id is
  /// in set b. The matcher ORs the masks of the tokens from a position on (as far as the longest
  /// rule tried there needs), then tests each rule with one bit.
  std::vector<int> anchor_bit, anchor_bit2;
  std::vector<AnchorMask> anchor_mask;
  int max_anchor_span = 0;
  /// second_token[r].allows(t, next) on flat tables (flags per rule, bitset rows per rule): the
  /// matcher asks it for every rule that the first token starts.
  bool rule_allows(int r, const Token& t, const Token* next) const {
    std::uint8_t f = rule_flags[r];
    const std::uint64_t* row = rule_bits.data() + static_cast<std::size_t>(r) * 2 * bit_words;
    if ((f & kSingleAny) || (t.kind == TokenKind::kWord && (f & kSingleWord)) ||
        (t.id >= 0 && (row[t.id >> 6] >> (t.id & 63) & 1)) ||
        (t.kind == TokenKind::kNumber && (f & kSingleNumber) && fits_any(second_token[r].single.ints, t)))
      return true;
    if (!next) return false;
    if ((f & kNextAny) || (next->kind == TokenKind::kWord && (f & kNextWord))) return true;
    if (next->id >= 0 && (row[bit_words + (next->id >> 6)] >> (next->id & 63) & 1)) return true;
    return next->kind == TokenKind::kNumber && (f & kNextNumber) && fits_any(second_token[r].second.ints, *next);
  }
  enum : std::uint8_t {
    kSingleAny = 1, kSingleWord = 2, kSingleNumber = 4, kNextAny = 8, kNextWord = 16, kNextNumber = 32
  };
  std::vector<std::uint8_t> rule_flags;
  std::vector<std::uint64_t> rule_bits;  ///< per rule: the `single` id bitset, then the `second` one
  enum : std::uint8_t { kStarts = 1, kSingleSelf = 2, kSecondAny = 4, kSecondWord = 8, kSecondNumber = 16 };
  std::vector<std::uint8_t> start_flags;
  std::vector<std::uint64_t> second_bits;
  std::size_t bit_words = 0;
  /// What the second token of a match may be, per rule: a prefilter that spares the matcher most
  /// of the rules a frequent first token ("the") would start.
  struct TokenSet {
    bool number = false, word = false, any = false;
    std::vector<TokenClass> ints;    ///< the #int classes behind `number`
    std::vector<std::uint64_t> ids;  ///< bitset over vocabulary ids
    bool has(const Token& t) const {
      if (any) return true;
      if (t.kind == TokenKind::kNumber && number && fits_any(ints, t)) return true;
      if (t.kind == TokenKind::kWord && word) return true;
      return t.id >= 0 && (ids[t.id >> 6] >> (t.id & 63) & 1);
    }
    void add(const TokenSet& o) {
      number |= o.number;
      word |= o.word;
      any |= o.any;
      for (const auto& c : o.ints) {
        bool dup = false;
        for (const auto& x : ints)
          dup |= x.min_digits == c.min_digits && x.max_digits == c.max_digits && x.min_value == c.min_value &&
                 x.max_value == c.max_value;
        if (!dup) ints.push_back(c);
      }
      for (std::size_t w = 0; w < ids.size(); ++w) ids[w] |= o.ids[w];
    }
  };
  /// Prefilter of a rule: it can match at a token only if that token alone is a whole match
  /// (`single`) or the next token can be the second token of a match (`second`). This spares the
  /// matcher most of the rules a frequent first token ("the") would start.
  struct SecondToken {
    TokenSet single, second;
    bool allows(const Token& t, const Token* next) const { return single.has(t) || (next && second.has(*next)); }
  };
  std::vector<SecondToken> second_token;
  /// Per first-token id: the union of its rules' prefilters, so that a frequent word that starts
  /// many rules ("the") followed by an ordinary word costs two bit tests. Empty (no bitsets) for
  /// an id that starts no rule: read it only when `rules_by_id[id]` is not empty.
  std::vector<SecondToken> second_token_by_id;
  int future_cue = -1, past_cue = -1, boundary = -1;  ///< lexicons for tense and sentence ends
  int tense_window = 8;
  AnchorPolicy anchoring;

  /// Loads `dir`/patterns/*.txt, norm/*.tsv and rules/*.rules. Throws RuleError.
  static RuleSet load(const std::string& dir);
  /// Finishes first-token indexing after rules were added.
  void index();
};

}  // namespace annalist::timex
