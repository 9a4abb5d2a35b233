// Output formats of `annalist tag`: SPEC JSON, TempEval-3 TimeML, plain text.
#pragma once
#include <string>
#include <vector>

#include "model/types.h"
#include "timex/tagger.h"

namespace annalist::timex {

/// {"id","dct","dct_source","timexes":[{begin,end,text,type,value,mod,anchor}]} on one line.
std::string to_json(const Document& doc, const std::vector<Timex>& timexes);
/// The same line (without a newline) appended to `out`: the streaming writer reuses one buffer.
void append_json(const Document& doc, const std::vector<Timex>& timexes, std::string& out);
/// One line per timex with the chain of rules that produced it ("--explain"): the rule, the
/// span of tokens it matched, and the lexicon entries and captures inside it.
/// Format of `annalist tag --explain`: per timex, its line, then each rule tried at its first
/// token (best first) with the span it matched and its captures ("{month} 'Feb.' = 02").
std::string to_explain(const Document& doc, const std::vector<Timex>& timexes,
                       const std::vector<Explanation>& explanations);
/// TempEval-3 TimeML with inline <TIMEX3 tid type value> and the DCT as CREATION_TIME.
std::string to_timeml(const Document& doc, const std::vector<Timex>& timexes);
/// One line per timex: "begin-end<TAB>type<TAB>value<TAB>text".
std::string to_text(const Document& doc, const std::vector<Timex>& timexes);

}  // namespace annalist::timex
