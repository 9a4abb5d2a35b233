// The engine on its own: a toy language, exact load errors, tokenizer offsets, tense and narrative time.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <memory>
#include <thread>

#include "calendar/timex_value.h"
#include "timex/examples.h"
#include "timex/matcher.h"
#include "timex/rule_set.h"
#include "timex/tagger.h"
#include "timex/tokenizer.h"

namespace annalist::timex {
namespace {

const std::string kTestData = std::string(ANNALIST_TEST_DATA_DIR) + "/timex";
const std::optional<Day> kDct = calendar::parse_iso_day("2023-02-22");

const Tagger& english() {
  static Tagger t = Tagger::load(std::string(ANNALIST_SOURCE_DATA_DIR) + "/timex/en");
  return t;
}

TEST(Engine, ToyLanguageExamplesHold) {
  Tagger xx = Tagger::load(kTestData + "/xx");
  int n = 0;
  for (const auto& r : xx.rules().rules) {
    for (const auto& ex : r.examples) {
      Timex got;
      ASSERT_EQ(check_example(xx, ex.text, kDct, &got), "");
      EXPECT_EQ(got.value, ex.value) << ex.text;
      ++n;
    }
  }
  EXPECT_EQ(n, 6);
}

TEST(Engine, ExampleExtentBrackets) {
  ExampleText e = split_example("will meet [Tuesday] here");
  EXPECT_EQ(e.text, "will meet Tuesday here");
  EXPECT_EQ(e.begin, 10u);
  EXPECT_EQ(e.end, 17u);
  Timex t;
  EXPECT_EQ(check_example(english(), "no date here", kDct, &t), "no match on \"no date here\"");
  EXPECT_EQ(check_example(english(), "[Feb.] 22", kDct, &t), "partial match on \"[Feb.] 22\": \"Feb. 22\"");
}

TEST(Engine, ToyLanguageKnowsNoEnglish) {
  Tagger xx = Tagger::load(kTestData + "/xx");
  EXPECT_TRUE(xx.tag("He left on Tuesday, 22 February 2023, two days ago.", kDct).empty());
  auto got = xx.tag("Blorp was cold; 2001-quux too.", kDct);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].value, "2023-01");
  EXPECT_EQ(got[1].value, "2001-11");
  // Case-sensitive literal: "una kel" is not the duration, "una KEL" is.
  EXPECT_TRUE(xx.tag("una kel", kDct).empty());
  // Negated element: "una KEL" followed by "zog" is not a duration.
  EXPECT_EQ(xx.tag("una KEL", kDct).size(), 1u);
  EXPECT_TRUE(xx.tag("una KEL zog", kDct).empty());
}

// The matcher keeps, per thread, the candidate rules of each pair of tokens it has seen; that
// memory belongs to one rule set. A copy of the toy language with one more rule at its end (same
// words and ids, one more candidate) tagged in turn with the original must give what each gives alone.
TEST(Engine, CandidateRulesAreNeverTakenFromAnotherRuleSet) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("annalist_xx_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(kTestData + "/xx", dir, fs::copy_options::recursive);
  {
    std::ifstream in(dir / "rules" / "xx.rules");
    std::stringstream rules;
    rules << in.rdbuf();
    std::ofstream out(dir / "rules" / "xx.rules", std::ios::trunc);
    out << rules.str() << "\nrule xx.weeks\n  match {n:@ago} \"KEL\"\n  type DURATION\n  value P{n}W\n"
        << "  priority 1\n  example \"una KEL\" => P1W\n";
  }
  Tagger xx = Tagger::load(kTestData + "/xx");
  auto xx2 = std::make_unique<Tagger>(Tagger::load(dir.string()));
  for (int round = 0; round < 3; ++round) {
    auto a = xx.tag("una KEL", kDct);
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].value, "P1D");
    auto b = xx2->tag("una KEL", kDct);
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].value, "P1W");
    EXPECT_EQ(english().tag("They met last week.", kDct).at(0).value, "2023-W07");
    // A rule set loaded again, perhaps at the same address, starts afresh too.
    xx2.reset();
    xx2 = std::make_unique<Tagger>(Tagger::load(dir.string()));
  }
  fs::remove_all(dir);
}

