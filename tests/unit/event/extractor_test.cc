// Stage tests (the whole extraction of a document: evidence and the end of the article), written as sentences with their expected events.
#include <gtest/gtest.h>

#include <algorithm>

#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

TEST(Extractor, quote_is_the_sentence_in_code_points) {
  std::string text = "\xC3\x89tude.\n\nXi Jinping   met\nwith Vladimir Putin \xE2\x80\x94 warmly.";
  auto m = run(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].sentence, 1);
  EXPECT_EQ(m[0].begin, 8u);  // "Étude." is 6 code points, then two newlines
  EXPECT_EQ(m[0].quote, "Xi Jinping met with Vladimir Putin \xE2\x80\x94 warmly.");
  EXPECT_EQ(m[0].end, m[0].begin + base::count_code_points("Xi Jinping   met\nwith Vladimir Putin \xE2\x80\x94 warmly."));
  EXPECT_EQ(m[0].trigger, "met with");
  EXPECT_EQ(m[0].rule, "meeting.meet");
  EXPECT_EQ(m[0].doc_id, "t");
}

TEST(Extractor, related_links_after_the_article_are_ignored) {
  auto m = run("Xi Jinping met Vladimir Putin.\n\nRelated\n\nJoe Biden held talks with Xi Jinping.");
  ASSERT_EQ(m.size(), 1u);
}

}  // namespace
}  // namespace annalist::event
