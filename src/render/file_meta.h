// What a published image file says about itself: a PNG's resolution and title, a PDF's title.
#pragma once
#include <string>

namespace annalist::render {

/// The PNG with a pHYs chunk (its resolution in pixels per metre, so page-layout programs place
/// it at its size) and an iTXt "Title" chunk (UTF-8), both right after IHDR; chunks of those
/// kinds already there are replaced. Throws std::runtime_error when `png` is not a PNG.
std::string png_with_metadata(const std::string& png, int dpi, const std::string& title);

/// The PDF with `title` as its document Title (and annalist as Creator), added as an
/// incremental update that replaces the Info dictionary; the creation date cairo stamps in is
/// blanked so that the same chart gives the same bytes. Throws std::runtime_error when `pdf`
/// has no classic trailer to update.
std::string pdf_with_title(const std::string& pdf, const std::string& title);

/// Reads back what png_with_metadata wrote: dots per inch (0 when absent) and the title.
int png_dpi_of(const std::string& png);
std::string png_title_of(const std::string& png);
/// Reads back the PDF's last /Title string (PDF escapes undone; UTF-16 with BOM decoded).
std::string pdf_title_of(const std::string& pdf);

}  // namespace annalist::render
