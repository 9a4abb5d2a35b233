// Lexicons of the event extractor: triggers, cues, people with dated offices, countries, organisations, places, titles.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::event {

/// A phrase as normalised tokens; "*" matches zero to two arbitrary word tokens.
using Phrase = std::vector<std::string>;

/// An `example` line of a data file: a sentence and what the extractor must find in it.
struct LexiconExample {
  std::string file;
  std::size_t line = 0;
  std::string rule;                ///< id of the entry carrying the example
  std::string text;                ///< the sentence
  std::optional<Day> dct;          ///< "@YYYY-MM-DD" prefix
  std::map<std::string, std::string> expect;  ///< type=, status=, participants=, location=, rule=, none=
};

struct TriggerRule {
  std::string id;
  EventType type = EventType::kMeeting;
  bool verb = true;      ///< verbal ("met") or nominal ("talks")
  int priority = 0;      ///< higher wins when triggers of one family compete in a sentence
  std::string needs;     ///< "complement" (with/between follows) or "person-object" (a person follows)
  std::vector<Phrase> phrases;
};

/// A cue: a phrase whose kind the engine knows (planned, cancelled, denied, negation, earlier,
/// aggregate, group, attribution, location, anaphor, infinitive, speech).
struct CueRule {
  std::string id;
  std::string kind;
  std::string scope = "before";  ///< before | after | sentence
  int window = 4;                ///< tokens between cue and trigger
  std::string applies = "any";   ///< verb | noun | any | gathering | statement
  std::vector<Phrase> phrases;
};

struct Office {
  std::string country;  ///< canonical country or organisation
  std::string role;     ///< title id: president, prime-minister, foreign-minister ...
  Day from;
  std::optional<Day> to;  ///< open when still in office
  bool holds(Day d) const { return from <= d && (!to || d < *to); }
};

struct Person {
  std::string name;
  std::vector<std::string> aliases;  ///< strong aliases (always this person)
  std::vector<Office> offices;
  std::string country;               ///< from `country`, or of the first office
  std::string surname;               ///< weak alias; default the last word ("Wang" for Wang Yi is explicit)
};

struct Country {
  std::string name;
  std::vector<std::string> aliases, demonyms, metonyms;
  std::string capital;
  std::vector<std::string> leader_roles;  ///< offices that make a "leader" (president, prime-minister)
  bool organisation = false;
  std::string home;  ///< an institution's country ("Kremlin" -> Russia), from `country`
};

struct Place {
  std::string name;
  std::vector<std::string> aliases;
  std::string country;
};

struct Title {
  std::string id;        ///< role id used by offices
  std::vector<Phrase> phrases;
  bool generic = false;  ///< "official", "diplomat": resolved to the last person of that country
  bool person_word = false;  ///< only marks a following capitalised name as a person ("aide")
};

/// Kinds of phrase in the actor index.
enum class ActorKind { kPerson, kSurname, kCountry, kDemonym, kMetonym, kPlace, kTitle };

struct ActorEntry {
  Phrase phrase;
  ActorKind kind;
  int index;  ///< into people / countries / places / titles
};

class Lexicon {
 public:
  /// Loads `data_dir`/events/en/*.txt and `data_dir`/actors/*.txt. Throws InputError(file, line, reason).
  static Lexicon load(const std::string& data_dir);
  /// Parses one data file's text (tests use it to prove error messages).
  void parse(const std::string& text, const std::string& file);
  /// Builds the lookup indexes after every file is parsed; checks cross references.
  void finish();

  std::vector<TriggerRule> triggers;
  std::vector<CueRule> cues;
  std::vector<Person> people;
  std::vector<Country> countries;  ///< countries and organisations
  std::vector<Place> places;
  std::vector<Title> titles;
  std::vector<LexiconExample> examples;

  /// Actor phrases by first token, longest first.
  std::map<std::string, std::vector<ActorEntry>> actor_index;
  int country_index(const std::string& name) const;
  int title_index(const std::string& id) const;

 private:
  std::map<std::string, std::string> ids_;  // "trigger meeting.met" -> file:line, for duplicates
};

}  // namespace annalist::event
