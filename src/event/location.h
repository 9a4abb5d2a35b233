// Stage "location": where a reported event took place.
#pragma once
#include <string>

#include "event/sentence.h"

namespace annalist::event {

struct LocationReading {
  std::string name;          ///< canonical place or country, empty when none
  std::size_t b = kNone, e = kNone;  ///< its token span (actors there are not participants)
  bool names_gathering = false;      ///< a place that names the gathering ("the Ufa talks")
};

/// The object of a visit verb ("visited Moscow"), else the nearest place or state right after a
/// location cue ("in", "at") within the clause [cb, ce), else a city that names a gathering noun
/// after a determiner ("the Ufa talks", "the Lima summit").
LocationReading find_location(const Lexicon& lex, const Sentence& s, const TriggerHit& th, std::size_t cb,
                              std::size_t ce);

}  // namespace annalist::event
