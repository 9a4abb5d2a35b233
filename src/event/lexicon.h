// Lexicons of the event extractor: triggers, cues, people with dated offices, countries, organisations, places, titles.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "event/literal_equality.h"
#include "event/phrase_index.h"
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

/// A short word of a rule file (a cue's kind, scope, what it applies to). The stages compare it
/// with literals at every cue of every sentence, so it compares as a view: by length first, inline.
class RuleWord {
 public:
  RuleWord() = default;
  RuleWord(std::string w)
      : word_(std::move(w)), sig_(signature(word_)) {}           // NOLINT: assigned from parsed values
  RuleWord(const char* w) : word_(w), sig_(signature(word_)) {}  // NOLINT
  /// Length, first, middle and last byte: words with different signatures differ, so a loop over
  /// many rules compares one integer per rule (take the wanted word's signature once).
  [[gnu::always_inline]] static std::uint32_t signature(std::string_view w) {
    if (w.empty()) return 0;
    return static_cast<std::uint32_t>(w.size() & 0xFF) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(w[0])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(w[w.size() / 2])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(w[w.size() - 1])) << 24;
  }
  std::uint32_t signature() const { return sig_; }
  /// The same word as `w`, whose signature is `sig`.
  [[gnu::always_inline]] bool is(std::string_view w, std::uint32_t sig) const {
    return sig_ == sig && std::string_view(word_) == w;
  }
  const std::string& str() const { return word_; }
  operator const std::string&() const { return word_; }  // NOLINT: a key of maps by kind
  bool empty() const { return word_.empty(); }
  friend bool operator==(const RuleWord& a, std::string_view b) { return std::string_view(a.word_) == b; }
  friend bool operator!=(const RuleWord& a, std::string_view b) { return std::string_view(a.word_) != b; }
  // Exact for a literal (else ambiguous with the std::string ones of literal_equality.h).
  friend bool operator==(const RuleWord& a, const char* b) { return std::string_view(a.word_) == b; }
  friend bool operator!=(const RuleWord& a, const char* b) { return std::string_view(a.word_) != b; }
  friend std::ostream& operator<<(std::ostream& os, const RuleWord& w) { return os << w.word_; }

 private:
  std::string word_;
  std::uint32_t sig_ = 0;
};

/// A cue: a phrase whose kind the engine knows (planned, cancelled, denied, negation, earlier,
/// aggregate, group, attribution, location, anaphor, infinitive, speech).
struct CueRule {
  std::string id;
  RuleWord kind;
  RuleWord scope = "before";  ///< before | after | sentence
  int window = 4;             ///< tokens between cue and trigger
  RuleWord applies = "any";   ///< verb | noun | any | gathering | statement
  std::vector<Phrase> phrases;
};

struct Office {
  std::string country;  ///< canonical country or organisation
  std::string role;     ///< title id: president, prime-minister, foreign-minister ...
  Day from;
  std::optional<Day> to;  ///< open when still in office
  bool holds(Day d) const { return from <= d && (!to || d < *to); }
};

/// A CAMEO actor code of a person over a period ("RUSGOV" 2008-05-08..2012-05-07); without a
/// period it is the person's code when no dated one applies.
struct CameoCode {
  std::string code;
  std::optional<Day> from, to;  ///< `to` exclusive; either may be open
  bool dated() const { return from || to; }
  bool holds(Day d) const { return (!from || *from <= d) && (!to || d < *to); }
};

struct Person {
  std::string name;
  std::vector<std::string> aliases;  ///< strong aliases (always this person)
  std::vector<Office> offices;
  std::string country;               ///< from `country`, or of the first office
  std::string surname;               ///< weak alias; default the last word ("Wang" for Wang Yi is explicit)
  std::vector<CameoCode> cameo;      ///< from `cameo` lines (derived dictionaries); offices come first
};

struct Country {
  std::string name;
  std::vector<std::string> aliases, demonyms, metonyms;
  std::string capital;
  std::vector<std::string> leader_roles;  ///< offices that make a "leader" (president, prime-minister)
  bool organisation = false;
  std::string home;   ///< an institution's country ("Kremlin" -> Russia), from `country`
  std::string code;   ///< ISO 3166-1 alpha-3 ("RUS") or an organisation code ("NATO"), from `code`
  std::string cameo;  ///< CAMEO actor code ("RUS", "IGOUNO", "RUSGOV" for the Kremlin), from `cameo`
};