// The candidate list of a pair of tokens is kept under a key made of the two tokens; a number
// of up to four digits is keyed by its digits and value. A year out of range first ("9998": no
// year rule is a candidate), then one in range with the same neighbours: the second must not
// read the first's empty list.
TEST(Engine, CandidateRulesOfANumberDependOnItsValueAndDigits) {
  for (int round = 0; round < 2; ++round) {
    EXPECT_TRUE(english().tag("Lot 9998 was sold.", kDct).empty());
    auto got = english().tag("Lot 1998 was sold.", kDct);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].value, "1998");
    auto day = english().tag("On May 07 rain fell; on May 7 rain fell.", kDct);
    ASSERT_EQ(day.size(), 2u);
    EXPECT_EQ(day[0].value, day[1].value);
  }
}

// Each pattern node carries the first tokens of the rest of its sequence (PatternNode::Guard),
// and the matcher leaves a path where the token is none of them. Guards must only ever cut paths
// that cannot match: the English rules with their guards and with every guard off tag every
// example and reject of every rule, and a few made-up texts, the same.
void guards_off(std::vector<PatternNode>& seq) {
  for (auto& n : seq) {
    n.guard.on = false;
    for (auto& alt : n.alternatives) guards_off(alt);
  }
}

TEST(Engine, PatternGuardsOnlyCutPathsThatCannotMatch) {
  const std::string dir = std::string(ANNALIST_SOURCE_DATA_DIR) + "/timex/en";
  const RuleSet& guarded = english().rules();
  RuleSet plain = RuleSet::load(dir);
  int on = 0;
  for (auto& r : plain.rules) {
    for (const auto& n : r.pattern) on += n.guard.on;
    guards_off(r.pattern);
  }
  EXPECT_GT(on, 50);
  std::vector<std::string> texts = {
      "The past three years were hard, and the next two quarters of 2024 may be too.",
      "He said on Monday that a third of the 1,700 staff would leave by late June 2025.",
      "Talks resumed two days later, in the spring; the earlier round ended Jan. 31."};
  for (const auto& r : guarded.rules) {
    for (const auto& e : r.examples) texts.push_back(split_example(e.text).text);
    for (const auto& e : r.rejects) texts.push_back(split_example(e.text).text);
  }
  EXPECT_GT(texts.size(), 300u);
  // Every rule at every token: the same longest match, with the same captures.
  int matches = 0;
  for (const auto& text : texts) {
    TokenBuffer tb;
    tokenize(text, tb, &guarded.vocab);
    Matcher with(guarded, tb, text), without(plain, tb, text);
    for (int pos = 0; pos < static_cast<int>(tb.tokens.size()); ++pos) {
      for (int r = 0; r < static_cast<int>(guarded.rules.size()); ++r) {
        RuleMatch a, b;
        with.match_rule(r, pos, a);
        without.match_rule(r, pos, b);
        ASSERT_EQ(a.end, b.end) << guarded.rules[r].name << " at token " << pos << " of: " << text;
        if (a.end < 0) continue;
        ++matches;
        for (std::size_t c = 0; c < kMaxCaptures; ++c) {
          EXPECT_EQ(a.captures[c].begin, b.captures[c].begin) << guarded.rules[r].name << ": " << text;
          EXPECT_EQ(a.captures[c].end, b.captures[c].end) << guarded.rules[r].name << ": " << text;
          // Lexicon values live in each rule set: compared by what they say.
          EXPECT_EQ(a.captures[c].value ? *a.captures[c].value : "-", b.captures[c].value ? *b.captures[c].value : "-")
              << guarded.rules[r].name << ": " << text;
        }
      }
    }
  }
  EXPECT_GT(matches, 300);
}

