// The one way the stages look phrases up in the lexicons: actor names and titles, triggers, cues.
#pragma once
#include <cstddef>
#include <vector>

#include "event/lexicon.h"
#include "event/tokens.h"

namespace annalist::event {

/// An actor phrase (person, surname, country, demonym, metonym, place, title) found at a token.
struct ActorMatch {
  const ActorEntry* entry;
  std::size_t end;  ///< token index one past the phrase
};

/// A phrase of a trigger or cue rule found at a token.
template <typename Rule>
struct RuleMatch {
  const Rule* rule;
  std::size_t end;  ///< token index one past the phrase
};

/// Phrase lookup over the tokens of one sentence. Every stage that needs to know which lexicon
/// phrases start at a token asks here, so the index behind it can change without touching them.
/// Behind it are the lexicon's token tries: the cost of a lookup does not grow with the size of
/// the dictionaries.
class PhraseLookup {
 public:
  /// Answer buffers (below) that a caller may lend to its lookups, one lookup at a time, so that
  /// a reader of many sentences sizes them once instead of once per sentence.
  struct Buffers {
    std::vector<PhraseMatch> matches;
    std::vector<ActorMatch> actors;
    std::vector<RuleMatch<TriggerRule>> triggers;
    std::vector<RuleMatch<CueRule>> cues;
  };

  PhraseLookup(const Lexicon& lexicon, const std::vector<Token>& tokens)
      : lex_(lexicon), toks_(tokens), own_ids_(lexicon.vocabulary.ids(tokens)), ids_(own_ids_), buf_(own_) {}
  /// With the tokens' vocabulary ids already known (Sentence::ids), which saves hashing them again;
  /// with `lent`, its answers are kept in those buffers.
  PhraseLookup(const Lexicon& lexicon, const std::vector<Token>& tokens, const std::vector<Vocabulary::Id>& ids,
               Buffers* lent = nullptr)
      : lex_(lexicon),
        toks_(tokens),
        own_ids_(ids.size() == tokens.size() ? std::vector<Vocabulary::Id>() : lexicon.vocabulary.ids(tokens)),
        ids_(ids.size() == tokens.size() ? ids : own_ids_),
        buf_(lent ? *lent : own_) {}
  PhraseLookup(const PhraseLookup&) = delete;  // ids_ may refer to own_ids_
  PhraseLookup& operator=(const PhraseLookup&) = delete;

  const Lexicon& lexicon() const { return lex_; }

  // Each answer lives in a buffer of this lookup until the next call of the same kind: iterate
  // it (or copy it) before asking for the same kind at another token.

  /// Actor phrases that match at `pos`, longest phrase first (then in file order).
  const std::vector<ActorMatch>& actors_at(std::size_t pos) const {
    if (pos >= toks_.size() || !lex_.actor_phrases.may_start(toks_, ids_, pos)) return none(actors_);
    return match_actors(pos);
  }
  /// Whether a title phrase may start at `pos` (by its first word): where no name can start (an
  /// uncapitalised word), only titles matter, and most such words start none.
  bool titles_may_start(std::size_t pos) const { return lex_.actor_phrases.may_start_marked(ids_, pos); }
  /// Trigger phrases that match at `pos`, in file order of their rules and phrases.
  const std::vector<RuleMatch<TriggerRule>>& triggers_at(std::size_t pos) const {
    if (!lex_.trigger_phrases.may_start(toks_, ids_, pos)) return none(triggers_);
    return match_triggers(pos);
  }
  /// Every cue phrase of the tokens, by start token then file order: `f(start, rule, end)` for each.
  /// One pass for a whole sentence, without an answer list per token.
  template <typename F>
  void for_each_cue(F&& f) const {
    for_each_rule(lex_.cue_phrases, lex_.cue_refs, lex_.cues, f);
  }
  /// Every trigger phrase of the tokens, the same way.
  template <typename F>
  void for_each_trigger(F&& f) const {
    for_each_rule(lex_.trigger_phrases, lex_.trigger_refs, lex_.triggers, f);
  }
  /// Cue phrases that match at `pos`, in file order of their rules and phrases.
  const std::vector<RuleMatch<CueRule>>& cues_at(std::size_t pos) const {
    if (!lex_.cue_phrases.may_start(toks_, ids_, pos)) return none(cues_);
    return match_cues(pos);
  }

 private:
  template <typename Rule, typename F>
  void for_each_rule(const PhraseIndex& index, const std::vector<RulePhrase>& refs, const std::vector<Rule>& rules,
                     F& f) const {
    if (matches_.capacity() == 0) matches_.reserve(16);
    for (std::size_t k = 0; k < toks_.size(); ++k) {
      if (!index.may_start(toks_, ids_, k)) continue;
      index.match_at(toks_, ids_, k, matches_);
      for (const auto& m : matches_)
        if (m.end > k) f(k, &rules[refs[m.value].rule], m.end);  // "*" alone matches nothing
    }
  }
  template <typename T>
  static const std::vector<T>& none(std::vector<T>& buffer) {
    buffer.clear();
    return buffer;
  }
  const std::vector<ActorMatch>& match_actors(std::size_t pos) const;
  const std::vector<RuleMatch<TriggerRule>>& match_triggers(std::size_t pos) const;
  const std::vector<RuleMatch<CueRule>>& match_cues(std::size_t pos) const;


  const Lexicon& lex_;
  const std::vector<Token>& toks_;
  std::vector<Vocabulary::Id> own_ids_;       // computed here when not given
  const std::vector<Vocabulary::Id>& ids_;    // the tokens' words in the lexicon's vocabulary
  // Answer buffers, reused between lookups and sized once, at their first match (grown from empty,
  // a sentence's lookups reallocated them several times; sized up front, a lookup that never
  // matched a kind paid for its buffer): this lookup's own, or a caller's.
  mutable Buffers own_;
  Buffers& buf_;
  std::vector<PhraseMatch>& matches_ = buf_.matches;
  std::vector<ActorMatch>& actors_ = buf_.actors;
  std::vector<RuleMatch<TriggerRule>>& triggers_ = buf_.triggers;
  std::vector<RuleMatch<CueRule>>& cues_ = buf_.cues;
};

}  // namespace annalist::event
