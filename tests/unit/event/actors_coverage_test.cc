// Coverage of the actors dictionary: for the G20 members, Russia, China, Iran, Ukraine, the EU, the UN,
// NATO and the African Union, and for every office of every state in data/actors/offices.txt, the
// office has a holder (or a period marked without one) on every day of 2000-2025 (gaps of a few
// weeks for interim periods are tolerated), and no two people hold one single-holder office at once.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "event/lexicon.h"

namespace annalist::event {
namespace {

using date::days;
using date::sys_days;
using date::year_month_day;

constexpr int kMaxGapDays = 60;     // interim periods without a listed holder
constexpr int kMaxOverlapDays = 3;  // handover days counted twice by sources

struct Required {
  const char* country;  ///< canonical country or organisation
  const char* role;     ///< office role id
  const char* from;     ///< first day that must be covered
  const char* to;       ///< first day that need not be covered (exclusive)
};

constexpr const char* kFrom = "2000-01-01";
constexpr const char* kTo = "2026-01-01";

// Heads of state and government, foreign ministers and top diplomats, as each system has them.
const std::vector<Required> kRequired = {
    {"United States", "president", kFrom, kTo},
    {"United States", "foreign-minister", kFrom, kTo},
    {"United Kingdom", "monarch", kFrom, kTo},
    {"United Kingdom", "prime-minister", kFrom, kTo},
    {"United Kingdom", "foreign-minister", kFrom, kTo},
    {"France", "president", kFrom, kTo},
    {"France", "prime-minister", kFrom, kTo},
    {"France", "foreign-minister", kFrom, kTo},
    {"Germany", "president", kFrom, kTo},
    {"Germany", "chancellor", kFrom, kTo},
    {"Germany", "foreign-minister", kFrom, kTo},
    {"Italy", "president", kFrom, kTo},
    {"Italy", "prime-minister", kFrom, kTo},
    {"Italy", "foreign-minister", kFrom, kTo},
    {"Japan", "monarch", kFrom, kTo},
    {"Japan", "prime-minister", kFrom, kTo},
    {"Japan", "foreign-minister", kFrom, kTo},
    {"India", "president", kFrom, kTo},
    {"India", "prime-minister", kFrom, kTo},
    {"India", "foreign-minister", kFrom, kTo},
    {"Brazil", "president", kFrom, kTo},
    {"Brazil", "foreign-minister", kFrom, kTo},
    {"South Africa", "president", kFrom, kTo},
    {"South Africa", "foreign-minister", kFrom, kTo},
    {"Canada", "prime-minister", kFrom, kTo},  // head of state: the British monarch
    {"Canada", "foreign-minister", kFrom, kTo},
    {"Australia", "prime-minister", kFrom, kTo},  // head of state: the British monarch
    {"Australia", "foreign-minister", kFrom, kTo},
    {"Argentina", "president", kFrom, kTo},
    {"Argentina", "foreign-minister", kFrom, kTo},
    {"Mexico", "president", kFrom, kTo},
    {"Mexico", "foreign-minister", kFrom, kTo},
    {"Indonesia", "president", kFrom, kTo},
    {"Indonesia", "foreign-minister", kFrom, kTo},
    {"Saudi Arabia", "monarch", kFrom, kTo},
    {"Saudi Arabia", "crown-prince", kFrom, kTo},
    {"Saudi Arabia", "prime-minister", kFrom, kTo},  // the king until 2022
    {"Saudi Arabia", "foreign-minister", kFrom, kTo},
    {"South Korea", "president", kFrom, kTo},
    {"South Korea", "foreign-minister", kFrom, kTo},
    {"Turkey", "president", kFrom, kTo},
    {"Turkey", "prime-minister", kFrom, "2018-07-09"},  // office abolished
    {"Turkey", "foreign-minister", kFrom, kTo},
    {"Russia", "president", kFrom, kTo},
    {"Russia", "prime-minister", kFrom, kTo},
    {"Russia", "foreign-minister", kFrom, kTo},
    {"China", "president", kFrom, kTo},
    {"China", "prime-minister", kFrom, kTo},
    {"China", "foreign-minister", kFrom, kTo},
    {"China", "foreign-affairs-director", "2013-03-16", kTo},  // the "top diplomat" above the minister
    {"Iran", "supreme-leader", kFrom, kTo},
    {"Iran", "president", kFrom, kTo},
    {"Iran", "foreign-minister", kFrom, kTo},
    {"Ukraine", "president", kFrom, kTo},
    {"Ukraine", "prime-minister", kFrom, kTo},
    {"Ukraine", "foreign-minister", kFrom, kTo},
    {"European Union", "commission-president", kFrom, kTo},
    {"European Union", "council-president", "2009-12-01", kTo},  // permanent office since Lisbon
    {"European Union", "high-representative", kFrom, kTo},
    {"United Nations", "secretary-general", kFrom, kTo},
    {"NATO", "secretary-general", kFrom, kTo},
    {"African Union", "commission-president", "2023-01-01", kTo},  // G20 member since 2023
};

sys_days parse_day(const std::string& s) {
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  return sys_days(year_month_day(date::year(y), date::month(unsigned(m)), date::day(unsigned(d))));
}

std::string show(sys_days d) {
  std::ostringstream out;
  out << year_month_day(d);
  return out.str();
}

struct Held {
  std::string person;
  sys_days from, to;  // [from, to)
};

std::vector<Held> holders(const Lexicon& lex, const std::string& country, const std::string& role,
                          sys_days open_end) {
  std::vector<Held> out;
  for (const auto& p : lex.people)
    for (const auto& o : p.offices)
      if (o.country == country && o.role == role) out.push_back({p.name, o.from, o.to ? *o.to : open_end});
  // Periods an offices table marks as without a holder ("-") count as covered.
  for (const auto& o : lex.vacancies)
    if (o.country == country && o.role == role) out.push_back({"-", o.from, o.to ? *o.to : open_end});
  std::sort(out.begin(), out.end(), [](const Held& a, const Held& b) { return a.from < b.from; });
  return out;
}

const Lexicon& shipped() {
  static const Lexicon lex = Lexicon::load(ANNALIST_SOURCE_DATA_DIR);
  return lex;
}

// The table above, and every office of every state in data/actors/offices.txt over the same years.
std::vector<Required> required(const Lexicon& lex) {
  std::vector<Required> out = kRequired;
  for (const auto& [country, role] : lex.tabled_offices) {
    bool listed = std::any_of(kRequired.begin(), kRequired.end(),
                              [&](const Required& r) { return r.country == country && r.role == role; });
    if (!listed) out.push_back({country.c_str(), role.c_str(), kFrom, kTo});
  }
  return out;
}

TEST(ActorsCoverage, offices_tables_are_checked) {
  // Tables exist for states beyond the G20 (the other checks then cover them).
  EXPECT_GE(shipped().tabled_offices.size(), 20u);
}

TEST(ActorsCoverage, required_countries_exist) {
  const auto& lex = shipped();
  for (const auto& r : kRequired) EXPECT_GE(lex.country_index(r.country), 0) << r.country;
}

TEST(ActorsCoverage, required_offices_have_no_long_gap) {
  const auto& lex = shipped();
  std::ostringstream report;
  int failures = 0;
  for (const auto& r : required(lex)) {
    sys_days from = parse_day(r.from), to = parse_day(r.to);
    auto held = holders(lex, r.country, r.role, to + days(1));
    std::vector<std::string> gaps;
    sys_days covered = from;  // every day before `covered` has a holder
    auto note_gap = [&](sys_days start, sys_days end) {
      if ((end - start).count() > kMaxGapDays)
        gaps.push_back(show(start) + ".." + show(end) + " (" + std::to_string((end - start).count()) + " days)");
    };
    for (const auto& h : held) {
      if (h.to <= covered) continue;
      if (h.from >= to) break;
      if (h.from > covered) note_gap(covered, h.from);
      covered = std::max(covered, h.to);
    }
    if (covered < to) note_gap(covered, to);
    if (!gaps.empty()) {
      ++failures;
      report << "  " << r.country << " | " << r.role << ":";
      for (const auto& g : gaps) report << " " << g;
      report << "\n";
    }
  }
  EXPECT_EQ(failures, 0) << "offices without a holder for more than " << kMaxGapDays
                         << " days (add the holders to data/actors/people.txt or offices.txt):\n"
                         << report.str();
}

TEST(ActorsCoverage, single_holder_offices_do_not_overlap) {
  const auto& lex = shipped();
  std::ostringstream report;
  int failures = 0;
  for (const auto& r : required(lex)) {
    auto held = holders(lex, r.country, r.role, parse_day("2100-01-01"));
    for (std::size_t i = 0; i < held.size(); ++i)
      for (std::size_t j = i + 1; j < held.size(); ++j) {
        const auto& a = held[i];
        const auto& b = held[j];
        if (a.person == b.person) continue;
        auto overlap = (std::min(a.to, b.to) - std::max(a.from, b.from)).count();
        if (overlap > kMaxOverlapDays) {
          ++failures;
          report << "  " << r.country << " | " << r.role << ": " << a.person << " " << show(a.from) << ".."
                 << show(a.to) << " and " << b.person << " " << show(b.from) << ".." << show(b.to) << " ("
                 << overlap << " days)\n";
        }
      }
  }
  EXPECT_EQ(failures, 0) << "one office held by two people at once (a typo in a date?):\n" << report.str();
}

TEST(ActorsCoverage, offices_end_after_they_start) {
  const auto& lex = shipped();
  for (const auto& p : lex.people) {
    for (const auto& o : p.offices) {
      if (o.to) {
        EXPECT_LT(o.from, *o.to) << p.name << ": " << o.country << " | " << o.role;
      }
    }
  }
}

}  // namespace
}  // namespace annalist::event
