// Compiled form of a language's timex resources: vocabulary, lexicons, patterns and rules.
#pragma once
#include <cstdint>
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
  /// Id of `key`, -1 when no rule or lexicon uses it. Most words of a text miss the sketch.
  int find(std::string_view key) const {
    if (key.empty() || key.size() > max_len_) return -1;
    std::size_t sk = sketch(key);
    if (!(sketch_[sk >> 6] >> (sk & 63) & 1)) return -1;
    return find_slow(key);
  }
  std::size_t size() const { return strings_.size(); }

 private:
  int find_slow(std::string_view key) const;
  static std::uint64_t hash(std::string_view s);
  static std::size_t sketch(std::string_view s) {
    return (s.size() * 977 + static_cast<unsigned char>(s.front()) * 31 + static_cast<unsigned char>(s.back())) & 0xFFFF;
  }
  void rehash(std::size_t slots);
  std::vector<std::uint64_t> sketch_;  // bit per sketch() of the keys: most words miss it
  std::vector<std::string> strings_;
  std::vector<std::int32_t> slots_;  // -1 empty, else id; size a power of two
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
};

/// Token class of a `#...` element.
struct TokenClass {
  enum Kind : std::uint8_t { kInt, kWord, kCap, kAny } kind = kAny;
  std::uint8_t min_digits = 0, max_digits = 255;
  std::uint32_t min_value = 0, max_value = 0xFFFFFFFFu;
};

/// One element of a compiled pattern.
struct PatternNode {
  enum Kind : std::uint8_t { kLiteral, kLexicon, kClass, kGroup } kind = kLiteral;
  bool optional = false;
  bool negated = false;      ///< `!X`: matches no token, and only where X (one token) does not match
  int capture = -1;          ///< capture slot, -1 when not captured
  int id = -1;               ///< kLiteral: vocabulary id
  std::string exact;         ///< kLiteral: exact spelling when case-sensitive
  int lexicon = -1;          ///< kLexicon
  TokenClass cls;            ///< kClass
  std::vector<std::vector<PatternNode>> alternatives;  ///< kGroup
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
  /// What the second token of a match may be, per rule: a prefilter that spares the matcher most
  /// of the rules a frequent first token ("the") would start.
  struct TokenSet {
    bool number = false, word = false, any = false;
    std::vector<std::uint64_t> ids;  ///< bitset over vocabulary ids
    bool has(const Token& t) const {
      if (any) return true;
      if (t.kind == TokenKind::kNumber && number) return true;
      if (t.kind == TokenKind::kWord && word) return true;
      return t.id >= 0 && (ids[t.id >> 6] >> (t.id & 63) & 1);
    }
    void add(const TokenSet& o) {
      number |= o.number;
      word |= o.word;
      any |= o.any;
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
  /// many rules ("the") followed by an ordinary word costs two bit tests.
  std::vector<SecondToken> second_token_by_id;
  int future_cue = -1, past_cue = -1, boundary = -1;  ///< lexicons for tense and sentence ends
  int tense_window = 8;

  /// Loads `dir`/patterns/*.txt, norm/*.tsv and rules/*.rules. Throws RuleError.
  static RuleSet load(const std::string& dir);
  /// Finishes first-token indexing after rules were added.
  void index();
};

}  // namespace annalist::timex
