// Sentence splitting: abbreviations, initials, decimals, quotes, list items, headlines and blank lines.
#include "doc/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace annalist::doc {
namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (auto& s : split_sentences(text)) out.emplace_back(text.substr(s.byte_begin, s.byte_end - s.byte_begin));
  return out;
}

TEST(Sentences, splits_at_final_punctuation) {
  EXPECT_EQ(sentences("The envoys met. They talked for hours! Was it useful? Nobody knows."),
            (std::vector<std::string>{"The envoys met.", "They talked for hours!", "Was it useful?", "Nobody knows."}));
}

TEST(Sentences, every_final_mark_counts_wherever_its_byte_stands) {
  // The scan for final marks reads eight bytes at a time: each mark at each place of a word.
  for (std::string mark : {".", "!", "?", "\xE2\x80\xA6"})
    for (std::size_t pad = 0; pad < 17; ++pad) {
      const std::string first = "Envoys" + std::string(pad, 'x') + " met" + mark;
      const std::string text = first + " They left" + mark + "  Talks \xE2\x80\x94 resumed.";
      EXPECT_EQ(sentences(text), (std::vector<std::string>{first, "They left" + mark, "Talks \xE2\x80\x94 resumed."}))
          << "mark " << mark << " after " << pad << " bytes";
    }
}

TEST(Sentences, keeps_titles_and_month_abbreviations) {
  EXPECT_EQ(sentences("Mr. Smith met Gen. Jones on Feb. 3 in the U.S. capital. Dr. Lee stayed home."),
            (std::vector<std::string>{"Mr. Smith met Gen. Jones on Feb. 3 in the U.S. capital.", "Dr. Lee stayed home."}));
}

TEST(Sentences, keeps_initials_and_dotted_acronyms) {
  EXPECT_EQ(sentences("George W. Bush spoke to the U.N. Security Council. It was brief."),
            (std::vector<std::string>{"George W. Bush spoke to the U.N. Security Council.", "It was brief."}));
}

TEST(Sentences, a_full_stop_that_lost_its_space_still_ends_a_sentence) {
  EXPECT_EQ(sentences("The envoys left amid old quarrels.Today both sides blame each other."),
            (std::vector<std::string>{"The envoys left amid old quarrels.", "Today both sides blame each other."}));
  // Not inside a web address, an acronym or after a short or capitalised word.
  EXPECT_EQ(sentences("See www.news.Example.org for more. It came from the U.S.Navy and Lima.Today readers."),
            (std::vector<std::string>{"See www.news.Example.org for more.", "It came from the U.S.Navy and Lima.Today readers."}));
}

TEST(Sentences, keeps_decimals) {
  EXPECT_EQ(sentences("Trade grew 3.5 percent. Exports fell."),
            (std::vector<std::string>{"Trade grew 3.5 percent.", "Exports fell."}));
}

TEST(Sentences, closing_quote_stays_with_its_sentence) {
  EXPECT_EQ(sentences("\xE2\x80\x9CWe agree,\xE2\x80\x9D she said. \xE2\x80\x9CGood.\xE2\x80\x9D Then they left."),
            (std::vector<std::string>{"\xE2\x80\x9CWe agree,\xE2\x80\x9D she said.", "\xE2\x80\x9CGood.\xE2\x80\x9D",
                                      "Then they left."}));
  EXPECT_EQ(sentences("He said \"no.\" The talks ended."),
            (std::vector<std::string>{"He said \"no.\"", "The talks ended."}));
}

TEST(Sentences, lower_case_after_a_period_does_not_split) {
  EXPECT_EQ(sentences("Talks at 10 a.m. on Monday went well."), (std::vector<std::string>{"Talks at 10 a.m. on Monday went well."}));
}

TEST(Sentences, headline_and_dateline_lines_stand_alone) {
  EXPECT_EQ(sentences("Leaders Meet In Geneva\n03/04/2021 / By A Writer\nThe two leaders met on Tuesday."),
            (std::vector<std::string>{"Leaders Meet In Geneva", "03/04/2021 / By A Writer", "The two leaders met on Tuesday."}));
}

TEST(Sentences, blank_lines_always_split) {
  EXPECT_EQ(sentences("A sentence without an end\n\nanother one"),
            (std::vector<std::string>{"A sentence without an end", "another one"}));
}

TEST(Sentences, hard_wrapped_lines_are_joined) {
  EXPECT_EQ(sentences("The ministers met in\nthe capital on Monday.\nThey agreed."),
            (std::vector<std::string>{"The ministers met in\nthe capital on Monday.", "They agreed."}));
}

TEST(Sentences, bullets_and_numbered_items_are_sentences) {
  EXPECT_EQ(sentences("Points:\n  \xE2\x80\xA2 Trade: more of it\n  \xE2\x80\xA2 energy: pipelines\n1. First item\n2. second item"),
            (std::vector<std::string>{"Points:", "\xE2\x80\xA2 Trade: more of it", "\xE2\x80\xA2 energy: pipelines",
                                      "1. First item", "2. second item"}));
}

TEST(Sentences, offsets_are_trimmed_bytes) {
  std::string_view text = "  First one.   Second one.  ";
  auto s = split_sentences(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].byte_begin, 2u);
  EXPECT_EQ(s[0].byte_end, 12u);
  EXPECT_EQ(s[1].byte_begin, 15u);
  EXPECT_EQ(s[1].byte_end, 26u);
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences(" \n\n ").empty());
}

}  // namespace
}  // namespace annalist::doc
