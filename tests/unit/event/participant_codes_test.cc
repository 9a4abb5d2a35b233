// Participant codes: states, organisations and institutions by their codes; people by the office
// they hold on the day, by dated CAMEO lines, as former office holders, or by their state.
#include "event/participant_codes.h"

#include <gtest/gtest.h>

#include "event/lexicon.h"

namespace annalist::event {
namespace {

Day day(int y, unsigned m, unsigned d) { return date::sys_days(date::year(y) / date::month(m) / date::day(d)); }

const Lexicon& shipped() {
  static const Lexicon lex = Lexicon::load(ANNALIST_SOURCE_DATA_DIR);
  return lex;
}

std::string codes(const ParticipantCode& c) { return c.country + " / " + c.cameo; }

TEST(ParticipantCodes, states_organisations_and_institutions) {
  const Lexicon& lex = shipped();
  EXPECT_EQ(codes(participant_code(lex, "Russia", day(2010, 1, 1))), "RUS / RUS");
  EXPECT_EQ(codes(participant_code(lex, "Kosovo", std::nullopt)), "XKX / KSV");  // no ISO code; CAMEO's own
  EXPECT_EQ(codes(participant_code(lex, "NATO", day(2010, 1, 1))), "NATO / IGOWSTNAT");
  EXPECT_EQ(codes(participant_code(lex, "United Nations", std::nullopt)), "UN / IGOUNO");
  EXPECT_EQ(codes(participant_code(lex, "ECOWAS", std::nullopt)), "ECOWAS / IGOWAFBUSWAS");
  // An institution acts for its state.
  EXPECT_EQ(codes(participant_code(lex, "Kremlin", day(2010, 1, 1))), "RUS / RUSGOV");
  EXPECT_EQ(codes(participant_code(lex, "Pentagon", std::nullopt)), "USA / USAMIL");
  EXPECT_EQ(participant_code(lex, "Kremlin", std::nullopt).name, "Kremlin");
}

TEST(ParticipantCodes, people_by_the_office_held_that_day) {
  const Lexicon& lex = shipped();
  EXPECT_EQ(codes(participant_code(lex, "Vladimir Putin", day(2010, 6, 1))), "RUS / RUSGOV");  // prime minister
  EXPECT_EQ(codes(participant_code(lex, "Ban Ki-moon", day(2010, 6, 1))), "UN / IGOUNO");
  EXPECT_EQ(codes(participant_code(lex, "Ban Ki-moon", day(2005, 6, 1))), "KOR / KORGOV");
  // Out of office: the state's elite; without a date: the state.
  EXPECT_EQ(codes(participant_code(lex, "Angela Merkel", day(2023, 1, 1))), "DEU / DEUELI");
  EXPECT_EQ(codes(participant_code(lex, "Vladimir Putin", std::nullopt)), "RUS / RUS");
  EXPECT_EQ(codes(participant_code(lex, "Pavel Ivanovsky", day(2010, 1, 1))), " / ");
}

TEST(ParticipantCodes, dated_cameo_lines_then_the_undated_one) {
  Lexicon lex;
  lex.parse(
      "country Afghanistan\n  code AFG\ncountry Pakistan\n  code PAK\n"
      "role army-chief\n  agent MIL\n"
      "person Hamid Karzai\n  country Afghanistan\n  cameo AFGELI\n  cameo AFGGOV | 2001-12-22..2014-09-29\n"
      "  cameo PAKOPP | 1985-01-01..1990-01-01\n"
      "person Ashfaq Parvez Kayani\n"
      "offices Pakistan\n  army-chief Ashfaq Parvez Kayani | 2007-11-29..2013-11-29\n",
      "t.txt");
  lex.finish();
  EXPECT_EQ(codes(participant_code(lex, "Hamid Karzai", day(2010, 1, 1))), "AFG / AFGGOV");
  EXPECT_EQ(codes(participant_code(lex, "Hamid Karzai", day(2014, 9, 29))), "AFG / AFGELI");
  // A code of another state names that state.
  EXPECT_EQ(codes(participant_code(lex, "Hamid Karzai", day(1987, 1, 1))), "PAK / PAKOPP");
  EXPECT_EQ(codes(participant_code(lex, "Ashfaq Parvez Kayani", day(2010, 1, 1))), "PAK / PAKMIL");
}

TEST(ParticipantCodes, a_person_entry_without_a_state_is_of_the_state_of_its_offices) {
  Lexicon lex;
  lex.parse(
      "country Chile\n  code CHL\norganisation United Nations\n  code UN\n  cameo IGOUNO\n"
      "role foreign-minister\n  agent GOV\nrole secretary-general\n  agent GOV\n"
      "person Ana Vidal\n  surname Vidal\n"
      "offices United Nations\n  secretary-general Ana Vidal | 2010-01-01..2015-01-01\n"
      "offices Chile\n  foreign-minister Ana Vidal | 2016-01-01..2018-01-01\n",
      "t.txt");
  lex.finish();
  EXPECT_EQ(codes(participant_code(lex, "Ana Vidal", day(2012, 1, 1))), "UN / IGOUNO");
  EXPECT_EQ(codes(participant_code(lex, "Ana Vidal", day(2017, 1, 1))), "CHL / CHLGOV");
  // Before any office: her state, not the organisation she later served.
  EXPECT_EQ(codes(participant_code(lex, "Ana Vidal", day(2009, 1, 1))), "CHL / CHL");
  EXPECT_EQ(codes(participant_code(shipped(), "Fidel Castro", day(1958, 1, 1))).substr(0, 3), "CUB");
}

TEST(ParticipantCodes, fill_keeps_the_extractors_codes_and_follows_participant_order) {
  const Lexicon& lex = shipped();
  Mention m;
  m.doc_dct = day(2023, 3, 22);
  m.participants = {"Li Hui", "NATO", "Xi Jinping"};
  m.codes = {{"Li Hui", "CHN", "CHNGOV"}};  // an envoy known to the extractor by title and demonym
  std::vector<Mention> ms = {m};
  fill_participant_codes(lex, ms);
  ASSERT_EQ(ms[0].codes.size(), 3u);
  EXPECT_EQ(ms[0].codes[0], (ParticipantCode{"Li Hui", "CHN", "CHNGOV"}));
  EXPECT_EQ(ms[0].codes[1], (ParticipantCode{"NATO", "NATO", "IGOWSTNAT"}));
  EXPECT_EQ(ms[0].codes[2], (ParticipantCode{"Xi Jinping", "CHN", "CHNGOV"}));
  // The event's own date decides over the publication date.
  Mention old;
  old.doc_dct = day(2023, 3, 22);
  old.time.interval = DayInterval{day(2010, 6, 1), day(2010, 6, 1)};
  old.participants = {"Vladimir Putin"};
  ms = {old};
  fill_participant_codes(lex, ms);
  EXPECT_EQ(ms[0].codes[0].cameo, "RUSGOV");
  EXPECT_EQ(ms[0].codes[0].country, "RUS");
}

}  // namespace
}  // namespace annalist::event
