#include "base/strings.h"

#include <gtest/gtest.h>

#include "base/errors.h"
#include "base/hash.h"

namespace annalist::base {
namespace {

TEST(Strings, TrimSplitJoin) {
  EXPECT_EQ(trim("  a b \n"), "a b");
  EXPECT_EQ(split("a;b;;c", ';'), (std::vector<std::string>{"a", "b", "", "c"}));
  EXPECT_EQ(join({"x", "y", "z"}, "; "), "x; y; z");
}

TEST(Strings, ReplaceAllReplacesEveryOccurrence) {
  EXPECT_EQ(replace_all("a;b;;c", ";", ","), "a,b,,c");
  EXPECT_EQ(replace_all("x;y", ";", "%3B"), "x%3By");
  EXPECT_EQ(replace_all("none", ";", ","), "none");
  EXPECT_EQ(replace_all("aaa", "aa", "b"), "ba");
  EXPECT_EQ(replace_all("abc", "", "x"), "abc");
}

TEST(Strings, EditDistanceForSuggestions) {
  EXPECT_EQ(edit_distance("exprot", "export"), 2u);
  EXPECT_EQ(edit_distance("show", "show"), 0u);
  EXPECT_EQ(edit_distance("", "tag"), 3u);
}

TEST(Strings, EscapeHtmlCoversMarkupAndQuotes) {
  EXPECT_EQ(escape_html("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  EXPECT_EQ(escape_html("plain – text"), "plain – text");
}

TEST(Strings, EscapeHtmlDropsCharactersXmlForbids) {
  EXPECT_EQ(escape_html("a\x01" "<b>\xEF\xBF\xBE"), "a\xEF\xBF\xBD&lt;b&gt;\xEF\xBF\xBD");
}

TEST(Errors, LongReasonsAreCutOnACharacterBoundary) {
  std::string reason = "malformed JSON (" + std::string(1000, 'a') + "é" + std::string(1000, 'b') + ")";
  std::string what = InputError("c.jsonl", 3, reason).what();
  EXPECT_EQ(what.rfind("c.jsonl:3: malformed JSON (aaa", 0), 0u);
  EXPECT_LT(what.size(), 400u);
  EXPECT_NE(what.find("more bytes)"), std::string::npos);
  EXPECT_EQ(InputError("f", 0, "short").what(), std::string("f: short"));
}

TEST(Strings, CollapseWhitespace) {
  EXPECT_EQ(collapse_whitespace("  a\n\n b\t c "), "a b c");
  EXPECT_EQ(collapse_whitespace(""), "");
  EXPECT_EQ(collapse_whitespace(" \t\r\n\v\f "), "");
  EXPECT_EQ(collapse_whitespace("word"), "word");
  EXPECT_EQ(collapse_whitespace("x"), "x");
  EXPECT_EQ(collapse_whitespace("talks\r\n\v\fended, \xC2\xA0 then  \"quiet\"\n"), "talks ended, \xC2\xA0 then \"quiet\"");
}

TEST(Hash, ContentHashIsStableAndSensitive) {
  EXPECT_EQ(content_hash("abc"), content_hash("abc"));
  EXPECT_NE(content_hash("abc"), content_hash("abd"));
  EXPECT_EQ(content_hash("abc").size(), 32u);
  EXPECT_EQ(hex64(0xabcULL), "0000000000000abc");
  // FNV-1a 64 reference value of the empty string is its offset basis.
  EXPECT_EQ(fnv1a64(""), 14695981039346656037ULL);
  // Stores keep these hashes: the one-pass form is the two FNV-1a streams it always was.
  for (std::string text : {std::string(), std::string("abc"), std::string("Talks in Lima\n\xC3\xA9t\xC3\xA9") + std::string(300, 'x')})
    EXPECT_EQ(content_hash(text), hex64(fnv1a64(text)) + hex64(fnv1a64(text, 0x84222325cbf29ce4ULL ^ text.size())));
}

TEST(Errors, InputErrorNamesFileLineAndReason) {
  InputError e("a.txt", 3, "empty document");
  EXPECT_STREQ(e.what(), "a.txt:3: empty document");
  EXPECT_STREQ(InputError("b.csv", 0, "cannot open").what(), "b.csv: cannot open");
}

}  // namespace
}  // namespace annalist::base
