// Token trie: exact phrases, overlapping and nested phrases, "*" and "#" wildcards, and agreement
// with a phrase-by-phrase matcher on generated sentences.
#include "event/phrase_index.h"

#include <gtest/gtest.h>

#include <random>

namespace annalist::event {
namespace {

struct Fixture {
  Vocabulary vocab;
  PhraseIndex index;
  std::vector<std::vector<std::string>> phrases;
  void add(const std::string& text) {
    phrases.push_back(phrase_tokens(text));
    index.add(vocab, phrases.back(), static_cast<std::uint32_t>(phrases.size() - 1));
  }
  // "value:end" of every match at `pos` of `sentence`.
  std::vector<std::string> at(const std::string& sentence, std::size_t pos) {
    auto toks = tokenize(sentence);
    std::vector<PhraseMatch> out;
    index.match_at(toks, vocab.ids(toks), pos, out);
    std::vector<std::string> s;
    for (auto& m : out) s.push_back(std::to_string(m.value) + ":" + std::to_string(m.end));
    return s;
  }
};

using V = std::vector<std::string>;

TEST(PhraseIndex, finds_every_phrase_that_starts_at_a_token) {
  Fixture f;
  f.add("Vladimir Putin");      // 0
  f.add("Putin");               // 1
  f.add("Vladimir");            // 2
  f.add("Vladimir Putin said"); // 3
  // "Vladimir Putin met Xi": the one-word, the two-word phrase; not the three-word one.
  EXPECT_EQ(f.at("Vladimir Putin met Xi", 0), (V{"0:2", "2:1"}));
  EXPECT_EQ(f.at("Vladimir Putin met Xi", 1), (V{"1:2"}));
  EXPECT_EQ(f.at("Vladimir Putin said", 0), (V{"0:2", "2:1", "3:3"}));
  EXPECT_EQ(f.at("Vladimir Putin met Xi", 2), V{});
  // Case and typographic apostrophes are normalised like the text.
  f.add("Xi's");  // 4
  EXPECT_EQ(f.at("XI\xE2\x80\x99S visit", 0), (V{"4:2"}));
}

TEST(PhraseIndex, overlapping_phrases_share_a_prefix_and_stay_apart) {
  Fixture f;
  f.add("prime minister");               // 0
  f.add("prime minister of india");      // 1
  f.add("minister");                     // 2
  f.add("prime time");                   // 3
  EXPECT_EQ(f.at("the prime minister of India", 1), (V{"0:3", "1:5"}));
  EXPECT_EQ(f.at("the prime minister of India", 2), (V{"2:3"}));
  EXPECT_EQ(f.at("prime time", 0), (V{"3:2"}));
  EXPECT_EQ(f.at("prime", 0), V{});
}

TEST(PhraseIndex, star_skips_up_to_three_words_and_takes_the_fewest) {
  Fixture f;
  f.add("held * talks");  // 0
  EXPECT_EQ(f.at("held talks", 0), (V{"0:2"}));
  EXPECT_EQ(f.at("held lengthy talks", 0), (V{"0:3"}));
  EXPECT_EQ(f.at("held long and frank talks", 0), (V{"0:5"}));
  EXPECT_EQ(f.at("held long , frank talks", 0), V{});  // punctuation is not a word
  EXPECT_EQ(f.at("held a b c d talks", 0), V{});       // four words are too many
  // The fewest skipped words: the first "talks", not the second.
  EXPECT_EQ(f.at("held talks about talks", 0), (V{"0:2"}));
  f.add("* visit");  // 1: a leading star may skip nothing
  EXPECT_EQ(f.at("visit", 0), (V{"1:1"}));
  EXPECT_EQ(f.at("state visit", 0), (V{"1:2"}));
}

TEST(PhraseIndex, a_star_tries_only_words_that_follow_a_star_and_reports_a_value_once) {
  Fixture f;
  f.add("was * cancelled");   // 0
  f.add("was * called off");  // 1
  f.add("was held");          // 2
  f.add("was");               // 3
  f.add("held talks");        // 4: "talks" follows no star
  EXPECT_EQ(f.at("was held talks", 0), (V{"2:2", "3:1"}));
  EXPECT_EQ(f.at("the talks was quickly cancelled", 2), (V{"0:5", "3:3"}));
  EXPECT_EQ(f.at("was held called off", 0), (V{"1:4", "2:2", "3:1"}));
  EXPECT_EQ(f.at("was held , called off", 0), (V{"2:2", "3:1"}));
  // Two paths to one phrase (skipping no word or one): reported once, at the first end.
  EXPECT_EQ(f.at("was cancelled cancelled", 0), (V{"0:2", "3:1"}));
  EXPECT_EQ(f.at("held talks", 0), (V{"4:2"}));
}

TEST(PhraseIndex, hash_is_one_number_token) {
  Fixture f;
  f.add("# times");  // 0
  f.add("3 times");  // 1
  EXPECT_EQ(f.at("met 12 times", 1), (V{"0:3"}));
  EXPECT_EQ(f.at("met 3 times", 1), (V{"0:3", "1:3"}));
  EXPECT_EQ(f.at("met many times", 1), V{});
}

// The matcher the extractor used before: one phrase at a time.
std::size_t reference_match(const std::vector<Token>& toks, std::size_t pos, const std::vector<std::string>& ph,
                            std::size_t pi = 0) {
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  if (pi == ph.size()) return pos;
  if (ph[pi] == "*") {
    for (std::size_t skip = 0; skip <= 3; ++skip) {
      if (skip > 0 && (pos + skip - 1 >= toks.size() || !toks[pos + skip - 1].word)) break;
      std::size_t r = reference_match(toks, pos + skip, ph, pi + 1);
      if (r != kNone) return r;
    }
    return kNone;
  }
  if (pos >= toks.size()) return kNone;
  if (ph[pi] == "#" ? !toks[pos].number : toks[pos].norm != ph[pi]) return kNone;
  return reference_match(toks, pos + 1, ph, pi + 1);
}

TEST(PhraseIndex, vocabulary_finds_words_of_every_length) {
  // Words of one byte are found by a table, of up to seven by one integer, longer ones by hash.
  Vocabulary vocab;
  const std::vector<std::string> words = {",", "a", "-", "to", "summit", "ministers", "counter-terrorism", "\xC3\xA9"};
  std::vector<Vocabulary::Id> ids;
  for (auto& w : words) ids.push_back(vocab.intern(w));
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_NE(ids[i], Vocabulary::kUnknown) << words[i];
    EXPECT_EQ(vocab.find(words[i]), ids[i]) << words[i];
    EXPECT_EQ(vocab.intern(words[i]), ids[i]) << words[i];
  }
  for (std::string other : {".", "b", "", "summits", "minister", "\xC3"}) EXPECT_EQ(vocab.find(other), Vocabulary::kUnknown) << other;
}

TEST(PhraseIndex, a_marked_phrase_marks_its_first_word_only) {
  Vocabulary vocab;
  PhraseIndex index;
  index.add(vocab, phrase_tokens("foreign minister"), 0, true);
  index.add(vocab, phrase_tokens("Minsk"), 1);
  index.add(vocab, phrase_tokens("minister of state"), 2);
  auto toks = tokenize("the foreign minister flew to Minsk");
  auto ids = vocab.ids(toks);
  std::vector<bool> marked;
  for (std::size_t k = 0; k <= toks.size(); ++k) marked.push_back(index.may_start_marked(ids, k));
  // "foreign" starts a marked phrase; "minister" and "Minsk" start unmarked ones only.
  EXPECT_EQ(marked, (std::vector<bool>{false, true, false, false, false, false, false}));
  // A marked phrase that opens with a wildcard may start anywhere.
  index.add(vocab, phrase_tokens("* envoy"), 3, true);
  EXPECT_TRUE(index.may_start_marked(ids, 0));
  EXPECT_TRUE(index.may_start_marked(ids, 5));
}

TEST(PhraseIndex, agrees_with_matching_each_phrase_on_generated_sentences) {
  const std::vector<std::string> words = {"a", "b", "c", "d", "7", ",", "the"};
  std::mt19937 rng(20240611);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  Fixture f;
  for (int i = 0; i < 300; ++i) {
    std::string p;
    std::size_t len = 1 + pick(4);
    for (std::size_t k = 0; k < len; ++k) {
      std::size_t r = pick(10);
      p += (k ? " " : "") + (r == 8 ? std::string("*") : r == 9 ? std::string("#") : words[pick(words.size())]);
    }
    f.add(p);
  }
  for (int s = 0; s < 300; ++s) {
    std::string text;
    for (std::size_t k = 0, n = 1 + pick(12); k < n; ++k) text += words[pick(words.size())] + " ";
    auto toks = tokenize(text);
    auto ids = f.vocab.ids(toks);
    std::vector<PhraseMatch> got;
    for (std::size_t pos = 0; pos < toks.size(); ++pos) {
      f.index.match_at(toks, ids, pos, got);
      std::vector<std::string> want, have;
      for (std::size_t v = 0; v < f.phrases.size(); ++v) {
        std::size_t e = reference_match(toks, pos, f.phrases[v]);
        if (e != static_cast<std::size_t>(-1)) want.push_back(std::to_string(v) + ":" + std::to_string(e));
      }
      for (auto& m : got) have.push_back(std::to_string(m.value) + ":" + std::to_string(m.end));
      ASSERT_EQ(have, want) << "sentence '" << text << "' at token " << pos;
    }
  }
}

}  // namespace
}  // namespace annalist::event
