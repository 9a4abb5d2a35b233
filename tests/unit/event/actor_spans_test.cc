// Actor spans and weak surnames: a surname alone names someone only after a full mention, or
// through a dated office; otherwise an ordinary word that happens to be a surname stays a word.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "event/actor_spans.h"
#include "event/phrase_lookup.h"
#include "event/reader.h"
#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

int person(const std::string& name) {
  const Lexicon& lex = lexicon();
  for (std::size_t i = 0; i < lex.people.size(); ++i)
    if (lex.people[i].name == name) return static_cast<int>(i);
  return -1;
}

bool spans_cover(const Sentence& s, const std::string& word) {
  for (auto& sp : s.spans)
    for (std::size_t k = sp.b; k < sp.e; ++k)
      if (s.toks[k].text == word) return true;
  return false;
}

TEST(ActorSpans, surname_without_office_or_full_mention_is_a_word) {
  // A person of the derived dictionaries with no office: "Phone" is his surname and a word.
  const int phone = person("Aung Phone");
  ASSERT_GE(phone, 0);
  ASSERT_TRUE(lexicon().people[phone].offices.empty());
  auto r = read("The Two Leaders Held Talks by Phone on Friday.");
  EXPECT_FALSE(spans_cover(r->s, "Phone"));
  bool pending = false;
  PhraseLookup lookup(lexicon(), r->s.toks);
  find_actor_spans(lookup, r->s.toks, r->s.cues, {}, &pending);
  EXPECT_TRUE(pending);  // read again once the person is named, the word may be him
  // The headline's call is a call: the surname no longer hides the trigger.
  bool call = false;
  for (auto& th : r->triggers()) call = call || th.rule->type == EventType::kCall;
  EXPECT_TRUE(call);
}

TEST(ActorSpans, surname_after_a_full_mention_is_the_person) {
  const int phone = person("Aung Phone");
  ASSERT_GE(phone, 0);
  auto r = read("Phone met the envoy.", std::nullopt, {}, {phone});
  ASSERT_FALSE(r->s.spans.empty());
  EXPECT_EQ(r->s.spans[0].surname, phone);
}

TEST(ActorSpans, surname_of_an_office_holder_stays_for_the_dated_office) {
  // "Castro" alone is resolved through who held an office of a state the document names.
  const int raul = person("Raúl Castro");
  ASSERT_GE(raul, 0);
  ASSERT_FALSE(lexicon().people[raul].offices.empty());
  auto r = read("Castro spoke with the visitors.");
  ASSERT_FALSE(r->s.spans.empty());
  ASSERT_GE(r->s.spans[0].surname, 0);
  // Of the people named Castro, the span keeps one who held an office.
  EXPECT_FALSE(lexicon().people[r->s.spans[0].surname].offices.empty());
}

TEST(ActorSpans, actors_are_read_again_only_when_an_answer_about_the_people_seen_changes) {
  const int phone = person("Aung Phone");
  ASSERT_GE(phone, 0);
  Document d;
  d.text = "Phone met the envoy on Friday.";
  base::CodePointIndex cpi(d.text);
  Sentence s = read_words(lexicon(), d, 0, 0, d.text.size());
  std::set<int> seen;
  read_actors(lexicon(), cpi, {}, seen, s);
  EXPECT_FALSE(spans_cover(s, "Phone"));  // nobody named yet: a word
  EXPECT_FALSE(s.actors_settled);
  EXPECT_NE(std::find(s.seen_asked.begin(), s.seen_asked.end(), phone), s.seen_asked.end());
  // Someone else seen: the same answers, the reading is kept, and it is what a new one gives.
  seen.insert(phone == 0 ? 1 : 0);
  EXPECT_TRUE(same_seen_answers(s.seen_asked, seen));
  read_actors(lexicon(), cpi, {}, seen, s);
  Sentence fresh = read_words(lexicon(), d, 0, 0, d.text.size());
  read_actors(lexicon(), cpi, {}, seen, fresh);
  EXPECT_EQ(s.spans.size(), fresh.spans.size());
  EXPECT_FALSE(spans_cover(s, "Phone"));
  // The person seen: an answer changed, the sentence is read again and names him.
  seen.insert(phone);
  EXPECT_FALSE(same_seen_answers(s.seen_asked, seen));
  read_actors(lexicon(), cpi, {}, seen, s);
  ASSERT_FALSE(s.spans.empty());
  EXPECT_EQ(s.spans[0].b, 0u);
  EXPECT_EQ(s.spans[0].surname, phone);
  // A sentence that names nobody in question asks nothing.
  Document plain;
  plain.text = "The talks ended on Friday.";
  base::CodePointIndex cpi_plain(plain.text);
  Sentence p = read_words(lexicon(), plain, 0, 0, plain.text.size());
  read_actors(lexicon(), cpi_plain, {}, seen, p);
  EXPECT_TRUE(p.seen_asked.empty());
}

}  // namespace
}  // namespace annalist::event
