// Stage tests (reading a sentence: tokens, cues, actor phrases, time expressions), written as
// sentences with what the reader must find in them.
#include <gtest/gtest.h>

#include <set>

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

TEST(Reader, a_states_formal_title_belongs_to_its_name) {
  // A formal title before the second of three states only: it belongs to that name alone.
  auto r = read("Peru and the Sultanate of Chile signed a pact with Bolivia.");
  const auto& s = r->s;
  std::vector<std::string> words;
  for (auto& sp : s.spans) words.push_back(span_words(s, sp));
  EXPECT_EQ(base::join(words, "|"), "Peru|Sultanate of Chile|Bolivia");
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

TEST(Reader, tokens_keep_clitics_acronyms_numbers_and_typographic_apostrophes) {
  // Made up; each token as text|norm|word capitalised number.
  const std::string text =
      "The U.N. envoy didn\xE2\x80\x99t say they'll meet OKONJO's aide; \xC3\x89vora paid 2,400.5 "
      "euros\xC2\xA0\xE2\x80\x94 'twas 3.5 or 3. Ana's";
  std::string got;
  for (auto& t : tokenize(text))
    got += std::string(t.text) + "|" + std::string(t.norm) + "|" + (t.word ? "w" : "-") + (t.capitalised ? "C" : "-") +
           (t.number ? "9" : "-") + " ";
  EXPECT_EQ(got,
            "The|the|wC- U.N.|u.n.|wC- envoy|envoy|w-- did|did|w-- n\xE2\x80\x99t|n't|w-- say|say|w-- they|they|w-- "
            "'ll|'ll|w-- meet|meet|w-- OKONJO|okonjo|wC- 's|'s|w-- aide|aide|w-- ;|;|--- \xC3\x89vora|\xC3\xA9vora|wC- "
            "paid|paid|w-- 2,400.5|2,400.5|w-9 euros|euros|w-- \xE2\x80\x94|\xE2\x80\x94|--- '|'|--- twas|twas|w-- "
            "3.5|3.5|w-9 or|or|w-- 3|3|w-9 .|.|--- Ana|ana|wC- 's|'s|w-- ");
  // Offsets stay those of the whole text when a part of it is read.
  auto part = tokenize(text, 4, 12);
  ASSERT_EQ(part.size(), 2u);
  EXPECT_EQ(part[0].byte_begin, 4u);
  EXPECT_EQ(part[0].text, "U.N.");
  EXPECT_EQ(part[1].byte_end, 12u);
}

TEST(Reader, cue_questions_agree_with_reading_every_cue) {
  // The kind bits of index_cues() only shortcut a "no": every answer must be that of the cues.
  auto r = read("Olaf Scholz will not hold talks with the Kenyan leader, who had planned a visit.");
  Sentence& s = r->s;
  ASSERT_TRUE(s.cues_indexed());
  std::set<std::string> kinds;
  for (auto& c : lexicon().cues) kinds.insert(c.kind.str());
  kinds.insert("no-such-kind");
  std::size_t present = 0, shortcut = 0;
  for (auto& kind : kinds) {
    bool any = false;
    for (std::size_t k = 0; k <= s.toks.size(); ++k) {
      bool at = false, before = false;
      const CueHit* longest = nullptr;
      for (auto& c : s.cues) {
        if (c.rule->kind != kind) continue;
        any = true;
        if (c.b == k) {
          at = true;
          if (!longest || c.e > longest->e) longest = &c;
        }
        if (c.e == k) before = true;
      }
      EXPECT_EQ(s.cue_at(k, kind), at) << kind << " at " << k;
      EXPECT_EQ(s.cue_before(k, kind), before) << kind << " before " << k;
      EXPECT_EQ(s.cue_starting(k, kind), longest) << kind << " starting at " << k;
    }
    // A kind present is never said to be absent; most absent kinds are (one bit of 64 each).
    if (any) EXPECT_FALSE(s.lacks_cue_kind(RuleWord::signature(kind))) << kind;
    if (any) ++present;
    else if (s.lacks_cue_kind(RuleWord::signature(kind))) ++shortcut;
  }
  EXPECT_GE(present, 3u);
  EXPECT_GE(shortcut, (kinds.size() - present) / 2);
  // Cues changed without index_cues(): no shortcut, every cue is read.
  s.cues.pop_back();
  EXPECT_FALSE(s.cues_indexed());
  for (auto& kind : kinds) EXPECT_FALSE(s.lacks_cue_kind(RuleWord::signature(kind))) << kind;
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

TEST(Reader, a_look_up_with_lent_buffers_answers_as_one_with_its_own) {
  auto r = read("Ana Ruiz will not hold talks with the Peruvian envoy in Lima on May 3.");
  PhraseLookup own(lexicon(), r->s.toks, r->s.ids);
  PhraseLookup::Buffers buffers;
  buffers.actors.push_back({nullptr, 99});  // left over from an earlier look-up
  PhraseLookup lent(lexicon(), r->s.toks, r->s.ids, &buffers);
  std::size_t found = 0;
  for (std::size_t k = 0; k < r->s.toks.size(); ++k) {
    const auto a = own.actors_at(k);
    const auto& b = lent.actors_at(k);
    ASSERT_EQ(a.size(), b.size()) << k;
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_TRUE(a[i].entry == b[i].entry && a[i].end == b[i].end) << k;
    found += a.size();
    const auto c = own.cues_at(k);
    const auto& d = lent.cues_at(k);
    ASSERT_EQ(c.size(), d.size()) << k;
    for (std::size_t i = 0; i < c.size(); ++i) EXPECT_TRUE(c[i].rule == d[i].rule && c[i].end == d[i].end) << k;
  }
  EXPECT_GE(found, 3u);
  EXPECT_FALSE(buffers.matches.empty() && buffers.actors.empty());  // the answers lived there
}

TEST(Reader, one_pass_over_a_sentence_finds_what_the_look_up_at_each_token_finds) {
  auto r = read("Ana Ruiz will not hold talks with the Peruvian envoy, who had invited her to a summit on May 3.");
  PhraseLookup lookup(lexicon(), r->s.toks);
  std::vector<std::string> pass, each;
  lookup.for_each_cue([&](std::size_t k, const CueRule* rule, std::size_t e) {
    pass.push_back("cue " + std::to_string(k) + " " + rule->id + " " + std::to_string(e));
  });
  lookup.for_each_trigger([&](std::size_t k, const TriggerRule* rule, std::size_t e) {
    pass.push_back("trigger " + std::to_string(k) + " " + rule->id + " " + std::to_string(e));
  });
  for (std::size_t k = 0; k < r->s.toks.size(); ++k)
    for (auto& m : lookup.cues_at(k)) each.push_back("cue " + std::to_string(k) + " " + m.rule->id + " " + std::to_string(m.end));
  for (std::size_t k = 0; k < r->s.toks.size(); ++k)
    for (auto& m : lookup.triggers_at(k))
      each.push_back("trigger " + std::to_string(k) + " " + m.rule->id + " " + std::to_string(m.end));
  EXPECT_EQ(pass, each);
  EXPECT_GE(pass.size(), 8u);
  // The reader's trigger index agrees: those at token k are trigger_from[k] .. trigger_from[k + 1].
  std::size_t triggers = 0;
  for (std::size_t k = 0; k < r->s.toks.size(); ++k) {
    const auto& at = lookup.triggers_at(k);
    ASSERT_EQ(r->s.trigger_from[k + 1] - r->s.trigger_from[k], at.size()) << k;
    for (std::size_t i = 0; i < at.size(); ++i) EXPECT_EQ(r->s.trigger_matches[r->s.trigger_from[k] + i].rule, at[i].rule);
    triggers += at.size();
  }
  EXPECT_GE(triggers, 2u);
}

}  // namespace
}  // namespace annalist::event