// Matcher::lexicon_at answers "does an entry start here" from a per-id table when the token
// alone is an entry; it must say what lexicon_match says, for every lexicon at every token
// (suffix entries, case-sensitive spellings, entries of several tokens, words of no entry).
TEST(Engine, LexiconAtIsLexiconMatchAboveZero) {
  const RuleSet& rs = english().rules();
  const std::vector<std::string> texts = {
      "Officials said the talks, which had been scheduled to end Friday, will resume in May.",
      "The United front announced nothing; may it rest. MAY was reported, then planned and held.",
      "It is expected to close. Sources told reporters the vote had planned to be held earlier."};
  int found = 0;
  for (const auto& text : texts) {
    TokenBuffer tb;
    tokenize(text, tb, &rs.vocab);
    Matcher m(rs, tb, text);
    for (int lex = -1; lex < static_cast<int>(rs.lexicons.size()); ++lex) {
      for (int pos = 0; pos <= static_cast<int>(tb.tokens.size()); ++pos) {
        const bool want = lex >= 0 && pos < static_cast<int>(tb.tokens.size()) && m.lexicon_match(lex, pos) > 0;
        EXPECT_EQ(m.lexicon_at(lex, pos), want) << (lex >= 0 ? rs.lexicons[lex].name : "-") << " at " << pos;
        found += want;
      }
    }
  }
  EXPECT_GT(found, 20);
}

TEST(Engine, UnknownPatternIsALoadErrorWithPosition) {
  try {
    Tagger::load(kTestData + "/bad/typo");
    FAIL() << "no error";
  } catch (const RuleError& e) {
    std::string file = kTestData + "/bad/typo/rules/a.rules";
    EXPECT_EQ(std::string(e.what()), file + ":4:12: unknown pattern '@unitt' (did you mean '@unit'?)\n"
                                           "  match {n:@unitt} x\n"
                                           "           ^");
    EXPECT_EQ(e.line(), 4u);
    EXPECT_EQ(e.column(), 12u);
  }
}

TEST(Engine, DuplicateRuleNameIsALoadError) {
  try {
    Tagger::load(kTestData + "/bad/dup");
    FAIL() << "no error";
  } catch (const RuleError& e) {
    std::string file = kTestData + "/bad/dup/rules/a.rules";
    EXPECT_EQ(std::string(e.what()), file + ":9:6: duplicate rule name 'a.one' (first defined at " + file +
                                         ":3)\nrule a.one\n     ^");
  }
}

TEST(Engine, UnknownCaptureInAValueIsALoadError) {
  try {
    Tagger::load(kTestData + "/bad/capture");
    FAIL() << "no error";
  } catch (const RuleError& e) {
    std::string file = kTestData + "/bad/capture/rules/a.rules";
    EXPECT_EQ(std::string(e.what()), file + ":6:9: unknown capture 'm' in rule 'a.one'\n  value {m}\n        ^");
  }
}

// Rule and lexicon files are read whole and split into lines: CRLF line ends and a last line
// without its newline read as the same lines, and an error names the line without its '\r'.
TEST(Engine, RuleFilesWithCrlfAndNoFinalNewlineReadTheSame) {
  namespace fs = std::filesystem;
  auto crlf_copy = [](const fs::path& from, const fs::path& to) {
    fs::remove_all(to);
    fs::create_directories(to);
    fs::copy(from, to, fs::copy_options::recursive);
    for (const auto& e : fs::recursive_directory_iterator(to)) {
      if (!e.is_regular_file()) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      std::string s = text.str(), out;
      for (char c : s) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
      while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
      std::ofstream(e.path(), std::ios::binary | std::ios::trunc) << out;
    }
  };
  const fs::path tmp = fs::temp_directory_path() / ("annalist_crlf_" + std::to_string(::getpid()));
  crlf_copy(kTestData + "/xx", tmp / "xx");
  Tagger xx = Tagger::load(kTestData + "/xx"), xx_crlf = Tagger::load((tmp / "xx").string());
  for (const char* text : {"una KEL", "una kel", "una KEL zog"}) {
    auto a = xx.tag(text, kDct), b = xx_crlf.tag(text, kDct);
    ASSERT_EQ(a.size(), b.size()) << text;
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].value, b[i].value) << text;
  }
  EXPECT_EQ(xx.rules().rules.size(), xx_crlf.rules().rules.size());
  crlf_copy(kTestData + "/bad/typo", tmp / "typo");
  try {
    Tagger::load((tmp / "typo").string());
    FAIL() << "no error";
  } catch (const RuleError& e) {
    std::string file = (tmp / "typo" / "rules" / "a.rules").string();
    EXPECT_EQ(std::string(e.what()), file + ":4:12: unknown pattern '@unitt' (did you mean '@unit'?)\n"
                                           "  match {n:@unitt} x\n"
                                           "           ^");
  }
  fs::remove_all(tmp);
}

