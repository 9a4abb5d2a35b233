#include "doc/loader.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "calendar/timex_value.h"
#include "doc/dateline.h"
#include "doc/manifest.h"

namespace annalist::doc {
namespace {

class MemoryFiles : public FileSource {
 public:
  std::map<std::string, std::string> files;
  std::string read(const std::string& path) const override {
    auto it = files.find(path);
    if (it == files.end()) throw InputError(path, 0, "no such file");
    return it->second;
  }
};

struct Collected {
  std::vector<Document> docs;
  std::vector<std::string> errors;
};

Collected read_all(const MemoryFiles& files, const std::string& path) {
  Collected c;
  read_documents(path, files, [&](Document d) { c.docs.push_back(std::move(d)); },
                 [&](const InputError& e) { c.errors.push_back(e.what()); });
  return c;
}

TEST(Loader, ReadsATextFileWithIdAndHash) {
  MemoryFiles files;
  files.files["in/007_abc.txt"] = "\xEF\xBB\xBFLeaders met.";
  auto c = read_all(files, "in/007_abc.txt");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "007_abc");
  EXPECT_EQ(c.docs[0].text, "Leaders met.") << "the byte-order mark is dropped";
  EXPECT_TRUE(c.docs[0].content_hash.empty()) << "hashing is the store's business";
  EXPECT_TRUE(c.errors.empty());
}

TEST(Loader, RejectsEmptyBinaryAndInvalidUtf8WithFileLineAndReason) {
  MemoryFiles files;
  files.files["empty.txt"] = " \n\n";
  files.files["bin.txt"] = std::string("line one\nab\0cd", 14);
  files.files["bad.txt"] = "fine\nfine\nbro\xffken";
  EXPECT_EQ(read_all(files, "empty.txt").errors, std::vector<std::string>{"empty.txt: empty document"});
  EXPECT_EQ(read_all(files, "bin.txt").errors,
            std::vector<std::string>{"bin.txt:2: binary file (NUL byte at offset 11)"});
  EXPECT_EQ(read_all(files, "bad.txt").errors,
            std::vector<std::string>{"bad.txt:3: invalid UTF-8 at byte offset 13"});
  EXPECT_EQ(read_all(files, "missing.txt").errors, std::vector<std::string>{"missing.txt: no such file"});
}

TEST(Loader, JsonlCorpusKeepsGoingPastBadLines) {
  MemoryFiles files;
  files.files["c.jsonl"] =
      "{\"id\":\"a\",\"dct\":\"2023-02-23\",\"text\":\"One.\"}\n"
      "{\"id\":\"b\",\"text\":\n"
      "\n"
      "{\"id\":\"c\"}\n"
      "{\"id\":\"d\",\"dct\":\"2023-02-30\",\"text\":\"x\"}\n"
      "{\"id\":7,\"text\":\"Two.\"}\n";
  auto c = read_all(files, "c.jsonl");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "a");
  EXPECT_EQ(c.docs[0].dct.source, DctSource::kOption);
  EXPECT_EQ(c.docs[0].path, "c.jsonl:1");
  EXPECT_EQ(c.docs[1].id, "7");
  ASSERT_EQ(c.errors.size(), 3u);
  EXPECT_EQ(c.errors[0].rfind("c.jsonl:2: malformed JSON", 0), 0u) << c.errors[0];
  EXPECT_EQ(c.errors[1], "c.jsonl:4: missing string field \"text\"");
  EXPECT_EQ(c.errors[2], "c.jsonl:5: \"dct\" must be YYYY-MM-DD");
}

TEST(Loader, DocumentIdIsTheFileStem) {
  EXPECT_EQ(document_id("data/articles/002_fd65.txt"), "002_fd65");
  EXPECT_EQ(document_id("-"), "stdin");
  EXPECT_EQ(document_id("noext"), "noext");
}

TEST(Manifest, ReadsDatesAndMatchesByNameOrStem) {
  auto m = Manifest::parse(
      "file,published,source,title,url\n"
      "a.txt,2010-03-25,Src,\"Title, with comma\",http://x\n"
      "b.txt,,,,\n",
      "manifest.csv");
  ASSERT_NE(m.find("data/articles/a.txt"), nullptr);
  EXPECT_EQ(m.find("a.txt")->title, "Title, with comma");
  EXPECT_TRUE(m.find("a.txt")->published.has_value());
  EXPECT_FALSE(m.find("b.txt")->published.has_value());
  EXPECT_NE(m.find("other/b.md"), nullptr) << "same stem";
  EXPECT_EQ(m.find("c.txt"), nullptr);
}

