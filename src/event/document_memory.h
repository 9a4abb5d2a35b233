// What the extractor remembers across the sentences of one document: people named so far, the
// last group of participants, speaker labels, and the reports made so far.
#pragma once
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "event/sentence.h"

namespace annalist::event {

/// One mention found so far, with what the document post-pass needs to know about its sentence.
struct Report {
  Mention mention;
  bool dropped = false;               ///< merged into another report of the document
  std::set<std::string> named;        ///< people named in its sentence
  bool group_named = false;           ///< its sentence says "they", "the two leaders"
  bool voiced = false;                ///< a statement made through the speaker's spokesperson
  bool own_words = false;             ///< a text its parties speak through ("In a joint statement, X said")
  /// Dated across an offset from another moment ("last May, weeks before X announced"): not
  /// said at a gathering of that date.
  bool offset = false;
};

struct DocumentMemory {
  std::set<int> seen;                                   ///< people named in full so far
  std::map<std::string, std::string> unknown_surnames;  ///< "ivanovsky" -> "Pavel Ivanovsky"
  std::map<std::string, std::string> unknown_countries;  ///< "Sartaj Aziz" -> "Pakistan" ("Pakistani NSA Sartaj Aziz")
  /// People who speak for an institution named before their title: "Dmitry Peskov" -> "Kremlin"
  /// ("Kremlin spokesman Dmitry Peskov").
  std::map<std::string, std::string> voice_of;
  /// People by their latest mention. Scans of it look for the latest mention of a name or a
  /// country, so an earlier mention of the same name and country adds nothing: one entry each
  /// keeps a long document's scans short (one per mention made extraction quadratic).
  std::vector<Actor> recent;
  std::vector<std::string> group;                       ///< last set of two or more participants
  std::vector<std::size_t> gatherings;                  ///< indexes of gathering reports
  int gathering_sentences = 0;
  bool ended = false;       ///< past the end of the article proper
  int speaker = -1;         ///< person of the current speaker label
  std::set<int> countries;  ///< states named anywhere in the document
  std::set<int> named_states;  ///< those named by name or demonym, not only through a place ("in Tirana")
  std::string home_state;   ///< the state of an office named without one (actors.h, home_state)
  std::set<int> dialogue;   ///< every person with a speaker label
  /// The parties of a text that opens the document and names them ("Joint Statement from X and
  /// Y", "Statement by X"): its "we" are they, as a transcript's "we" are its speakers.
  std::vector<std::string> authors;
  std::vector<Report> reports;
  /// The person a later "he"/"she" takes up: the first person named by the last sentence that
  /// named one.
  std::string topic;
  /// The speaker of the last statement: "he said" goes on with that speaker's words.
  std::string last_speaker;
  /// Narrative time: the last date of an occurred and of a planned report in the current paragraph,
  /// carried to later reports of the paragraph that have none of their own.
  int paragraph = 0;
  struct Narrative {
    int paragraph = -1;
    int sentence = -1;
    EventTime time;
  } narrative_occurred, narrative_planned;
  /// The last day the text named (any expression of day granularity), for "later in the day".
  EventTime last_day;
  /// "the second call between X and Y": the sentence of a gathering counted in a series and the
  /// report it is (or repeats), for "The first was last December" in the next sentence.
  struct Counted {
    int sentence = -1;
    EventType type = EventType::kMeeting;
    /// "the second time the two ministers met": the occasion counted is the sentence's report, and
    /// a first one is implied unless the next sentence tells it ("The first was ...").
    bool implied = false;
    std::size_t byte_begin = 0, byte_end = 0;  ///< the counted sentence
    std::string ordinal;                        ///< "second time"
  } counted;
  /// A gathering with one attendee named, too few for its type ("On June 17, X will take part in
  /// the forum"): the next sentences may name the others ("Also taking part in the forum will be Y
  /// and Z"), which then join that attendee and take its time.
  struct Lone {
    int sentence = -1;
    Mention mention;
  } lone;
};

/// After a sentence: its people join the memory (surnames of unknown people included), "X and Y"
/// becomes the last group, its first person the topic.
/// `reported`: the sentence made a gathering report, whose parties are the group already.
void remember_sentence(const Lexicon& lex, const Sentence& s, const std::vector<Actor>& actors, bool reported,
                       DocumentMemory& mem);

/// The country of a person of the lexicon or of one the document introduced with it, else "".
std::string person_country(const Lexicon& lex, const DocumentMemory& mem, const std::string& name);
/// A person's country, else the name itself (a state, a body, or a person of no known country).
std::string country_or_self(const Lexicon& lex, const DocumentMemory& mem, const std::string& name);

}  // namespace annalist::event
