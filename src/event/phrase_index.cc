// Token trie: one hash lookup per token and trie node on the path, wildcards as extra edges.
#include "event/phrase_index.h"

#include <algorithm>
#include <cstring>

#include "base/hash.h"

namespace annalist::event {
namespace {

constexpr std::size_t kMaxStarWords = 3;  // "*" skips at most this many words

}  // namespace

void Vocabulary::place(std::uint64_t h, Id id) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  while (slots_[i].id != kUnknown) i = (i + 1) & mask;
  slots_[i] = {static_cast<std::uint32_t>(h >> 32), id};
}

Vocabulary::Id Vocabulary::intern(const std::string& word) {
  if (Id id = find(word); id != kUnknown) return id;
  words_.push_back(word);
  keys_.push_back(short_key(word));
  const Id id = static_cast<Id>(words_.size());  // 0 is kUnknown
  if (word.size() == 1) byte_ids_[static_cast<unsigned char>(word[0])] = id;
  if (slots_.size() < 2 * words_.size()) {  // grow: keep the table at most half full
    std::size_t n = slots_.empty() ? 64 : slots_.size();
    while (n < 2 * words_.size()) n *= 2;
    slots_.assign(n, Slot{});
    for (Id k = 1; k <= id; ++k) place(hash(words_[k - 1], keys_[k - 1]), k);
  } else {
    place(hash(word, keys_.back()), id);
  }
  return id;
}

std::vector<Vocabulary::Id> Vocabulary::ids(const std::vector<Token>& toks) const {
  std::vector<Id> out;
  ids(toks, out);
  return out;
}

void Vocabulary::ids(const std::vector<Token>& toks, std::vector<Id>& out) const {
  out.resize(toks.size());
  Id* id = out.data();
  for (auto& t : toks) *id++ = find(t.norm);  // inline: one look-up per token of every text
}

void PhraseIndex::add(Vocabulary& vocabulary, const std::vector<std::string>& phrase, std::uint32_t value,
                      bool marked) {
  if (phrase.empty()) return;
  if (marked) {
    if (phrase[0] == "*" || phrase[0] == "#") {
      marked_wild_ = true;
    } else {
      const Vocabulary::Id id = vocabulary.intern(phrase[0]);
      if (marked_first_.size() <= id) marked_first_.resize(id + 1, false);
      marked_first_[id] = true;
    }
  }
  std::uint32_t node = 0;
  bool after_star = false, below_star = false;
  for (auto& w : phrase) {
    std::uint32_t next;
    const bool star = w == "*";
    if (star || w == "#") {
      wildcards_ = true;
      std::uint32_t& slot = star ? nodes_[node].star : nodes_[node].number;
      if (!slot) {
        slot = static_cast<std::uint32_t>(nodes_.size());
        nodes_.emplace_back();
      }
      next = star ? nodes_[node].star : nodes_[node].number;  // nodes_ may have moved
    } else {
      const Vocabulary::Id id = vocabulary.intern(w);
      if (after_star) {
        if (after_star_.size() <= id) after_star_.resize(id + 1, false);
        after_star_[id] = true;
      }
      if (node == 0) {
        // The first word of a phrase: a direct table, since every token of a text is looked up here.
        if (first_.size() <= id) first_.resize(id + 1, 0);
        if (!first_[id]) {
          first_[id] = static_cast<std::uint32_t>(nodes_.size());
          nodes_.emplace_back();
        }
        next = first_[id];
      } else {
        std::uint64_t key = (std::uint64_t(node) << 32) | id;
        if (std::uint32_t* c = find_edge(key)) {
          next = *c;
        } else {
          next = static_cast<std::uint32_t>(nodes_.size());
          nodes_.emplace_back();
          if (edges_.size() < 2 * (edge_count_ + 1)) {  // grow: keep the table at most half full
            std::vector<Edge> old = std::move(edges_);
            edges_.assign(old.empty() ? 64 : 2 * old.size(), Edge{});
            for (auto& e : old)
              if (e.key) *find_free_edge(e.key) = e;
          }
          *find_free_edge(key) = {key, next};
          ++edge_count_;
          nodes_[node].words = true;
        }
      }
    }
    after_star = star;
    below_star = below_star || star;
    node = next;
  }
  nodes_[node].values.push_back(value);
  if (below_star) nodes_[node].below_star = true;
}

PhraseIndex::Edge* PhraseIndex::find_free_edge(std::uint64_t key) {
  const std::size_t mask = edges_.size() - 1;
  std::size_t i = edge_slot(key) & mask;
  while (edges_[i].key && edges_[i].key != key) i = (i + 1) & mask;
  return &edges_[i];
}

std::uint32_t* PhraseIndex::find_edge(std::uint64_t key) {
  if (edges_.empty()) return nullptr;
  Edge* e = find_free_edge(key);
  return e->key ? &e->child : nullptr;
}

std::uint32_t PhraseIndex::child(std::uint32_t node, Vocabulary::Id word) const {
  if (word == Vocabulary::kUnknown) return 0;
  if (node == 0) return word < first_.size() ? first_[word] : 0;
  if (edges_.empty()) return 0;
  const std::uint64_t key = (std::uint64_t(node) << 32) | word;
  const std::size_t mask = edges_.size() - 1;
  for (std::size_t i = edge_slot(key) & mask;; i = (i + 1) & mask) {
    if (edges_[i].key == key) return edges_[i].child;
    if (!edges_[i].key) return 0;
  }
}

