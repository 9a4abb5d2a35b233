// PNG chunks (pHYs, iTXt) and a PDF incremental update for the Info dictionary.
#include "render/file_meta.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <regex>
#include <stdexcept>

#include "base/utf8.h"

namespace annalist::render {
namespace {

constexpr char kPngSignature[] = "\x89PNG\r\n\x1a\n";

std::uint32_t crc32(const std::string& bytes) {
  static const auto table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : bytes) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

std::string be32(std::uint32_t v) {
  return {char(v >> 24), char((v >> 16) & 0xFF), char((v >> 8) & 0xFF), char(v & 0xFF)};
}
std::uint32_t read_be32(const std::string& s, std::size_t at) {
  return std::uint32_t(static_cast<unsigned char>(s[at])) << 24 | std::uint32_t(static_cast<unsigned char>(s[at + 1])) << 16 |
         std::uint32_t(static_cast<unsigned char>(s[at + 2])) << 8 | std::uint32_t(static_cast<unsigned char>(s[at + 3]));
}

std::string chunk(const std::string& type, const std::string& data) {
  return be32(std::uint32_t(data.size())) + type + data + be32(crc32(type + data));
}

struct Chunk {
  std::size_t at, size;  // whole chunk: length, type, data, crc
  std::string type;
  std::string data;
};

std::vector<Chunk> chunks_of(const std::string& png) {
  if (png.compare(0, 8, std::string(kPngSignature, 8)) != 0) throw std::runtime_error("not a PNG file");
  std::vector<Chunk> out;
  std::size_t i = 8;
  while (i + 12 <= png.size()) {
    std::uint32_t n = read_be32(png, i);
    if (i + 12 + n > png.size()) throw std::runtime_error("truncated PNG chunk");
    out.push_back({i, 12 + std::size_t(n), png.substr(i + 4, 4), png.substr(i + 8, n)});
    i += 12 + n;
  }
  return out;
}

bool is_itxt_title(const Chunk& c) { return c.type == "iTXt" && c.data.compare(0, 6, std::string("Title\0", 6)) == 0; }

// PDF text string: a literal for printable ASCII, else UTF-16BE with a byte-order mark.
std::string pdf_string(const std::string& utf8) {
  bool ascii = true;
  for (unsigned char c : utf8) ascii = ascii && c >= 0x20 && c < 0x7f;
  if (ascii) {
    std::string out = "(";
    for (char c : utf8) {
      if (c == '(' || c == ')' || c == '\\') out += '\\';
      out += c;
    }
    return out + ")";
  }
  std::string hex = "<FEFF";
  char buf[8];
  std::size_t i = 0;
  while (i < utf8.size()) {
    char32_t cp = base::decode_utf8(utf8, i);
    if (cp < 0x20) cp = ' ';
    if (cp >= 0x10000) {
      cp -= 0x10000;
      std::snprintf(buf, sizeof buf, "%04X", unsigned(0xD800 + (cp >> 10)));
      hex += buf;
      std::snprintf(buf, sizeof buf, "%04X", unsigned(0xDC00 + (cp & 0x3FF)));
    } else {
      std::snprintf(buf, sizeof buf, "%04X", unsigned(cp));
    }
    hex += buf;
  }
  return hex + ">";
}

}  // namespace

std::string png_with_metadata(const std::string& png, int dpi, const std::string& title) {
  std::vector<Chunk> chunks = chunks_of(png);
  if (chunks.empty() || chunks[0].type != "IHDR") throw std::runtime_error("PNG without IHDR");
  std::string out(kPngSignature, 8);
  for (const auto& c : chunks) {
    if (c.type == "pHYs" || is_itxt_title(c)) continue;
    out.append(png, c.at, c.size);
    if (c.type == "IHDR") {
      std::uint32_t ppm = std::uint32_t(std::lround(dpi / 0.0254));
      out += chunk("pHYs", be32(ppm) + be32(ppm) + std::string(1, '\1'));
      if (!title.empty()) out += chunk("iTXt", std::string("Title\0\0\0\0\0", 10) + title);
    }
  }
  return out;
}

int png_dpi_of(const std::string& png) {
  for (const auto& c : chunks_of(png))
    if (c.type == "pHYs" && c.data.size() == 9 && c.data[8] == 1) return int(std::lround(read_be32(c.data, 0) * 0.0254));
  return 0;
}

std::string png_title_of(const std::string& png) {
  for (const auto& c : chunks_of(png))
    if (is_itxt_title(c) && c.data.size() >= 10) {
      // keyword\0 flag method language\0 translated\0 text
      std::size_t at = 8;
      at = c.data.find('\0', at) + 1;
      at = c.data.find('\0', at) + 1;
      return c.data.substr(at);
    }
  return "";
}

std::string pdf_with_title(const std::string& pdf, const std::string& title) {
  std::size_t sx = pdf.rfind("startxref");
  std::size_t tr = pdf.rfind("trailer");
  if (sx == std::string::npos || tr == std::string::npos || tr > sx)
    throw std::runtime_error("PDF without a classic trailer");
  std::string trailer = pdf.substr(tr, sx - tr);
  std::smatch m;
  long size = 0, root = -1, info = -1;
  if (std::regex_search(trailer, m, std::regex(R"(/Size\s+(\d+))"))) size = std::stol(m[1]);
  if (std::regex_search(trailer, m, std::regex(R"(/Root\s+(\d+)\s+0\s+R)"))) root = std::stol(m[1]);
  if (std::regex_search(trailer, m, std::regex(R"(/Info\s+(\d+)\s+0\s+R)"))) info = std::stol(m[1]);
  long prev = std::stol(pdf.substr(sx + 9));
  if (size <= 0 || root < 0) throw std::runtime_error("PDF trailer without /Size or /Root");

  std::string out = pdf;
  // cairo stamps the wall-clock time into the Info dictionary; blanking it in place (same
  // length, so every offset stays right) makes the file depend on the chart alone.
  for (std::size_t at = out.find("/CreationDate"); at != std::string::npos; at = out.find("/CreationDate", at)) {
    std::size_t close = out.find(')', at);
    if (close == std::string::npos) break;
    std::fill(out.begin() + long(at), out.begin() + long(close) + 1, ' ');
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
  long obj = info >= 0 ? info : size;
  long new_size = info >= 0 ? size : size + 1;
  std::size_t obj_at = out.size();
  out += std::to_string(obj) + " 0 obj\n<< /Title " + pdf_string(title) + " /Creator (annalist) >>\nendobj\n";
  std::size_t xref_at = out.size();
  char entry[32];
  std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", obj_at);
  out += "xref\n" + std::to_string(obj) + " 1\n" + entry;
  out += "trailer\n<< /Size " + std::to_string(new_size) + " /Root " + std::to_string(root) + " 0 R /Info " +
         std::to_string(obj) + " 0 R /Prev " + std::to_string(prev) + " >>\nstartxref\n" + std::to_string(xref_at) +
         "\n%%EOF\n";
  return out;
}

std::string pdf_title_of(const std::string& pdf) {
  std::size_t at = pdf.rfind("/Title");
  if (at == std::string::npos) return "";
  at += 6;
  while (at < pdf.size() && pdf[at] == ' ') ++at;
  std::string out;
  if (at < pdf.size() && pdf[at] == '(') {
    for (std::size_t i = at + 1; i < pdf.size() && pdf[i] != ')'; ++i) {
      if (pdf[i] == '\\' && i + 1 < pdf.size()) ++i;
      out += pdf[i];
    }
    return out;
  }
  if (pdf.compare(at, 5, "<FEFF") != 0) return "";
  std::size_t end = pdf.find('>', at);
  std::u32string cps;
  for (std::size_t i = at + 5; i + 4 <= end; i += 4) {
    unsigned v = unsigned(std::stoul(pdf.substr(i, 4), nullptr, 16));
    if (v >= 0xDC00 && v < 0xE000 && !cps.empty()) cps.back() = 0x10000 + ((cps.back() - 0xD800) << 10) + (v - 0xDC00);
    else cps.push_back(v);
  }
  for (char32_t c : cps) base::append_utf8(out, c);
  return out;
}

}  // namespace annalist::render
