// Lexicon data files: syntax errors are fatal at load and name file, line and reason word for word.
#include "event/lexicon.h"

#include <gtest/gtest.h>

#include "base/errors.h"

namespace annalist::event {
namespace {

std::string error_of(const std::string& text) {
  Lexicon lex;
  try {
    lex.parse(text, "t.txt");
    lex.finish();
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(Lexicon, parses_every_entry_type) {
  Lexicon lex;
  lex.parse(
      "# comment\n"
      "trigger meeting.meet\n  type meeting\n  pos verb\n  priority 2\n  match meet | met | held * talks\n"
      "  example A met B. => type=meeting\n"
      "cue planned.will\n  kind planned\n  scope before\n  window 3\n  applies verb\n  match will | 'll\n"
      "country Russia\n  alias Russian Federation\n  demonym Russian\n  metonym Moscow\n  capital Moscow\n  leader president\n"
      "person Vladimir Putin\n  alias Putin\n  office Russia | president | 2012-05-07..\n"
      "person Wang Yi\n  surname Wang\n  country Russia\n"
      "place Sochi\n  country Russia\n"
      "title president\n  match president | head of state\n",
      "t.txt");
  lex.finish();
  ASSERT_EQ(lex.triggers.size(), 1u);
  EXPECT_EQ(lex.triggers[0].phrases.size(), 3u);
  EXPECT_EQ(lex.triggers[0].phrases[2], (Phrase{"held", "*", "talks"}));
  EXPECT_EQ(lex.triggers[0].priority, 2);
  ASSERT_EQ(lex.cues.size(), 1u);
  EXPECT_EQ(lex.cues[0].phrases[1], (Phrase{"'ll"}));
  EXPECT_EQ(lex.cues[0].window, 3);
  ASSERT_EQ(lex.people.size(), 2u);
  EXPECT_EQ(lex.people[0].country, "Russia");
  ASSERT_EQ(lex.people[0].offices.size(), 1u);
  EXPECT_FALSE(lex.people[0].offices[0].to.has_value());
  EXPECT_EQ(lex.people[1].surname, "Wang");
  // The capital became a place of its country.
  bool moscow = false;
  for (auto& p : lex.places)
    if (p.name == "Moscow" && p.country == "Russia") moscow = true;
  EXPECT_TRUE(moscow);
  ASSERT_EQ(lex.examples.size(), 1u);
  EXPECT_EQ(lex.examples[0].rule, "meeting.meet");
  EXPECT_EQ(lex.examples[0].expect.at("type"), "meeting");
  EXPECT_EQ(lex.examples[0].line, 7u);
  // Surnames are weak aliases: "wang" is indexed as a surname, "putin" as a strong alias.
  bool wang = false, putin = false;
  for (auto& e : lex.actor_index["wang"]) wang |= e.kind == ActorKind::kSurname;
  for (auto& e : lex.actor_index["putin"]) putin |= e.kind == ActorKind::kPerson;
  EXPECT_TRUE(wang);
  EXPECT_TRUE(putin);
}

TEST(Lexicon, errors_are_exact) {
  EXPECT_EQ(error_of("trigger a\n  tpye meeting\n"),
            "t.txt:2: unknown key 'tpye' in a trigger block (did you mean 'type'?)");
  EXPECT_EQ(error_of("trigger a\n  type party\n"), "t.txt:2: unknown event type 'party'");
  EXPECT_EQ(error_of("trigger a\n  type call\n  match x\ntrigger a\n"),
            "t.txt:4: duplicate trigger 'a' (first at t.txt:1)");
  EXPECT_EQ(error_of("  match met\n"),
            "t.txt:1: 'match' outside a block (a block starts with trigger, cue, person, country, organisation, place or title)");
  EXPECT_EQ(error_of("trigers a\n"), "t.txt:1: unknown entry 'trigers' (did you mean 'trigger'?) (fields of an entry are indented)");
  EXPECT_EQ(error_of("country Russia\nperson A B\n  office Russia | president | 2012-13-01..\n"),
            "t.txt:3: bad office start date '2012-13-01'");
  EXPECT_EQ(error_of("country Russia\nperson A B\n  office Russia | president\n"),
            "t.txt:3: office needs 'COUNTRY | ROLE | FROM..TO' (TO may be empty)");
  EXPECT_EQ(error_of("cue c\n  kind plannned\n"), "t.txt:2: unknown cue kind 'plannned' (did you mean 'planned'?)");
  EXPECT_EQ(error_of("cue c\n  kind planned\n  scope around\n"), "t.txt:3: scope must be before, after or sentence, not 'around'");
  EXPECT_EQ(error_of("trigger a\n  type call\n  match x\n  example no arrow here\n"),
            "t.txt:4: example without '=>' (write: example SENTENCE => key=value; ...)");
  EXPECT_EQ(error_of("trigger a\n  type call\n  match x\n  example A called B. => tpye=call\n"),
            "t.txt:4: unknown expectation 'tpye' (did you mean 'type'?)");
  EXPECT_EQ(error_of("trigger a\n  type call\n"), "t.txt: trigger 'a' has no 'match' line");
  EXPECT_EQ(error_of("person A B\n  office Narnia | king | 2000-01-01..\n"),
            "actors: person 'A B': unknown country 'Narnia' in office");
}

TEST(Lexicon, shipped_files_load) {
  auto lex = Lexicon::load(ANNALIST_SOURCE_DATA_DIR);
  EXPECT_GT(lex.triggers.size(), 10u);
  EXPECT_GT(lex.people.size(), 100u);
  EXPECT_GT(lex.countries.size(), 40u);
}

}  // namespace
}  // namespace annalist::event
