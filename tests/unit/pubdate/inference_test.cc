// Publication-date inference: the examples of data/pubdate/en/evidence.rules, each kind of evidence
// on its own, what makes it say nothing, and exact errors in the rules file.
#include "pubdate/inference.h"

#include <gtest/gtest.h>

#include "base/errors.h"
#include "calendar/timex_value.h"
#include "event/lexicon.h"
#include "timex/tagger.h"

namespace annalist::pubdate {
namespace {

const std::string kData = ANNALIST_SOURCE_DATA_DIR;

const event::Lexicon& lexicon() {
  static event::Lexicon lex = event::Lexicon::load(kData);
  return lex;
}

const timex::Tagger& tagger() {
  static timex::Tagger t = timex::Tagger::load(kData + "/timex/en");
  return t;
}

const Inferrer& english() {
  static Inferrer inf(EvidenceRules::load(kData + "/pubdate/en"), lexicon());
  return inf;
}

std::optional<Inference> infer(const std::string& text) { return english().infer(text, tagger().tag(text, std::nullopt)); }

std::string interval(const std::string& text) {
  auto inf = infer(text);
  if (!inf) return "none";
  return calendar::format_iso_day(inf->interval.first) + ".." + calendar::format_iso_day(inf->interval.last);
}

TEST(Evidence, ExamplesOfTheRulesFile) {
  int n = 0;
  for (const auto& kind : english().rules().kinds())
    for (const auto& ex : kind.examples) {
      ++n;
      std::string want = ex.first.empty() ? "none" : ex.first + ".." + ex.last;
      EXPECT_EQ(interval(ex.text), want) << ex.file << ":" << ex.line << " (" << kind.name << "): " << ex.text;
    }
  EXPECT_GE(n, 6);
}

TEST(Evidence, DatesReportedAsPastAndAnnouncedAsFuture) {
  // Past only, or future only: one end each, no interval.
  EXPECT_EQ(interval("The two leaders met in Beijing on 14 June 2006."), "none");
  EXPECT_EQ(interval("The summit will be held in 2009."), "none");
  // Both: the past date opens the interval, the future one closes it.
  EXPECT_EQ(interval("They met in June 2006 and will meet again in March 2007."), "2006-06-01..2007-03-31");
  // A date without a tense cue bounds nothing ("the 2030 agenda").
  EXPECT_EQ(interval("They discussed the 2030 agenda, and will meet again in 2007."), "none");
}

TEST(Evidence, OfficesHeldAtTheTimeOfWriting) {
  // Putin was prime minister of Russia 1999-2000 and 2008-2012; Xi vice president of China
  // 2008-2013: together, 2008-05-08..2012-05-06 (the day before each term's successor took over).
  auto inf = infer("Russian Prime Minister Vladimir Putin received Chinese Vice President Xi Jinping.");
  ASSERT_TRUE(inf);
  EXPECT_EQ(calendar::format_iso_day(inf->interval.first), "2008-05-08");
  EXPECT_EQ(calendar::format_iso_day(inf->interval.last), "2012-05-06");
  ASSERT_EQ(inf->why.size(), 3u);
  EXPECT_EQ(inf->why[0].rfind("earliest 2008-05-08: 'Russian Prime Minister Vladimir Putin'", 0), 0u) << inf->why[0];
  EXPECT_EQ(inf->why[1].rfind("latest 2012-05-06: 'Russian Prime Minister Vladimir Putin'", 0), 0u) << inf->why[1];
  EXPECT_EQ(inf->why[2], "'Chinese Vice President Xi Jinping': Xi Jinping held that office 2008-03-15..2013-03-13");
  // "Russia's Prime Minister" names the country too; "then" and "former" say the office is not
  // held now; a sentence with a date of its own may name people by their offices back then.
  EXPECT_EQ(interval("Russia's Prime Minister Vladimir Putin received Chinese Vice President Xi Jinping."),
            "2008-05-08..2012-05-06");
  EXPECT_EQ(interval("Then-Prime Minister Vladimir Putin received Xi Jinping."), "none");
  EXPECT_EQ(interval("Then-Prime Minister Vladimir Putin received Chinese Vice President Xi Jinping."),
            "2008-03-15..2013-03-13");  // Xi's office alone
  EXPECT_EQ(interval("In 2010 Russian Prime Minister Vladimir Putin received Chinese Vice President Xi Jinping."),
            "none");
  // An office the dictionary does not give the person is no evidence.
  EXPECT_EQ(interval("Foreign Minister Vladimir Putin received Xi Jinping."), "none");
}

TEST(Evidence, Anniversaries) {
  EXPECT_EQ(interval("Leaders marked the 20th anniversary of the 2001 treaty."), "2021-01-01..2021-12-31");
  // A future anniversary bounds only the latest day; with a past date, that is an interval.
  EXPECT_EQ(interval("They will mark the 20th anniversary of the 2001 treaty."), "none");
  EXPECT_EQ(interval("They met on 3 May 2020 and will mark the 20th anniversary of the 2001 treaty."),
            "2020-05-03..2021-12-31");
}

TEST(Evidence, ContradictionsSayNothing) {
  // Announced for 2007 but reported in 2009: some evidence is wrong, so there is no interval.
  EXPECT_EQ(interval("The talks will resume in 2007. They met on 5 May 2009."), "none");
}

TEST(EvidenceRules, ErrorsNameFileLineAndReason) {
  auto error = [](const std::string& text) {
    try {
      EvidenceRules::parse(text, "evidence.rules");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error("evidence office\nevidence guesswork\n"),
            "evidence.rules:2: unknown kind of evidence 'guesswork' (header, reported-past, announced-future, "
            "office, anniversary)");
  EXPECT_EQ(error("# c\n  example \"x\" => none\n"), "evidence.rules:2: 'example' outside an evidence block");
  EXPECT_EQ(error("evidence office\n  example \"x\" => 2021-13-01..2021-12-31\n"),
            "evidence.rules:2: expected '=> YYYY-MM-DD..YYYY-MM-DD' or '=> none', got '2021-13-01..2021-12-31'");
  EXPECT_EQ(error("evidence anniversary\n  number ordinal first\n"),
            "evidence.rules:2: expected '<word> <number>' in list 'ordinal', got 'first'");
  EXPECT_EQ(error("evidence office\n  weights x 1\n"), "evidence.rules:2: unknown field 'weights' (words, number, event, example)");
  EXPECT_EQ(error("evidence anniversary\n  event 2001 the treaty\n"),
            "evidence.rules:2: expected 'event YYYY-MM-DD <phrase> | ...'");
  EXPECT_THROW(EvidenceRules::load("/nonexistent"), InputError);
}

}  // namespace
}  // namespace annalist::pubdate
