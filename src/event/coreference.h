// Stage "coreference" (within a document, as sentences are read): a new report that names a
// gathering already reported is no new mention; a dated report replaces a headline dated only by
// publication.
#pragma once
#include <optional>

#include "event/document_memory.h"

namespace annalist::event {

/// "the call", "during the trip": a definite noun phrase naming nobody and without a time of its
/// own refers to the last gathering of its status, whoever else the clause names.
bool refers_to_reported_gathering(const Sentence& s, const TriggerHit& th, bool np_empty, const Mention& m,
                                  const DocumentMemory& mem);

/// The same gathering again: a definite reference whose people are among an earlier report's
/// (without a time of its own, or on the same day), or the same people on the same dated day, or
/// the same people again without a time of their own.
bool repeats_reported_gathering(const Sentence& s, const TriggerHit& th, const Mention& m, std::optional<Day> dct,
                                const DocumentMemory& mem);

/// "Johnson's trip to Brussels", "delay the meeting" after "Johnson will travel to Brussels": a
/// definite noun phrase without a time or a status cue of its own (or planned again: "his planned
/// summit with X"), whose people (counted as their
/// states where needed) are among those of a gathering already reported as planned (or cancelled,
/// or denied), is that plan again.
bool names_announced_gathering(const Lexicon& lex, const Sentence& s, const TriggerHit& th, const Mention& m,
                               const DocumentMemory& mem);

/// A headline gathering dated only by publication ("Blinken's call with Wang Yi") yields to the
/// body's dated report of the same type and people ("On March 3, Blinken spoke with Wang Yi"),
/// which takes the headline's location when it names none.
void replace_headline(const Lexicon& lex, Mention& m, DocumentMemory& mem);

}  // namespace annalist::event
