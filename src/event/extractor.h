// Event mentions of one document: triggers, participants, status, time, location (rules in data/).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::event {

class Lexicon;  // triggers, cues and actors (defined in the event module)

class Extractor {
 public:
  /// Loads data/events/en/ and data/actors/ under `data_dir`. Throws InputError (file, line, reason).
  static Extractor load(const std::string& data_dir);

  /// Mentions in `doc`, in text order. `timexes` are the tagger's output for doc.text.
  std::vector<Mention> extract(const Document& doc, const std::vector<Timex>& timexes) const;

  /// The loaded lexicons (the tests run the `example` lines of every data file).
  const Lexicon& lexicon() const;

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

 private:
  explicit Extractor(std::unique_ptr<Lexicon> lexicon);
  std::unique_ptr<Lexicon> lexicon_;
};

}  // namespace annalist::event