TEST(Manifest, MalformedRowsNameTheLine) {
  auto fails = [](const std::string& text) {
    try {
      Manifest::parse(text, "m.csv");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(fails("name,date\n"), "m.csv:1: header must name the columns 'file' and 'published'");
  EXPECT_EQ(fails("file,published\na.txt,25/03/2010\n"),
            "m.csv:2: 'published' must be YYYY-MM-DD or empty, found '25/03/2010'");
  EXPECT_EQ(fails("file,published,source\na.txt\n"), "m.csv:2: expected 3 fields, found 1");
  EXPECT_EQ(fails("file,published\n\"a.txt,2010-01-01\n"), "m.csv:2: unterminated quoted field");
  EXPECT_EQ(fails(""), "m.csv: empty manifest (expected a header row file,published,...)");
}

TEST(Manifest, SpreadsheetExportsAreRead) {
  auto m = Manifest::parse("\xEF\xBB\xBF" "file;published;title\r\na.txt;2024-03-11;\"Talks; Moscow\"\r\n", "m.csv");
  ASSERT_NE(m.find("a.txt"), nullptr) << "byte-order mark and semicolons";
  EXPECT_EQ(m.find("a.txt")->title, "Talks; Moscow");
  EXPECT_TRUE(m.find("a.txt")->published.has_value());
  auto t = Manifest::parse("file\tpublished\nb.txt\t2024-03-12\n", "m.tsv");
  EXPECT_NE(t.find("b.txt"), nullptr) << "tab-separated";
}

TEST(Manifest, ABadRowFailsAloneWhenErrorsAreCollected) {
  std::vector<std::string> errors;
  auto m = Manifest::parse(
      "file,published,title\n"
      "a.txt,25/03/2010,x\n"
      "b.txt,2010-03-26,Talks, in Moscow\n"
      "c.txt,2010-03-27,fine,,\n"
      "d.txt,2010-03-28,t\n"
      "d.txt,2010-03-29,again\n",
      "m.csv", [&](const InputError& e) { errors.push_back(e.what()); });
  EXPECT_EQ(m.find("a.txt"), nullptr);
  EXPECT_EQ(m.find("b.txt"), nullptr) << "too many fields";
  ASSERT_NE(m.find("c.txt"), nullptr) << "empty padding cells are not fields";
  ASSERT_NE(m.find("d.txt"), nullptr);
  EXPECT_EQ(calendar::format_iso_day(*m.find("d.txt")->published), "2010-03-28") << "the first entry is kept";
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], "m.csv:2: 'published' must be YYYY-MM-DD or empty, found '25/03/2010'");
  EXPECT_EQ(errors[1].rfind("m.csv:3: expected 3 fields, found 4", 0), 0u);
  EXPECT_EQ(errors[2], "m.csv:6: duplicate entry for 'd.txt' (the first one is used)");
}

TEST(Loader, AnOutOfRangeNumberFailsItsLineAlone) {
  std::istringstream in("{\"id\":\"a\",\"text\":\"one\"}\n{\"id\": 1e400, \"text\": \"two\"}\n{\"id\":\"c\",\"text\":\"three\"}\n");
  std::vector<std::string> ids, errors;
  read_jsonl_stream(in, "c.jsonl", [&](Document d) { ids.push_back(d.id); },
                    [&](const InputError& e) { errors.push_back(e.what()); });
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "c"}));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("c.jsonl:2: malformed JSON (number overflow", 0), 0u) << errors[0];
}

