// Helpers over one sentence's tokens and cues.
#include "event/sentence.h"

namespace annalist::event {

bool cue_at(const std::vector<CueHit>& cues, std::size_t k, std::string_view kind) {
  for (auto& c : cues)
    if (c.b == k && c.rule->kind == kind) return true;
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

bool Sentence::cue_at(std::size_t k, std::string_view kind) const { return event::cue_at(cues, k, kind); }

bool Sentence::cue_before(std::size_t k, std::string_view kind) const {
  for (auto& c : cues)
    if (c.e == k && c.rule->kind == kind) return true;
  return false;
}

const CueHit* Sentence::cue_starting(std::size_t k, std::string_view kind) const {
  const CueHit* best = nullptr;
  for (auto& c : cues)
    if (c.b == k && c.rule->kind == kind && (!best || c.e > best->e)) best = &c;
  return best;
}

}  // namespace annalist::event
