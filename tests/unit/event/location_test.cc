// Stage tests (where a reported event took place), written as sentences with their expected place.
#include <gtest/gtest.h>

#include "event/location.h"
#include "event/participants.h"
#include "event_test_support.h"

namespace annalist::event {
namespace {

using namespace test;

std::string where(const std::string& text) {
  auto r = read(text);
  for (auto& h : r->triggers())
    if (is_gathering(h.rule->type)) {
      auto [cb, ce] = clause_of(r->s, h);
      return find_location(lexicon(), r->s, h, cb, ce).name;
    }
  return "(no gathering)";
}

TEST(Location, a_place_after_a_location_cue) {
  EXPECT_EQ(where("Vladimir Putin met Xi Jinping in Beijing."), "Beijing");
  EXPECT_EQ(where("Wang Yi met Sergey Lavrov at the Kremlin."), "Moscow");
}

TEST(Location, the_object_of_a_visit_verb) { EXPECT_EQ(where("Narendra Modi visited Moscow."), "Moscow"); }

TEST(Location, demonyms_and_institutions_are_no_places) {
  EXPECT_EQ(where("Vladimir Putin met Xi Jinping in Chinese waters."), "");
  EXPECT_EQ(where("Vladimir Putin met Xi Jinping at NATO."), "");
}

TEST(Location, the_nearest_place_wins) {
  EXPECT_EQ(where("In Minsk, officials said Vladimir Putin met Xi Jinping in Beijing."), "Beijing");
}


TEST(Location, a_city_before_a_gathering_noun_names_where_it_was_held) {
  EXPECT_EQ(where("The Lima talks between Gabriel Boric and Javier Milei were useful."), "Lima");
  EXPECT_EQ(where("Gabriel Boric recalled a Quito summit with Javier Milei."), "Quito");
  // A state there names a party, not a place; a place after "in" still wins.
  EXPECT_EQ(where("The Russia-Africa summit ended."), "");
  EXPECT_EQ(where("The Lima talks in Quito ended."), "Quito");
}

}  // namespace
}  // namespace annalist::event