/// What an office makes its holder in CAMEO terms: the agent code after the country ("GOV").
struct Role {
  std::string id;             ///< the role id of `office` lines
  std::string agent = "GOV";  ///< from `agent`
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

/// Which phrase of which rule a trigger or cue match is.
struct RulePhrase {
  int rule;    ///< into triggers / cues
  int phrase;  ///< into that rule's phrases
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
  std::vector<Role> roles;
  std::vector<LexiconExample> examples;
  /// Offices listed in `offices` tables (one entry per country and role, file order), and the
  /// periods those tables mark as without a holder ("-"): what the coverage test checks.
  std::vector<std::pair<std::string, std::string>> tabled_offices;
  std::vector<Office> vacancies;

  /// Token tries over every phrase; a match's value indexes the table beside it. Matching a
  /// sentence: `vocabulary.ids(tokens)` once, then `*_phrases.match_at` at each token.
  Vocabulary vocabulary;
  PhraseIndex actor_phrases;       ///< values index actor_entries (longest phrase first, then file order)
  std::vector<ActorEntry> actor_entries;
  PhraseIndex trigger_phrases;     ///< values index trigger_refs (file order)
  std::vector<RulePhrase> trigger_refs;
  PhraseIndex cue_phrases;         ///< values index cue_refs (file order)
  std::vector<RulePhrase> cue_refs;

  /// Index of a country or organisation by canonical name, or -1.
  int country_index(const std::string& name) const;
  /// The institution a state's office of the kind of a `state-office` cue phrase is ("Egypt" and
  /// "foreign ministry" -> "Egyptian Foreign Ministry"), or "" when the state has no demonym.
  std::string state_office(const std::string& state, const Phrase& office) const;
  /// Whether `name` is an organisation of the dictionaries ("NATO", "the Kremlin"), or a state.
  bool is_organisation(const std::string& name) const;
  bool is_state(const std::string& name) const;
  /// Index of the state whose `code` is `code` ("RUS"), or -1.
  int state_by_code(const std::string& code) const;
  /// Index of a person by canonical name, or -1.
  int person_index(const std::string& name) const;
  /// Index of a place by canonical name, or -1.
  int place_index(const std::string& name) const;
  int title_index(const std::string& id) const;
  /// The person who holds `role` of `country` on `day`, or -1 (the first listed when sources overlap).
  int office_holder(const std::string& country, const std::string& role, Day day) const;
  /// Everyone who ever held `role` of `country`, in file order.
  const std::vector<int>& office_holders(const std::string& country, const std::string& role) const;
  /// The CAMEO agent code of a role ("GOV" unless a `role` block says otherwise).
  const std::string& role_agent(const std::string& role) const;
  /// The one-word phrases of the cues of `kind` ("not-name": "the", "Inc"), as a set and in file order;
  /// built once at load for the stages that ask per token.
  const std::set<std::string>& one_word_cues(const std::string& kind) const;
  const std::vector<std::string>& one_word_cue_list(const std::string& kind) const;
  /// The same words as a table by vocabulary id: whether a token's word (Sentence::ids) is one of
  /// them, without hashing the word again. Every word of the table has an id.
  const std::vector<bool>& one_word_cue_ids(const std::string& kind) const;
  /// The last words of title phrases ("minister", "leader").
  const std::set<std::string>& title_heads() const { return title_heads_; }
  /// The surname (normalised) of every person with an office -> that person; a full name given
  /// as `surname` is no weak alias and is left out.
  const std::multimap<std::string, int>& office_holder_surnames() const { return office_holder_surnames_; }

 private:
  // An `offices` line: a holder named in a country's table, made a person in finish().
  struct HolderLine {
    std::string country, role, name, file;
    std::size_t line;
    Office office;
  };
  std::vector<HolderLine> holder_lines_;
  void add_state_offices();
  std::unordered_map<std::string, std::string> office_aliases_;  // "ukrainian presidential office" -> "Bankova"
  std::unordered_map<std::string, std::string> ids_;  // "trigger meeting.met" -> file:line, for duplicates
  std::unordered_map<std::string, int> country_by_name_, state_by_code_, person_by_name_, place_by_name_;
  std::unordered_map<std::string, std::vector<int>> holders_;  // "country\x1frole" -> people
  std::unordered_map<std::string, std::string> agents_;         // role -> agent
  std::map<std::string, std::set<std::string>> cue_words_;      // cue kind -> its one-word phrases
  std::map<std::string, std::vector<std::string>> cue_word_lists_;
  std::map<std::string, std::vector<bool>> cue_word_ids_;  // cue kind -> vocabulary id -> one of its words
  std::set<std::string> title_heads_;
  std::multimap<std::string, int> office_holder_surnames_;
};

}  // namespace annalist::event
