// Stage tests (who the actor phrases of a sentence are: names, surnames, titles through dated offices, unknown people, transcript roles), written as sentences with their expected events.
#include <gtest/gtest.h>

#include <algorithm>

#include "event/actors.h"
#include "event/participant_codes.h"
#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

TEST(Actors, names_and_strong_aliases) {
  auto m = run("Putin met Xi in Beijing.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Vladimir Putin;Xi Jinping");
  EXPECT_EQ(m[0].type, EventType::kMeeting);
  EXPECT_EQ(m[0].location, "Beijing");
}

TEST(Actors, transliteration_variants) {
  auto m = run("Sergei Lavrov held talks with Nikolai Patrushev.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Nikolay Patrushev;Sergey Lavrov");
}

TEST(Actors, surname_only_after_a_full_mention) {
  EXPECT_TRUE(run("Wang met Sergey Lavrov in Sochi.").empty());
  auto m = run("Wang Yi arrived in Sochi on a visit. Wang met Sergey Lavrov.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(people(m[1]), "Sergey Lavrov;Wang Yi");
}

TEST(Actors, a_known_surname_does_not_hide_an_unknown_name) {
  // "Park" is the surname of people in the dictionary, none of them named here.
  auto m = run("Kremlin aide Roger Park met Sergey Lavrov in Sochi.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Roger Park;Sergey Lavrov");
}

TEST(Actors, a_title_ending_in_s_is_not_a_plural) {
  // "affairs" ends in s, but the title names one office holder, unlike "the Russian ministers".
  auto m = run("The Russian minister of foreign affairs met Wang Yi in Beijing.", day("2023-03-21"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Sergey Lavrov;Wang Yi");
}

TEST(Actors, titles_resolve_by_the_event_date) {
  std::string text = "The Chinese president held talks with the Russian president.";
  auto a = run(text, day("2023-03-21"));
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(people(a[0]), "Vladimir Putin;Xi Jinping");
  auto b = run(text, day("2010-03-25"));
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(people(b[0]), "Dmitry Medvedev;Hu Jintao");
  // The date of the event, not the publication date, decides.
  std::string past = "In 2011, the Chinese president held talks with the Russian president.";
  auto c = run(past, day("2024-01-10"), {tx(past, "2011", "2011", "absolute")});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(people(c[0]), "Dmitry Medvedev;Hu Jintao");
}

TEST(Actors, title_with_name_keeps_the_name) {
  auto m = run("Wen Jiabao and Russian Prime Minister Vladimir Putin met in Sochi.", day("2011-10-11"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Vladimir Putin;Wen Jiabao");
}

TEST(Actors, without_a_date_a_title_needs_a_holder_named_in_the_document) {
  EXPECT_TRUE(run("The Chinese president held talks with the Russian president.").empty());
  auto m = run("Xi Jinping spoke. Later the Chinese president held talks with Vladimir Putin.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Vladimir Putin;Xi Jinping");
}

TEST(Actors, unknown_person_after_a_title_is_kept_as_written) {
  auto m = run("Wang Yi held talks with Kremlin aide Pavel Ivanovsky.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Pavel Ivanovsky;Wang Yi");
  // The surname then names him for the rest of the document.
  auto s = run("Wang Yi met Kremlin aide Pavel Ivanovsky. Ivanovsky later held talks with Sergey Lavrov.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(people(s[1]), "Pavel Ivanovsky;Sergey Lavrov");
}

TEST(Actors, unknown_speaker_before_a_speech_verb) {
  auto m = run("The head of Gazprom, Anna Petrova, said the visit was cancelled for good.");
  bool found = false;
  for (auto& x : m)
    if (x.type == EventType::kStatement && people(x) == "Anna Petrova") found = true;
  EXPECT_TRUE(found);
}

TEST(Actors, persons_win_over_countries) {
  auto m = run("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Vladimir Putin;Xi Jinping");
}

TEST(Actors, countries_when_no_person_is_named) {
  auto m = run("China and Russia held talks in Minsk.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "China;Russia");
  EXPECT_EQ(m[0].location, "Minsk");  // a place is not a participant
  auto k = run("Moscow and Beijing held talks.");
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(people(k[0]), "China;Russia");
}

TEST(Actors, the_prime_minister_of_the_country_the_document_names) {
  auto m = run("Statement from Downing Street\nThe Prime Minister held a phone call with Narendra Modi.", day("2024-09-12"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Keir Starmer;Narendra Modi");
}

TEST(Actors, transcript_pronouns_name_the_speakers) {
  std::string text =
      "President of Russia Vladimir Putin: Esteemed colleague, let me welcome you to Sochi.\n"
      "President of Turkey Recep Tayyip Erdogan: Thank you. Today we held very useful talks.";
  auto m = run(text, day("2021-09-29"), {tx(text, "Today", "2021-09-29", "dct")});
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(people(m[0]), "Recep Tayyip Erdogan;Vladimir Putin");
  EXPECT_EQ(m[0].status, EventStatus::kOccurred);  // "let me welcome" is not a plan
  EXPECT_EQ(m[0].location, "Sochi");
}

TEST(Actors, a_transcript_speaks_to_the_other_state_not_to_its_own_delegation) {
  // The speaker's delegation is named first; the guest only through the states of the document.
  std::string text =
      "The Chilean side is represented by Foreign Minister Alberto van Klaveren and Minister Mario Marcel.\n"
      "President of Chile Gabriel Boric: Mr President, welcome to Santiago and to the Chilean-Argentine talks.\n"
      "We prepared these talks for many months.";
  auto m = run(text, day("2023-06-12"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Alberto Fernández;Gabriel Boric");
  EXPECT_EQ(m[0].status, EventStatus::kOccurred);  // "this meeting": the one being held
  EXPECT_EQ(m[0].time.value, "2023-06-12");
}

TEST(Actors, a_title_resolves_through_dated_offices) {
  DocumentMemory mem;
  ActorResolver resolver(lexicon(), mem);
  EXPECT_EQ(resolver.office_holder("China", "president", day("2023-03-21")).value_or(""), "Xi Jinping");
  EXPECT_EQ(resolver.office_holder("China", "president", day("2010-03-25")).value_or(""), "Hu Jintao");
  EXPECT_FALSE(resolver.office_holder("China", "president", std::nullopt));  // no date, nobody named
  auto r = read("The Chinese president arrived.");
  auto actors = resolver.resolve(r->s, day("2023-03-21"));
  ASSERT_EQ(actors.size(), 1u);
  EXPECT_EQ(actors[0].name, "Xi Jinping");
  EXPECT_EQ(actors[0].country, "China");
  EXPECT_TRUE(actors[0].person);
}

TEST(Actors, an_indefinite_title_is_nobody_in_particular) {
  DocumentMemory mem;
  ActorResolver resolver(lexicon(), mem);
  auto r = read("A Chinese president arrived.");
  for (auto& a : resolver.resolve(r->s, day("2023-03-21"))) EXPECT_NE(a.name, "Xi Jinping");
}

TEST(Actors, a_speaker_label_opens_a_transcript_line) {
  auto r = read("President of Russia Vladimir Putin: Good afternoon.");
  int p = speaker_label(r->s);
  ASSERT_GE(p, 0);
  EXPECT_EQ(lexicon().people[p].name, "Vladimir Putin");
  EXPECT_LT(speaker_label(read("Vladimir Putin said: good afternoon.")->s), 0);
}


TEST(Actors, a_title_of_a_state_introduces_the_name_after_the_state) {
  // Names with particles and hyphens, after a state's formal title: a person kept as written.
  auto m = run("In a phone call, Vladimir Putin spoke to President of the Arab Republic of Egypt Karim "
               "Abdel el-Masri.",
               day("2021-12-25"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Karim Abdel el-Masri;Vladimir Putin");
  m = run("Vladimir Putin met Crown Prince of Abu Dhabi Hamad bin Rashid Al Kaabi.", day("2022-05-13"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Hamad bin Rashid Al Kaabi;Vladimir Putin");
}

TEST(Actors, a_headline_verb_is_no_part_of_a_name) {
  auto m = run("PM Tarek Amin Arrives in Moscow", day("2020-07-21"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Russia;Tarek Amin");
}

TEST(Actors, a_title_and_the_surname_of_its_holder_on_that_date) {
  auto m = run("President Sarkozy met Prime Minister Berlusconi in Rome.", day("2010-04-01"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Nicolas Sarkozy;Silvio Berlusconi");
  // Out of office, the title names nobody by that surname.
  m = run("Prime Minister Berlusconi met Chancellor Scholz in Rome.", day("2023-04-01"));
  for (auto& x : m) EXPECT_EQ(std::count(x.participants.begin(), x.participants.end(), "Silvio Berlusconi"), 0);
}

TEST(Actors, a_bare_surname_is_the_office_holder_of_a_state_the_document_names) {
  auto m = run("Sarkozy met Berlusconi in Rome on the budgets of France and Italy.", day("2010-04-01"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Nicolas Sarkozy;Silvio Berlusconi");
  // Without the state in the document, a surname alone is nobody in particular.
  EXPECT_TRUE(run("Suga met Berlusconi on Monday.", day("2010-04-01")).empty());
}

TEST(Actors, an_apposition_with_a_title_introduces_a_speaker) {
  auto m = run("Lena Martins, deputy foreign minister, told reporters the talks went well.", day("2023-01-10"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, EventType::kStatement);
  EXPECT_EQ(people(m[0]), "Lena Martins");
}

TEST(Actors, an_unknown_name_goes_on_after_its_first_word_by_a_particle_or_a_hyphen) {
  auto m = run("Rami bin Talal, deputy foreign minister, told reporters the talks went well.", day("2023-01-10"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Rami bin Talal");
  m = run("Anne-Marie Dubreuil, deputy foreign minister, told reporters the talks went well.", day("2023-01-10"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Anne-Marie Dubreuil");
}

TEST(Actors, hyphenated_names_are_one_name) {
  auto m = run("White House spokeswoman Lena Jean-Baptiste said the talks went well.", day("2023-01-10"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Lena Jean-Baptiste");
}


TEST(Actors, a_name_set_off_after_its_title_is_that_person) {
  auto m = run("The chief of Armenia's Security Council, Aram Sargsyan, and Aliyev's top aide, Hikmet Hajiyev, met in "
               "Brussels on September 26.",
               day("2023-10-05"), {});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(people(m[0]).find("Hikmet Hajiyev"), std::string::npos) << people(m[0]);
}

TEST(Actors, a_speaker_label_may_carry_a_title) {
  auto r = read("ANTHONY ALBANESE, PRIME MINISTER: Good afternoon.");
  int p = speaker_label(r->s);
  ASSERT_GE(p, 0);
  EXPECT_EQ(lexicon().people[p].name, "Anthony Albanese");
}

TEST(Actors, a_heading_of_words_by_one_person_names_the_speaker) {
  auto r = read("[Opening Statement by Prime Minister Anthony Albanese]");
  int p = speaker_label(r->s);
  ASSERT_GE(p, 0);
  EXPECT_EQ(lexicon().people[p].name, "Anthony Albanese");
  // A sentence that reports a gathering by a person is no heading.
  EXPECT_LT(speaker_label(read("Talks were held by Anthony Albanese in Jakarta on Monday with officials.")->s), 0);
  EXPECT_LT(speaker_label(read("The visit was hosted by Anthony Albanese.")->s), 0);
}

TEST(Actors, a_title_and_a_name_ending_in_the_holders_surname_is_the_holder) {
  // "Ferdinand Marcos" is written without "Jr."; the office on that date tells which.
  auto m = run("Joe Biden met Philippine President Ferdinand Marcos in Washington.", day("2024-04-11"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Ferdinand Marcos Jr.;Joe Biden");
  // An unknown name after a title stays as written.
  m = run("Joe Biden met Philippine Senator Ana Reyes in Washington.", day("2024-04-11"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Ana Reyes;Joe Biden");
}

TEST(Actors, a_state_seen_only_through_a_venue_yields_the_title_to_a_state_the_text_names) {
  // "the Prime Minister" with the UK named and Albania only as the place of a summit ("in
  // Tirana") is the British one; with no state named, the venue's state is all there is.
  auto m = run("The Prime Minister met Ursula von der Leyen today.\nThe success of the summit in Tirana was noted.\n"
               "Both sides praised the ties between the UK and its partners.",
               day("2025-05-16"));
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(people(m[0]), "Keir Starmer;Ursula von der Leyen");
}

// The state of a person no dictionary knows, as the codes of the mention give it.
std::string state_of(Mention m, const std::string& name) {
  std::vector<Mention> ms = {m};
  fill_participant_codes(lexicon(), ms);
  for (auto& c : ms[0].codes)
    if (c.name == name) return c.country;
  return "?";
}

TEST(Actors, a_person_introduced_with_a_states_office_takes_that_state) {
  const Day d = day("2023-05-02");
  // A possessive state before the title and its portfolio; the state is no participant then.
  auto m = run("Olaf Scholz met Kenya's Water Minister Wanjiru Kamau in Berlin on Monday.", d);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Olaf Scholz;Wanjiru Kamau");
  EXPECT_EQ(state_of(m[0], "Wanjiru Kamau"), "KEN");
  m = run("Olaf Scholz met Kenyan Water Minister Wanjiru Kamau in Berlin on Monday.", d);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(state_of(m[0], "Wanjiru Kamau"), "KEN");
  // Without the possessive, lower-case words between a state and a title qualify nothing.
  m = run("Olaf Scholz met Kenya water minister Wanjiru Kamau in Berlin on Monday.", d);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(state_of(m[0], "Wanjiru Kamau"), "");
}

TEST(Actors, an_aide_of_a_coded_person_takes_that_persons_state) {
  const Day d = day("2023-05-02");
  for (const char* text : {"Sergey Lavrov met Ilham Aliyev's senior foreign policy adviser, Tofig Mammadli, in Moscow.",
                           "Sergey Lavrov met Ilham Aliyev's aide Tofig Mammadli in Moscow.",
                           "Sergey Lavrov met Tofig Mammadli, an aide to President Ilham Aliyev, in Moscow."}) {
    auto m = run(text, d);
    ASSERT_EQ(m.size(), 1u) << text;
    // The person served is not at the table.
    EXPECT_EQ(people(m[0]), "Sergey Lavrov;Tofig Mammadli") << text;
    EXPECT_EQ(state_of(m[0], "Tofig Mammadli"), "AZE") << text;
  }
}

TEST(Actors, an_office_named_without_its_state_is_of_the_documents_state) {
  const Day d = day("2023-05-02");
  // The dateline's place names the state ...
  auto m = run("LISBON, May 2 -- Olaf Scholz met opposition leader Rui Teixeira Mota on Monday.", d,
               {tx("LISBON, May 2 -- Olaf Scholz met opposition leader Rui Teixeira Mota on Monday.", "May 2", "2023-05-02",
                   "dct")});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(state_of(m[0], "Rui Teixeira Mota"), "PRT");
  m = run("LIMA (Reuters) - Olaf Scholz met NSA Rui Teixeira on Monday.", d);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(state_of(m[0], "Rui Teixeira"), "PER");
  // ... else the state of the first person of the dictionaries named.
  m = run("Olaf Scholz met Rui Teixeira Mota, deputy national security adviser, on Monday in Paris.", d);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(state_of(m[0], "Rui Teixeira Mota"), "DEU");
  // A place that opens a sentence without a dateline's punctuation is no dateline.
  auto r = read("Lisbon, which hosted the talks, met Olaf Scholz.");
  EXPECT_EQ(home_state(lexicon(), {r->s}, "Lisbon, which hosted the talks, met Olaf Scholz.", {}), "Germany");
  // A bare surname (a headline's "Scholz and Macron to meet") yields to the first name in full.
  const std::string two = "Macron and Scholz to meet.\nChancellor Olaf Scholz will see Emmanuel Macron.";
  auto h = read("Macron and Scholz to meet.");
  auto b = read("Chancellor Olaf Scholz will see Emmanuel Macron.");
  EXPECT_EQ(home_state(lexicon(), {h->s, b->s}, two, {}), "Germany");
  // An office the offices tables list for that state has a known holder: a name they do not know
  // is someone else's ("visiting President Ana Ruiz" is no president of Russia).
  m = run("MOSCOW, May 2 -- Vladimir Putin met visiting President Ana Ruiz on Monday.", d);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(state_of(m[0], "Ana Ruiz"), "");
  // A state after the name names hers.
  m = run("MOSCOW, May 2 -- Vladimir Putin met Prime Minister Ana Ruiz of Peru on Monday.", d);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(people(m[0]), "Ana Ruiz;Vladimir Putin");
  EXPECT_EQ(state_of(m[0], "Ana Ruiz"), "PER");
  // Titles that are no office of a state ("envoy", "aide") take no state from the document.
  m = run("LISBON, May 2 -- Olaf Scholz met special envoy Rui Teixeira Mota on Monday.", d);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(state_of(m[0], "Rui Teixeira Mota"), "");
}

TEST(Actors, words_of_an_office_title_are_never_a_person) {
  const Day d = day("2023-05-02");
  // A capitalised run right before a known name, or after "<title> for", is the office.
  auto m = run("EU High Representative for Trade and Customs Policy Josep Borrell said on Tuesday that talks with "
               "Olaf Scholz went well.",
               d);
  for (auto& x : m) EXPECT_EQ(people(x).find("Policy"), std::string::npos) << people(x);
  m = run("EU Commissioner for Digital Policy Ana Ruiz said that Olaf Scholz met Emmanuel Macron on Monday.", d);
  for (auto& x : m) EXPECT_EQ(people(x).find("Digital"), std::string::npos) << people(x);
}

}  // namespace
}  // namespace annalist::event
