#include "base/utf8.h"

#include <gtest/gtest.h>

namespace annalist::base {
namespace {

TEST(Utf8, ValidTextHasNoInvalidOffset) {
  EXPECT_FALSE(find_invalid_utf8("plain ascii").has_value());
  EXPECT_FALSE(find_invalid_utf8("Xi–Putin “talks” 习近平 😀").has_value());
}

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8(std::string("ab\xff" "cd")), 2u);
  EXPECT_EQ(find_invalid_utf8(std::string("ok\xe2\x80")), 2u);           // truncated sequence
  EXPECT_EQ(find_invalid_utf8(std::string("\xc0\xaf")), 0u);             // overlong slash
  EXPECT_EQ(find_invalid_utf8(std::string("x\xed\xa0\x80")), 1u);        // UTF-16 surrogate
}

TEST(Utf8, CodePointIndexMapsBothWays) {
  std::string text = "a–b习c";  // en dash: 3 bytes, 习: 3 bytes
  CodePointIndex index(text);
  EXPECT_EQ(count_code_points(text), 5u);
  EXPECT_EQ(index.to_code_point(0), 0u);
  EXPECT_EQ(index.to_code_point(1), 1u);
  EXPECT_EQ(index.to_code_point(4), 2u);
  EXPECT_EQ(index.to_code_point(5), 3u);
  EXPECT_EQ(index.to_code_point(8), 4u);
  EXPECT_EQ(index.to_code_point(text.size()), 5u);
  EXPECT_EQ(index.to_byte(2), 4u);
  EXPECT_EQ(index.to_byte(4), 8u);
  EXPECT_EQ(index.to_byte(5), text.size());
}

TEST(Utf8, DecodeAndEncodeRoundTrip) {
  std::string out;
  for (char32_t cp : {U'a', U'é', U'–', U'习', U'😀'}) append_utf8(out, cp);
  std::size_t i = 0;
  std::u32string decoded;
  while (i < out.size()) decoded += decode_utf8(out, i);
  EXPECT_EQ(decoded, U"aé–习😀");
}

TEST(Utf8, LineOfByteCountsNewlines) {
  std::string s = "one\ntwo\nthree";
  EXPECT_EQ(line_of_byte(s, 0), 1u);
  EXPECT_EQ(line_of_byte(s, 4), 2u);
  EXPECT_EQ(line_of_byte(s, 9), 3u);
}

TEST(Utf8, XmlSafeReplacesWhatXmlForbidsAndKeepsTheLength) {
  EXPECT_EQ(xml_safe("plain – text\tand\nlines\r"), "plain – text\tand\nlines\r");
  EXPECT_EQ(xml_safe("a\x01" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(xml_safe(std::string("a\0b", 3)), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(xml_safe("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "x\xEF\xBF\xBDy\xEF\xBF\xBDz");  // U+FFFE, U+FFFF
  EXPECT_EQ(xml_safe("bad \xff byte"), "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(xml_safe("\xED\xA0\x80"), "\xEF\xBF\xBD");  // an encoded surrogate is not a character
  EXPECT_EQ(count_code_points(xml_safe("a\x01\xEF\xBF\xBE" "b")), 4u);
  EXPECT_FALSE(is_xml_char(0xFFFE));
  EXPECT_TRUE(is_xml_char(0x1F600));
}

}  // namespace
}  // namespace annalist::base
