// Country dyads of an event: the countries (or organisations) its participants act for and every
// unordered pair of them. Shared by the dyad tables (export) and the dyad lanes (render).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "model/types.h"

namespace annalist {

/// The distinct countries (or organisations) an event's participants act for, sorted; a
/// participant the dictionaries do not know is left out.
std::vector<std::string> event_countries(const Event& e);

/// Every unordered pair of an event's distinct countries, (a, b) with a < b, sorted. An event of
/// one country (a statement, a domestic meeting) has none.
std::vector<std::pair<std::string, std::string>> event_pairs(const Event& e);

}  // namespace annalist
