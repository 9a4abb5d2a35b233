// Token-sequence matcher: runs the compiled patterns of a RuleSet at one token position.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "timex/rule_set.h"
#include "timex/tokenizer.h"

namespace annalist::timex {

/// Captured span of one named capture: tokens [begin, end), and the lexicon value when the
/// capture matched a lexicon entry.
struct CaptureSpan {
  int begin = -1, end = -1;
  const std::string* value = nullptr;
};

/// Most named captures one rule may have (checked at load time); fixed so that matching never
/// allocates.
constexpr std::size_t kMaxCaptures = 16;
using Captures = std::array<CaptureSpan, kMaxCaptures>;

/// Longest match of one rule.
struct RuleMatch {
  int rule = -1;
  int begin = 0, end = -1;  ///< tokens [begin, end)
  Captures captures;
};

/// Matches rules over one tokenized text. Reuses its buffers, so one Matcher per thread.
class Matcher {
 public:
  Matcher(const RuleSet& rs, const TokenBuffer& tb, std::string_view text) : rs_(rs), tb_(tb), text_(text) {}

  /// Longest match of rule `r` starting at token `pos` (end = -1 when none).
  void match_rule(int r, int pos, RuleMatch& out);

  /// Best match at `pos` over the candidate rules: longest, then highest priority, then first
  /// in load order. Returns false when no rule matches.
  bool best_at(int pos, RuleMatch& out);

  /// Every candidate rule's longest match at `pos`, best first (for fallbacks when the best
  /// one cannot produce a valid value).
  void all_at(int pos, std::vector<RuleMatch>& out);

  /// Length in tokens of the longest entry of lexicon `lex` starting at `pos`, 0 when none.
  int lexicon_match(int lex, int pos) const;

  /// Whether some entry of lexicon `lex` (-1: none) starts at `pos`: lexicon_match(lex, pos) > 0,
  /// for the many tokens before a timex that are tested as tense cues and sentence ends.
  bool lexicon_at(int lexi, int pos) const {
    if (lexi < 0 || pos >= static_cast<int>(tb_.tokens.size())) return false;
    const Lexicon& lex = rs_.lexicons[static_cast<std::size_t>(lexi)];
    const Token& t = tb_.tokens[static_cast<std::size_t>(pos)];
    const bool starts = lex.may_start(t);
    if (starts && !lex.alone.empty() && lex.alone[static_cast<std::size_t>(t.id)]) return true;
    if (!lex.suffixes.empty() && suffix_value(lex, pos) >= 0) return true;
    return starts && lexicon_match(lexi, pos) > 0;
  }

 private:
  struct Frame {
    const std::vector<PatternNode>* seq;
    std::size_t idx;
    const Frame* up;
    int capture;
    int capture_start;
  };
  void run(const std::vector<PatternNode>& seq, std::size_t idx, int pos, const Frame* up);
  void advance(const std::vector<PatternNode>& seq, std::size_t idx, int from, int to, const Frame* up,
               const std::string* value);
  bool can_enter(int pos) const;
  /// Value of the first suffix entry of `lex` ("*ed") that the word at `pos` ends with (and is
  /// longer than by two letters at least), -1 when none.
  int suffix_value(const Lexicon& lex, int pos) const {
    const Token& t = tb_.tokens[static_cast<std::size_t>(pos)];
    // A capitalised word is mostly a name ("United", "Ted"), no verb form with that ending.
    if (t.kind != TokenKind::kWord || t.capitalized) return -1;
    std::string_view key = tb_.key(t);
    for (const auto& [suffix, v] : lex.suffixes) {
      if (key.size() <= suffix.size() + 1) continue;
      const char* k = key.data() + key.size() - suffix.size();
      std::size_t i = 0;
      while (i < suffix.size() && k[i] == suffix[i]) ++i;
      if (i == suffix.size()) return v;
    }
    return -1;
  }
  bool atom_matches(const PatternNode& n, int pos) const;

  const RuleSet& rs_;
  const TokenBuffer& tb_;
  std::string_view text_;
  int start_ = 0;
  Captures caps_;
  std::size_t ncaps_ = 0;  // capture slots of the rule being matched
  RuleMatch* best_ = nullptr;
  const std::string* last_lex_ = nullptr;
  int last_lex_begin_ = -1, last_lex_end_ = -1;
  std::vector<RuleSet::AnchorMask> cum_;  // OR of the anchor masks of the tokens from the position on
  RuleMatch scratch_;
  std::vector<unsigned> seen_;  // per rule: the call of all_at that last tried it
  unsigned epoch_ = 0;
};

}  // namespace annalist::timex
