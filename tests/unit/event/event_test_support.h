// Helpers of the event stage tests: the shipped lexicons, timexes as the tagger gives them, a whole
// extraction and one sentence read as the stages see it.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "calendar/timex_value.h"
#include "event/extractor.h"
#include "event/lexicon.h"
#include "event/reader.h"
#include "event/triggers.h"
#include "model/types.h"

namespace annalist::event::test {

inline const Extractor& extractor() {
  static Extractor ex = Extractor::load(ANNALIST_SOURCE_DATA_DIR);
  return ex;
}
inline const Lexicon& lexicon() { return extractor().lexicon(); }

inline Day day(const char* s) { return *calendar::parse_iso_day(s); }

/// A timex over the first occurrence of `phrase` in `text`, as the tagger would report it.
inline Timex tx(const std::string& text, const std::string& phrase, const std::string& value, const std::string& anchor,
                const std::string& mod = "", const std::string& type = "DATE") {
  Timex t;
  std::size_t b = text.find(phrase);
  if (b == std::string::npos) b = 0;  // the test then fails on the timex text
  base::CodePointIndex cpi(text);
  t.byte_begin = b;
  t.byte_end = b + phrase.size();
  t.begin = cpi.to_code_point(t.byte_begin);
  t.end = cpi.to_code_point(t.byte_end);
  t.text = text.substr(b, phrase.size());
  t.type = type;
  t.value = value;
  t.mod = mod;
  t.anchor = anchor;
  return t;
}

/// Every mention of a one-document text.
inline std::vector<Mention> run(const std::string& text, std::optional<Day> dct = std::nullopt,
                                std::vector<Timex> timexes = {}) {
  Document d;
  d.id = "t";
  d.text = text;
  d.dct.day = dct;
  return extractor().extract(d, timexes);
}

inline std::string people(const Mention& m) { return base::join(m.participants, ";"); }

/// One sentence read as the first sentence of a document, with what it points into kept alive.
struct ReadSentence {
  Document doc;
  std::vector<Timex> timexes;
  Sentence s;
  /// The triggers of the sentence, found as the extractor finds them.
  std::vector<TriggerHit> triggers() const {
    PhraseLookup lookup(lexicon(), s.toks);
    return find_triggers(lookup, s);
  }
};

inline std::unique_ptr<ReadSentence> read(const std::string& text, std::optional<Day> dct = std::nullopt,
                                          std::vector<Timex> timexes = {}, const std::set<int>& seen = {}) {
  auto r = std::make_unique<ReadSentence>();
  r->doc.id = "t";
  r->doc.text = text;
  r->doc.dct.day = dct;
  r->timexes = std::move(timexes);
  base::CodePointIndex cpi(r->doc.text);
  r->s = read_sentence(lexicon(), r->doc, cpi, r->timexes, 0, 0, r->doc.text.size(), seen);
  return r;
}

/// The first trigger whose words are `words`, or nullptr.
inline const TriggerHit* trigger(const std::vector<TriggerHit>& hits, const Sentence& s, const std::string& words) {
  for (auto& h : hits)
    if (s.text(h.b, h.e) == words) return &h;
  return nullptr;
}

}  // namespace annalist::event::test
