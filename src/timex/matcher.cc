// Backtracking matcher over token patterns; patterns are short, so exploring every path is cheap.
#include "timex/matcher.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace annalist::timex {
namespace {

// Candidate rules at a token depend, before the anchor test, only on the token and the next one:
// their ids and kinds, and the value of a number. Text repeats those pairs ("the" + word, "last"
// + "week", "in" + "1998"), so the filtered list of a pair is worked out once per thread and rule
// set and then read back.
class CandidateCache {
 public:
  /// Rule indexes are kept in 16 bits: a rule set with more rules is not cached.
  static constexpr std::size_t kMaxRules = 0xFFFF;
  /// The list for `key` (the token_bits of the token and of the next one), or nullptr when it
  /// is not known yet; valid until the next insert.
  const std::uint16_t* find(std::uint64_t key, std::uint32_t& len) const {
    if (slots_.empty()) return nullptr;
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = slot(key) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.len == kEmpty) return nullptr;
      if (s.key == key) {
        len = s.len;
        if (s.len <= kInline) return s.rules;
        std::uint32_t at;
        std::memcpy(&at, s.rules, sizeof at);
        return pool_.data() + at;
      }
    }
  }
  void insert(std::uint64_t key, const std::vector<int>& list) {
    // Memory stays flat on an endless stream: the cache starts over when it gets large.
    if (pool_.size() + list.size() > (1u << 22) || count_ + 1 > (std::size_t{1} << 20)) clear();
    if (2 * (count_ + 1) > slots_.size()) grow();
    std::size_t mask = slots_.size() - 1, i = slot(key) & mask;
    while (slots_[i].len != kEmpty) i = (i + 1) & mask;
    Slot& s = slots_[i];
    s.key = key;
    s.len = static_cast<std::uint16_t>(list.size());
    if (list.size() <= kInline) {
      std::copy(list.begin(), list.end(), s.rules);
    } else {
      auto at = static_cast<std::uint32_t>(pool_.size());
      std::memcpy(s.rules, &at, sizeof at);
      pool_.insert(pool_.end(), list.begin(), list.end());
    }
    ++count_;
  }
  void reset_for(std::uint64_t serial) {
    if (serial_ != serial) { clear(); serial_ = serial; }
  }
  /// 32 bits that tell apart every token the prefilter tells apart. A number of at most four
  /// digits is its digits and value: its key, and so its vocabulary id, follow from them. Any
  /// other token is its kind and vocabulary id. false when the id does not fit (then no cache).
  static bool token_bits(const Token& x, std::uint32_t& bits) {
    if (x.kind == TokenKind::kNumber) {
      bits = 0x80000000u | (std::uint32_t{x.digits} << 16) | x.number;  // digits <= 4: number < 10^4
      return true;
    }
    if (static_cast<std::uint32_t>(x.id + 1) >= (1u << 28)) return false;
    bits = (static_cast<std::uint32_t>(x.kind) << 28) | static_cast<std::uint32_t>(x.id + 1);
    return true;
  }

 private:
  // A slot is a quarter of a cache line: the key, and the rules themselves when they are few
  // (most pairs have none to three). At about 5,000 pairs (the bench's input) the table is
  // 256 KB: the second-level cache holds it beside the text and its tokens.
  static constexpr std::uint16_t kEmpty = 0xFFFF;
  static constexpr std::size_t kInline = 3;
  struct alignas(16) Slot {
    std::uint64_t key = 0;
    std::uint16_t len = kEmpty;
    std::uint16_t rules[kInline] = {0, 0, 0};  // or the first two: the offset of the list in pool_
  };
  static std::size_t slot(std::uint64_t k) { return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ULL) >> 29); }
  void clear() {
    slots_.assign(slots_.empty() ? 0 : 1024, Slot{});
    pool_.clear();
    count_ = 0;
  }
  void grow() {
    std::vector<Slot> slots(slots_.empty() ? 1024 : slots_.size() * 2);
    std::size_t mask = slots.size() - 1;
    for (const Slot& s : slots_) {
      if (s.len == kEmpty) continue;
      std::size_t i = slot(s.key) & mask;
      while (slots[i].len != kEmpty) i = (i + 1) & mask;
      slots[i] = s;
    }
    slots_.swap(slots);
  }
  std::vector<Slot> slots_;          // size a power of two, at most half full
  std::vector<std::uint16_t> pool_;  // lists longer than kInline
  std::size_t count_ = 0;
  std::uint64_t serial_ = 0;
};

}  // namespace

