// Stage "actors": who the actor phrases of a sentence are. Names, surnames after a full mention,
// titles resolved through dated offices, unknown people introduced by a title or before a speech
// verb, transcript pronouns. This is where "who" is decided; participants.h picks among them.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "event/document_memory.h"
#include "event/sentence.h"

namespace annalist::event {

class ActorResolver {
 public:
  ActorResolver(const Lexicon& lex, const DocumentMemory& memory);

  /// Actors of the sentence in text order; titles are resolved by `when` (the event date, else the
  /// publication date; without either only a holder already named in the document).
  std::vector<Actor> resolve(const Sentence& s, std::optional<Day> when) const;

  /// The holder of `role` of `country` on `when`; without a date, one already named in the document.
  std::optional<std::string> office_holder(const std::string& country, const std::string& role,
                                           std::optional<Day> when) const;
  /// In a transcript: the people spoken to (every other labelled speaker, else the last person named
  /// of another state than the speaker's, else the leader on `when` of the one other state the
  /// document names, else the last person named).
  std::vector<std::string> addressees(std::optional<Day> when = std::nullopt) const;
  /// The country of a person of the lexicon, or "" when unknown.
  std::string country_of_person(const std::string& name) const;

  /// The state (or organisation) a title span qualifies, for a person it introduces:
  /// "Ukraine's Infrastructure Minister", "Aliyev's top foreign policy aide", "Kenyan Energy
  /// Minister", "President of Chile", "an aide to Ilham Aliyev". `state` is "" when none does.
  struct Qualifier {
    std::string state;
    int span = -1;                     ///< the country span that names it (no participant then)
    std::size_t possessor = kNone;     ///< begin token of the person whose office it is ("Aliyev's")
  };
  Qualifier title_qualifier(const Sentence& s, std::size_t i, const std::vector<Actor>& found) const;
  /// The document's state (home_state) for an unknown person with title `t`, when `t` is an office
  /// of a state ("opposition leader", "national security adviser") that the offices tables do
  /// not list for that state; else "".
  std::string home_office(const Title& t) const;

  /// Capitalised words from token k that are no lexicon phrase: an unknown person's name
  /// ("Pavel Ivanovsky", "Abdel Fattah el-Sisi", "Karine Jean-Pierre"). `words` counts its
  /// capitalised words; a run stops before a `not-name` word or a word that starts a trigger.
  struct NameRun {
    std::size_t end = 0, words = 0;
  };
  NameRun name_run(const Sentence& s, std::size_t k) const;

 private:
  bool plural_title_word(const std::string& w) const;
  // People of the lexicon whose surname is `norm` and who hold an office on `when` (of `role` when
  // given, of a state in `states` when given).
  std::vector<int> sitting_with_surname(const std::string& norm, std::optional<Day> when, const std::string& role,
                                        const std::set<int>* states) const;

  const Lexicon& lex_;
  const DocumentMemory& mem_;
  // Views of the lexicon built once at load (lexicon.h), not per document.
  const std::set<std::string>& not_name_;            // words that are never part of a person's name
  const std::set<std::string>& title_heads_;         // last words of title phrases ("minister", "leader")
  const std::vector<std::string>& plural_suffixes_;  // "s", "es"
  const std::set<std::string>& particles_;           // lower-case words inside names ("el", "bin", "von")
  const std::multimap<std::string, int>& by_surname_;  // surname -> people with offices
  const std::vector<bool>& not_name_ids_;              // not_name_ and particles_ by vocabulary id
  const std::vector<bool>& particle_ids_;
};

/// The state of an office named without one ("opposition leader Ana Ruiz"; "Ana Ruiz, deputy
/// national security adviser,"): the state of the dateline's place ("OTTAWA, Feb. 19 --", "LIMA
/// (Reuters) -") among the document's first sentences, else the state of the first person of the
/// dictionaries it names. "" when neither is known. `read`: the document's sentences in order (its
/// first `count`, when the vector holds more).
std::string home_state(const Lexicon& lex, const std::vector<Sentence>& read, const std::string& text,
                       const std::vector<Timex>& timexes, std::size_t count = static_cast<std::size_t>(-1));

/// The person of a speaker label opening the sentence ("President of France Emmanuel Macron: ..."),
/// or -1.
int speaker_label(const Sentence& s);

}  // namespace annalist::event
