// Phrase lookup through the lexicon's token tries (event/phrase_index.h).
#include "event/phrase_lookup.h"

namespace annalist::event {
namespace {

template <typename Rule>
void rules_at(const PhraseIndex& index, const std::vector<RulePhrase>& refs, const std::vector<Rule>& rules,
              const std::vector<Token>& toks, const std::vector<Vocabulary::Id>& ids, std::size_t pos,
              std::vector<PhraseMatch>& matches, std::vector<RuleMatch<Rule>>& out) {
  out.clear();
  if (out.capacity() == 0) out.reserve(16);
  if (matches.capacity() == 0) matches.reserve(16);
  index.match_at(toks, ids, pos, matches);
  for (auto& m : matches)
    if (m.end > pos) out.push_back({&rules[refs[m.value].rule], m.end});  // "*" alone matches nothing
}

}  // namespace

const std::vector<ActorMatch>& PhraseLookup::match_actors(std::size_t pos) const {
  actors_.clear();
  if (actors_.capacity() == 0) actors_.reserve(16);
  if (matches_.capacity() == 0) matches_.reserve(16);
  lex_.actor_phrases.match_at(toks_, ids_, pos, matches_);
  for (auto& m : matches_) actors_.push_back({&lex_.actor_entries[m.value], m.end});
  return actors_;
}

const std::vector<RuleMatch<TriggerRule>>& PhraseLookup::match_triggers(std::size_t pos) const {
  rules_at(lex_.trigger_phrases, lex_.trigger_refs, lex_.triggers, toks_, ids_, pos, matches_, triggers_);
  return triggers_;
}

const std::vector<RuleMatch<CueRule>>& PhraseLookup::match_cues(std::size_t pos) const {
  rules_at(lex_.cue_phrases, lex_.cue_refs, lex_.cues, toks_, ids_, pos, matches_, cues_);
  return cues_;
}

}  // namespace annalist::event
