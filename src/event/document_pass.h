// Stage "document post-pass": once every sentence is read, reports that belong together in the
// document are folded: statements and agreements made inside a gathering, an institution's readout
// of a gathering, one speaker's later words, and a cancellation or denial of a dated plan.
#pragma once
#include "event/document_memory.h"

namespace annalist::event {

/// Marks folded reports as dropped (and gives a cancelled or denied plan its status).
void fold_document(const Lexicon& lex, DocumentMemory& mem);

}  // namespace annalist::event
