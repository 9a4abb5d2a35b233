// Token trie: one hash lookup per token and trie node on the path, wildcards as extra edges.
#include "event/phrase_index.h"

#include <algorithm>

namespace annalist::event {
namespace {

constexpr std::size_t kMaxStarWords = 3;  // "*" skips at most this many words

}  // namespace

Vocabulary::Id Vocabulary::intern(const std::string& word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  words_.push_back(word);
  Id id = static_cast<Id>(words_.size());  // 0 is kUnknown
  ids_.emplace(words_.back(), id);
  return id;
}

Vocabulary::Id Vocabulary::find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kUnknown : it->second;
}

std::vector<Vocabulary::Id> Vocabulary::ids(const std::vector<Token>& toks) const {
  std::vector<Id> out;
  out.reserve(toks.size());
  for (auto& t : toks) out.push_back(find(t.norm));
  return out;
}

void PhraseIndex::add(Vocabulary& vocabulary, const std::vector<std::string>& phrase, std::uint32_t value) {
  if (phrase.empty()) return;
  std::uint32_t node = 0;
  for (auto& w : phrase) {
    std::uint32_t next;
    if (w == "*" || w == "#") {
      std::uint32_t& slot = w == "*" ? nodes_[node].star : nodes_[node].number;
      if (!slot) {
        slot = static_cast<std::uint32_t>(nodes_.size());
        nodes_.emplace_back();
      }
      next = w == "*" ? nodes_[node].star : nodes_[node].number;  // nodes_ may have moved
    } else if (node == 0) {
      // The first word of a phrase: a direct table, since every token of a text is looked up here.
      Vocabulary::Id id = vocabulary.intern(w);
      if (first_.size() <= id) first_.resize(id + 1, 0);
      if (!first_[id]) {
        first_[id] = static_cast<std::uint32_t>(nodes_.size());
        nodes_.emplace_back();
      }
      next = first_[id];
    } else {
      std::uint64_t key = (std::uint64_t(node) << 32) | vocabulary.intern(w);
      auto it = edges_.find(key);
      if (it == edges_.end()) {
        next = static_cast<std::uint32_t>(nodes_.size());
        nodes_.emplace_back();
        edges_.emplace(key, next);
      } else {
        next = it->second;
      }
    }
    node = next;
  }
  nodes_[node].values.push_back(value);
}

std::uint32_t PhraseIndex::child(std::uint32_t node, Vocabulary::Id word) const {
  if (word == Vocabulary::kUnknown) return 0;
  if (node == 0) return word < first_.size() ? first_[word] : 0;
  auto it = edges_.find((std::uint64_t(node) << 32) | word);
  return it == edges_.end() ? 0 : it->second;
}

void PhraseIndex::walk(const std::vector<Token>& toks, const std::vector<Vocabulary::Id>& ids, std::uint32_t node,
                       std::size_t pos, std::vector<PhraseMatch>& out) const {
  const Node& n = nodes_[node];
  for (auto v : n.values)
    if (std::none_of(out.begin(), out.end(), [&](const PhraseMatch& m) { return m.value == v; }))
      out.push_back({v, pos});
  if (n.star) {
    // Fewest words first, as a phrase reads: "held * talks" ends at the first "talks".
    for (std::size_t skip = 0; skip <= kMaxStarWords; ++skip) {
      if (skip > 0 && (pos + skip - 1 >= toks.size() || !toks[pos + skip - 1].word)) break;
      walk(toks, ids, n.star, pos + skip, out);
    }
  }
  if (pos >= toks.size()) return;
  if (n.number && toks[pos].number) walk(toks, ids, n.number, pos + 1, out);
  if (std::uint32_t c = child(node, ids[pos])) walk(toks, ids, c, pos + 1, out);
}

void PhraseIndex::match_at(const std::vector<Token>& toks, const std::vector<Vocabulary::Id>& ids, std::size_t pos,
                           std::vector<PhraseMatch>& out) const {
  out.clear();
  // Most tokens start no phrase: no edge from the root for them, no wildcard at the root.
  const Node& root = nodes_[0];
  if (!root.star && !(root.number && pos < toks.size() && toks[pos].number) &&
      (pos >= toks.size() || !child(0, ids[pos])))
    return;
  walk(toks, ids, 0, pos, out);
  // The root's own values would be empty phrases, which add() refuses.
  if (out.size() > 1)
    std::sort(out.begin(), out.end(), [](const PhraseMatch& a, const PhraseMatch& b) { return a.value < b.value; });
}

}  // namespace annalist::event
