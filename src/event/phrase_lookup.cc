// Phrase lookup through the lexicon's token tries (event/phrase_index.h).
#include "event/phrase_lookup.h"

namespace annalist::event {
namespace {

template <typename Rule>
std::vector<RuleMatch<Rule>> rules_at(const PhraseIndex& index, const std::vector<RulePhrase>& refs,
                                      const std::vector<Rule>& rules, const std::vector<Token>& toks,
                                      const std::vector<Vocabulary::Id>& ids, std::size_t pos,
                                      std::vector<PhraseMatch>& matches) {
  std::vector<RuleMatch<Rule>> out;
  index.match_at(toks, ids, pos, matches);
  out.reserve(matches.size());
  for (auto& m : matches)
    if (m.end > pos) out.push_back({&rules[refs[m.value].rule], m.end});  // "*" alone matches nothing
  return out;
}

}  // namespace

std::vector<ActorMatch> PhraseLookup::actors_at(std::size_t pos) const {
  std::vector<ActorMatch> out;
  if (pos >= toks_.size()) return out;
  lex_.actor_phrases.match_at(toks_, ids_, pos, matches_);
  out.reserve(matches_.size());
  for (auto& m : matches_) out.push_back({&lex_.actor_entries[m.value], m.end});
  return out;
}

std::vector<RuleMatch<TriggerRule>> PhraseLookup::triggers_at(std::size_t pos) const {
  return rules_at(lex_.trigger_phrases, lex_.trigger_refs, lex_.triggers, toks_, ids_, pos, matches_);
}

std::vector<RuleMatch<CueRule>> PhraseLookup::cues_at(std::size_t pos) const {
  return rules_at(lex_.cue_phrases, lex_.cue_refs, lex_.cues, toks_, ids_, pos, matches_);
}

}  // namespace annalist::event
