// Runs every `example` line of data/events/en and data/actors: the data files are their own test corpus.
#include <gtest/gtest.h>

#include <sstream>

#include "base/strings.h"
#include "calendar/timex_value.h"
#include "event/extractor.h"
#include "event/lexicon.h"

namespace annalist::event {
namespace {

std::string describe(const Mention& m) {
  std::ostringstream o;
  o << to_string(m.type) << "/" << to_string(m.status) << " [" << base::join(m.participants, ", ") << "] @"
    << m.location << " date=" << m.time.value << " rule=" << m.rule;
  return o.str();
}

bool satisfies(const Mention& m, const std::map<std::string, std::string>& expect) {
  for (auto& [k, v] : expect) {
    if (k == "type" && to_string(m.type) != v) return false;
    if (k == "status" && to_string(m.status) != v) return false;
    if (k == "participants" && base::join(m.participants, ", ") != v) return false;
    if (k == "location" && m.location != v) return false;
    if (k == "rule" && m.rule != v) return false;
    if (k == "date" && m.time.value != v) return false;
  }
  return true;
}

TEST(LexiconExamples, every_example_holds) {
  auto ex = Extractor::load(ANNALIST_SOURCE_DATA_DIR);
  const auto& examples = ex.lexicon().examples;
  ASSERT_GT(examples.size(), 30u);
  for (auto& e : examples) {
    Document doc;
    doc.id = "example";
    doc.text = e.text;
    doc.dct.day = e.dct;
    auto mentions = ex.extract(doc, {});
    std::string where = e.file + ":" + std::to_string(e.line) + ": " + e.text;
    if (e.expect.count("none")) {
      EXPECT_TRUE(mentions.empty()) << where << "\n  expected no mention, got " << (mentions.empty() ? "" : describe(mentions[0]));
      continue;
    }
    bool found = false;
    std::string got;
    for (auto& m : mentions) {
      if (satisfies(m, e.expect)) found = true;
      got += "\n  got " + describe(m);
    }
    EXPECT_TRUE(found) << where << "\n  no mention matches the expectation" << (got.empty() ? "\n  got no mention" : got);
  }
}

// Every trigger and every status cue carries at least one example (a rule without one fails the lint).
TEST(LexiconExamples, triggers_and_status_cues_have_examples) {
  auto ex = Extractor::load(ANNALIST_SOURCE_DATA_DIR);
  const auto& lex = ex.lexicon();
  auto has_example = [&](const std::string& id) {
    for (auto& e : lex.examples)
      if (e.rule == id) return true;
    return false;
  };
  for (auto& t : lex.triggers) EXPECT_TRUE(has_example(t.id)) << "trigger " << t.id << " has no example";
  for (auto& c : lex.cues) {
    if (c.kind == "planned" || c.kind == "cancelled" || c.kind == "denied" || c.kind == "aggregate") {
      EXPECT_TRUE(has_example(c.id)) << "cue " << c.id << " has no example";
    }
  }
}

}  // namespace
}  // namespace annalist::event