// The string scanner skips plain ASCII sixteen and eight bytes at a time: an escape, a non-ASCII
// letter and a raw control byte are each found at every offset within those blocks.
TEST(Loader, JsonStringSpecialBytesAtEveryOffset) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"\\\"", "\""}, {"\\\\", "\\"}, {"\\n", "\n"}, {"\\u00e9", "\xC3\xA9"}, {"\xC3\xA9", "\xC3\xA9"}};
  for (std::size_t at = 0; at < 40; ++at) {
    const std::string before(at, 'a'), after(19, 'b');
    for (const auto& [raw, decoded] : cases) {
      Document d = parse_jsonl_line("{\"id\":\"x\",\"text\":\"" + before + raw + after + "\"}", "t.jsonl", 1);
      EXPECT_EQ(d.text, before + decoded + after) << "at " << at << ": " << raw;
    }
    EXPECT_THROW(parse_jsonl_line("{\"id\":\"x\",\"text\":\"" + before + "\x01" + after + "\"}", "t.jsonl", 1),
                 InputError)
        << "at " << at;
  }
}

// A stream is read a megabyte at a time; lines that cross those blocks, blank lines, CRLF and a
// last line without its newline come out as std::getline gives them, with their line numbers.
TEST(Loader, StreamLinesAcrossReadBlocks) {
  std::string big(1500000, 'x');
  std::string body = "{\"id\":\"a\",\"text\":\"one\"}\r\n\n{\"id\":\"b\",\"text\":\"" + big +
                     "\"}\n{\"id\":\"c\",\"text\":\n{\"id\":\"d\",\"text\":\"" + big.substr(0, 600000) +
                     "\"}\n{\"id\":\"e\",\"text\":\"last\"}";
  std::vector<std::string> ids, errors;
  std::vector<std::size_t> sizes;
  std::istringstream in(body);
  read_jsonl_stream(in, "s.jsonl", [&](Document d) { ids.push_back(d.id); sizes.push_back(d.text.size()); },
                    [&](const InputError& e) { errors.push_back(e.what()); });
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "d", "e"}));
  EXPECT_EQ(sizes, (std::vector<std::size_t>{3, 1500000, 600000, 4}));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("s.jsonl:4: ", 0), 0u) << errors[0];
}

// The in-place reader refills one Document for every line: each document is what the line alone
// gives (parse_jsonl_line), whatever the line before had (a longer text, an id, a "dct", a
// source, a NUL escape, an error, a line for the slow reader) and whatever the callback did to it.
TEST(Loader, InPlaceStreamKeepsNothingFromTheLineBefore) {
  const std::vector<std::string> lines = {
      "{\"id\":\"first\",\"dct\":\"2031-05-04\",\"source\":\"Harbour Gazette\",\"title\":\"T\",\"url\":\"u\","
      "\"text\":\"" + std::string(300, 'w') + "\\nThe council met on Monday.\"}",
      "{\"text\":\"Short one.\"}",
      "{\"id\":\"nul\",\"text\":\"before\\u0000after\"}",
      "{\"id\":\"after-nul\",\"text\":\"a\\u00e9b\"}",
      "{\"id\":7,\"text\":\"numbered\",\"extra\":[1,{\"k\":null}]}",
      "{\"id\":\"bad\",\"dct\":\"May 4\",\"text\":\"x\"}",
      "{\"id\":\"slow\",\"text\":\"t\",\"source\":5}",
      "{\"text\":\"\\ufeffLast line.\",\"url\":\"v\"}"};
  std::string body;
  for (const auto& l : lines) body += l + "\n";
  std::vector<Document> want;
  std::vector<std::string> want_errors;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    try {
      want.push_back(parse_jsonl_line(lines[i], "p.jsonl", i + 1));
    } catch (const InputError& e) {
      want_errors.push_back(e.what());
    }
  }
  std::vector<Document> got;
  std::vector<std::string> errors;
  std::istringstream in(body);
  read_jsonl_in_place(in, "p.jsonl", [&](Document& d) {
    got.push_back(d);
    d.dct.source = DctSource::kDateline;  // what the tag command's DCT step may do
    d.title = "changed";
  }, [&](const InputError& e) { errors.push_back(e.what()); });
  ASSERT_EQ(got.size(), want.size());
  ASSERT_EQ(want.size(), 6u);
  for (std::size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(got[k].id, want[k].id);
    EXPECT_EQ(got[k].path, want[k].path);
    EXPECT_EQ(got[k].text, want[k].text);
    EXPECT_EQ(got[k].dct.day, want[k].dct.day) << got[k].id;
    EXPECT_EQ(got[k].dct.source, want[k].dct.source) << got[k].id;
    EXPECT_EQ(got[k].source, want[k].source) << got[k].id;
    EXPECT_EQ(got[k].title, want[k].title) << got[k].id;
    EXPECT_EQ(got[k].url, want[k].url) << got[k].id;
  }
  EXPECT_EQ(got[1].id, "p-2");
  EXPECT_EQ(got[1].path, "p.jsonl:2");
  EXPECT_EQ(got[1].source, "");
  EXPECT_EQ(got[2].text, "a\xC3\xA9" "b") << "the NUL line failed alone";
  EXPECT_EQ(got[5].text, "Last line.") << "the byte order mark is dropped";
  EXPECT_EQ(errors, want_errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].rfind("p.jsonl:3:", 0), 0u) << errors[0];
  EXPECT_NE(errors[0].find("NUL byte"), std::string::npos) << errors[0];
  EXPECT_EQ(errors[1], "p.jsonl:6: \"dct\" must be YYYY-MM-DD");
}

