// annalist extract: event mentions of a JSONL stream of documents (stateless map step).
#include <fstream>
#include <iostream>

#include "base/errors.h"
#include "base/output.h"
#include "base/hash.h"
#include "cli/command.h"
#include "doc/loader.h"
#include "export/mention_json.h"
#include "pipeline/pipeline.h"

namespace annalist::cli {

Runner setup_extract(CLI::App& app) {
  struct Args {
    std::string jsonl, dct;
  };
  auto a = std::make_shared<Args>();
  app.add_option("--jsonl", a->jsonl, "one {\"id\",\"dct\",\"text\"} per input line (- for stdin)")
      ->type_name("FILE|-")->required();
  app.add_option("--dct", a->dct, "publication date for every document (overrides a JSONL \"dct\" and the dateline)")->type_name("YYYY-MM-DD");
  return [a]() {
    pipeline::Engine engine(pipeline::find_data_dir(global_options().data_dir));
    std::optional<Day> dct;
    if (!a->dct.empty()) dct = parse_day_option(a->dct, "--dct");
    std::ifstream file;
    int status = 0;
    pipeline::Progress progress(std::cerr, -1, show_progress(), "documents");
    doc::read_jsonl_stream(doc::open_stream(a->jsonl, file), a->jsonl, [&](Document d) {
      d.content_hash = base::content_hash(d.text);
      auto timexes = engine.date_and_tag(d, dct, nullptr);  // --dct first, then the line's own "dct" (SPEC's order)
      std::cout << exporter::mentions_to_json(d, engine.extract(d, timexes)) << "\n";
      if (!std::cout) base::check_stdout();  // stop at a full disk or a closed pipe
      progress.tick();
    }, [&](const InputError& e) {
      progress.clear();  // the error starts on a clean line
      std::cerr << "annalist: error: " << e.what() << "\n";
      status = 2;
    });
    progress.finish();
    return status;
  };
}

}  // namespace annalist::cli
