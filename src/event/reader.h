// Stage "read": one sentence of a document into tokens, cues, actor phrases and the tagger's time
// expressions (as token spans). Every later stage works on the Sentence it returns.
#pragma once
#include <set>
#include <vector>

#include "base/utf8.h"
#include "event/sentence.h"

namespace annalist::event {

/// Reads text[byte_begin, byte_end) of `doc`. `seen` (people named in full so far) decides which
/// of several people a surname names, and whether a month name is part of a name ("Theresa May").
Sentence read_sentence(const Lexicon& lex, const Document& doc, const base::CodePointIndex& cpi,
                       const std::vector<Timex>& timexes, int index, std::size_t byte_begin, std::size_t byte_end,
                       const std::set<int>& seen);

/// The two halves of read_sentence, for a document read twice: the words (tokens and cues), which
/// depend on the text alone, and the actor phrases and time expressions, which depend on `seen`
/// (read_actors replaces those of an earlier reading).
Sentence read_words(const Lexicon& lex, const Document& doc, int index, std::size_t byte_begin, std::size_t byte_end);
/// The same into `s`, which is read anew (as a fresh Sentence) but keeps the room of its token,
/// id, cue and trigger buffers: a document's sentences, read into the sentences of the one before,
/// allocate nearly nothing.
void read_words(const Lexicon& lex, const Document& doc, int index, std::size_t byte_begin, std::size_t byte_end,
                Sentence& s);
/// `in_byte_order`: every timex has its byte offsets and they come sorted by their first byte (as
/// the tagger gives them, timexes_in_byte_order), so only those at the sentence are looked at.
void read_actors(const Lexicon& lex, const base::CodePointIndex& cpi, const std::vector<Timex>& timexes,
                 const std::set<int>& seen, Sentence& s, bool in_byte_order = false);
/// Whether read_actors may take `timexes` as in byte order.
bool timexes_in_byte_order(const std::vector<Timex>& timexes);

}  // namespace annalist::event
