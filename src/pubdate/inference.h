// Publication-date inference: for a document that does not give its date, an interval
// [earliest, latest] that the text itself bounds, with the evidence for each end. Never a guessed
// day: where the evidence is thin, the interval is wide or there is none.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"
#include "pubdate/rules.h"

namespace annalist::event {
class Lexicon;
}

namespace annalist::pubdate {

/// The interval and why: each piece of evidence, the ones that set the two ends first.
struct Inference {
  DayInterval interval;
  std::vector<std::string> why;
};

class Inferrer {
 public:
  /// `lexicon`: people with dated offices, titles, countries (data/actors/); it must outlive this.
  Inferrer(EvidenceRules rules, const event::Lexicon& lexicon);

  /// The interval the text bounds, from its timexes (tagged without a DCT: absolute values and
  /// tense cues); nullopt when no evidence bounds both ends, or the evidence contradicts itself.
  std::optional<Inference> infer(std::string_view text, const std::vector<Timex>& timexes) const;

  const EvidenceRules& rules() const { return rules_; }

 private:
  EvidenceRules rules_;
  const event::Lexicon& lexicon_;
};

}  // namespace annalist::pubdate
