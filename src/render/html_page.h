// The self-contained HTML chart page: SVG with pan and zoom, filters, sortable event table.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/types.h"
#include "render/layout.h"

namespace annalist::render {

/// One HTML file that needs no network: the chart as inline SVG (pan by dragging, zoom with the
/// buttons or Ctrl+wheel), filters by actor, type and status that hide markers, labels, bars and
/// table rows together, and a table of every event with its evidence, sortable by any column.
/// Every piece of event text is escaped for the context it lands in (HTML text, attribute, JSON
/// inside <script>). `document_urls` maps document ids to links for the table's source column.
std::string html_page(const Layout& layout, const std::vector<Event>& events, const std::string& title,
                      const std::map<std::string, std::string>& document_urls);

/// Escapes a string for a JSON string literal that sits inside an HTML <script> element:
/// quotes and backslashes, control characters, and < > & U+2028 U+2029 as \u escapes, so no
/// "</script>" or "<!--" can ever appear in the page's script text.
std::string script_json_string(const std::string& s);

}  // namespace annalist::render
