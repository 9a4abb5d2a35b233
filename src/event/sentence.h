// The plain structs the extraction stages hand each other: one sentence read into tokens, actor
// phrases, cues and time expressions; trigger hits; resolved actors.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "event/lexicon.h"
#include "event/phrase_lookup.h"
#include "event/tokens.h"
#include "model/types.h"

namespace annalist::event {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

/// Meetings, calls, visits and summits are gatherings; statements and agreements are not.
inline bool is_gathering(EventType t) { return t != EventType::kStatement && t != EventType::kAgreement; }

/// One actor phrase of a sentence; several lexicon kinds may share the span ("Beijing": place and
/// metonym). Token span [b, e).
struct Span {
  std::size_t b = 0, e = 0;
  int person = -1, surname = -1, country = -1, place = -1, title = -1;
  ActorKind country_kind = ActorKind::kCountry;
};

/// One cue phrase of a sentence, token span [b, e).
struct CueHit {
  std::size_t b, e;
  const CueRule* rule;
};

/// One time expression of the tagger, as a token span of the sentence.
struct TimexSpan {
  std::size_t b, e;
  const Timex* timex;
};

/// A trigger phrase of a sentence and the clause that bounds its participants.
struct TriggerHit {
  std::size_t b, e;  ///< token span
  const TriggerRule* rule;
  std::size_t clause_b = 0, clause_e = kNone;  ///< coordinated clauses bound it
  bool embedded = false;     ///< a dated gathering named inside another report's sentence
  bool prospective = false;  ///< a later gathering the sentence's report prepares ("ahead of the summit")
  bool retrospective = false;  ///< an earlier gathering the report follows ("met after the summit ended")
  /// A gathering that follows the sentence's report ("..., followed by talks with X", "... to Lima,
  /// where a summit is to be held"): the report's subject attends it too. Its clause starts at the cue.
  bool sequel = false;
  /// A gathering dated from the report by a duration ("came two weeks after X returned from a
  /// visit to Egypt"): the index into Sentence::timexes of the duration, and the direction.
  std::size_t offset = kNone;
  bool offset_before = false;  ///< "two days before X": later than the report's day
};

/// A participant candidate of the sentence: a person, a country or an institution.
struct Actor {
  std::string name;
  bool person = false;
  std::size_t b = 0, e = 0;  ///< token span
  std::string country;       ///< of a person, when known
};

/// Tokens that end a clause for cue windows and participant scope: ; : quotes and the em dash.
/// (Periods inside a sentence belong to abbreviations, "St. Petersburg", so they do not count.)
bool clause_break(const Token& t);

/// One sentence as the stages see it.
struct Sentence {
  int index = 0;                            ///< in the document
  std::size_t byte_begin = 0, byte_end = 0;  ///< in the document text
  std::vector<Token> toks;
  /// The normal forms of the tokens that differ from their text (Token::norm views them): moved
  /// with the tokens, never changed while they are read. (A copy of a sentence views the
  /// original's.)
  std::vector<char> lowered;
  std::vector<Vocabulary::Id> ids;  ///< the tokens' words in the lexicon's vocabulary, for phrase lookup
  std::vector<Span> spans;       ///< actor phrases, in text order, not overlapping
  std::vector<CueHit> cues;      ///< every cue phrase, by start token then file order
  /// Per token k, and one past the last: the first cue that starts at k or later, so that the cues
  /// at k are cues[cue_from[k], cue_from[k + 1]) (index_cues(); the stages ask per token). Not
  /// used when it does not match the cues (cue_from.back() != cues.size()).
  std::vector<std::uint32_t> cue_from;
  /// index_cues(): one bit (of 64, by kind_bit) per kind among the cues, so that the stages answer
  /// "no cue of this kind" without reading the cues (most kinds asked about are absent).
  std::uint64_t cue_kind_bits = 0;
  /// index_cues(): per bucket of kinds (kind_bucket, the bit of cue_kind_bits), its first cue, and
  /// per cue the next cue of its bucket (cues.size() after the last): a question about one kind
  /// reads the cues of its bucket only, in order, not every cue of the sentence.
  std::array<std::uint32_t, 64> kind_first{};
  std::vector<std::uint32_t> kind_next;
  std::vector<TimexSpan> timexes;  ///< the tagger's expressions inside the sentence, names excluded
  /// Every trigger phrase, by start token then file order (read_actors looks them up once; the
  /// trigger stage reads them here). Those at token k are
  /// trigger_matches[trigger_from[k], trigger_from[k + 1]); trigger_from is empty until read.
  std::vector<RuleMatch<TriggerRule>> trigger_matches;
  std::vector<std::uint32_t> trigger_from;
  bool actors_settled = false;       ///< spans, cues and trigger starts stay the same when read again
  /// The last reading of the actors asked `seen` these answers (actor_spans.h, seen_answer) and
  /// dropped no cue: a reading with the same answers would be the same.
  std::vector<int> seen_asked;
  bool actors_repeatable = false;
  std::vector<bool> scare_quotes;    ///< per token: a quote around a few words ("an 'informal' summit")

