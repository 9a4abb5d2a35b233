// annalist show: one event with every mention.
#include <iostream>

#include "base/errors.h"
#include "cli/command.h"
#include "cli/shared.h"
#include "export/exporters.h"
#include "store/store.h"

namespace annalist::cli {

Runner setup_show(CLI::App& app) {
  struct Args {
    std::string db, id;
  };
  auto a = std::make_shared<Args>();
  app.add_option("EVENT_ID", a->id, "event id as listed by 'annalist events'")->required();
  add_db_option(app, a->db);
  return [a]() {
    store::Store store = open_for_reading(a->db);
    auto e = store.event(a->id);
    if (!e) throw UsageError("no event '" + a->id + "' in " + a->db + " (see 'annalist events')");
    std::cout << exporter::show_event(*e);
    return 0;
  };
}

}  // namespace annalist::cli
