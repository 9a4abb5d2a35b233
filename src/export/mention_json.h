// The one JSON encoding of a mention (and of an event's time), version 2: the lines of
// `annalist extract` and `ingest --mentions`, and the mentions inside `export --format json`.
#pragma once
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/types.h"

namespace annalist::exporter {

/// Field order as written, so files read well.
using Json = nlohmann::ordered_json;

/// Version of the encoding written here (docs/export.md lists the changes).
constexpr int kMentionJsonVersion = 2;

/// {"value","start","end","granularity","basis","mod","text","why"}; unknown parts are null.
Json time_to_json(const EventTime& t);

/// {"document","doc_hash","dct","sentence","begin","end","quote","trigger","rule","type",
///  "status","status_why","participants","codes","location","time"}.
Json mention_to_json(const Mention& m);

/// One line of `extract`: {"version","id","dct","dct_source","hash","mentions":[…]}.
std::string mentions_to_json(const Document& doc, const std::vector<Mention>& mentions);

/// A line read back: the document (id, dct, hash; no text) and its mentions.
struct MentionLine {
  Document doc;
  std::vector<Mention> mentions;
};

/// Parses one line written by mentions_to_json, or by a version-1 writer (which called
/// `status_why` "why" and had no "document", "dct" or "codes" per mention). Throws
/// InputError(file, line, reason) when it is malformed or from a newer version.
MentionLine mentions_from_json(const std::string& line, const std::string& file, std::size_t line_no);

}  // namespace annalist::exporter