  /// Token k ends a clause (clause_break), unless it is a scare quote.
  bool breaks(std::size_t k) const { return clause_break(toks[k]) && !(k < scare_quotes.size() && scare_quotes[k]); }
  /// Tokens [b, e) hold no clause break and no comma: one phrase runs through them.
  bool unbroken(std::size_t b, std::size_t e) const {
    for (std::size_t k = b; k < e; ++k)
      if (breaks(k) || toks[k].text == ",") return false;
    return true;
  }

  bool starts_trigger(std::size_t k) const {
    return k + 1 < trigger_from.size() && trigger_from[k] != trigger_from[k + 1];
  }

  /// Builds cue_from and cue_kind_bits; call it after changing cues.
  void index_cues();
  /// cue_from and cue_kind_bits describe the cues (index_cues() was called after the last change).
  bool cues_indexed() const { return cue_from.size() == toks.size() + 1 && cue_from.back() == cues.size(); }
  /// The bit of cue_kind_bits for a kind's RuleWord::signature.
  static unsigned kind_bucket(std::uint32_t sig) { return (sig * 0x9E3779B1u) >> 26; }
  static std::uint64_t kind_bit(std::uint32_t sig) { return std::uint64_t(1) << kind_bucket(sig); }
  /// With the cues indexed: the first cue whose kind may have the signature `sig` (then follow
  /// kind_next), cues.size() when none.
  std::size_t first_cue_of_bucket(std::uint32_t sig) const { return kind_first[kind_bucket(sig)]; }
  /// Surely no cue of the kind whose signature is `sig` (false when unsure: cues not indexed).
  bool lacks_cue_kind(std::uint32_t sig) const { return cues_indexed() && !(cue_kind_bits & kind_bit(sig)); }
  /// The words of [b, e) as written, single spaces where the text had space.
  std::string text(std::size_t b, std::size_t e) const;
  /// Word tokens in [from, to).
  std::size_t words(std::size_t from, std::size_t to) const;
  /// A cue of `kind` starts at token k. (Inline: the stages ask it for nearly every token they
  /// look at, and the kind's signature of a literal is then worked out by the compiler.)
  [[gnu::always_inline]] bool cue_at(std::size_t k, std::string_view kind) const {
    const std::uint32_t want = RuleWord::signature(kind);
    if (k < toks.size() && cues_indexed()) {
      if (!(cue_kind_bits & kind_bit(want))) return false;
      for (std::uint32_t i = cue_from[k], end = cue_from[k + 1]; i < end; ++i)
        if (cues[i].rule->kind.is(kind, want)) return true;
      return false;
    }
    return cue_at_unindexed(k, kind, want);
  }
  /// The cues that start at token k.
  std::pair<std::vector<CueHit>::const_iterator, std::vector<CueHit>::const_iterator> cues_at(
      std::size_t k) const;
  /// A cue of `kind` ends right before token k (its last token is k - 1).
  bool cue_before(std::size_t k, std::string_view kind) const;
  /// The cue of `kind` that starts at k, or nullptr (the longest when several do).
  const CueHit* cue_starting(std::size_t k, std::string_view kind) const;

 private:
  bool cue_at_unindexed(std::size_t k, std::string_view kind, std::uint32_t want) const;
};

// A vector of sentences must move them when it grows (a copy's normal forms would view the
// original's lowered forms).
static_assert(std::is_nothrow_move_constructible_v<Sentence>, "sentences move without copying");

/// A cue of `kind` starts at token k.
bool cue_at(const std::vector<CueHit>& cues, std::size_t k, std::string_view kind);


}  // namespace annalist::event