namespace annalist::event {
namespace {

// A sentence read into one already used (the buffers of the document before) is read as new:
// nothing of the earlier reading stays.
TEST(Reader, normal_forms_stay_with_the_tokens_when_sentences_move) {
  Document d;
  d.text = "Ms SOLA Met the \xC3\x89MIR\xE2\x80\x99s Envoy in Quito.";
  std::vector<Sentence> many;
  many.push_back(read_words(lexicon(), d, 0, 0, d.text.size()));
  for (int i = 1; i < 40; ++i) many.push_back(read_words(lexicon(), d, i, 0, d.text.size()));  // grows, moves
  std::vector<std::string> norms;
  for (auto& t : many.front().toks) norms.emplace_back(t.norm);
  EXPECT_EQ(norms, (std::vector<std::string>{"ms", "sola", "met", "the", "\xC3\xA9mir", "'s", "envoy", "in", "quito", "."}));
  Sentence moved = std::move(many.back());
  many.clear();
  std::string again;
  for (auto& t : moved.toks) again += std::string(t.norm) + " ";
  EXPECT_EQ(again, "ms sola met the \xC3\xA9mir 's envoy in quito . ");
  // Tokens alone keep their lowered forms too, moved.
  Tokens alone = tokenize("The UN Envoy");
  Tokens kept = std::move(alone);
  ASSERT_EQ(kept.size(), 3u);
  EXPECT_EQ(kept[1].norm, "un");
  EXPECT_EQ(kept[2].norm, "envoy");
}

TEST(Reader, a_sentence_read_into_a_used_one_is_read_as_new) {
  Document a, b;
  a.text = "Peruvian President Ana Ruiz held talks with the Chilean foreign minister in Lima on Monday, \"a 'frank' exchange\".";
  b.text = "They met.";
  const std::set<int> seen;
  base::CodePointIndex cpi_a(a.text), cpi_b(b.text);
  Sentence used = read_words(lexicon(), a, 3, 0, a.text.size());
  read_actors(lexicon(), cpi_a, {}, seen, used);
  ASSERT_FALSE(used.spans.empty());
  ASSERT_FALSE(used.cues.empty());
  ASSERT_FALSE(used.trigger_matches.empty());
  for (const Document* d : {&b, &a}) {
    read_words(lexicon(), *d, 1, 0, d->text.size(), used);
    Sentence fresh = read_words(lexicon(), *d, 1, 0, d->text.size());
    EXPECT_EQ(used.index, 1);
    EXPECT_EQ(used.toks.size(), fresh.toks.size());
    EXPECT_EQ(used.ids, fresh.ids);
    EXPECT_EQ(used.cues.size(), fresh.cues.size());
    EXPECT_EQ(used.cue_from, fresh.cue_from);
    EXPECT_EQ(used.cue_kind_bits, fresh.cue_kind_bits);
    EXPECT_TRUE(used.spans.empty());
    EXPECT_TRUE(used.trigger_matches.empty() && used.trigger_from.empty());
    EXPECT_FALSE(used.actors_settled);
    for (std::size_t k = 0; k < used.toks.size() && k < fresh.toks.size(); ++k)
      EXPECT_EQ(used.toks[k].norm, fresh.toks[k].norm);
  }
}

// The stages' `string == "literal"` (event/literal_equality.h) answers as the library's would,
// also for a string with a NUL inside or a prefix of the literal.
TEST(Reader, a_string_equals_a_literal_as_the_library_says) {
  const char* literals[] = {"", "DATE", "DATES", "DAT", "complement", "a"};
  for (const std::string s : {std::string(), std::string("DATE"), std::string("DAT"), std::string("a\0b", 3),
                              std::string("a"), std::string("complement")})
    for (const char* lit : literals) {
      const bool library = s.compare(lit) == 0;
      EXPECT_EQ(s == lit, library) << s << " / " << lit;
      EXPECT_EQ(lit == s, library) << s << " / " << lit;
      EXPECT_EQ(s != lit, !library) << s << " / " << lit;
      EXPECT_EQ(lit != s, !library) << s << " / " << lit;
    }
  EXPECT_TRUE(RuleWord("title-of") == "title-of");
  EXPECT_TRUE(RuleWord("title-of") != "title");
}

}  // namespace
}  // namespace annalist::event
