// Turns a rule match into a Timex value: template rendering, relative values, tense and narrative time.
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
  bool narrative = false;  ///< anchor=narrative
  bool tense = false;      ///< dir=tense / tense-near: direction from the context of the match
  calendar::Direction tense_default = calendar::Direction::kPast;  ///< when the context has no cue
  bool gran_narrative = false;  ///< gran=narrative: DCT-relative, at the narrative time's granularity
};

/// Parses "rel unit=year shift=-1 ..." (the part after "rel"); nullopt with `error` set when malformed.
std::optional<RelSpec> parse_rel(std::string_view args, std::string* error = nullptr);

/// Builds the values of one document's matches, in text order (it keeps the narrative time).
class ValueBuilder {
 public:
  ValueBuilder(const RuleSet& rs, const TokenBuffer& tb, std::string_view text, const Matcher& m)
      : rs_(rs), tb_(tb), text_(text), matcher_(m) {}

  /// Fills type, value, mod and anchor of `tx`; false when the match yields no valid value
  /// (e.g. "February 30").
  bool build(const RuleMatch& m, std::optional<Day> dct, Timex& tx);

  /// The value template of the last `build`, rendered (for `--explain`).
  const std::string& rendered() const { return scratch_; }

  /// Records an emitted timex as the latest narrative time when it is a resolved date.
  void note(const Timex& tx, const Rule& rule);

  /// Direction implied by the words before token `begin`: kFuture after a future cue
  /// ("will", "is expected to"), kPast after a past cue ("said"), else `otherwise`.
  calendar::Direction tense_before(int begin, calendar::Direction otherwise) const;

 private:
  bool render(const Template& t, const RuleMatch& m, std::string& out) const;

  const RuleSet& rs_;
  const TokenBuffer& tb_;
  std::string_view text_;
  const Matcher& matcher_;
  struct Anchor {
    DayInterval window;
    Granularity granularity;
  };
  std::vector<Anchor> narrative_;
  std::string scratch_;
};

}  // namespace annalist::timex
