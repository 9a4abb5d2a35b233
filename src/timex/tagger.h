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

class Tagger {
 public:
  /// Loads every rule file under `lang_dir` (e.g. "data/timex/en"). Throws InputError naming the
  /// file, line and reason on a bad rule file.
  static Tagger load(const std::string& lang_dir);

  /// Temporal expressions of `text`, sorted by begin, non-overlapping. Relative expressions are
  /// resolved against `dct`; without one they keep X-values ("XXXX-XX-XX") and anchor "none".
  std::vector<Timex> tag(std::string_view text, std::optional<Day> dct) const;

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
