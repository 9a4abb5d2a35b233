// annalist events: the merged events as an aligned table.
#include <iostream>

#include "base/errors.h"
#include "cli/command.h"
#include "cli/shared.h"
#include "export/exporters.h"
#include "store/store.h"

namespace annalist::cli {

Runner setup_events(CLI::App& app) {
  struct Args {
    std::string db;
    FilterArgs filter;
    bool ids = false;
  };
  auto a = std::make_shared<Args>();
  app.add_flag("--ids", a->ids, "print only the event ids, one a line (for scripts: annalist show ID)");
  add_db_option(app, a->db);
  add_filter_options(app, a->filter);
  return [a]() {
    Filter f = a->filter.to_filter();
    store::Store store = open_for_reading(a->db);
    auto events = store.events(f);
    if (a->ids)
      for (const auto& e : events) std::cout << e.id << "\n";
    else
      std::cout << exporter::events_table(events);
    return 0;
  };
}

}  // namespace annalist::cli
