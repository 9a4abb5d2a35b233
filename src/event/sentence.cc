// Helpers over one sentence's tokens and cues.
#include "event/sentence.h"

#include <algorithm>
#include <utility>

namespace annalist::event {

namespace {

// The cues that start at token k: cues are in order of their start token (find_cues), so a
// binary search finds them without reading the sentence's other cues.
std::pair<std::vector<CueHit>::const_iterator, std::vector<CueHit>::const_iterator> cues_starting(
    const std::vector<CueHit>& cues, std::size_t k) {
  auto first = std::lower_bound(cues.begin(), cues.end(), k, [](const CueHit& c, std::size_t b) { return c.b < b; });
  auto last = first;
  while (last != cues.end() && last->b == k) ++last;
  return {first, last};
}

}  // namespace

bool cue_at(const std::vector<CueHit>& cues, std::size_t k, std::string_view kind) {
  auto [first, last] = cues_starting(cues, k);
  const std::uint32_t want = RuleWord::signature(kind);
  for (auto it = first; it != last; ++it)
    if (it->rule->kind.is(kind, want)) return true;
  return false;
}

bool clause_break(const Token& t) {
  if (t.word) return false;  // punctuation only (is_quote, ";", ":", the em dash)
  return t.text == ";" || t.text == ":" || is_quote(t) || t.text == "\xE2\x80\x94";
}

std::string Sentence::text(std::size_t b, std::size_t e) const {
  std::string s;
  for (std::size_t k = b; k < e; ++k) {
    if (k > b && toks[k].byte_begin > toks[k - 1].byte_end) s += ' ';
    s += toks[k].text;
  }
  return s;
}

std::size_t Sentence::words(std::size_t from, std::size_t to) const {
  std::size_t n = 0;
  for (std::size_t k = from; k < to; ++k)
    if (toks[k].word) ++n;
  return n;
}

void Sentence::index_cues() {
  const auto n = static_cast<std::uint32_t>(cues.size());
  cue_from.assign(toks.size() + 1, n);
  cue_kind_bits = 0;
  kind_first.fill(n);
  kind_next.resize(cues.size());
  for (std::size_t i = cues.size(); i-- > 0;) {
    if (cues[i].b < toks.size()) cue_from[cues[i].b] = static_cast<std::uint32_t>(i);
    const std::uint32_t sig = cues[i].rule->kind.signature();
    cue_kind_bits |= kind_bit(sig);
    kind_next[i] = kind_first[kind_bucket(sig)];
    kind_first[kind_bucket(sig)] = static_cast<std::uint32_t>(i);
  }
  for (std::size_t k = toks.size(); k-- > 0;) cue_from[k] = std::min(cue_from[k], cue_from[k + 1]);
}

std::pair<std::vector<CueHit>::const_iterator, std::vector<CueHit>::const_iterator> Sentence::cues_at(
    std::size_t k) const {
  if (k < toks.size() && cues_indexed())
    return {cues.begin() + cue_from[k], cues.begin() + cue_from[k + 1]};
  return cues_starting(cues, k);
}

bool Sentence::cue_at_unindexed(std::size_t k, std::string_view kind, std::uint32_t want) const {
  if (lacks_cue_kind(want)) return false;
  auto [first, last] = cues_at(k);
  for (auto it = first; it != last; ++it)
    if (it->rule->kind.is(kind, want)) return true;
  return false;
}

bool Sentence::cue_before(std::size_t k, std::string_view kind) const {
  const std::uint32_t want = RuleWord::signature(kind);
  if (cues_indexed()) {
    if (!(cue_kind_bits & kind_bit(want))) return false;
    for (std::size_t i = first_cue_of_bucket(want); i < cues.size(); i = kind_next[i])
      if (cues[i].e == k && cues[i].rule->kind.is(kind, want)) return true;
    return false;
  }
  for (auto& c : cues)
    if (c.e == k && c.rule->kind.is(kind, want)) return true;
  return false;
}

const CueHit* Sentence::cue_starting(std::size_t k, std::string_view kind) const {
  const CueHit* best = nullptr;
  const std::uint32_t want = RuleWord::signature(kind);
  if (lacks_cue_kind(want)) return nullptr;
  auto [first, last] = cues_at(k);
  for (auto it = first; it != last; ++it)
    if (it->rule->kind.is(kind, want) && (!best || it->e > best->e)) best = &*it;
  return best;
}

}  // namespace annalist::event
