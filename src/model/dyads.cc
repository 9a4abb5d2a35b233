#include "model/dyads.h"

#include <set>

namespace annalist {

std::vector<std::string> event_countries(const Event& e) {
  std::set<std::string> out;
  for (const auto& c : e.codes)
    if (!c.country.empty()) out.insert(c.country);
  return {out.begin(), out.end()};
}

std::vector<std::pair<std::string, std::string>> event_pairs(const Event& e) {
  std::vector<std::string> cs = event_countries(e);
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t i = 0; i < cs.size(); ++i)
    for (std::size_t j = i + 1; j < cs.size(); ++j) out.push_back({cs[i], cs[j]});
  return out;
}

}  // namespace annalist
