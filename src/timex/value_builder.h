// Phase one of tagging: a rule match becomes a draft timex (a literal value, or a relative value with
// the tense cue and paragraph it was found in); the anchoring step resolves it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/resolve.h"
#include "model/types.h"
#include "timex/matcher.h"
#include "timex/rule_set.h"

namespace annalist::timex {

/// Result of parsing a rendered `rel ...` value.
struct RelSpec {
  calendar::RelativeValue value;
  bool narrative = false;  ///< anchor=narrative: counts from the time the story has reached
  bool context = false;    ///< anchor=context: the story's time inside a dated past, else the DCT
  bool tense = false;      ///< dir=tense / tense-near / cue-near: direction from the context of the match
  bool adjacent = false;   ///< dir=cue-near: only a cue right before the match counts
  calendar::Direction tense_default = calendar::Direction::kPast;  ///< when the context has no cue
  bool gran_narrative = false;  ///< gran=narrative: DCT-relative, at the narrative time's granularity
};

/// A recognised expression before its anchor is chosen (phase one of tagging).
struct Draft {
  Timex timex;              ///< span, type, mod and rule; value and anchor when `relative` is false
  bool relative = false;    ///< `rel` holds the value still to resolve
  RelSpec rel;
  calendar::Direction cue = calendar::Direction::kNone;  ///< tense cue before it: kFuture, kPast or kNone
  int paragraph = 0;        ///< 0-based line of the text it starts on
  bool opens_sentence = false;  ///< at most a preposition or two before it in its sentence ("In 2001, ...")
  bool sets_narrative = true;  ///< the rule lets it become the time the story has reached
};

/// Parses "rel unit=year shift=-1 ..." (the part after "rel"); nullopt with `error` set when malformed.
std::optional<RelSpec> parse_rel(std::string_view args, std::string* error = nullptr);

/// Builds the drafts of one document's matches.
class ValueBuilder {
 public:
  ValueBuilder(const RuleSet& rs, const TokenBuffer& tb, std::string_view text, const Matcher& m)
      : rs_(rs), tb_(tb), text_(text), matcher_(m) {}

  /// Fills type, mod, tense and the literal value (anchor "absolute") or the relative value of
  /// `d`; false when the match yields no valid value (e.g. "February 30").
  bool build(const RuleMatch& m, Draft& d);

  /// The value template of the last `build`, rendered (for `--explain`).
  const std::string& rendered() const { return scratch_; }

  /// Direction implied by the words before token `begin`: kFuture after a future cue
  /// ("will", "is expected to"), kPast after a past cue ("said"), else `otherwise`.
  calendar::Direction tense_before(int begin, calendar::Direction otherwise, int window) const;

  /// Whether the expression at token `begin` opens its sentence, after at most two words or
  /// punctuation marks ("In 2001, ...", "On 3 May 1961 the ..."): a date that sets the scene.
  bool opens_sentence(int begin) const;

 private:
  bool render(const Template& t, const RuleMatch& m, std::string& out) const;

  const RuleSet& rs_;
  const TokenBuffer& tb_;
  std::string_view text_;
  const Matcher& matcher_;
  std::string scratch_;
};

}  // namespace annalist::timex