TEST(Loader, DocumentsAboveTheLimitAreRefusedWithTheOption) {
  set_max_document_bytes(100);
  try {
    checked_text(std::string(150, 'a'), "big.txt");
    ADD_FAILURE() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("big.txt: document of 0.0 MB is larger than the limit"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("--max-document-mb"), std::string::npos);
  }
  EXPECT_NO_THROW(checked_text(std::string(90, 'a'), "small.txt"));
  set_max_document_bytes(kDefaultMaxDocumentBytes);
}

Timex day_timex(const std::string& text, const std::string& needle, const std::string& value) {
  Timex t;
  t.byte_begin = text.find(needle);
  t.byte_end = t.byte_begin + needle.size();
  t.type = "DATE";
  t.value = value;
  t.anchor = "absolute";
  return t;
}

TEST(Dateline, BylineAndDatelineForms) {
  std::string a = "03/14/2024 / By A Writer\nTalks were held.\n";
  EXPECT_TRUE(dateline_dct(a, {day_timex(a, "03/14/2024", "2024-03-14")}).has_value());
  std::string b = "Headline here\n\nBERLIN, March 14, 2024 (Agency) - Talks were held.\n";
  auto d = dateline_dct(b, {day_timex(b, "March 14, 2024", "2024-03-14")});
  ASSERT_TRUE(d.has_value());
  std::string c = "Headline\nPublished: 2024-03-14\nBody text.";
  EXPECT_TRUE(dateline_dct(c, {day_timex(c, "2024-03-14", "2024-03-14")}).has_value());
}

TEST(Dateline, DatesInsideSentencesAreNotDatelines) {
  std::string a = "Leaders will meet on March 14, 2024 in the capital to discuss trade and energy.\n";
  EXPECT_FALSE(dateline_dct(a, {day_timex(a, "March 14, 2024", "2024-03-14")}).has_value());
  std::string b = "Ministers said the deal signed in 1999 was still in force.\n";
  Timex year = day_timex(b, "1999", "1999");
  EXPECT_FALSE(dateline_dct(b, {year}).has_value()) << "a year is not a publication day";
  std::string c = "Summit\nMarch 14, 2024 marked the opening of a long series of negotiations between them.\n";
  EXPECT_FALSE(dateline_dct(c, {day_timex(c, "March 14, 2024", "2024-03-14")}).has_value());
}

// Only the first six and the last three non-blank lines can hold a dateline; blank lines do not count.
TEST(Dateline, OnlyTheFirstSixAndLastThreeLinesCount) {
  auto with_date_at = [](std::size_t at, std::size_t lines, bool final_newline) {
    std::string text = "\n \n";
    for (std::size_t i = 0; i < lines; ++i) {
      text += i == at ? "Posted 14 March 2024" : "Line " + std::to_string(i) + " of the story.";
      if (i + 1 < lines || final_newline) text += i % 2 ? "\n\n" : "\n  \n";
    }
    return text;
  };
  for (bool final_newline : {true, false})
    for (std::size_t lines : {1, 5, 9, 10, 14})
      for (std::size_t at = 0; at < lines; ++at) {
        const std::string text = with_date_at(at, lines, final_newline);
        const bool counts = at < 6 || at + 3 >= lines;
        EXPECT_EQ(dateline_dct(text, {day_timex(text, "14 March 2024", "2024-03-14")}).has_value(), counts)
            << "line " << at << " of " << lines;
      }
}

}  // namespace
}  // namespace annalist::doc