bool Matcher::can_enter(int pos) const {
  if (pos >= static_cast<int>(tb_.tokens.size())) return false;
  // A temporal expression never spans a paragraph break.
  return pos == start_ || tb_.tokens[pos].newlines_before < 2;
}

void Matcher::advance(const std::vector<PatternNode>& seq, std::size_t idx, int from, int to, const Frame* up,
                      const std::string* value) {
  const PatternNode& n = seq[idx];
  if (n.capture >= 0) {
    CaptureSpan saved = caps_[n.capture];
    caps_[n.capture] = {from, to, value};
    run(seq, idx + 1, to, up);
    caps_[n.capture] = saved;
  } else {
    run(seq, idx + 1, to, up);
  }
}

void Matcher::run(const std::vector<PatternNode>& seq, std::size_t idx, int pos, const Frame* up) {
  if (idx == seq.size()) {
    if (!up) {
      if (pos > best_->end) {
        best_->end = pos;
        std::copy_n(caps_.begin(), ncaps_, best_->captures.begin());
      }
      return;
    }
    if (up->capture >= 0) {
      CaptureSpan saved = caps_[up->capture];
      const std::string* v =
          (last_lex_ && last_lex_begin_ >= up->capture_start && last_lex_end_ == pos) ? last_lex_ : nullptr;
      caps_[up->capture] = {up->capture_start, pos, v};
      run(*up->seq, up->idx, pos, up->up);
      caps_[up->capture] = saved;
    } else {
      run(*up->seq, up->idx, pos, up->up);
    }
    return;
  }
  const PatternNode& n = seq[idx];
  if (n.guard.on && (pos >= static_cast<int>(tb_.tokens.size()) || !n.guard.admits(tb_.tokens[pos]))) return;
  if (n.zero_width()) {
    if (atom_matches(n, pos) == n.peek) run(seq, idx + 1, pos, up);
    return;
  }
  if (n.optional) run(seq, idx + 1, pos, up);
  switch (n.kind) {
    case PatternNode::kLiteral: {
      if (!can_enter(pos)) return;
      const Token& t = tb_.tokens[pos];
      if (t.id != n.id) return;
      if (!n.exact.empty() && text_.substr(t.begin, t.end - t.begin) != n.exact) return;
      advance(seq, idx, pos, pos + 1, up, nullptr);
      return;
    }
    case PatternNode::kClass: {
      if (!can_enter(pos)) return;
      const Token& t = tb_.tokens[pos];
      const TokenClass& c = n.cls;
      switch (c.kind) {
        case TokenClass::kInt:
          if (t.kind != TokenKind::kNumber || t.digits < c.min_digits || t.digits > c.max_digits ||
              t.number < c.min_value || t.number > c.max_value || (t.digits == 255 && c.max_value != 0xFFFFFFFFu))
            return;
          break;
        case TokenClass::kWord:
          if (t.kind != TokenKind::kWord) return;
          break;
        case TokenClass::kCap:
          if (t.kind != TokenKind::kWord || !t.capitalized) return;
          break;
        case TokenClass::kAny: break;
      }
      advance(seq, idx, pos, pos + 1, up, nullptr);
      return;
    }
    case PatternNode::kLexicon: {
      const Lexicon& lex = rs_.lexicons[n.lexicon];
      if (!lex.suffixes.empty() && can_enter(pos)) {
        int v = suffix_value(lex, pos);
        if (v >= 0) advance(seq, idx, pos, pos + 1, up, &lex.values[v]);
      }
      int node = 0;
      if (pos < static_cast<int>(tb_.tokens.size()) && !lex.may_start(tb_.tokens[pos])) return;
      for (int p = pos; can_enter(p);) {
        const Token& t = tb_.tokens[p];
        int child = lex.child(node, t, text_.substr(t.begin, t.end - t.begin));
        if (child < 0) break;
        node = child;
        ++p;
        if (lex.nodes[node].value >= 0) {
          const std::string* v = &lex.values[lex.nodes[node].value];
          auto sl = last_lex_;
          int sb = last_lex_begin_, se = last_lex_end_;
          last_lex_ = v;
          last_lex_begin_ = pos;
          last_lex_end_ = p;
          advance(seq, idx, pos, p, up, v);
          last_lex_ = sl;
          last_lex_begin_ = sb;
          last_lex_end_ = se;
        }
      }
      return;
    }
    case PatternNode::kGroup: {
      if (!n.literal_ids.empty()) {
        if (!can_enter(pos)) return;
        int id = tb_.tokens[pos].id;
        if (id >= 0 && std::binary_search(n.literal_ids.begin(), n.literal_ids.end(), id))
          advance(seq, idx, pos, pos + 1, up, nullptr);
        return;
      }
      Frame f{&seq, idx + 1, up, n.capture, pos};
      for (const auto& alt : n.alternatives) run(alt, 0, pos, &f);
      return;
    }
  }
}

