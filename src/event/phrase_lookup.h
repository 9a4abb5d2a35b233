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
class PhraseLookup {
 public:
  PhraseLookup(const Lexicon& lexicon, const std::vector<Token>& tokens) : lex_(lexicon), toks_(tokens) {}

  /// Actor phrases that match at `pos`, longest phrase first (then in file order).
  std::vector<ActorMatch> actors_at(std::size_t pos) const;
  /// Trigger phrases that match at `pos`, in file order of their rules and phrases.
  std::vector<RuleMatch<TriggerRule>> triggers_at(std::size_t pos) const;
  /// Cue phrases that match at `pos`, in file order of their rules and phrases.
  std::vector<RuleMatch<CueRule>> cues_at(std::size_t pos) const;

 private:
  const Lexicon& lex_;
  const std::vector<Token>& toks_;
};

}  // namespace annalist::event