TEST(Engine, MissingDirectoryIsAnInputError) {
  EXPECT_THROW(Tagger::load(kTestData + "/does-not-exist"), InputError);
}

TEST(Tokenizer, OffsetsKeysAndKinds) {
  TokenBuffer tb;
  tokenize("Feb. 22, 2023 \xE2\x80\x94 it\xE2\x80\x99ll", tb);
  ASSERT_EQ(tb.tokens.size(), 9u);
  EXPECT_EQ(tb.key(tb.tokens[0]), "feb");
  EXPECT_EQ(tb.key(tb.tokens[1]), ".");
  EXPECT_FALSE(tb.tokens[1].space_before);
  EXPECT_EQ(tb.tokens[2].kind, TokenKind::kNumber);
  EXPECT_EQ(tb.tokens[2].number, 22u);
  EXPECT_EQ(tb.tokens[4].digits, 4);
  EXPECT_EQ(tb.key(tb.tokens[5]), "-");  // em dash folded
  EXPECT_EQ(tb.tokens[5].end - tb.tokens[5].begin, 3u);
  EXPECT_EQ(tb.key(tb.tokens[7]), "'");  // typographic apostrophe folded
  EXPECT_EQ(tb.key(tb.tokens[8]), "ll");
  EXPECT_EQ(tb.tokens[8].end, 25u);
  EXPECT_FALSE(tb.ascii);  // code points must be counted
  EXPECT_TRUE(tb.line_starts.empty());
}

// Tokens are 24 bytes: each key lies at its token's offset, and only a key shorter than its
// token (folded punctuation) stores its length; keys of any length, folded, next to each other.
TEST(Tokenizer, KeysAtTheirTokensOffsetsAtEveryLength) {
  static_assert(sizeof(Token) == 24, "a token is 24 bytes");
  std::string longword(300, 'Q');
  TokenBuffer tb;
  tokenize("\xE2\x80\x9C" "AbCdEfGhIjK\xE2\x80\x9D " + longword + " x\xC3\xA9t\xC3\xA9 7,250!", tb);
  ASSERT_EQ(tb.tokens.size(), 7u);
  EXPECT_EQ(tb.key(tb.tokens[0]), "\"");
  EXPECT_EQ(tb.key(tb.tokens[1]), "abcdefghijk");
  EXPECT_EQ(tb.key(tb.tokens[2]), "\"");
  EXPECT_EQ(tb.key(tb.tokens[3]), std::string(300, 'q'));
  EXPECT_EQ(tb.key(tb.tokens[4]), "x\xC3\xA9t\xC3\xA9");  // non-ASCII letters as they are
  EXPECT_EQ(tb.key(tb.tokens[5]), "7,250");
  EXPECT_EQ(tb.key(tb.tokens[6]), "!");
}