bool Matcher::atom_matches(const PatternNode& n, int pos) const {
  if (pos >= static_cast<int>(tb_.tokens.size())) return false;
  const Token& t = tb_.tokens[pos];
  switch (n.kind) {
    case PatternNode::kLiteral:
      return t.id == n.id && (n.exact.empty() || text_.substr(t.begin, t.end - t.begin) == n.exact);
    case PatternNode::kLexicon: return lexicon_match(n.lexicon, pos) > 0;
    case PatternNode::kClass:
      switch (n.cls.kind) {
        case TokenClass::kInt: return t.kind == TokenKind::kNumber;
        case TokenClass::kWord: return t.kind == TokenKind::kWord;
        case TokenClass::kCap: return t.kind == TokenKind::kWord && t.capitalized;
        case TokenClass::kAny: return true;
      }
      return false;
    case PatternNode::kGroup: return false;
  }
  return false;
}

void Matcher::match_rule(int r, int pos, RuleMatch& out) {
  const Rule& rule = rs_.rules[r];
  out.rule = r;
  out.begin = pos;
  out.end = -1;
  start_ = pos;
  // Only the rule's own capture slots are used: clearing and copying the others would cost more
  // than most match attempts.
  ncaps_ = std::min(rule.capture_names.size(), kMaxCaptures);
  std::fill_n(caps_.begin(), ncaps_, CaptureSpan{});
  std::fill_n(out.captures.begin(), ncaps_, CaptureSpan{});
  best_ = &out;
  last_lex_ = nullptr;
  last_lex_begin_ = last_lex_end_ = -1;
  run(rule.pattern, 0, pos, nullptr);
  if (out.end <= pos) out.end = -1;
}

