// annalist tag: temporal expressions of one document, or of a JSONL stream (stateless mapper).
#include <cstdio>
#include <fstream>
#include <iostream>

#include "base/errors.h"
#include "base/memory.h"
#include "base/output.h"
#include "cli/command.h"
#include "cli/shared.h"
#include "doc/loader.h"
#include "pipeline/pipeline.h"
#include "timex/writers.h"

namespace annalist::cli {

Runner setup_tag(CLI::App& app) {
  struct Args {
    std::string file = "-", jsonl, dct, format = "json", manifest;
    bool explain = false, no_dateline = false;
  };
  auto a = std::make_shared<Args>();
  app.add_option("FILE", a->file, "document to tag (- for stdin)")->capture_default_str();
  app.add_option("--jsonl", a->jsonl,
                 "stream mode: one {\"id\",\"dct\",\"text\"} per input line -> one {\"id\",\"dct\",\"timexes\"} per output line")
      ->type_name("FILE|-");
  app.add_option("--dct", a->dct, "publication date (overrides the manifest, a JSONL \"dct\" and the dateline)")->type_name("YYYY-MM-DD");
  app.add_option("--manifest", a->manifest, "manifest CSV giving the publication date")->type_name("F");
  app.add_option("--format", a->format, "output format")->check(CLI::IsMember({"json", "timeml", "text"}))
      ->capture_default_str();
  app.add_flag("--no-dateline", a->no_dateline,
               "do not take the publication date from a dateline or byline in the text; without --dct, a "
               "manifest or a JSONL \"dct\", the date is then inferred from the content as an interval");
  app.add_flag("--explain", a->explain,
               "instead of the output format: each timex with the rules that matched at its first token, "
               "the span each matched and its captures");
  return [a]() {
    // Rules, buffers and caches then sit on a few large pages (see memory.h): start-up and a
    // stream of documents take a few page faults instead of hundreds.
    base::reserve_heap_on_huge_pages(std::size_t{16} << 20);
    // Never freed: the process ends with the command, and taking the rule tables apart again
    // cost more than tagging a short document.
    pipeline::Engine& engine = *new pipeline::Engine(pipeline::find_data_dir(global_options().data_dir));
    std::optional<Day> dct;
    if (!a->dct.empty()) dct = parse_day_option(a->dct, "--dct");
    // Output goes through one reused buffer written with fwrite in large blocks (the stream mode
    // writes a line per document; std::cout per line costs more than the JSON itself).
    std::string buf;
    auto flush = [&] {
      base::write_checked(stdout, buf.data(), buf.size(), "standard output");
      buf.clear();
    };
    auto write = [&](const Document& d) {
      if (a->explain) {
        std::vector<timex::Explanation> ex;
        auto t = engine.tagger().tag(d.text, d.dct, &ex);
        buf += timex::to_explain(d, t, ex);
      } else {
        auto t = engine.tag(d);
        if (a->format == "timeml") buf += timex::to_timeml(d, t);
        else if (a->format == "text") buf += timex::to_text(d, t);
        else {
          timex::append_json(d, t, buf);
          buf += '\n';
        }
      }
      if (buf.size() >= (1u << 16)) flush();
    };
    int status = 0;
    auto on_error = [&](const InputError& e) {
      flush();
      base::check_stdout();  // the good lines before a bad one are out before its message
      std::cerr << "annalist: error: " << e.what() << "\n";
      status = 2;
    };
    if (!a->jsonl.empty()) {
      // Unsynchronised, std::cin reads a block at a time instead of a character at a time through
      // stdio (output goes through fwrite and errors through std::cerr, which stays unbuffered).
      if (a->jsonl == "-") std::ios::sync_with_stdio(false);
      std::ifstream file;
      doc::read_jsonl_in_place(doc::open_stream(a->jsonl, file), a->jsonl, [&](Document& d) {
        // --dct first, then the line's own "dct" (SPEC's order), taken as given: a tagger corpus's DCT.
        engine.assign_dct(d, dct, nullptr, !a->no_dateline, /*reprints=*/false);
        engine.infer_dct(d);
        write(d);
      }, on_error);
      flush();
      return status;
    }
    std::optional<doc::Manifest> manifest;
    if (!a->manifest.empty()) manifest = doc::Manifest::read(a->manifest, on_error);
    doc::DiskFileSource disk;
    doc::read_documents(a->file, disk, [&](Document d) {
      engine.assign_dct(d, dct, manifest ? &*manifest : nullptr, !a->no_dateline);
      engine.infer_dct(d);
      write(d);
    }, on_error);
    flush();
    return status;
  };
}

}  // namespace annalist::cli