// What the tagger reads instead of scanning every token: whether code points are bytes, and
// which tokens begin a line (one entry for a run of line breaks; the first token never).
TEST(Tokenizer, AsciiAndLineStarts) {
  TokenBuffer tb;
  tokenize("\nOne day.\n\nTwo days\nlater, caf\xC3\xA9", tb);
  ASSERT_EQ(tb.tokens.size(), 8u);
  EXPECT_EQ(tb.line_starts, (std::vector<int>{3, 5}));
  EXPECT_FALSE(tb.ascii);  // a non-ASCII letter inside a word
  tokenize("One day.\r\n\r\nTwo", tb);
  EXPECT_EQ(tb.line_starts, (std::vector<int>{3}));
  EXPECT_TRUE(tb.ascii);
  tokenize("\xC2\xA0two", tb);  // a no-break space before the first token
  EXPECT_FALSE(tb.ascii);
}

// The fingerprint table of the tokenizer: buckets of four slots, a seed chosen at seal(). Every
// key must be found at every size (the table doubles when no seed fits), long keys apart from
// their prefixes, and words not in it never.
TEST(Vocabulary, EveryKeyFoundInItsBucketAtEverySize) {
  for (int size : {1, 7, 100, 467, 3000}) {
    Vocabulary v;
    std::vector<std::string> keys;
    for (int i = 0; i < size; ++i) {
      std::string k = "w" + std::to_string(i * 7919 % 100003);
      if (i % 3 == 0) k += "-longer-than-eight";
      keys.push_back(k);
      v.intern(k);
    }
    v.seal();
    for (const std::string& k : keys) {
      std::string padded = k + std::string(8, '\0');
      EXPECT_EQ(v.find_padded(padded.data(), k.size()), v.find(k)) << k;
      EXPECT_GE(v.find_padded(padded.data(), k.size()), 0) << k;
    }
    for (std::string miss : {"zz", "w", "w1-longer-than-eigh", "unknownword", "w0-longer-than-eight!"}) {
      std::string padded = miss + std::string(8, '\0');
      EXPECT_EQ(v.find_padded(padded.data(), miss.size()), -1) << miss;
    }
  }
}

// Tokens that may start a match: known words some rule starts with, and every number.
TEST(Tokenizer, StartsAreKnownStartWordsAndNumbers) {
  Vocabulary v;
  int on = v.intern("on"), may = v.intern("may"), ago = v.intern("ago");
  v.seal();
  std::vector<std::uint8_t> flags(v.size(), 0);
  flags[on] = 1;
  flags[may] = 1;
  TokenBuffer tb;
  tokenize("We met on 3 May, two years ago, or so.", tb, &v, flags.data());
  ASSERT_EQ(tb.tokens.size(), 13u);
  EXPECT_EQ(tb.tokens[10].id, -1);
  EXPECT_EQ(tb.tokens[8].id, ago);
  EXPECT_EQ(tb.starts, (std::vector<int>{2, 3, 4}));
  tokenize("", tb, &v, flags.data());
  EXPECT_TRUE(tb.starts.empty());
}

TEST(Tagger, CodePointAndByteOffsets) {
  std::string text = "Caf\xC3\xA9 \xE2\x80\x9Cnews\xE2\x80\x9D on Tuesday.";
  auto got = english().tag(text, kDct);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "Tuesday");
  EXPECT_EQ(got[0].begin, 15u);
  EXPECT_EQ(got[0].end, 22u);
  EXPECT_EQ(got[0].byte_begin, 20u);
  EXPECT_EQ(text.substr(got[0].byte_begin, got[0].byte_end - got[0].byte_begin), "Tuesday");
}

TEST(Tagger, TenseDecidesABareWeekday) {
  auto past = english().tag("The ministers said Tuesday that talks had failed.", kDct);
  ASSERT_EQ(past.size(), 1u);
  EXPECT_EQ(past[0].value, "2023-02-21");
  auto future = english().tag("The ministers will meet Tuesday in Geneva.", kDct);
  ASSERT_EQ(future.size(), 1u);
  EXPECT_EQ(future[0].value, "2023-02-28");
  auto expected = english().tag("The envoy is expected to arrive in Beijing on Monday.", kDct);
  ASSERT_EQ(expected.size(), 1u);
  EXPECT_EQ(expected[0].value, "2023-02-27");
  // The cue must be in the same sentence.
  auto other = english().tag("He will go. They met Monday.", kDct);
  ASSERT_EQ(other.size(), 1u);
  EXPECT_EQ(other[0].value, "2023-02-20");
}

