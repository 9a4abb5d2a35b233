// Stage "participants": which of the sentence's actors take part in a trigger's event. The speaker
// of a statement; the noun phrase of a nominal trigger ("talks with X", "Xi's trip") or the clause
// around a verb; groups ("the two leaders"), hosts, visit destinations; sources, locations and the
// speakers of reported words are left out.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "event/actors.h"
#include "event/location.h"

namespace annalist::event {

/// What the stage needs about the sentence beyond the actors of one trigger.
struct ParticipantScene {
  const Lexicon& lex;
  const Sentence& s;
  const ActorResolver& resolver;
  const DocumentMemory& mem;
  const std::vector<TriggerHit>& triggers;  ///< every trigger of the sentence
  /// Token spans after "according to" (sources, not participants).
  std::vector<std::pair<std::size_t, std::size_t>> attributions;
  std::size_t group_pos = kNone;  ///< first "they" / "the two leaders" cue of the sentence
};

/// The scene of a sentence: attribution spans and the group cue.
ParticipantScene participant_scene(const Lexicon& lex, const Sentence& s, const ActorResolver& resolver,
                                   const DocumentMemory& mem, const std::vector<TriggerHit>& triggers);

/// First reading of the parties of one trigger: people and states, before coreference.
struct Parties {
  std::vector<std::string> persons, countries;
  bool np_empty = true;  ///< a nominal trigger whose own phrase names nobody ("the meeting")
  bool voiced = false;   ///< words of the speaker's spokesperson ("the PM's spokesperson said")
  bool own_words = false;  ///< a text its parties speak through ("In a joint statement, X and Y said")

  /// A name among the countries when the lexicon knows it as a state or body, else among the persons.
  void add(const Lexicon& lex, const std::string& name);
};

/// The parties of `th` among `actors` (resolved at the event date), or nullopt when the trigger makes
/// no mention (a statement without a speaker or a characterisation in the present perfect, a weak
/// noun whose complement names nobody). `clause` bounds a verb's participants.
std::optional<Parties> read_parties(const ParticipantScene& sc, const TriggerHit& th, const std::vector<Actor>& actors,
                                    std::optional<Day> when, const LocationReading& loc,
                                    std::pair<std::size_t, std::size_t> clause, const Mention& m);

/// The final, sorted participants: a definite gathering naming nobody is of the parties in view,
/// an institution beside its own state is one party, a transcript adds the other speaker; empty
/// when the event lacks the parties its type needs (two for meetings and calls, a visitor for a
/// visit, two or an organisation for a summit, two for an agreement).
std::vector<std::string> finish_parties(const ParticipantScene& sc, const TriggerHit& th, Parties p,
                                        const std::vector<Actor>& actors, const Mention& m);

/// The type of a gathering once its actors are known: a meeting named by a multilateral body ("the
/// G20 meeting") is a summit.
EventType gathering_kind(const Lexicon& lex, const Sentence& s, const TriggerHit& th, const std::vector<Actor>& actors);

/// The clause around a trigger: up to a clause break, at most 15 tokens either side, within the
/// trigger's coordinated clause.
std::pair<std::size_t, std::size_t> clause_of(const Sentence& s, const TriggerHit& th);

/// The actors the sentence opens with, joined by "and" or commas ("German Chancellor A and French
/// President B have settled ..."): its subject, however far the rest of the sentence runs. Empty
/// when the sentence opens with another word.
std::vector<Actor> opening_subject(const Sentence& s, const std::vector<Actor>& actors);

/// A statement trigger whose speaker, a person, is named in its own phrase, with a time of its own:
/// the possessor of a statement noun followed by a time ("Aziz's press conference earlier in the
/// day") or the subject right before a speech verb in a clause opened by a duration and a
/// `clause-bound` word ("90 minutes after Aziz had questioned"). Such words are a statement of
/// their own beside another speaker's in the sentence. `offset`: the duration's index in
/// Sentence::timexes, if any.
struct OwnSpeaker {
  std::size_t offset = kNone;
};
std::optional<OwnSpeaker> speaks_in_own_phrase(const Sentence& s, const TriggerHit& th, const std::vector<Actor>& actors);

}  // namespace annalist::event
