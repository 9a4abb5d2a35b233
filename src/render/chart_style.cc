// Colour, shape and precision class of events.
#include "render/chart_style.h"

#include <algorithm>
#include <cmath>

namespace annalist::render {
namespace {

// Colour and Graphviz shape of each event type, in EventType order.
struct TypeStyle {
  const char* color;
  const char* shape;
};
constexpr TypeStyle kTypeStyle[] = {
    {"#1f5fa8", "circle"},    // meeting
    {"#2a9d48", "diamond"},   // call
    {"#c0392b", "square"},    // visit
    {"#d98300", "hexagon"},   // summit
    {"#7b4fb0", "triangle"},  // statement
    {"#0f8b8d", "star"},      // agreement
};

}  // namespace

FontSizes FontSizes::scaled(double scale) {
  FontSizes f;
  if (!(scale > 0)) return f;
  for (double* size : {&f.title, &f.subtitle, &f.legend, &f.label_title, &f.label_date, &f.lane_name, &f.tick,
                       &f.panel, &f.panel_note})
    *size = std::max(4.0, std::round(*size * scale));
  return f;
}

std::string type_color(EventType t) { return kTypeStyle[static_cast<int>(t)].color; }

std::string type_shape(EventType t) { return kTypeStyle[static_cast<int>(t)].shape; }

Precision precision_of(const EventTime& t) {
  if (!t.interval) return Precision::kWindow;
  if (t.basis == DateBasis::kPublication) return Precision::kWindow;  // "on or before" that day
  if (t.granularity == Granularity::kDay && t.interval->days() == 1) return Precision::kExact;
  if (t.granularity == Granularity::kRange && t.mod.empty()) return Precision::kRange;
  if (t.granularity == Granularity::kUnknown && t.interval->days() == 1) return Precision::kExact;
  return Precision::kWindow;
}

std::string precision_word(Precision p) {
  switch (p) {
    case Precision::kExact:
      return "exact";
    case Precision::kRange:
      return "range";
    case Precision::kWindow:
      return "window";
  }
  return "window";
}

}  // namespace annalist::render
