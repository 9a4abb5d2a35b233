// Lexicon data files: syntax errors are fatal at load and name file, line and reason word for word.
#include "event/lexicon.h"

#include <gtest/gtest.h>

#include "base/errors.h"
#include "event/tokens.h"

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
  for (auto& e : lex.actor_entries) {
    wang |= e.phrase == Phrase{"wang"} && e.kind == ActorKind::kSurname;
    putin |= e.phrase == Phrase{"putin"} && e.kind == ActorKind::kPerson;
  }
  EXPECT_TRUE(wang);
  EXPECT_TRUE(putin);
}

TEST(Lexicon, a_person_name_is_unique) {
  // The actors stage finds a person by name alone (ActorResolver, "his counterpart").
  EXPECT_EQ(error_of("person Ana Ruiz\n  country Peru\nperson Ana Ruiz\n"),
            "t.txt:3: duplicate person 'Ana Ruiz' (first at t.txt:1)");
}

TEST(Lexicon, errors_are_exact) {
  EXPECT_EQ(error_of("trigger a\n  tpye meeting\n"),
            "t.txt:2: unknown key 'tpye' in a trigger block (did you mean 'type'?)");
  EXPECT_EQ(error_of("trigger a\n  type party\n"), "t.txt:2: unknown event type 'party'");
  EXPECT_EQ(error_of("trigger a\n  type call\n  match x\ntrigger a\n"),
            "t.txt:4: duplicate trigger 'a' (first at t.txt:1)");
  EXPECT_EQ(error_of("  match met\n"),
            "t.txt:1: 'match' outside a block (a block starts with trigger, cue, person, country, organisation, place, title, role or offices)");
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
  EXPECT_EQ(error_of("person A B\n  cameo RUSGOV | 2000-01-01\n"), "t.txt:2: cameo period needs 'FROM..TO', got '2000-01-01'");
  EXPECT_EQ(error_of("person A B\n  cameo RUSGOV | 2001-01-01..2000-01-01\n"), "t.txt:2: cameo period ends before it starts");
  EXPECT_EQ(error_of("offices Russia\n  president Vladimir Putin\n"),
            "t.txt:2: an offices line needs 'ROLE NAME | FROM..TO' (TO may be empty)");
  EXPECT_EQ(error_of("offices Russia\n  president Vladimir Putin | ..2008-05-07\n"), "t.txt:2: office period needs a start date");
  EXPECT_EQ(error_of("country Russia\ntitle president\n  match president\noffices Russia\n  presdient A B | 2000-01-01..\n"),
            "t.txt:5: unknown role 'presdient' (a role needs a title in titles.txt or a role block)");
  EXPECT_EQ(error_of("title president\n  match president\noffices Narnia\n  president A B | 2000-01-01..\n"),
            "t.txt:4: unknown country 'Narnia'");
  EXPECT_EQ(error_of("role army-chief\n  agnet MIL\n"), "t.txt:2: unknown key 'agnet' in a role block (did you mean 'agent'?)");
}

Day day(int y, unsigned m, unsigned d) { return date::sys_days(date::year(y) / date::month(m) / date::day(d)); }

TEST(Lexicon, offices_tables_codes_and_roles) {
  Lexicon lex;
  lex.parse(
      "country Russia\n  code RUS\n"
      "organisation Kremlin\n  country Russia\n  code RUS\n  cameo RUSGOV\n"
      "title president\n  match president\n"
      "title prime-minister\n  match prime minister\n"
      "role army-chief\n  agent MIL\n"
      "person Vladimir Putin\n  alias Vladimir Vladimirovich Putin\n  cameo RUSELI\n  cameo RUSGOV | 1999-08-09..2000-05-07\n"
      "offices Russia\n"
      "  president Vladimir Putin | 2000-05-07..2008-05-07\n"
      "  president Dmitry Medvedev | 2008-05-07..2012-05-07\n"
      "  president Vladimir Vladimirovich Putin | 2012-05-07..\n"
      "  prime-minister Vladimir Putin | 2008-05-08..2012-05-07\n"
      "  prime-minister - | 2012-05-07..2012-05-08\n"
      "  army-chief Valery Gerasimov | 2012-11-09..\n",
      "t.txt");
  lex.finish();
  // Table lines join the person named in full or by an alias; new names become people.
  ASSERT_EQ(lex.people.size(), 3u);
  int putin = lex.person_index("Vladimir Putin");
  ASSERT_GE(putin, 0);
  EXPECT_EQ(lex.people[putin].offices.size(), 3u);
  EXPECT_EQ(lex.people[putin].cameo.size(), 2u);
  EXPECT_TRUE(lex.people[putin].cameo[1].holds(day(2000, 1, 1)));
  EXPECT_FALSE(lex.people[putin].cameo[1].holds(day(2000, 5, 7)));
  EXPECT_FALSE(lex.people[putin].cameo[0].dated());
  int medvedev = lex.person_index("Dmitry Medvedev");
  ASSERT_GE(medvedev, 0);
  EXPECT_EQ(lex.people[medvedev].country, "Russia");
  EXPECT_EQ(lex.office_holder("Russia", "president", day(2010, 1, 1)), medvedev);
  EXPECT_EQ(lex.office_holder("Russia", "president", day(2013, 1, 1)), putin);
  EXPECT_EQ(lex.office_holder("Russia", "prime-minister", day(2010, 1, 1)), putin);
  EXPECT_EQ(lex.office_holder("Russia", "prime-minister", day(2012, 5, 7)), -1);  // "-": nobody
  EXPECT_EQ(lex.office_holder("Russia", "president", day(1999, 1, 1)), -1);
  EXPECT_EQ(lex.office_holders("Russia", "president"), (std::vector<int>{putin, medvedev}));
  EXPECT_EQ(lex.role_agent("army-chief"), "MIL");
  EXPECT_EQ(lex.role_agent("president"), "GOV");
  int kremlin = lex.country_index("Kremlin");
  ASSERT_GE(kremlin, 0);
  EXPECT_EQ(lex.countries[kremlin].cameo, "RUSGOV");
  EXPECT_EQ(lex.state_by_code("RUS"), lex.country_index("Russia"));
  EXPECT_EQ(lex.state_by_code("RUSGOV"), -1);
  EXPECT_EQ(lex.person_index("Nobody"), -1);
}

