// Output formats of `annalist tag`: SPEC JSON, TempEval-3 TimeML, plain text.
#pragma once
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::timex {

/// {"id","dct","dct_source","timexes":[{begin,end,text,type,value,mod,anchor}]} on one line.
std::string to_json(const Document& doc, const std::vector<Timex>& timexes);
/// TempEval-3 TimeML with inline <TIMEX3 tid type value> and the DCT as CREATION_TIME.
std::string to_timeml(const Document& doc, const std::vector<Timex>& timexes);
/// One line per timex: "begin-end<TAB>type<TAB>value<TAB>text".
std::string to_text(const Document& doc, const std::vector<Timex>& timexes);

}  // namespace annalist::timex