TEST(Tagger, NarrativeTimeAnchorsLaterReferences) {
  auto got = english().tag("The treaty was signed on 4 April 1949. Two days later, the envoys left.", kDct);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].text, "Two days later");
  EXPECT_EQ(got[1].value, "1949-04-06");
  EXPECT_EQ(got[1].anchor, "narrative");
  auto day = english().tag("They met on March 3, 2021. The following day they signed.", std::nullopt);
  ASSERT_EQ(day.size(), 2u);
  EXPECT_EQ(day[1].value, "2021-03-04");
}

TEST(Tagger, AnaphoricUnitsKeepTheirOwnGranularity) {
  // "the following year" after a full date is a year, "the previous week" a week, "the next
  // month" a month; "two days later" stays a day. Each counts from the date mentioned last.
  auto got = english().tag(
      "The dam opened on 3 May 1961. It flooded the following year. Two days later it closed. "
      "Repairs had begun the previous week, and the next month it reopened.", kDct);
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[1].value, "1962");
  EXPECT_EQ(got[2].value, "1961-05-05");
  EXPECT_EQ(got[3].value, "1961-W17");  // the week before Friday 5 May (1961-W18)
  EXPECT_EQ(got[4].value, "1961-05");   // the month after that week (it began on 24 April)
  // A day counted from a weekday, over its whole extent.
  auto before = english().tag("Talks stalled the day before last Tuesday.", kDct);
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].text, "the day before last Tuesday");
  EXPECT_EQ(before[0].value, "2023-02-20");
}

TEST(Engine, EveryRuleWithAnAnchorSetGetsItsBit) {
  // The anchor test must not silently drop rules when the rule files grow (a rule without its
  // bit is tried at every token where its first element fits).
  RuleSet rs = RuleSet::load(std::string(ANNALIST_SOURCE_DATA_DIR) + "/timex/en");
  for (std::size_t r = 0; r < rs.rules.size(); ++r)
    if (!rs.anchors[r].ids.empty()) EXPECT_GE(rs.anchor_bit[r], 0) << rs.rules[r].name;
}

TEST(Tagger, WithoutDctRelativeStaysUnresolvedAbsoluteResolves) {
  auto got = english().tag("Last month the alliance, founded in 1949, met; in February 2022 it grew.",
                           std::nullopt);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].value, "XXXX-XX");
  EXPECT_EQ(got[0].anchor, "none");
  EXPECT_EQ(got[1].value, "1949");
  EXPECT_EQ(got[1].anchor, "absolute");
  EXPECT_EQ(got[2].value, "2022-02");
}

TEST(Tagger, ModsAndExtents) {
  auto got = english().tag("Prices rose in late June and at the end of last year.", kDct);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "late June");
  EXPECT_EQ(got[0].mod, "END");
  EXPECT_EQ(got[1].text, "the end of last year");
  EXPECT_EQ(got[1].value, "2022");
  EXPECT_EQ(got[1].mod, "END");
}

TEST(Tagger, ComparisonsDoNotMoveTheNarrativeTime) {
  // "a year earlier" is read against the quarter, and does not become the narrative time itself.
  auto got = english().tag("Profit in the third quarter of 2021 rose from a year earlier; a year earlier it fell.",
                           kDct);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].value, "2021-Q3");
  EXPECT_EQ(got[1].value, "2020-Q3");
  EXPECT_EQ(got[2].value, "2020-Q3");
}

TEST(Tagger, RatesAreNotDurations) {
  auto got = english().tag("It costs $2 million a year, up from a year ago.", kDct);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "a year ago");
}

