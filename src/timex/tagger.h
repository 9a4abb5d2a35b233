// Temporal tagger facade: rules from data/timex/<lang>/ applied to a text, values resolved against the DCT.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

namespace annalist::timex {

class RuleSet;  // compiled rules (defined in the timex module)

/// How one timex (or one SKIP match) came about, for `annalist tag --explain`: the rules that
/// matched at its first token, best first, down to the one that was used.
struct Explanation {
  struct Step {
    std::string rule;                  ///< rule name
    std::string where;                 ///< file:line of the rule block
    std::size_t byte_begin = 0, byte_end = 0;  ///< the span the rule matched
    std::string outcome;               ///< "used", "skip" (a SKIP rule), "no valid value"
    std::string rendered;              ///< the value template rendered ("rel unit=week shift=-1")
    /// Captures: name, matched text, lexicon value (empty when the capture took the text).
    struct Capture { std::string name, text, value; };
    std::vector<Capture> captures;
  };
  std::vector<Step> steps;
  int timex = -1;  ///< index of the timex in the result; -1 for a SKIP match or when no value was valid
};

class Tagger {
 public:
  /// Loads every rule file under `lang_dir` (e.g. "data/timex/en"). Throws InputError naming the
  /// file, line and reason on a bad rule file.
  static Tagger load(const std::string& lang_dir);

  /// Temporal expressions of `text`, sorted by begin, non-overlapping. Relative expressions are
  /// resolved against `dct`; without one they keep X-values ("XXXX-XX-XX") and anchor "none".
  std::vector<Timex> tag(std::string_view text, std::optional<Day> dct) const { return tag(text, Dct{dct}, nullptr); }

  /// The same against a publication date that may be only an inferred interval (`dct.inferred`,
  /// used when `dct.day` is absent: relative values become ranges, anchor "inferred"), also
  /// filling `explain` (when not null) with the chain of rules behind each result.
  std::vector<Timex> tag(std::string_view text, const Dct& dct, std::vector<Explanation>* explain = nullptr) const;

  /// The compiled rules (for tests and `--explain`).
  const RuleSet& rules() const;

  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;
  ~Tagger();

 private:
  explicit Tagger(std::unique_ptr<RuleSet> rules);
  std::unique_ptr<RuleSet> rules_;
};

}  // namespace annalist::timex
