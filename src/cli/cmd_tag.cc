// annalist tag: temporal expressions of one document, or of a JSONL stream (stateless mapper).
#include <fstream>
#include <iostream>

#include "base/errors.h"
#include "cli/command.h"
#include "cli/shared.h"
#include "doc/loader.h"
#include "pipeline/pipeline.h"
#include "timex/writers.h"

namespace annalist::cli {

Runner setup_tag(CLI::App& app) {
  struct Args {
    std::string file = "-", jsonl, dct, format = "json", manifest;
  };
  auto a = std::make_shared<Args>();
  app.add_option("FILE", a->file, "document to tag (- for stdin)")->capture_default_str();
  app.add_option("--jsonl", a->jsonl,
                 "stream mode: one {\"id\",\"dct\",\"text\"} per input line -> one {\"id\",\"dct\",\"timexes\"} per output line")
      ->type_name("FILE|-");
  app.add_option("--dct", a->dct, "publication date (overrides the manifest and the dateline)")->type_name("YYYY-MM-DD");
  app.add_option("--manifest", a->manifest, "manifest CSV giving the publication date")->type_name("F");
  app.add_option("--format", a->format, "output format")->check(CLI::IsMember({"json", "timeml", "text"}))
      ->capture_default_str();
  return [a]() {
    pipeline::Engine engine(pipeline::find_data_dir(global_options().data_dir));
    std::optional<Day> dct;
    if (!a->dct.empty()) dct = parse_day_option(a->dct, "--dct");
    auto write = [&](const Document& d, const std::vector<Timex>& t) {
      if (a->format == "timeml") std::cout << timex::to_timeml(d, t);
      else if (a->format == "text") std::cout << timex::to_text(d, t);
      else std::cout << timex::to_json(d, t) << "\n";
    };
    int status = 0;
    auto on_error = [&](const InputError& e) {
      std::cerr << "annalist: error: " << e.what() << "\n";
      status = 2;
    };
    if (!a->jsonl.empty()) {
      std::ifstream file;
      std::istream* in = &std::cin;
      if (a->jsonl != "-") {
        file.open(a->jsonl, std::ios::binary);
        if (!file) throw InputError(a->jsonl, 0, "cannot open file for reading");
        in = &file;
      }
      doc::read_jsonl_stream(*in, a->jsonl, [&](Document d) {
        engine.assign_dct(d, dct, nullptr);
        write(d, engine.tag(d));
      }, on_error);
      return status;
    }
    std::optional<doc::Manifest> manifest;
    if (!a->manifest.empty()) manifest = doc::Manifest::read(a->manifest);
    doc::DiskFileSource disk;
    doc::read_documents(a->file, disk, [&](Document d) {
      engine.assign_dct(d, dct, manifest ? &*manifest : nullptr);
      write(d, engine.tag(d));
    }, on_error);
    return status;
  };
}

}  // namespace annalist::cli