void PhraseIndex::walk(const std::vector<Token>& toks, const std::vector<Vocabulary::Id>& ids, std::uint32_t node,
                       std::size_t pos, std::vector<PhraseMatch>& out) const {
  // Along word edges by a loop; only a wildcard branches.
  for (;;) {
    const Node& n = nodes_[node];
    if (!n.below_star)
      for (auto v : n.values) out.push_back({v, pos});
    else
      for (auto v : n.values)
        if (std::none_of(out.begin(), out.end(), [&](const PhraseMatch& m) { return m.value == v; }))
          out.push_back({v, pos});
    if (n.star) {
      // Fewest words first, as a phrase reads: "held * talks" ends at the first "talks".
      const Node& s = nodes_[n.star];
      // A "*" followed only by words (no phrase ends at it, no wildcard after it): the walk from
      // it would only take the edge of the next word, so only a word that follows some "*" is
      // looked up, and the walk goes on from its child.
      const bool words_only = s.values.empty() && !s.star && !s.number;
      for (std::size_t skip = 0; skip <= kMaxStarWords; ++skip) {
        if (skip > 0 && (pos + skip - 1 >= toks.size() || !toks[pos + skip - 1].word)) break;
        const std::size_t at = pos + skip;
        if (!words_only) {
          walk(toks, ids, n.star, at, out);
        } else if (at < toks.size()) {
          const Vocabulary::Id w = ids[at];
          if (w < after_star_.size() && after_star_[w])
            if (const std::uint32_t c = child(n.star, w)) walk(toks, ids, c, at + 1, out);
        }
      }
    }
    if (pos >= toks.size()) return;
    if (n.number && toks[pos].number) walk(toks, ids, n.number, pos + 1, out);
    if (!n.words && node != 0) return;
    const std::uint32_t c = child(node, ids[pos]);
    if (!c) return;
    node = c;
    ++pos;
  }
}

void PhraseIndex::walk_words(const std::vector<Vocabulary::Id>& ids, std::uint32_t node, std::size_t pos,
                             std::vector<PhraseMatch>& out) const {
  // Without wildcards every value has one path (no need to look for it among those found: a
  // common surname has dozens of values at one node), and the path is one chain of word edges.
  // Its nodes are kept and their values given deepest first: where longer phrases have the
  // smaller values (the actor index), the answer is then sorted as it is made.
  constexpr std::size_t kKept = 16;
  std::uint32_t path[kKept];
  std::size_t ends[kKept];
  std::size_t depth = 0;
  for (;;) {
    if (!nodes_[node].values.empty()) {
      if (depth == kKept) {  // a phrase this long: give the kept ones now (match_at sorts)
        for (std::size_t d = depth; d-- > 0;)
          for (auto v : nodes_[path[d]].values) out.push_back({v, ends[d]});
        depth = 0;
      }
      path[depth] = node;
      ends[depth++] = pos;
    }
    if (pos >= ids.size() || (!nodes_[node].words && node != 0)) break;
    const std::uint32_t c = child(node, ids[pos]);
    if (!c) break;
    node = c;
    ++pos;
  }
  for (std::size_t d = depth; d-- > 0;)
    for (auto v : nodes_[path[d]].values) out.push_back({v, ends[d]});
}

void PhraseIndex::match_at(const std::vector<Token>& toks, const std::vector<Vocabulary::Id>& ids, std::size_t pos,
                           std::vector<PhraseMatch>& out) const {
  out.clear();
  // Most tokens start no phrase: no edge from the root for them, no wildcard at the root.
  const Node& root = nodes_[0];
  const std::uint32_t first = pos < toks.size() ? child(0, ids[pos]) : 0;
  if (!root.star && !(root.number && pos < toks.size() && toks[pos].number)) {
    if (!first) return;
    // A word that ends every phrase it starts (a one-word cue): its values, no walk.
    const Node& n = nodes_[first];
    if (!n.words && !n.star && !n.number) {
      for (auto v : n.values)
        if (!wildcards_ || std::none_of(out.begin(), out.end(), [&](const PhraseMatch& m) { return m.value == v; }))
          out.push_back({v, pos + 1});
      const auto by_value = [](const PhraseMatch& a, const PhraseMatch& b) { return a.value < b.value; };
      if (out.size() > 1 && !std::is_sorted(out.begin(), out.end(), by_value)) std::sort(out.begin(), out.end(), by_value);
      return;
    }
  }
  if (wildcards_)
    walk(toks, ids, 0, pos, out);
  else
    walk_words(ids, 0, pos, out);
  // The root's own values would be empty phrases, which add() refuses. Values are unique in the
  // answer, so the order by value is one order whatever the walk's.
  const auto by_value = [](const PhraseMatch& a, const PhraseMatch& b) { return a.value < b.value; };
  if (out.size() > 1 && !std::is_sorted(out.begin(), out.end(), by_value)) std::sort(out.begin(), out.end(), by_value);
}

}  // namespace annalist::event
