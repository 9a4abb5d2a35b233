#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "calendar/timex_value.h"

namespace annalist::pipeline {
namespace {
namespace fs = std::filesystem;

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("annalist_pipeline_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    auto p = dir_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }

  fs::path dir_;
  Engine engine_{ANNALIST_SOURCE_DATA_DIR};
};

Document document(const std::string& path, const std::string& text) {
  Document d;
  d.path = path;
  d.text = text;
  return d;
}

TEST_F(PipelineTest, DctPrecedenceOptionManifestDatelineUnknown) {
  auto manifest = doc::Manifest::parse("file,published\nm.txt,2010-03-25\n", "manifest.csv");
  Document d = document("in/m.txt", "03/14/2024 / By A Writer\nLeaders met on Tuesday.\n");
  engine_.assign_dct(d, calendar::parse_iso_day("2001-01-01"), &manifest);
  EXPECT_EQ(d.dct.source, DctSource::kOption);
  EXPECT_EQ(calendar::format_iso_day(*d.dct.day), "2001-01-01");

  d = document("in/m.txt", "03/14/2024 / By A Writer\nLeaders met on Tuesday.\n");
  engine_.assign_dct(d, std::nullopt, &manifest);
  EXPECT_EQ(d.dct.source, DctSource::kManifest);
  EXPECT_EQ(calendar::format_iso_day(*d.dct.day), "2010-03-25");

  d = document("in/other.txt", "03/14/2024 / By A Writer\nLeaders met on Tuesday.\n");
  engine_.assign_dct(d, std::nullopt, &manifest);
  EXPECT_EQ(d.dct.source, DctSource::kDateline);
  EXPECT_EQ(calendar::format_iso_day(*d.dct.day), "2024-03-14");

  d = document("in/other.txt", "Leaders met on Tuesday.\n");
  engine_.assign_dct(d, std::nullopt, &manifest);
  EXPECT_EQ(d.dct.source, DctSource::kUnknown);
  EXPECT_FALSE(d.dct.day.has_value());
}

TEST_F(PipelineTest, AReprintsOwnDateLineAFewDaysBeforeTheListedDateAnchorsTheText) {
  // A page posted on the 21st that reprints a text dated the 19th: its "yesterday" is the 18th.
  auto manifest = doc::Manifest::parse("file,published\nr.txt,2019-05-21\n", "manifest.csv");
  Document d = document("in/r.txt", "Minister Arrives in Lima\n\n19 May 2019\nThe Daily Courier\n\nThe minister arrived yesterday.\n");
  engine_.assign_dct(d, std::nullopt, &manifest);
  EXPECT_EQ(d.dct.source, DctSource::kDateline);
  EXPECT_EQ(calendar::format_iso_day(*d.dct.day), "2019-05-19");
  // The same when the listing's date comes with the input (a JSONL "dct"); --dct is taken as given.
  d = document("in/other.txt", "Minister Arrives in Lima\n\n19 May 2019\nThe Daily Courier\n\nThe minister arrived yesterday.\n");
  d.dct.day = calendar::parse_iso_day("2019-05-21");
  engine_.assign_dct(d, std::nullopt, nullptr);
  EXPECT_EQ(calendar::format_iso_day(*d.dct.day), "2019-05-19");
  // A tagger corpus's "dct" is the creation time TimeML gives it: no reprint check.
  d = document("in/other.txt", "Minister Arrives in Lima\n\n19 May 2019\nThe Daily Courier\n\nThe minister arrived yesterday.\n");
  d.dct.day = calendar::parse_iso_day("2019-05-21");
  engine_.assign_dct(d, std::nullopt, nullptr, true, /*reprints=*/false);
  EXPECT_EQ(calendar::format_iso_day(*d.dct.day), "2019-05-21");
  d = document("in/other.txt", "Minister Arrives in Lima\n\n19 May 2019\nThe Daily Courier\n\nThe minister arrived yesterday.\n");
  engine_.assign_dct(d, calendar::parse_iso_day("2019-05-21"), nullptr);
  EXPECT_EQ(calendar::format_iso_day(*d.dct.day), "2019-05-21");
  // A date line more than a week before the listing, or after it, is not the text's writing day.
  for (const char* line : {"2 May 2019", "23 May 2019"}) {
    d = document("in/r.txt", std::string("Minister Arrives in Lima\n\n") + line + "\nThe Daily Courier\n\nThe minister arrived.\n");
    engine_.assign_dct(d, std::nullopt, &manifest);
    EXPECT_EQ(d.dct.source, DctSource::kManifest) << line;
    EXPECT_EQ(calendar::format_iso_day(*d.dct.day), "2019-05-21") << line;
  }
}

// What the reprint check hands back is what tagging the dated document gives; a reprint, whose
// relative times count from its writing day, is tagged by the caller.
TEST_F(PipelineTest, TheReprintChecksTaggingIsTheDocumentsOwn) {
  auto same = [](const std::vector<Timex>& a, const std::vector<Timex>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i].text != b[i].text || a[i].value != b[i].value || a[i].anchor != b[i].anchor ||
          a[i].byte_begin != b[i].byte_begin || a[i].begin != b[i].begin)
        return false;
    return true;
  };
  std::string filler;
  for (int i = 0; i < 40; ++i) filler += "The envoys went on talking about the river treaty for hours.\n";
  const std::string head = "Envoys Meet in Quito\n\n", tail = "\nArchive copy, 14 June 2021\n";
  auto manifest = doc::Manifest::parse("file,published\nq.txt,2021-06-17\n", "manifest.csv");
  for (const std::string& body : {std::string("They met yesterday and will meet again on Friday.\n"),
                                  "They met yesterday.\n" + filler + "A week ago the talks began.\n"}) {
    for (bool reprint : {false, true}) {
      // A short text and a long one (head and tail apart), dated by the manifest or by the input.
      const std::string text = head + body + (reprint ? tail : "");
      for (bool listed_by_input : {false, true}) {
        Document d = document("in/q.txt", text);
        if (listed_by_input) d.dct.day = calendar::parse_iso_day("2021-06-17");
        auto tagged = engine_.assign_dct(d, std::nullopt, listed_by_input ? nullptr : &manifest);
        EXPECT_EQ(calendar::format_iso_day(*d.dct.day), reprint ? "2021-06-14" : "2021-06-17");
        ASSERT_EQ(tagged.has_value(), !reprint);
        if (tagged) {
          EXPECT_TRUE(same(*tagged, engine_.tag(d))) << text;
          EXPECT_FALSE(tagged->empty());
        }
        // The one call of build and extract: the same date, and the timexes under it either way.
        Document e = document("in/q.txt", text);
        if (listed_by_input) e.dct.day = calendar::parse_iso_day("2021-06-17");
        auto timexes = engine_.date_and_tag(e, std::nullopt, listed_by_input ? nullptr : &manifest);
        EXPECT_EQ(e.dct.day, d.dct.day);
        EXPECT_TRUE(same(timexes, engine_.tag(e))) << text;
      }
    }
  }
  // --dct is taken as given, without tagging.
  Document d = document("in/q.txt", head + "They met yesterday.\n" + tail);
  EXPECT_FALSE(engine_.assign_dct(d, calendar::parse_iso_day("2021-06-17"), &manifest).has_value());
}

