// Mention JSON lines: the output of `annalist extract --jsonl` and input of `ingest --mentions`.
#pragma once
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::event {

/// {"id","dct","dct_source","mentions":[...]} on one line (SPEC `extract`).
std::string mentions_to_json(const Document& doc, const std::vector<Mention>& mentions);

/// Parses one line written by mentions_to_json. Throws InputError(file, line, reason) when malformed.
struct MentionLine {
  Document doc;  ///< id, dct; text empty
  std::vector<Mention> mentions;
};
MentionLine mentions_from_json(const std::string& line, const std::string& file, std::size_t line_no);

}  // namespace annalist::event