TEST(Tagger, DecimalNumbersAreNotYears) {
  EXPECT_TRUE(english().tag("The index closed at 2082.1, and 1,995 shares traded.", kDct).empty());
}

TEST(Tagger, ConcurrentCallsGiveTheSameResult) {
  const std::string text = "The envoys met on Tuesday, 14 February 2023, and will meet again next month.";
  auto expected = english().tag(text, kDct);
  std::vector<std::vector<Timex>> got(4);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&, i] {
      for (int k = 0; k < 50; ++k) got[i] = english().tag(text, kDct);
    });
  for (auto& t : threads) t.join();
  for (const auto& g : got) {
    ASSERT_EQ(g.size(), expected.size());
    for (std::size_t k = 0; k < g.size(); ++k) EXPECT_EQ(g[k].value, expected[k].value);
  }
}

TEST(Tagger, YearBoundaries) {
  auto jan = calendar::parse_iso_day("2023-01-10");
  auto got = english().tag("Sales fell last month, and in December, and last week.", jan);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].value, "2022-12");
  EXPECT_EQ(got[1].value, "2022-12");
  EXPECT_EQ(got[2].value, "2023-W01");
}

TEST(Tagger, NeverSpansAParagraphBreak) {
  auto got = english().tag("It happened in February\n\n2022 was a bad year.", kDct);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "February");
  EXPECT_EQ(got[1].text, "2022");
}

// One case per way an expression is anchored; the DCT is Wednesday 22 February 2023.
struct Case {
  const char* text;
  const char* dct;
  const char* expression;
  const char* value;
  const char* anchor;
};

void expect_case(const Case& c) {
  SCOPED_TRACE(std::string(c.text) + " @" + (c.dct ? c.dct : "none"));
  auto got = english().tag(c.text, c.dct ? calendar::parse_iso_day(c.dct) : std::nullopt);
  const Timex* hit = nullptr;
  for (const auto& t : got)
    if (t.text == c.expression) hit = &t;
  ASSERT_NE(hit, nullptr) << "no timex '" << c.expression << "'";
  EXPECT_EQ(hit->value, c.value);
  EXPECT_EQ(hit->anchor, c.anchor);
}

TEST(Anchoring, DctRelative) {
  for (const Case& c : {
           Case{"The ministers met on Tuesday.", "2023-02-22", "Tuesday", "2023-02-21", "dct"},
           Case{"Prices fell last month.", "2023-02-22", "last month", "2023-01", "dct"},
           Case{"The vote is due next year.", "2023-02-22", "next year", "2024", "dct"},
           Case{"Talks resume this weekend.", "2023-02-22", "this weekend", "2023-W08-WE", "dct"},
           // Said on the day itself, a bare weekday is that day.
           Case{"The envoys arrived Wednesday.", "2023-02-22", "Wednesday", "2023-02-22", "dct"},
       })
    expect_case(c);
}

TEST(Anchoring, TenseDecidesTheDirection) {
  for (const Case& c : {
           Case{"The ministers will meet Tuesday.", "2023-02-22", "Tuesday", "2023-02-28", "dct"},
           Case{"The ministers met Tuesday.", "2023-02-22", "Tuesday", "2023-02-21", "dct"},
           Case{"The talks will resume in March.", "2023-02-22", "March", "2023-03", "dct"},
           Case{"The talks collapsed in March.", "2023-02-22", "March", "2022-03", "dct"},
           Case{"The summit is expected to open in January.", "2023-02-22", "January", "2024-01", "dct"},
           // A future cue right before a past form governs it: a participle, not the past tense.
           Case{"The commander will be named in December.", "2023-02-22", "December", "2023-12", "dct"},
           Case{"The report was published in November.", "2023-02-22", "November", "2022-11", "dct"},
       })
    expect_case(c);
}

