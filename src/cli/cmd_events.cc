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
  };
  auto a = std::make_shared<Args>();
  add_db_option(app, a->db);
  add_filter_options(app, a->filter);
  return [a]() {
    Filter f = a->filter.to_filter();
    store::Store store = open_for_reading(a->db);
    std::cout << exporter::events_table(store.events(f));
    return 0;
  };
}

}  // namespace annalist::cli
