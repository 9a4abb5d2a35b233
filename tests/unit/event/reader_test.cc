// Stage tests (reading a sentence: tokens, cues, actor phrases, time expressions), written as
// sentences with what the reader must find in them.
#include <gtest/gtest.h>

#include "event/actor_spans.h"
#include "event/phrase_lookup.h"
#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

std::string span_words(const Sentence& s, const Span& sp) { return s.text(sp.b, sp.e); }

TEST(Reader, actor_phrases_are_the_longest_and_keep_every_kind) {
  auto r = read("Russian President Vladimir Putin met Xi Jinping at the Kremlin in Beijing.");
  const auto& s = r->s;
  std::vector<std::string> words;
  for (auto& sp : s.spans) words.push_back(span_words(s, sp));
  EXPECT_EQ(base::join(words, "|"), "Russian|President|Vladimir Putin|Xi Jinping|the Kremlin|Beijing");
  EXPECT_GE(s.spans[0].country, 0);
  EXPECT_EQ(s.spans[0].country_kind, ActorKind::kDemonym);
  EXPECT_GE(s.spans[1].title, 0);
  EXPECT_GE(s.spans[2].person, 0);
  EXPECT_GE(s.spans[4].country, 0);  // an institution
  EXPECT_GE(s.spans[5].place, 0);    // a place and a metonym of China at once
  EXPECT_GE(s.spans[5].country, 0);
}

TEST(Reader, names_must_be_capitalised_titles_need_not) {
  auto r = read("Let us hope the president comes.");
  for (auto& sp : r->s.spans) EXPECT_LT(sp.country, 0) << span_words(r->s, sp);
  bool title = false;
  for (auto& sp : r->s.spans) title = title || sp.title >= 0;
  EXPECT_TRUE(title);
}

TEST(Reader, a_shared_surname_is_the_person_already_named) {
  const Lexicon& lex = lexicon();
  int li_qiang = -1;
  for (std::size_t i = 0; i < lex.people.size(); ++i)
    if (lex.people[i].name == "Li Qiang") li_qiang = static_cast<int>(i);
  ASSERT_GE(li_qiang, 0);
  auto r = read("Li met Olaf Scholz.", std::nullopt, {}, {li_qiang});
  ASSERT_FALSE(r->s.spans.empty());
  EXPECT_EQ(r->s.spans[0].surname, li_qiang);
}

TEST(Reader, a_month_inside_a_name_is_no_time) {
  const Lexicon& lex = lexicon();
  int may = -1;
  for (std::size_t i = 0; i < lex.people.size(); ++i)
    if (lex.people[i].name == "Theresa May") may = static_cast<int>(i);
  ASSERT_GE(may, 0);
  std::string text = "May met Narendra Modi on June 3.";
  auto r = read(text, day("2017-06-05"), {tx(text, "May", "2017-05", "dct"), tx(text, "June 3", "2017-06-03", "dct")}, {may});
  ASSERT_EQ(r->s.timexes.size(), 1u);
  EXPECT_EQ(r->s.timexes[0].timex->text, "June 3");
  EXPECT_EQ(r->s.text(r->s.timexes[0].b, r->s.timexes[0].e), "June 3");
}

TEST(Reader, cues_carry_their_kinds) {
  auto r = read("Narendra Modi will hold talks with Fumio Kishida.");
  const auto& s = r->s;
  EXPECT_TRUE(s.cue_at(2, "planned"));       // will
  EXPECT_TRUE(s.cue_at(2, "verb-context"));  // a verb follows
  EXPECT_TRUE(s.cue_at(5, "comitative"));    // with
  EXPECT_TRUE(s.cue_before(3, "verb-context"));
  EXPECT_FALSE(s.cue_at(5, "reciprocal"));
}

TEST(Reader, phrase_lookup_finds_every_phrase_at_a_token) {
  auto r = read("Joe Biden spoke by phone with Xi Jinping.");
  PhraseLookup lookup(lexicon(), r->s.toks);
  bool spoke_by_phone = false;
  for (auto& m : lookup.triggers_at(2))
    if (r->s.text(2, m.end) == "spoke by phone") spoke_by_phone = true;
  EXPECT_TRUE(spoke_by_phone);
  auto actors = lookup.actors_at(0);
  ASSERT_FALSE(actors.empty());
  EXPECT_EQ(actors[0].end, 2u);  // "Joe Biden", longest first
}

}  // namespace
}  // namespace annalist::event