TEST_F(PipelineTest, UnknownDctLeavesRelativeExpressionsUnresolved) {
  Document d = document("x.txt", "The two presidents spoke by phone on Wednesday.");
  engine_.assign_dct(d, std::nullopt, nullptr);
  for (const Timex& t : engine_.tag(d)) {
    EXPECT_EQ(calendar::window_of_value(t.value), std::nullopt) << t.text << " -> " << t.value;
    EXPECT_EQ(t.anchor, "none");
  }
}

TEST_F(PipelineTest, BadDocumentIsSkippedAndTheBatchGoesOn) {
  write("in/a.txt", "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday.");
  write("in/b.txt", "");
  write("in/c.txt", std::string("bad \xff byte"));
  write("in/d.txt", "Russian President Vladimir Putin spoke by phone with Chinese President Xi Jinping on Friday.");
  store::Store store((dir_ / "s.db").string());
  IngestOptions options;
  options.dct = calendar::parse_iso_day("2024-03-15");
  std::ostringstream err;
  auto summary = ingest(store, engine_, {(dir_ / "in").string()}, options, err);
  EXPECT_EQ(summary.documents, 2);
  EXPECT_EQ(summary.added, 2);
  EXPECT_EQ(summary.skipped, 2);
  EXPECT_NE(err.str().find("b.txt: empty document"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("c.txt:1: invalid UTF-8"), std::string::npos) << err.str();
  EXPECT_GE(summary.events, 2);
  EXPECT_EQ(store.counts().documents, 2);

  // The same content again changes nothing.
  std::ostringstream err2;
  auto again = ingest(store, engine_, {(dir_ / "in" / "a.txt").string()}, options, err2);
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(again.unchanged, 1);
  EXPECT_EQ(store.counts().documents, 2);
}

TEST_F(PipelineTest, FindDataDirRejectsAFolderWithoutRules) {
  EXPECT_THROW(find_data_dir(dir_.string()), UsageError);
  EXPECT_EQ(find_data_dir(ANNALIST_SOURCE_DATA_DIR), ANNALIST_SOURCE_DATA_DIR);
}

}  // namespace
}  // namespace annalist::pipeline
