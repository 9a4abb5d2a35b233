// PNG resolution and title chunks, PDF title update: written, read back, and valid.
#include "render/file_meta.h"

#include <gtest/gtest.h>

#include <regex>
#include <stdexcept>

#include "model/types.h"
#include "render/graphviz.h"
#include "render/layout.h"
#include "parts_test.h"

namespace annalist::render {
namespace {

std::string small_chart(const std::string& format) {
  std::vector<Event> ev = {testing::make_event("a", "2023-02-21", {"A", "B"})};
  LayoutOptions o;
  o.title = "T";
  return draw_layout(layout_timeline(ev, o, graphviz_measure), format, 96);
}

TEST(RenderFileMeta, PngRecordsItsResolutionAndTitle) {
  std::string png = small_chart("png");
  EXPECT_EQ(png_dpi_of(png), 0);  // cairo writes none
  std::string with = png_with_metadata(png, 300, "China–Russia contacts");
  EXPECT_EQ(png_dpi_of(with), 300);
  EXPECT_EQ(png_title_of(with), "China–Russia contacts");
  // Written twice, the chunks are replaced, not repeated; the image data is untouched.
  std::string again = png_with_metadata(with, 150, "Other");
  EXPECT_EQ(png_dpi_of(again), 150);
  EXPECT_EQ(png_title_of(again), "Other");
  EXPECT_EQ(again.size(), with.size() - std::string("China–Russia contacts").size() + 5);
  EXPECT_EQ(again.substr(again.size() - 12), png.substr(png.size() - 12));  // IEND
  EXPECT_THROW(png_with_metadata("GIF89a", 96, ""), std::runtime_error);
}

TEST(RenderFileMeta, PdfTitleIsAValidIncrementalUpdate) {
  std::string pdf = small_chart("pdf");
  for (const std::string title : {"Plain (with) parens \\ backslash", "China–Russia 中俄"}) {
    std::string out = pdf_with_title(pdf, title);
    EXPECT_EQ(pdf_title_of(out), title);
    EXPECT_NE(pdf.find("/CreationDate"), std::string::npos);  // cairo stamps the time in...
    EXPECT_EQ(out.find("/CreationDate"), std::string::npos);  // ...which is blanked in place
    EXPECT_EQ(out.size() > pdf.size(), true);
    // The last startxref points at an xref section whose entry points at the Info object,
    // and the new trailer chains to the old one.
    std::size_t sx = out.rfind("startxref\n");
    std::size_t xref = std::stoul(out.substr(sx + 10));
    ASSERT_EQ(out.compare(xref, 5, "xref\n"), 0);
    std::smatch m;
    std::string section = out.substr(xref);
    ASSERT_TRUE(std::regex_search(section, m, std::regex(R"(xref\n(\d+) 1\n(\d{10}) 00000 n \n)")));
    std::size_t obj = std::stoul(m[2]);
    EXPECT_EQ(out.compare(obj, m[1].length() + 6, std::string(m[1]) + " 0 obj"), 0);
    EXPECT_NE(section.find("/Prev "), std::string::npos);
    EXPECT_NE(section.find("/Info " + std::string(m[1]) + " 0 R"), std::string::npos);
  }
  // The same chart gives the same bytes (cairo's wall-clock date is gone).
  EXPECT_EQ(pdf_with_title(pdf, "x"), pdf_with_title(small_chart("pdf"), "x"));
  EXPECT_THROW(pdf_with_title("%PDF-1.5 nothing", "x"), std::runtime_error);
}

}  // namespace
}  // namespace annalist::render
