#include "base/utf8.h"

#include <gtest/gtest.h>

#include <vector>

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

TEST(Utf8, CodePointIndexAnswersInAnyOrder) {
  // Queries move a cursor back and forth; every answer must equal a count from the start. The
  // text opens with a stray continuation byte, which belongs to no code point before it.
  std::string text =
      "\x80"
      "ab\xC3\xA9"
      "c\xE2\x80\x93"
      "d\xF0\x9F\x98\x80"
      "e";
  auto leads_before = [&](std::size_t b) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < b && i < text.size(); ++i)
      n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return n;
  };
  std::vector<std::size_t> lead_bytes;
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) lead_bytes.push_back(i);
  CodePointIndex index(text);
  for (std::size_t b : {9u, 0u, 4u, 15u, 3u, 20u, 1u, 8u, 14u, 2u, 7u}) {
    std::size_t want = leads_before(b);
    if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80)
      want = want == 0 ? 0 : want - 1;
    EXPECT_EQ(index.to_code_point(b), want) << "byte " << b;
  }
  for (std::size_t cp : {5u, 0u, 7u, 2u, 9u, 3u, 1u, 6u, 4u}) {
    std::size_t want = cp < lead_bytes.size() ? lead_bytes[cp] : text.size();
    EXPECT_EQ(index.to_byte(cp), want) << "code point " << cp;
  }
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
