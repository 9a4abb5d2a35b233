// annalist ingest: add documents (or mention JSON lines) to the store and re-merge events.
#include <iostream>

#include "base/errors.h"
#include "cli/command.h"
#include "cli/shared.h"
#include "pipeline/pipeline.h"

namespace annalist::cli {

Runner setup_ingest(CLI::App& app) {
  struct Args {
    std::vector<std::string> inputs;
    std::string manifest, dct, db;
    bool mentions = false;
  };
  auto a = std::make_shared<Args>();
  app.add_option("INPUT", a->inputs, "files, folders, - for stdin, .jsonl corpora")->required();
  app.add_option("--manifest", a->manifest, "manifest CSV file,published,source,title,url")->type_name("F");
  app.add_option("--dct", a->dct, "publication date for every input document")->type_name("YYYY-MM-DD");
  app.add_flag("--mentions", a->mentions, "INPUT are mention JSON lines written by 'annalist extract' (the reduce step)");
  add_db_option(app, a->db);
  return [a]() {
    store::Store store(a->db);
    pipeline::IngestSummary summary;
    pipeline::Engine engine(pipeline::find_data_dir(global_options().data_dir));
    if (a->mentions) {
      summary = pipeline::ingest_mentions(store, engine, a->inputs, std::cerr);
    } else {
      pipeline::IngestOptions options;
      options.manifest = resolve_manifest(a->manifest, a->inputs, false);
      if (!a->dct.empty()) options.dct = parse_day_option(a->dct, "--dct");
      options.progress = show_progress();
      summary = pipeline::ingest(store, engine, a->inputs, options, std::cerr);
    }
    notes() << summary.line() << "\n";
    return summary.failed() ? 2 : 0;
  };
}

}  // namespace annalist::cli
