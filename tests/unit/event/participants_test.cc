// Stage tests (which actors take part in a trigger's event), written as sentences with their expected events.
#include <gtest/gtest.h>

#include <tuple>

#include <algorithm>

#include "event/participants.h"
#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

TEST(Participants, the_two_leaders_are_the_last_participants) {
  auto m = run("Xi Jinping and Vladimir Putin spoke by phone. The two leaders will meet in Kazan.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, EventType::kMeeting);
  EXPECT_EQ(people(m[1]), "Vladimir Putin;Xi Jinping");
  EXPECT_EQ(m[1].status, EventStatus::kPlanned);
  EXPECT_EQ(m[1].location, "Kazan");
}

// "His office said leaders would meet": reported speech drops the article of "the leaders"; a bare
// "leaders" after a modifier ("world leaders") is no group in view.
TEST(Participants, leaders_without_article_after_a_speech_verb_are_the_last_participants) {
  std::string text = "Lula said he will travel to Buenos Aires to meet Javier Milei. His aides said leaders would meet Sunday.";
  auto m = run(text, day("2024-03-05"), {tx(text, "Sunday", "2024-03-10", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, EventType::kMeeting);
  EXPECT_EQ(people(m[1]), "Javier Milei;Luiz Inácio Lula da Silva");
  EXPECT_EQ(m[1].time.value, "2024-03-10");

  text = "Lula said he will travel to Buenos Aires to meet Javier Milei. World leaders would meet in Davos on Sunday.";
  m = run(text, day("2024-03-05"), {tx(text, "Sunday", "2024-03-10", "dct")});
  for (auto& x : m) EXPECT_NE(x.time.value, "2024-03-10") << x.quote;
}

// "A and B have settled their quarrel over ..., paving the way for an accord at a summit of the
// bloc's leaders on Friday": the people the sentence opens with prepare the summit and attend it,
// however far they stand; the summit lies ahead (`prospective` cue, through the `outcome` noun), and
// "of Andean leaders", the bloc of its noun phrase, is no distance to its date.
TEST(Participants, the_opening_subject_attends_the_gathering_it_clears_the_way_for) {
  std::string text =
      "Brazilian President Lula and Argentine President Javier Milei have settled their long quarrel over grain "
      "tariffs on the border rivers, clearing the way for a hard-won accord at a special summit of Andean "
      "leaders in Quito on Friday.";
  auto m = run(text, day("2024-03-08"), {tx(text, "Friday", "2024-03-08", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kSummit);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(people(m[0]), "Javier Milei;Luiz Inácio Lula da Silva");
  EXPECT_EQ(m[0].time.value, "2024-03-08");
  EXPECT_EQ(m[0].location, "Quito");

  text = "Javier Milei and Lula ended their feud, paving the way for a summit of Mercosur heads of state next week.";
  m = run(text, day("2024-03-05"), {tx(text, "next week", "2024-W11", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);

  // Near misses: a sentence that opens with no one names no attendee; a summit whose own phrase
  // names its parties keeps them.
  text = "The court ruling over grain tariffs on the border rivers, clearing the way for a summit of Andean leaders "
         "on Friday, surprised both capitals.";
  EXPECT_TRUE(run(text, day("2024-03-05"), {tx(text, "Friday", "2024-03-08", "dct")}).empty());
  text = "Lula and Javier Milei have settled their quarrel over grain tariffs, opening the door to a summit between "
         "Emmanuel Macron and Olaf Scholz.";
  m = run(text, day("2024-03-05"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Emmanuel Macron;Olaf Scholz");
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
}

// "On May 12, X will speak at the forum. Also attending the forum will be Y and Z": one attendee is
// too few for a summit, but the next sentence's definite reference names the others; they join
// that attendee and take its date. A list of names cut by the clause's word limit (formal titles
// are long) goes on to its last name.
TEST(Participants, others_listed_for_the_gathering_of_a_lone_attendee_join_that_attendee) {
  std::string text =
      "On May 12, Lula will speak at the Lisbon Ocean Forum.\n\nAlso attending the forum will be French President "
      "Emmanuel Macron, Argentine President Javier Milei and President of the Republic of Chile Gabriel Boric.";
  auto m = run(text, day("2024-05-08"), {tx(text, "May 12", "2024-05-12", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kSummit);
  EXPECT_EQ(m[0].status, EventStatus::kPlanned);
  EXPECT_EQ(people(m[0]), "Emmanuel Macron;Gabriel Boric;Javier Milei;Luiz Inácio Lula da Silva");
  EXPECT_EQ(m[0].time.value, "2024-05-12");
  // Near misses: a state the forum is about is no attendee; another kind of report next is no list
  // of attendees; two sentences later the forum is no longer the one in view.
  text = "On May 12, Lula will speak at the Lisbon Ocean Forum. The forum will discuss trade with China.";
  EXPECT_TRUE(run(text, day("2024-05-08"), {tx(text, "May 12", "2024-05-12", "dct")}).empty());
  text = "On May 12, Lula will speak at the Lisbon Ocean Forum. Ministers of Chile and Peru met in Lima on Monday.";
  m = run(text, day("2024-05-08"), {tx(text, "May 12", "2024-05-12", "dct"), tx(text, "Monday", "2024-05-06", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kMeeting);
  text = "On May 12, Lula will speak at the Lisbon Ocean Forum. Lula met Javier Milei in Lima on Monday. The talks went "
         "well. Also attending the forum will be Gabriel Boric and Javier Milei.";
  m = run(text, day("2024-05-08"), {tx(text, "May 12", "2024-05-12", "dct"), tx(text, "Monday", "2024-05-06", "dct")});
  for (auto& x : m) EXPECT_NE(x.time.value, "2024-05-12") << x.quote;
}

// Words of another speaker named in the trigger's own phrase, with a time of their own, are a
// statement of their own beside the sentence's first: "Y's press conference earlier in the day",
// "an hour after Y had questioned" (that day).
TEST(Participants, another_speaker_named_in_the_triggers_own_phrase_makes_a_second_statement) {
  std::string text =
      "Sergey Lavrov met Wang Yi in Moscow on Monday. Later, addressing a news conference, Sergey Lavrov said Moscow "
      "would answer Antony Blinken's press conference in Washington earlier in the day.";
  auto m = run(text, day("2023-05-08"), {tx(text, "Monday", "2023-05-08", "dct")});
  auto by = [&](const std::string& who) {
    return std::count_if(m.begin(), m.end(), [&](const Mention& x) { return x.type == EventType::kStatement && people(x) == who; });
  };
  EXPECT_EQ(by("Antony Blinken"), 1);
  for (auto& x : m)
    if (people(x) == "Antony Blinken") EXPECT_EQ(x.time.value, "2023-05-08");
  text = "'The round is off,' Wang Yi said on Monday, speaking an hour after Antony Blinken had questioned Beijing's good "
         "faith in Geneva.";
  m = run(text, day("2023-05-08"), {tx(text, "Monday", "2023-05-08", "dct"), tx(text, "an hour", "PT1H", "", "", "DURATION")});
  EXPECT_EQ(by("Wang Yi"), 1);
  EXPECT_EQ(by("Antony Blinken"), 1);
  for (auto& x : m)
    if (people(x) == "Antony Blinken") EXPECT_EQ(x.time.value, "2023-05-08");  // an hour before Wang's words
  // Near misses: a pronoun is no other speaker, a reported clause ("said that Y questioned") is the
  // first speaker's words, and the first speaker's own press conference is the same statement.
  text = "Sergey Lavrov met Wang Yi in Moscow on Monday. Later, Sergey Lavrov said Moscow would answer his press "
         "conference in Washington earlier in the day.";
  m = run(text, day("2023-05-08"), {tx(text, "Monday", "2023-05-08", "dct")});
  EXPECT_EQ(by("Antony Blinken"), 0);
  // Words of another occasion, with no time of their own: "criticized Y's speech", "after Y had
  // questioned" without a duration.
  text = "Sergey Lavrov on Monday criticized Antony Blinken's speech at the UN.";
  m = run(text, day("2023-05-10"), {tx(text, "Monday", "2023-05-08", "dct")});
  EXPECT_EQ(by("Antony Blinken"), 0);
  text = "Sergey Lavrov said on Monday, after Antony Blinken had questioned Moscow's good faith, that the round was over.";
  m = run(text, day("2023-05-10"), {tx(text, "Monday", "2023-05-08", "dct")});
  EXPECT_EQ(by("Antony Blinken"), 0);
  text = "Sergey Lavrov said on Monday that Antony Blinken questioned nothing.";
  m = run(text, day("2023-05-08"), {tx(text, "Monday", "2023-05-08", "dct")});
  EXPECT_EQ(m.size(), 1u);
  text = "Sergey Lavrov said on Monday that Lavrov's press conference would be short.";
  m = run(text, day("2023-05-08"), {tx(text, "Monday", "2023-05-08", "dct")});
  EXPECT_EQ(m.size(), 1u);
}

// "X and Y announced": a coordinated subject of a speech verb speaks with one voice.
TEST(Participants, a_coordinated_subject_of_a_speech_verb_speaks_with_one_voice) {
  std::string text = "On Monday, Lula and Javier Milei announced a truce on the river ports.";
  auto m = run(text, day("2024-05-20"), {tx(text, "Monday", "2024-05-20", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Javier Milei;Luiz Inácio Lula da Silva");
  // A state before "and" is no second speaker.
  text = "On Monday, Brazil and Javier Milei announced a truce on the river ports.";
  m = run(text, day("2024-05-20"), {tx(text, "Monday", "2024-05-20", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Javier Milei");
}

TEST(Participants, a_dated_setting_naming_nobody_is_a_gathering_of_the_parties_in_view) {
  std::string text = "Olaf Scholz and Emmanuel Macron will meet in Paris on Friday. "
                     "The meeting was arranged during a phone call on Wednesday.";
  auto m = run(text, day("2023-05-10"), {tx(text, "Friday", "2023-05-12", "dct"), tx(text, "Wednesday", "2023-05-10", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, EventType::kCall);
  EXPECT_EQ(people(m[1]), "Emmanuel Macron;Olaf Scholz");
  EXPECT_EQ(m[1].status, EventStatus::kOccurred);
  EXPECT_EQ(m[1].time.value, "2023-05-10");
  // Without a date of its own the setting is no event of its own.
  std::string undated = "Olaf Scholz and Emmanuel Macron will meet in Paris on Friday. The meeting was arranged during a phone call.";
  EXPECT_EQ(run(undated, day("2023-05-10"), {tx(undated, "Friday", "2023-05-12", "dct")}).size(), 1u);
}

TEST(Participants, leaders_of_a_country_group_by_date) {
  std::string text = "Indian and Japanese leaders met in Osaka. The two leaders first met in 2015.";
  auto m = run(text, std::nullopt, {tx(text, "2015", "2015", "absolute")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(people(m[0]), "India;Japan");
  EXPECT_EQ(people(m[1]), "Narendra Modi;Shinzo Abe");
  EXPECT_EQ(m[1].time.basis, DateBasis::kExplicit);
}

TEST(Participants, a_visit_without_host_names_the_country) {
  auto m = run("Xi Jinping arrived in Moscow for a state visit.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kVisit);
  EXPECT_EQ(people(m[0]), "Russia;Xi Jinping");
  EXPECT_EQ(m[0].location, "Moscow");
}

TEST(Participants, a_person_in_no_dictionary_takes_the_codes_of_the_state_named_with_him) {
  auto m = run("Chilean Deputy Foreign Minister Tomas Aravena met Xi Jinping in Beijing.");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_EQ(people(m[0]), "Tomas Aravena;Xi Jinping");
  auto code = std::find_if(m[0].codes.begin(), m[0].codes.end(), [](const ParticipantCode& c) { return c.name == "Tomas Aravena"; });
  ASSERT_NE(code, m[0].codes.end());
  EXPECT_EQ(code->country, "CHL");
  // Who is in the dictionaries gets codes later, by date: the extractor leaves them.
  EXPECT_TRUE(std::none_of(m[0].codes.begin(), m[0].codes.end(), [](const ParticipantCode& c) { return c.name == "Xi Jinping"; }));
}

TEST(Participants, sources_are_not_participants) {
  auto m = run("According to Dmitry Peskov, Vladimir Putin held talks with Xi Jinping.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Vladimir Putin;Xi Jinping");
}

TEST(Participants, statement_speaker_is_the_subject) {
  auto m = run("\xE2\x80\x9CWe will win,\xE2\x80\x9D Sergey Lavrov said on Monday.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kStatement);
  EXPECT_EQ(people(m[0]), "Sergey Lavrov");
  auto t = run("Olaf Scholz told Emmanuel Macron on Thursday that he backs the plan.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(people(t[0]), "Olaf Scholz");
}

TEST(Participants, an_inverted_speaker_may_follow_a_time_and_a_title) {
  // "..., said last night OAS Secretary General X": the name after the verb speaks, on that night.
  std::string text = "The two sides have accepted the plan, said last night OAS Secretary General Luis Almagro.";
  auto m = run(text, day("2023-03-07"), {tx(text, "last night", "2023-03-06TNI", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Luis Almagro");
  EXPECT_EQ(m[0].time.value.substr(0, 10), "2023-03-06");
  // A reported clause is no inverted speaker: "said that X's visit ...".
  text = "The plan is fine, said that Luis Almagro's visit went well.";
  for (auto& x : run(text, day("2023-03-07"))) EXPECT_NE(x.type, EventType::kStatement);
}

TEST(Participants, an_inverted_speaker_may_have_his_time_after_the_name) {
  // "'...,' said X on Tuesday", "said Argentine President X late Monday": the name speaks, on that day.
  for (auto [text, phrase, value] : {std::tuple<std::string, const char*, const char*>{
                                         "\"The border stays open,\" said Javier Milei on Tuesday.", "Tuesday", "2024-05-21"},
                                     {"The border stays open, said Argentine President Javier Milei late Monday.", "Monday", "2024-05-20"}}) {
    auto m = run(text, day("2024-05-22"), {tx(text, phrase, value, "dct")});
    ASSERT_EQ(m.size(), 1u) << text;
    EXPECT_EQ(people(m[0]), "Javier Milei");
    EXPECT_EQ(m[0].time.value, value);
  }
  // Near miss: a name after "said" that opens a reported clause is no speaker.
  std::string text = "The minister said Javier Milei on Tuesday would open the border.";
  for (auto& x : run(text, day("2024-05-22"), {tx(text, "Tuesday", "2024-05-21", "dct")}))
    EXPECT_NE(people(x), "Javier Milei") << x.quote;
}

TEST(Participants, the_one_who_invites_hosts_the_visit) {
  auto m = run("At the invitation of President Emmanuel Macron, Narendra Modi is paying a state visit to France.",
               day("2023-07-14"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kVisit);
  EXPECT_EQ(people(m[0]), "Emmanuel Macron;Narendra Modi");
}

TEST(Participants, a_definite_dated_gathering_naming_nobody_is_of_the_parties_in_view) {
  std::string text =
      "On March 2, Olaf Scholz had a telephone conversation with Joe Biden. Both sides reviewed the steps agreed at "
      "the February 10 videoconference on grain exports from Poland.";
  auto m = run(text, day("2023-03-03"), {tx(text, "March 2", "2023-03-02", "dct"), tx(text, "February 10", "2023-02-10", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, EventType::kCall);
  EXPECT_EQ(m[1].time.value, "2023-02-10");
  EXPECT_EQ(people(m[1]), "Joe Biden;Olaf Scholz");
}

TEST(Participants, an_agreement_named_by_states_binds_the_states) {
  std::string text =
      "Shinzo Abe is paying a visit to India. The two sides reaffirmed their commitment to the 2014 India – Japan Joint Statement.";
  auto m = run(text, day("2017-09-14"), {tx(text, "2014", "2014", "absolute")});
  const Mention* a = nullptr;
  for (auto& x : m)
    if (x.type == EventType::kAgreement) a = &x;
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(people(*a), "India;Japan");
  EXPECT_EQ(a->time.value, "2014");
}

TEST(Participants, a_pronoun_in_the_reported_clause_takes_up_the_speaker) {
  auto m = run("Narendra Modi met Fumio Kishida in Delhi. The Indian leader added he would be glad to visit Japan soon.",
               day("2023-05-08"));
  const Mention* visit = nullptr;
  for (auto& x : m)
    if (x.type == EventType::kVisit) visit = &x;
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->status, EventStatus::kPlanned);
  EXPECT_EQ(people(*visit), "Japan;Narendra Modi");
  EXPECT_FALSE(visit->time.dated());
  // Without the pronoun the matrix subject stays out: "X recalled that the summit was held".
  m = run("Narendra Modi recalled that the summit of Japan and India was held in Delhi.", day("2023-05-08"));
  for (auto& x : m) EXPECT_EQ(std::count(x.participants.begin(), x.participants.end(), "Narendra Modi"), 0);
}

TEST(Participants, the_speaker_of_reported_words_is_not_a_participant) {
  auto m = run("Joe Biden will visit Vietnam in September, spokeswoman Karen Doyle said.");
  bool visit = false;
  for (auto& x : m)
    if (x.type == EventType::kVisit) {
      visit = true;
      EXPECT_EQ(people(x), "Joe Biden;Vietnam");
    }
  EXPECT_TRUE(visit);
}

TEST(Participants, weak_nouns_need_someone_in_their_complement) {
  EXPECT_TRUE(run("India praised the dialogue between their respective envoys.").empty());
  auto m = run("Brazil welcomed the discussions between India and Pakistan.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(people(m[0]), "India;Pakistan");
}


TEST(Participants, a_clause_ends_at_a_clause_break) {
  auto r = read("Vladimir Putin met Xi Jinping; Sergey Lavrov stayed in Moscow.");
  auto hits = r->triggers();
  ASSERT_FALSE(hits.empty());
  auto [cb, ce] = clause_of(r->s, hits[0]);
  EXPECT_EQ(r->s.text(cb, ce), "Vladimir Putin met Xi Jinping");
}


TEST(Participants, a_subject_after_a_comma_speaks_not_the_person_before_it) {
  auto m = run("Yoon Suk Yeol will visit Tokyo for a summit with Fumio Kishida, the presidential office said.", day("2023-03-09"));
  // The office of the state of the first person named speaks, not Kishida.
  for (auto& x : m)
    if (x.type == EventType::kStatement) EXPECT_EQ(people(x), "South Korean Presidential Office");
  // "X, the spokesman, said": an apposition closed before the verb keeps X.
  m = run("Dmitry Peskov, the spokesman, said the talks went well.", day("2023-03-09"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Dmitry Peskov");
}

TEST(Participants, a_state_institution_named_by_its_kind_speaks_for_the_state) {
  auto m = run("The Egyptian government announced new measures.", day("2023-03-09"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Egypt");
  m = run("Russia's foreign ministry said the talks went well.", day("2023-03-09"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Russian Foreign Ministry");
}

TEST(Participants, a_state_office_speaks_as_that_office_of_the_state) {
  // Named by demonym, by the state's possessive, by "of" and the state, or by the dateline alone.
  auto m = run("The Chilean presidency said the border talks went well.", day("2023-03-09"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Chilean Presidency");
  m = run("Peru's foreign ministry said the border talks went well.", day("2023-03-09"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Peruvian Foreign Ministry");
  m = run("The ministry of foreign affairs of Chile said the border talks went well.", day("2023-03-09"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Chilean Ministry of Foreign Affairs");
  m = run("SANTIAGO -- The presidential office said the border talks went well.", day("2023-03-09"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Chilean Presidential Office");
  // An institution the dictionaries list under the office's name is that institution.
  m = run("KYIV -- The presidential office said the border talks went well.", day("2023-03-09"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Bankova");
  // Without a state in view, an office speaks for nobody in particular.
  m = run("The presidential office said the border talks went well.", day("2023-03-09"));
  EXPECT_TRUE(m.empty());
  // An institution of a state, not a second party beside it: its codes are the state's.
  int ci = lexicon().country_index("Chilean Foreign Ministry");
  ASSERT_GE(ci, 0);
  EXPECT_EQ(lexicon().countries[ci].home, "Chile");
  EXPECT_EQ(lexicon().countries[ci].cameo, "CHLGOV");
}


TEST(Participants, the_countries_leaders_without_a_group_in_view_are_the_two_states_named) {
  auto m = run("An aide to the Chilean president denied Peruvian press reports that the countries' leaders would meet in Quito.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].status, EventStatus::kDenied);
  EXPECT_EQ(people(m[0]), "Chile;Peru");  // Quito is the place, not a party
  // Three states named: no pair to take.
  m = run("An aide to the Chilean president denied Peruvian and Bolivian press reports that the countries' leaders would meet.");
  EXPECT_TRUE(m.empty());
  // "they" is no word for leaders: it takes up only a group in view.
  m = run("An aide to the Chilean president denied Peruvian press reports that they would meet.");
  EXPECT_TRUE(m.empty());
}

TEST(Participants, a_numbered_group_names_the_last_participants) {
  std::string text =
      "On Monday Olaf Scholz met Emmanuel Macron in Brussels. The five leaders already met in Berlin on June 1.";
  auto m = run(text, day("2023-10-05"), {tx(text, "Monday", "2023-10-02", "dct"), tx(text, "June 1", "2023-06-01", "dct")});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(people(m[1]), "Emmanuel Macron;Olaf Scholz");
  EXPECT_EQ(m[1].location, "Berlin");
}

TEST(Participants, a_transcript_speaker_attends_the_body_he_addresses) {
  auto m = run("RISHI SUNAK, PRIME MINISTER: It has been an honour to address the G20 meeting.", day("2022-11-15"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kSummit);  // a meeting named by a multilateral body
  EXPECT_EQ(people(m[0]), "G20;Rishi Sunak");
}


TEST(Participants, a_pronoun_subject_takes_up_the_person_in_view) {
  auto m = run("Fumio Kishida arrived in Washington. He will hold a meeting with Joe Biden.", day("2024-04-09"));
  bool meeting = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      meeting = true;
      EXPECT_EQ(people(x), "Fumio Kishida;Joe Biden");
    }
  EXPECT_TRUE(meeting);
  // "he said" goes on with the last speaker's words, not with the last person named.
  m = run("Dmitry Peskov said on Saturday there was no plan. A meeting of Vladimir Putin and Xi Jinping was rumoured. "
          "\"We know nothing about it,\" he said.",
          day("2025-07-19"), {});
  for (auto& x : m) EXPECT_NE(people(x), "Vladimir Putin") << x.quote;
}


TEST(Participants, the_subject_of_a_speech_verb_is_no_party_of_the_reported_gathering) {
  auto m = run("Sergey Lavrov said Narendra Modi will hold talks with Xi Jinping.", day("2023-03-09"));
  bool talks = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      talks = true;
      EXPECT_EQ(people(x), "Narendra Modi;Xi Jinping");
    }
  EXPECT_TRUE(talks);
  // "said during a meeting with Y", "said on a visit to Z": the setting of the words themselves.
  m = run("Sergey Lavrov said on a visit to Ankara that the grain accord mattered.", day("2023-09-01"));
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(people(m[0]), "Sergey Lavrov;Turkey");
}


TEST(Participants, a_possessive_pronoun_is_the_subject_it_follows) {
  std::string text = "Moon Jae-in said he briefed Kim Jong Un on his meeting with Donald Trump in Washington last week.";
  auto m = run(text, day("2018-05-27"), {tx(text, "last week", "2018-W20", "dct")});
  bool meeting = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      meeting = true;
      EXPECT_NE(std::find(x.participants.begin(), x.participants.end(), "Moon Jae-in"), x.participants.end()) << people(x);
      EXPECT_NE(std::find(x.participants.begin(), x.participants.end(), "Donald Trump"), x.participants.end());
    }
  EXPECT_TRUE(meeting);  // a topic noun with a date of its own is a particular gathering
  m = run("Barack Obama has cancelled his meeting with Vladimir Putin.", day("2013-08-07"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Barack Obama;Vladimir Putin");
}

TEST(Participants, a_pair_inside_a_reported_gathering_does_not_replace_its_group) {
  std::string text = "Kim Jong Un met Moon Jae-in on Saturday to discuss a summit between Kim and Donald Trump. The two "
                     "Korean leaders talked for two hours.";
  auto m = run(text, day("2018-05-27"), {tx(text, "Saturday", "2018-05-26", "dct")});
  for (auto& x : m) EXPECT_NE(people(x), "Donald Trump;Kim Jong Un") << x.quote;
}

TEST(Participants, two_people_named_with_their_titles_are_the_group_of_the_two_leaders) {
  // "X and <state> <title> Y" in a report of words makes X and Y "the two leaders" of the next sentence.
  auto m = run("Josep Borrell said Gabriel Boric and Argentine President Javier Milei agreed today on a text.\n"
               "Borrell said the two leaders would meet in Lima next month.",
               day("2023-02-28"));
  bool meeting = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      meeting = true;
      EXPECT_EQ(people(x), "Gabriel Boric;Javier Milei");
      EXPECT_EQ(x.status, EventStatus::kPlanned);
    }
  EXPECT_TRUE(meeting);
}

TEST(Participants, they_right_before_a_speech_verb_are_the_group_also_after_their) {
  // "the first time they had talked since they announced": the nearest group word names the speakers.
  std::string text = "Gabriel Boric and Javier Milei talked by telephone on Wednesday, the first time they had talked since they "
                     "announced in December a plan to mend ties.";
  auto m = run(text, day("2015-04-10"),
               {tx(text, "Wednesday", "2015-04-08", "dct"), tx(text, "December", "2014-12", "dct")});
  bool statement = false;
  for (auto& x : m)
    if (x.type == EventType::kStatement) {
      statement = true;
      EXPECT_EQ(people(x), "Gabriel Boric;Javier Milei");
      EXPECT_EQ(x.time.value, "2014-12");
    }
  EXPECT_TRUE(statement);
}

TEST(Participants, a_state_opening_the_sentence_is_a_party_not_a_topic) {
  // With two envoys in view, "the Lima summit" after "In 2001, Peru pulled out of" is not theirs.
  std::string text = "Gabriel Boric met Javier Milei in Quito.\nIn 2001, Peru had pulled out midway from the Lima summit.";
  auto m = run(text, day("2015-08-22"), {tx(text, "2001", "2001", "absolute")});
  for (auto& x : m)
    if (x.type == EventType::kSummit) EXPECT_EQ(people(x).find("Gabriel Boric"), std::string::npos) << people(x);
}

// "when they gather at the Mercosur summit": the body that names the summit gathers, not the pair
// in view; "in the Paraguayan capital" is the place, no party. "The two presidents" stay the two.
TEST(Participants, a_body_naming_the_summit_is_who_they_are) {
  std::string text = "Gabriel Boric and Javier Milei met in Lima on Monday. Diplomats expect progress when they "
                     "gather at the Mercosur summit in the Paraguayan capital on Thursday.";
  Timex monday = tx(text, "Monday", "2021-03-08", "dct"), thursday = tx(text, "Thursday", "2021-03-04", "dct");
  monday.rule = thursday.rule = "date.weekday";
  auto m = run(text, day("2021-03-09"), {monday, thursday});
  bool summit = false;
  for (auto& x : m)
    if (x.type == EventType::kSummit) {
      summit = true;
      EXPECT_EQ(people(x), "Mercosur");
      EXPECT_EQ(x.location, "Asuncion");
      EXPECT_EQ(x.status, EventStatus::kPlanned);
    }
  EXPECT_TRUE(summit);
  text = "Gabriel Boric and Javier Milei met in Lima on Monday. The two presidents hope to talk in "
         "Asuncion first at the Mercosur summit on June 17-18.";
  m = run(text, day("2021-07-09"), {tx(text, "June 17-18", "2021-06-17/2021-06-18", "absolute")});
  for (auto& x : m)
    if (x.type == EventType::kSummit) EXPECT_NE(people(x).find("Gabriel Boric"), std::string::npos) << people(x);
}


TEST(Participants, we_in_a_text_of_known_authors_is_its_authors) {
  // A text that opens with its authors ("Joint Statement by X and Y") speaks as "we".
  std::string text = "Joint Statement by Kevin Rudd and Jacinda Ardern\nWe held talks in Wellington on Monday.";
  auto m = run(text, day("2021-03-03"), {tx(text, "Monday", "2021-03-01", "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kMeeting);
  EXPECT_EQ(people(m[0]), "Jacinda Ardern;Kevin Rudd");
  // A gathering far from the "we" that opens the sentence, naming nobody, is theirs.
  text = "A joint statement from Kevin Rudd and Jacinda Ardern.\nWe asked our envoys to prepare the questions still "
         "open for discussion at a meeting in Wellington in the coming weeks.";
  m = run(text, day("2021-03-03"));
  bool plan = false;
  for (auto& x : m)
    if (x.type == EventType::kMeeting) {
      plan = true;
      EXPECT_EQ(x.status, EventStatus::kPlanned);
      EXPECT_EQ(people(x), "Jacinda Ardern;Kevin Rudd");
      EXPECT_EQ(x.location, "Wellington");
    }
  EXPECT_TRUE(plan);
  // "of" names the authors too; states speak as "we" as people do.
  text = "Joint Declaration of Chile and Peru\nWe will hold a summit in Lima next year.";
  m = run(text, day("2021-03-03"));
  bool summit = false;
  for (auto& x : m)
    if (x.type == EventType::kSummit) {
      summit = true;
      EXPECT_EQ(people(x), "Chile;Peru");
      EXPECT_EQ(x.status, EventStatus::kPlanned);
    }
  EXPECT_TRUE(summit);
  // A statement that opens the text names the parties of a gathering only when they are not named.
  text = "Statement by the Ministry of Foreign Affairs of Chile\nWe welcome the talks between Serbia and Kosovo in Brussels.";
  m = run(text, day("2021-03-03"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Kosovo;Serbia");
  // Near misses: a text named inside a news sentence has no "we"; a text without authors neither.
  for (const char* other : {"Lorenzo Rossi criticised a joint statement by Kevin Rudd and Jacinda Ardern.\nWe "
                            "asked our envoys to prepare the questions for a meeting in Wellington in the coming weeks.",
                            "We asked our envoys to prepare the questions for a meeting in Wellington in the coming weeks."})
    for (auto& x : run(other, day("2021-03-03"))) EXPECT_NE(x.type, EventType::kMeeting) << other;
}

}  // namespace
}  // namespace annalist::event