void Matcher::all_at(int pos, std::vector<RuleMatch>& out) {
  out.clear();
  const Token& t = tb_.tokens[pos];
  if (seen_.size() != rs_.rules.size()) seen_.assign(rs_.rules.size(), 0);
  ++epoch_;
  RuleMatch& m = scratch_;  // a member: its capture array is not cleared at every position
  const int n = static_cast<int>(tb_.tokens.size());
  const Token* next = pos + 1 < n ? &tb_.tokens[pos + 1] : nullptr;
  // Anchor masks of the tokens from `pos`, OR-ed as far as the rules tried so far needed.
  cum_.resize(static_cast<std::size_t>(rs_.max_anchor_span) + 1);
  cum_[0] = RuleSet::AnchorMask{};
  int cum_len = 0;
  auto anchor_ok = [&](int r) {
    int b = rs_.anchor_bit[r];
    if (b < 0) return true;
    int span = rs_.anchors[r].span;
    if (cum_len < span) {
      // The running OR stays in registers and a token without an id ORs an empty mask: no
      // round trip through memory and no branch per token.
      static const RuleSet::AnchorMask kNone{};
      const Token* tk = tb_.tokens.data();
      const RuleSet::AnchorMask* am = rs_.anchor_mask.data();
      RuleSet::AnchorMask* cum = cum_.data();
      RuleSet::AnchorMask acc = cum[cum_len];
      const int in_text = std::min(span, n - pos);
      for (; cum_len < in_text; ++cum_len) {
        int id = tk[pos + cum_len].id;
        acc = acc | *(id >= 0 ? am + id : &kNone);
        cum[cum_len + 1] = acc;
      }
      for (; cum_len < span; ++cum_len) cum[cum_len + 1] = acc;
    }
    int b2 = rs_.anchor_bit2[r];
    return cum_[span].has(b) && (b2 < 0 || cum_[span].has(b2));
  };
  // The rules of the first-token index, those on the token's digits, then those on any word and
  // on any token, each once, that pass the prefilter of the token and the next one.
  thread_local std::vector<int> allowed;
  allowed.clear();
  auto consider = [&](const std::vector<int>& list) {
    for (int r : list) {
      if (seen_[r] == epoch_) continue;
      seen_[r] = epoch_;
      if (rs_.rule_allows(r, t, next)) allowed.push_back(r);
    }
  };
  auto collect = [&] {
    if (t.id >= 0 && t.id < static_cast<int>(rs_.rules_by_id.size())) {
      if (!rs_.rules_by_id[t.id].empty() && rs_.second_token_by_id[t.id].allows(t, next))
        consider(rs_.rules_by_id[t.id]);
    }
    if (t.kind == TokenKind::kNumber) {
      for (int r : rs_.rules_on_digits[RuleSet::number_bucket(t)]) {
        if (seen_[r] == epoch_) continue;
        seen_[r] = epoch_;
        if (fits_any(rs_.first_ints[r], t) && rs_.rule_allows(r, t, next)) allowed.push_back(r);
      }
    }
    if (t.kind == TokenKind::kWord) consider(rs_.rules_on_word);
    consider(rs_.rules_on_any);
  };
  auto try_rules = [&](const auto* rules, std::uint32_t len) {
    for (std::uint32_t k = 0; k < len; ++k) {
      int r = rules[k];
      if (!anchor_ok(r)) continue;
      match_rule(r, pos, m);
      if (m.end > pos) out.push_back(m);
    }
  };
  // The prefilter reads of each token its id, kind and, for a number, its value and digits: they
  // make the key when numbers are short (years, days, small counts recur; amounts do not).
  auto short_enough = [](const Token* x) { return !x || x->kind != TokenKind::kNumber || x->digits <= 4; };
  std::uint32_t ta = 0, tn = 0;
  if (short_enough(&t) && short_enough(next) && rs_.rules.size() <= CandidateCache::kMaxRules &&
      CandidateCache::token_bits(t, ta) && (!next || CandidateCache::token_bits(*next, tn))) {
    thread_local CandidateCache cache;
    cache.reset_for(rs_.serial);
    // The next token's bits + 1: 0 is "no next token" (token_bits is never all ones).
    const std::uint64_t key = (std::uint64_t{ta} << 32) | (next ? std::uint64_t{tn} + 1 : 0);
    std::uint32_t len = 0;
    if (const std::uint16_t* rules = cache.find(key, len)) {
      try_rules(rules, len);
    } else {
      collect();
      cache.insert(key, allowed);
      try_rules(allowed.data(), static_cast<std::uint32_t>(allowed.size()));
    }
  } else {
    collect();
    try_rules(allowed.data(), static_cast<std::uint32_t>(allowed.size()));
  }
  std::sort(out.begin(), out.end(), [&](const RuleMatch& a, const RuleMatch& b) {
    if (a.end != b.end) return a.end > b.end;
    int pa = rs_.rules[a.rule].priority, pb = rs_.rules[b.rule].priority;
    if (pa != pb) return pa > pb;
    return a.rule < b.rule;
  });
}

bool Matcher::best_at(int pos, RuleMatch& out) {
  std::vector<RuleMatch> all;
  all_at(pos, all);
  if (all.empty()) return false;
  out = std::move(all[0]);
  return true;
}

int Matcher::lexicon_match(int lexi, int pos) const {
  const Lexicon& lex = rs_.lexicons[lexi];
  int node = 0, best = 0;
  if (pos >= static_cast<int>(tb_.tokens.size())) return 0;
  if (!lex.suffixes.empty() && suffix_value(lex, pos) >= 0) best = 1;
  if (!lex.may_start(tb_.tokens[pos])) return best;
  for (int p = pos; p < static_cast<int>(tb_.tokens.size());) {
    const Token& t = tb_.tokens[p];
    int child = lex.child(node, t, text_.substr(t.begin, t.end - t.begin));
    if (child < 0) break;
    node = child;
    ++p;
    if (lex.nodes[node].value >= 0) best = p - pos;
  }
  return best;
}

}  // namespace annalist::timex
