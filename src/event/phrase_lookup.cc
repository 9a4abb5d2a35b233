// Phrase lookup by token comparison: a phrase is tried where its first token matches.
#include "event/phrase_lookup.h"

#include "event/sentence.h"

namespace annalist::event {
namespace {

// Token-level match of a phrase at `pos`; "*" skips zero to three word tokens (the fewest that let
// the rest match), "#" is a number. Returns the end token index or kNone.
std::size_t match_phrase(const std::vector<Token>& toks, std::size_t pos, const Phrase& ph, std::size_t pi = 0) {
  if (pi == ph.size()) return pos;
  if (ph[pi] == "*") {
    for (std::size_t skip = 0; skip <= 3; ++skip) {
      if (skip > 0 && (pos + skip - 1 >= toks.size() || !toks[pos + skip - 1].word)) break;
      std::size_t r = match_phrase(toks, pos + skip, ph, pi + 1);
      if (r != kNone) return r;
    }
    return kNone;
  }
  if (pos >= toks.size()) return kNone;
  if (ph[pi] == "#") {
    if (!toks[pos].number) return kNone;
  } else if (toks[pos].norm != ph[pi]) {
    return kNone;
  }
  return match_phrase(toks, pos + 1, ph, pi + 1);
}

template <typename Rule>
std::vector<RuleMatch<Rule>> rules_at(const std::vector<Rule>& rules, const std::vector<Token>& toks, std::size_t pos) {
  std::vector<RuleMatch<Rule>> out;
  for (auto& r : rules)
    for (auto& ph : r.phrases) {
      std::size_t e = match_phrase(toks, pos, ph);
      if (e != kNone && e > pos) out.push_back({&r, e});
    }
  return out;
}

}  // namespace

std::vector<ActorMatch> PhraseLookup::actors_at(std::size_t pos) const {
  std::vector<ActorMatch> out;
  if (pos >= toks_.size()) return out;
  auto it = lex_.actor_index.find(toks_[pos].norm);
  if (it == lex_.actor_index.end()) return out;
  for (auto& ent : it->second) {
    std::size_t e = match_phrase(toks_, pos, ent.phrase);
    if (e != kNone) out.push_back({&ent, e});
  }
  return out;
}

std::vector<RuleMatch<TriggerRule>> PhraseLookup::triggers_at(std::size_t pos) const {
  return rules_at(lex_.triggers, toks_, pos);
}

std::vector<RuleMatch<CueRule>> PhraseLookup::cues_at(std::size_t pos) const { return rules_at(lex_.cues, toks_, pos); }

}  // namespace annalist::event