TEST(Lexicon, names_with_diacritics_are_also_found_without_them) {
  Lexicon lex;
  lex.parse("country Latvia\ntitle president\n  match president\noffices Latvia\n  president Edgars Rinkēvičs | 2023-07-08..\n"
            "country Romania\nperson Klaus Iohannis\nperson Marcel Ciolacu\n  alias Marcel Ciolacu\nperson Ștefan Ț\n",
            "t.txt");
  lex.finish();
  auto person_at = [&](const std::string& text) {
    auto toks = tokenize(text);
    std::vector<PhraseMatch> m;
    lex.actor_phrases.match_at(toks, lex.vocabulary.ids(toks), 0, m);
    for (auto& x : m)
      if (lex.actor_entries[x.value].kind == ActorKind::kPerson && x.end == toks.size())
        return lex.people[lex.actor_entries[x.value].index].name;
    return std::string("none");
  };
  EXPECT_EQ(person_at("Edgars Rinkēvičs"), "Edgars Rinkēvičs");
  EXPECT_EQ(person_at("Edgars Rinkevics"), "Edgars Rinkēvičs");
  EXPECT_EQ(person_at("Stefan T"), "Ștefan Ț");  // Romanian comma letters
  EXPECT_EQ(person_at("Klaus Iohannis"), "Klaus Iohannis");
}

TEST(Lexicon, phrase_tries_report_rules_in_file_order_and_actors_longest_first) {
  Lexicon lex;
  lex.parse(
      "trigger meeting.met\n  type meeting\n  match met | held * talks\n"
      "trigger meeting.talks\n  type meeting\n  pos noun\n  match talks\n"
      "cue planned.will\n  kind planned\n  match will\n"
      "country Russia\n  demonym Russian\n"
      "title president\n  match president | russian president\n"
      "person Vladimir Putin\n",
      "t.txt");
  lex.finish();
  auto toks = tokenize("Russian President Vladimir Putin held frank talks");
  auto ids = lex.vocabulary.ids(toks);
  std::vector<PhraseMatch> m;
  lex.actor_phrases.match_at(toks, ids, 0, m);
  ASSERT_EQ(m.size(), 2u);  // "russian president" (title) before "russian" (demonym)
  EXPECT_EQ(lex.actor_entries[m[0].value].kind, ActorKind::kTitle);
  EXPECT_EQ(m[0].end, 2u);
  EXPECT_EQ(lex.actor_entries[m[1].value].kind, ActorKind::kDemonym);
  lex.actor_phrases.match_at(toks, ids, 2, m);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(lex.actor_entries[m[0].value].kind, ActorKind::kPerson);
  EXPECT_EQ(m[0].end, 4u);
  lex.actor_phrases.match_at(toks, ids, 3, m);  // the surname, a weak alias
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(lex.actor_entries[m[0].value].kind, ActorKind::kSurname);
  lex.trigger_phrases.match_at(toks, ids, 4, m);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(lex.trigger_refs[m[0].value].rule, 0);
  EXPECT_EQ(lex.trigger_refs[m[0].value].phrase, 1);
  EXPECT_EQ(m[0].end, 7u);
  lex.trigger_phrases.match_at(toks, ids, 6, m);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(lex.trigger_refs[m[0].value].rule, 1);
}

