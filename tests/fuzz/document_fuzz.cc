// Fuzz target: one article file through the document loader (size, NUL, UTF-8, BOM checks).
#include "doc/loader.h"
#include "fuzz_common.h"

namespace {
class BytesSource : public annalist::doc::FileSource {
 public:
  explicit BytesSource(std::string bytes) : bytes_(std::move(bytes)) {}
  std::string read(const std::string&) const override { return bytes_; }

 private:
  std::string bytes_;
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > annalist::fuzz::kMaxInput) return 0;
  BytesSource files(annalist::fuzz::text_of(data, size));
  annalist::doc::read_documents("article.txt", files, [](annalist::Document) {}, [](const annalist::InputError&) {});
  return 0;
}