TEST(Anchoring, Anaphoric) {
  for (const Case& c : {
           Case{"The summit opened on 3 May 2021. The following day the leaders signed.", "2023-02-22",
                "The following day", "2021-05-04", "narrative"},
           Case{"The summit opened on 3 May 2021, and two days later the leaders left.", "2023-02-22",
                "two days later", "2021-05-05", "narrative"},
           Case{"The pact was signed in 1949. In November that year it took effect.", "2023-02-22",
                "November that year", "1949-11", "narrative"},
           Case{"The accord was signed on 10 June 2019; a week earlier the envoys had arrived.", "2023-02-22",
                "a week earlier", "2019-06-03", "narrative"},  // at the anchor's grain
           // Without an earlier date in the text, the DCT is the anchor.
           Case{"The following day the leaders signed.", "2023-02-22", "The following day", "2023-02-23", "dct"},
       })
    expect_case(c);
}

TEST(Anchoring, YearBoundariesLeapYearsAndIsoWeeks) {
  for (const Case& c : {
           Case{"Sales fell last month.", "2023-01-10", "last month", "2022-12", "dct"},
           Case{"Sales will rise next month.", "2022-12-20", "next month", "2023-01", "dct"},
           Case{"The talks failed last week.", "2021-01-06", "last week", "2020-W53", "dct"},
           Case{"The vote will be held next week.", "2020-12-23", "next week", "2020-W53", "dct"},
           Case{"The ballot was held on Feb. 29.", "2024-03-05", "Feb. 29", "2024-02-29", "dct"},
           Case{"The ballot was held on 29 February 2020.", nullptr, "29 February 2020", "2020-02-29", "absolute"},
       })
    expect_case(c);
  // 29 February 2023 does not exist: no value rather than a wrong one.
  for (const auto& t : english().tag("The ballot was held on 29 February 2023.", kDct)) EXPECT_NE(t.value, "2023-02-29");
}

TEST(Anchoring, UnknownDct) {
  for (const Case& c : {
           Case{"The ministers met on Tuesday.", nullptr, "Tuesday", "XXXX-XX-XX", "none"},
           Case{"Prices fell last month.", nullptr, "last month", "XXXX-XX", "none"},
           Case{"Talks resume this weekend.", nullptr, "this weekend", "XXXX-WXX-WE", "none"},
           Case{"The talks collapsed in March.", nullptr, "March", "XXXX-03", "none"},
           Case{"The summit opened on 3 May 2021. The following day the leaders signed.", nullptr,
                "The following day", "2021-05-04", "narrative"},
       })
    expect_case(c);
}

TEST(Explain, ChainOfRulesWithSpans) {
  std::vector<Explanation> ex;
  auto got = english().tag("Sales fell on Feb. 30 and rose on Feb. 22, 2023.", Dct{kDct}, &ex);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "Feb. 22, 2023");
  EXPECT_EQ(got[0].rule, "date.month_day_year");
  // One explanation per timex, whose last step is the rule that made it, with its span and captures.
  const Explanation* used = nullptr;
  for (const auto& e : ex)
    if (e.timex == 0) used = &e;
  ASSERT_NE(used, nullptr);
  const auto& last = used->steps.back();
  EXPECT_EQ(last.rule, "date.month_day_year");
  EXPECT_EQ(last.outcome, "used");
  EXPECT_EQ(last.byte_begin, got[0].byte_begin);
  EXPECT_EQ(last.byte_end, got[0].byte_end);
  EXPECT_NE(last.where.find("date.rules:"), std::string::npos);
  bool month = false;
  for (const auto& c : last.captures) month |= c.name == "month" && c.text == "Feb." && c.value == "02";
  EXPECT_TRUE(month);
  // "Feb. 30" matched, but its value is invalid: the chain records it.
  bool invalid = false;
  for (const auto& e : ex)
    for (const auto& s : e.steps) invalid |= s.outcome == "no valid value";
  EXPECT_TRUE(invalid);
  // The explanation changes nothing in the result.
  auto plain = english().tag("Sales fell on Feb. 30 and rose on Feb. 22, 2023.", kDct);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].value, got[0].value);
}

}  // namespace
}  // namespace annalist::timex
