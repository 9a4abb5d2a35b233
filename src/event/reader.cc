// Reading a sentence: tokens, cues, actor phrases, time expressions.
#include "event/reader.h"

#include <algorithm>
#include <utility>

#include "event/actor_spans.h"
#include "event/cues.h"
#include "event/phrase_lookup.h"

namespace annalist::event {
namespace {

// The token spans of the sentence's people: named in full, or by the surname of someone seen.
std::vector<std::pair<std::size_t, std::size_t>> person_names(const Sentence& s, const std::set<int>& seen) {
  std::vector<std::pair<std::size_t, std::size_t>> names;
  for (auto& sp : s.spans)
    if (sp.person >= 0 || (sp.surname >= 0 && seen.count(sp.surname))) names.emplace_back(sp.b, sp.e);
  return names;
}

// The answer buffers of the reader's phrase look-ups: each reading makes one look-up at a time,
// and a thread reads its sentences one after another.
PhraseLookup::Buffers& lookup_buffers() {
  thread_local PhraseLookup::Buffers buffers;
  return buffers;
}

}  // namespace

Sentence read_sentence(const Lexicon& lex, const Document& doc, const base::CodePointIndex& cpi,
                       const std::vector<Timex>& timexes, int index, std::size_t sb, std::size_t se,
                       const std::set<int>& seen) {
  Sentence s = read_words(lex, doc, index, sb, se);
  read_actors(lex, cpi, timexes, seen, s);
  return s;
}

Sentence read_words(const Lexicon& lex, const Document& doc, int index, std::size_t sb, std::size_t se) {
  Sentence s;
  read_words(lex, doc, index, sb, se, s);
  return s;
}

void read_words(const Lexicon& lex, const Document& doc, int index, std::size_t sb, std::size_t se, Sentence& s) {
  // Every field as in a new Sentence, but the buffers below keep their room.
  auto toks = std::move(s.toks);
  auto lowered = std::move(s.lowered);
  auto ids = std::move(s.ids);
  auto cues = std::move(s.cues);
  auto cue_from = std::move(s.cue_from);
  auto kind_next = std::move(s.kind_next);
  auto seen_asked = std::move(s.seen_asked);
  auto trigger_matches = std::move(s.trigger_matches);
  auto trigger_from = std::move(s.trigger_from);
  s = Sentence();
  s.index = index;
  s.byte_begin = sb;
  s.byte_end = se;
  tokenize(doc.text, sb, se, toks, lowered);
  s.toks = std::move(toks);
  s.lowered = std::move(lowered);
  cue_from.clear();
  s.cue_from = std::move(cue_from);
  kind_next.clear();
  s.kind_next = std::move(kind_next);
  seen_asked.clear();
  s.seen_asked = std::move(seen_asked);
  trigger_matches.clear();
  s.trigger_matches = std::move(trigger_matches);
  trigger_from.clear();
  s.trigger_from = std::move(trigger_from);
  ids.clear();
  cues.clear();
  if (s.toks.empty()) {
    s.ids = std::move(ids);
    s.cues = std::move(cues);
    return;
  }
  lex.vocabulary.ids(s.toks, ids);
  s.ids = std::move(ids);
  PhraseLookup lookup(lex, s.toks, s.ids, &lookup_buffers());
  find_cues(lookup, s.toks, cues);
  s.cues = std::move(cues);
  s.index_cues();
}

bool timexes_in_byte_order(const std::vector<Timex>& timexes) {
  for (std::size_t i = 0; i < timexes.size(); ++i)
    if (timexes[i].byte_end <= timexes[i].byte_begin || (i > 0 && timexes[i].byte_begin < timexes[i - 1].byte_begin))
      return false;
  return true;
}

void read_actors(const Lexicon& lex, const base::CodePointIndex& cpi, const std::vector<Timex>& timexes,
                 const std::set<int>& seen, Sentence& s, bool in_byte_order) {
  s.timexes.clear();
  if (s.toks.empty()) return;
  const std::size_t sb = s.byte_begin, se = s.byte_end;
  // Read again only when the answer could differ: the people seen so far changed one of the
  // answers the last reading asked (most sentences name nobody whose surname is in question).
  if (!s.actors_settled && !(s.actors_repeatable && same_seen_answers(s.seen_asked, seen))) {
    s.spans.clear();
    PhraseLookup lookup(lex, s.toks, s.ids, &lookup_buffers());
    bool surname_pending = false;
    s.seen_asked.clear();
    s.spans = find_actor_spans(lookup, s.toks, s.cues, seen, &surname_pending, &s.seen_asked);
    for (auto& sp : s.spans)  // person_names asks about these
      if (sp.surname >= 0) s.seen_asked.push_back(seen_answer(sp.surname, seen));
    // "Theresa May" is no modal "may": a cue inside a person's name is none. The names are taken
    // out first (most sentences have none or a few), not tested again for every cue.
    const std::size_t cues_before = s.cues.size();
    const auto names = person_names(s, seen);
    if (!names.empty())
      s.cues.erase(std::remove_if(s.cues.begin(), s.cues.end(),
                                  [&](const CueHit& c) {
                                    for (auto& [b, e] : names)
                                      if (c.b < e && b < c.e) return true;
                                    return false;
                                  }),
                   s.cues.end());
    if (s.cues.size() != cues_before) s.index_cues();
    // A quote that closes within a few words is a scare quote, not a clause break. (No table for
    // a sentence without quotes, most of them: breaks() reads a missing entry as none.)
    s.scare_quotes.clear();
    for (std::size_t k = 0; k < s.toks.size(); ++k) {
      if (s.toks[k].word || !is_quote(s.toks[k]) || (k < s.scare_quotes.size() && s.scare_quotes[k])) continue;
      if (s.scare_quotes.empty()) s.scare_quotes.assign(s.toks.size(), false);
      for (std::size_t j = k + 1; j < s.toks.size() && j <= k + 4; ++j) {
        if (is_quote(s.toks[j])) {
          if (j > k + 1) s.scare_quotes[k] = s.scare_quotes[j] = true;
          break;
        }
        if (!s.toks[j].word) break;
      }
    }
    s.trigger_matches.clear();
    s.trigger_from.resize(s.toks.size() + 1);
    std::size_t filled = 0;  // trigger_from is set below this token
    lookup.for_each_trigger([&](std::size_t k, const TriggerRule* rule, std::size_t e) {
      while (filled <= k) s.trigger_from[filled++] = static_cast<std::uint32_t>(s.trigger_matches.size());
      if (s.trigger_matches.capacity() == 0) s.trigger_matches.reserve(8);  // once, not grown from one
      s.trigger_matches.push_back({rule, e});
    });
    while (filled <= s.toks.size()) s.trigger_from[filled++] = static_cast<std::uint32_t>(s.trigger_matches.size());
    // Only surnames depend on the people seen so far; without them, and with the cues as they
    // were, reading again would give the same spans, cues and trigger starts.
    s.actors_repeatable = s.cues.size() == cues_before;
    s.actors_settled = s.cues.size() == cues_before && !surname_pending &&
                       std::none_of(s.spans.begin(), s.spans.end(), [](const Span& sp) { return sp.surname >= 0; });
  }
  std::vector<std::pair<std::size_t, std::size_t>> names;  // made for the first expression inside
  bool names_made = false;
  // In byte order, the timexes that start inside the sentence are one run (one that starts at or
  // after its end cannot end inside it).
  auto first = timexes.begin(), last = timexes.end();
  if (in_byte_order) {
    first = std::lower_bound(timexes.begin(), timexes.end(), sb,
                             [](const Timex& x, std::size_t b) { return x.byte_begin < b; });
    last = std::lower_bound(first, timexes.end(), se, [](const Timex& x, std::size_t b) { return x.byte_begin < b; });
  }
  for (auto it = first; it != last; ++it) {
    const Timex& x = *it;
    std::size_t xb = x.byte_end > x.byte_begin ? x.byte_begin : cpi.to_byte(x.begin);
    std::size_t xe = x.byte_end > x.byte_begin ? x.byte_end : cpi.to_byte(x.end);
    if (xb < sb || xe > se) continue;
    std::size_t b = kNone, e = kNone;
    // Tokens are in text order: none after one that starts at xe or later changes b or e.
    for (std::size_t k = 0; k < s.toks.size() && s.toks[k].byte_begin < xe; ++k) {
      if (b == kNone && s.toks[k].byte_end > xb) b = k;
      e = k + 1;
    }
    if (b == kNone || e == kNone || e <= b) continue;
    if (!names_made) {
      names = person_names(s, seen);
      names_made = true;
    }
    bool in_name = false;  // "May" in "Theresa May" is not a month
    for (auto& [nb, ne] : names)
      if (b < ne && nb < e) in_name = true;
    if (in_name) continue;
    s.timexes.push_back({b, e, &x});
  }
}

}  // namespace annalist::event