TEST(Lexicon, one_word_cues_by_vocabulary_id_are_the_same_words) {
  // The stages test a token's word against a cue kind's words by the token's vocabulary id; the
  // table must hold exactly the words of the set.
  Lexicon lex;
  lex.parse(
      "cue t.particle\n  kind name-particle\n  match ven | ter | dal\ncue t.other\n  kind not-name\n  match "
      "Corp | of the\n",
      "t.txt");
  lex.finish();
  auto member = [&](const std::string& kind, const std::string& text) {
    auto toks = tokenize(text);
    auto ids = lex.vocabulary.ids(toks);
    const auto& table = lex.one_word_cue_ids(kind);
    return ids[0] < table.size() && table[ids[0]];
  };
  EXPECT_TRUE(member("name-particle", "ven"));
  EXPECT_TRUE(member("name-particle", "Ter"));
  EXPECT_FALSE(member("name-particle", "corp"));
  EXPECT_TRUE(member("not-name", "CORP"));
  EXPECT_FALSE(member("not-name", "of"));  // a word of a longer phrase only
  EXPECT_FALSE(member("no-such-kind", "ven"));
  auto shipped = Lexicon::load(ANNALIST_SOURCE_DATA_DIR);
  for (const char* kind : {"not-name", "name-particle"}) {
    const auto& words = shipped.one_word_cues(kind);
    const auto& table = shipped.one_word_cue_ids(kind);
    EXPECT_FALSE(words.empty()) << kind;
    std::size_t marked = 0;
    for (bool b : table) marked += b;
    EXPECT_EQ(marked, words.size()) << kind;
    for (auto& w : words) {
      const auto id = shipped.vocabulary.find(w);
      EXPECT_TRUE(id != Vocabulary::kUnknown && id < table.size() && table[id]) << kind << ": " << w;
    }
  }
}

TEST(Lexicon, shipped_files_load) {
  auto lex = Lexicon::load(ANNALIST_SOURCE_DATA_DIR);
  EXPECT_GT(lex.triggers.size(), 10u);
  EXPECT_GT(lex.people.size(), 100u);
  EXPECT_GT(lex.countries.size(), 40u);
  // Every state has its code, and no two states share one.
  std::map<std::string, std::string> codes;
  for (auto& c : lex.countries) {
    if (c.organisation) continue;
    EXPECT_EQ(c.code.size(), 3u) << c.name;
    auto [it, fresh] = codes.emplace(c.code, c.name);
    EXPECT_TRUE(fresh) << c.code << ": " << it->second << " and " << c.name;
  }
  EXPECT_GE(codes.size(), 197u);  // the UN members, Palestine, the Holy See, Kosovo, Taiwan
  // A body, a state, and a name the dictionaries do not hold.
  EXPECT_TRUE(lex.is_organisation("NATO"));
  EXPECT_FALSE(lex.is_state("NATO"));
  EXPECT_TRUE(lex.is_state("Chile"));
  EXPECT_FALSE(lex.is_organisation("Chile"));
  EXPECT_FALSE(lex.is_organisation("Nowhere Land"));
  EXPECT_FALSE(lex.is_state("Nowhere Land"));
  // Every person is found by the name as the text tokenizer reads it (names are indexed by a
  // faster path than the tokenizer; the two must agree).
  int missed = 0;
  std::vector<PhraseMatch> m;
  for (std::size_t i = 0; i < lex.people.size(); ++i) {
    auto toks = tokenize(lex.people[i].name);
    lex.actor_phrases.match_at(toks, lex.vocabulary.ids(toks), 0, m);
    bool found = false;
    for (auto& x : m) {
      const ActorEntry& e = lex.actor_entries[x.value];
      if (e.kind == ActorKind::kPerson && e.index == static_cast<int>(i) && x.end == toks.size()) found = true;
    }
    if (!found && ++missed < 5) ADD_FAILURE() << "not found by its name: " << lex.people[i].name;
  }
  EXPECT_EQ(missed, 0);
}

TEST(Lexicon, smaller_states_have_dated_offices) {
  auto lex = Lexicon::load(ANNALIST_SOURCE_DATA_DIR);
  auto holder = [&](const char* country, const char* role, int y, unsigned m, unsigned d) {
    int p = lex.office_holder(country, role, day(y, m, d));
    return p >= 0 ? lex.people[p].name : std::string("-");
  };
  EXPECT_EQ(holder("Guyana", "president", 2010, 3, 1), "Bharrat Jagdeo");
  EXPECT_EQ(holder("Guyana", "president", 2024, 3, 1), "Irfaan Ali");
  EXPECT_EQ(holder("Solomon Islands", "prime-minister", 2022, 4, 1), "Manasseh Sogavare");
  EXPECT_EQ(holder("Trinidad and Tobago", "prime-minister", 2025, 4, 1), "Stuart Young");
  EXPECT_EQ(holder("Bhutan", "monarch", 2005, 1, 1), "Jigme Singye Wangchuck");
  // A holder named only in an offices table is a person of that state, with its CAMEO code.
  int ali = lex.person_index("Irfaan Ali");
  ASSERT_GE(ali, 0);
  EXPECT_EQ(lex.people[ali].country, "Guyana");
}

}  // namespace
}  // namespace annalist::event
