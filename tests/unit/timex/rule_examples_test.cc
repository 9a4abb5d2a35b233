// Runs every `example` and `reject` line of data/timex/en: the rule files are their own test corpus.
#include <gtest/gtest.h>

#include "base/utf8.h"
#include "calendar/timex_value.h"
#include "timex/examples.h"
#include "timex/rule_set.h"
#include "timex/tagger.h"

namespace annalist::timex {
namespace {

// The default DCT of the example corpus (docs/rules.md): Wednesday 22 February 2023.
const char* const kDefaultDct = "2023-02-22";

const Tagger& english() {
  static Tagger t = Tagger::load(std::string(ANNALIST_SOURCE_DATA_DIR) + "/timex/en");
  return t;
}

std::string where(const RuleExample& ex, const Rule& r) {
  return ex.file + ":" + std::to_string(ex.line) + " (rule " + r.name + ")";
}

TEST(RuleExamples, EveryRuleHasAnExample) {
  for (const auto& r : english().rules().rules)
    if (r.type != "SKIP") EXPECT_FALSE(r.examples.empty()) << r.name;
}

TEST(RuleExamples, ValuesWithDct) {
  int checked = 0;
  for (const auto& r : english().rules().rules) {
    for (const auto& ex : r.examples) {
      auto dct = calendar::parse_iso_day(ex.dct.empty() ? kDefaultDct : ex.dct);
      ASSERT_TRUE(dct) << where(ex, r) << ": bad DCT " << ex.dct;
      Timex got;
      std::string err = check_example(english(), ex.text, dct, &got);
      ++checked;
      if (!err.empty()) {
        ADD_FAILURE() << where(ex, r) << ": " << err;
        continue;
      }
      EXPECT_EQ(got.value, ex.value) << where(ex, r) << ": \"" << ex.text << "\"";
      EXPECT_EQ(got.type, r.type) << where(ex, r) << ": \"" << ex.text << "\"";
    }
  }
  EXPECT_GT(checked, 100);
}

TEST(RuleExamples, RelativeValuesStayUnresolvedWithoutDct) {
  for (const auto& r : english().rules().rules) {
    for (const auto& ex : r.examples) {
      auto dct = calendar::parse_iso_day(ex.dct.empty() ? kDefaultDct : ex.dct);
      Timex with, without;
      if (!check_example(english(), ex.text, dct, &with).empty()) continue;
      if (with.anchor != "dct" && with.anchor != "narrative") continue;
      std::string err = check_example(english(), ex.text, std::nullopt, &without);
      if (!err.empty()) {
        ADD_FAILURE() << where(ex, r) << ": " << err << " without DCT";
        continue;
      }
      if (without.anchor == "narrative") {
        // Anchored on a date of the text itself: no DCT is needed.
        EXPECT_EQ(without.value, with.value) << where(ex, r);
        continue;
      }
      EXPECT_NE(without.value.find('X'), std::string::npos)
          << where(ex, r) << ": \"" << ex.text << "\" guessed " << without.value << " without DCT";
      EXPECT_EQ(without.anchor, "none") << where(ex, r);
    }
  }
}

TEST(RuleExamples, AbsoluteValuesDoNotNeedDct) {
  for (const auto& r : english().rules().rules) {
    for (const auto& ex : r.examples) {
      if (!ex.dct.empty()) continue;
      Timex with, without;
      if (!check_example(english(), ex.text, calendar::parse_iso_day(kDefaultDct), &with).empty()) continue;
      if (with.anchor != "absolute") continue;
      ASSERT_EQ(check_example(english(), ex.text, std::nullopt, &without), "") << where(ex, r);
      EXPECT_EQ(without.value, with.value) << where(ex, r);
    }
  }
}

TEST(RuleExamples, Rejects) {
  std::size_t total = 0;
  for (const auto& r : english().rules().rules) {
    for (const auto& ex : r.rejects) {
      ++total;
      ExampleText plain = split_example(ex.text);
      auto got = english().tag(plain.text, calendar::parse_iso_day(kDefaultDct));
      for (const auto& t : got)
        EXPECT_FALSE(t.begin == plain.begin && t.end == plain.end)
            << where(ex, r) << ": \"" << ex.text << "\" was tagged " << t.type << " " << t.value << " by "
            << t.rule;
    }
  }
  EXPECT_GT(total, 0u);
}

}  // namespace
}  // namespace annalist::timex
