// Actor phrases of a sentence: the longest match at each token wins; kinds sharing it are merged.
#include "event/actor_spans.h"

#include <algorithm>

namespace annalist::event {

std::vector<Span> find_actor_spans(const PhraseLookup& lookup, const std::vector<Token>& toks,
                                   const std::vector<CueHit>& cues, const std::set<int>& seen,
                                   bool* surname_pending, std::vector<int>* seen_asked) {
  const auto& people = lookup.lexicon().people;
  auto is_seen = [&](int person) {
    const bool yes = seen.count(person) != 0;
    if (seen_asked) seen_asked->push_back(yes ? -1 - person : person);
    return yes;
  };
  std::vector<Span> spans;
  const std::uint32_t formal = RuleWord::signature("formal-state");
  int formal_title = -1;  // some cue is a state's formal title: -1 not asked yet
  // The cues are in token order, and so is k: a cursor finds those at k without a search.
  const std::uint32_t definite = RuleWord::signature("definite");
  std::size_t next_cue = 0;
  auto definite_at = [&](std::size_t k) {
    while (next_cue < cues.size() && cues[next_cue].b < k) ++next_cue;
    for (std::size_t c = next_cue; c < cues.size() && cues[c].b == k; ++c)
      if (cues[c].rule->kind.is("definite", definite)) return true;
    return false;
  };
  for (std::size_t k = 0; k < toks.size();) {
    // Names are capitalised ("us" is not the United States); titles need not be. Where no name
    // can start, a word that starts no title needs no look-up (most words of a sentence).
    const bool name_here = toks[k].capitalised ||
                           (k + 1 < toks.size() && toks[k + 1].capitalised && definite_at(k));
    if (!name_here && !lookup.titles_may_start(k)) {
      ++k;
      continue;
    }
    Span sp;
    std::size_t best = 0;
    // "the European Council president": a body whose last word starts a title ("council
    // president") yields that word to it; the words before are read on their own ("European").
    // (actors_at reuses its buffer: after a look at the body's last word, the matches at k are
    // read again; most starts name no body, and are looked up once.)
    std::size_t limit = toks.size(), body_end = 0;
    const std::vector<ActorMatch>* at_k = &lookup.actors_at(k);
    for (const ActorMatch& m : *at_k)
      if (m.end - k >= 2 && m.entry->kind == ActorKind::kCountry &&
          lookup.lexicon().countries[m.entry->index].organisation)
        body_end = std::max(body_end, m.end);
    if (body_end) {
      for (const ActorMatch& t : lookup.actors_at(body_end - 1))
        if (t.entry->kind == ActorKind::kTitle && t.end > body_end) limit = body_end - 1;
      at_k = &lookup.actors_at(k);
    }
    const auto& matches = *at_k;
    const bool cap = !matches.empty() && name_here;
    for (const ActorMatch& m : matches) {
      const ActorEntry& ent = *m.entry;
      std::size_t e = m.end;
      if (e > limit) continue;
      if (e - k < best) continue;
      if (ent.kind != ActorKind::kTitle && !cap) continue;
      // A weak alias that nothing can resolve yet: only a full mention or an office makes it someone.
      if (ent.kind == ActorKind::kSurname && people[ent.index].offices.empty() && !is_seen(ent.index)) {
        if (surname_pending) *surname_pending = true;
        continue;
      }
      // A title beside a name of the same length loses, except to the surname of someone not
      // named in the document ("NSA" is the adviser, not a Mr Nsa of the dictionaries).
      if (ent.kind == ActorKind::kTitle && best > 0 && e - k == best) {
        bool only_unseen_surname = sp.person < 0 && sp.country < 0 && sp.place < 0 && sp.surname >= 0 &&
                                   !is_seen(sp.surname);
        if (!only_unseen_surname) continue;
        sp.surname = -1;
      }
      if (e - k > best) {
        sp = Span{};
        best = e - k;
      }
      switch (ent.kind) {
        case ActorKind::kPerson:
          sp.person = ent.index;
          break;
        case ActorKind::kSurname:
          // Several people share a surname ("Li"): the one already named in this document.
          if (sp.person < 0 && (sp.surname < 0 || is_seen(ent.index))) sp.surname = ent.index;
          break;
        case ActorKind::kCountry:
        case ActorKind::kDemonym:
        case ActorKind::kMetonym:
          if (sp.country < 0 || ent.kind == ActorKind::kCountry) {
            sp.country = ent.index;
            sp.country_kind = ent.kind;
          }
          break;
        case ActorKind::kPlace:
          sp.place = ent.index;
          break;
        case ActorKind::kTitle:
          if (sp.title < 0) sp.title = ent.index;
          break;
      }
    }
    if (best == 0) {
      ++k;
      continue;
    }
    sp.b = k;
    sp.e = k + best;
    // "the Arab Republic of Egypt": a state's formal title belongs to its name. The cues are in
    // token order and a cue that ends at the name starts before it: none from there on can.
    // Whether the sentence has such a title at all is asked once, at its first state.
    if (sp.country >= 0 && sp.country_kind == ActorKind::kCountry && formal_title == -1)
      formal_title = std::any_of(cues.begin(), cues.end(), [&](const CueHit& c) { return c.rule->kind.is("formal-state", formal); });
    if (sp.country >= 0 && sp.country_kind == ActorKind::kCountry && formal_title == 1)
      for (auto& c : cues) {
        if (c.b >= sp.b) break;
        if (c.e == sp.b && c.rule->kind == "formal-state" && (spans.empty() || spans.back().e <= c.b)) sp.b = c.b;
      }
    if (spans.capacity() == 0) spans.reserve(8);  // once, not grown from one (most sentences name a few)
    spans.push_back(sp);
    k += best;
  }
  return spans;
}

}  // namespace annalist::event
