// Chart geometry: proportional axis, lanes, first-fit label tiers, overflow badges, undated panel.
#include "render/layout.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdint>
#include <set>

#include "base/strings.h"
#include "base/utf8.h"

namespace annalist::render {
namespace {

using date::days;
using date::year_month_day;

constexpr std::array<const char*, 12> kMonth = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Sizes in points. Chosen so 96-dpi PNGs read at 12 px body text.
constexpr double kMargin = 14;
constexpr double kMarker = 8;
// Whole points: Graphviz 2.43 reads POINT-SIZE of HTML labels as an integer.
constexpr double kTitleSize = 16, kSubtitleSize = 9, kLegendSize = 8;
constexpr double kLabelTitleSize = 9, kLabelDateSize = 7;
constexpr double kLaneNameSize = 9, kTickSize = 8, kPanelSize = 8, kPanelNoteSize = 7;
constexpr double kPadX = 3, kPadY = 2;
constexpr double kLabelGapX = 6;  // horizontal air between labels in one tier
constexpr double kTierGap = 3;    // vertical air between tiers
constexpr double kStemGap = 5;    // marker top to tier-0 label bottom
constexpr double kLaneTopPad = 6;
constexpr double kLaneBottomPad = 9;
constexpr double kBarHeight = 6;
constexpr double kDodgeGap = 1.5;           // between markers/bars sharing a row
constexpr double kDodgeStep = kMarker + 3;  // row pitch under the baseline
constexpr int kMaxDodgeRows = 4;
constexpr double kTargetTiers = 3;  // label density the automatic scale aims for

int year_of(Day d) { return int(year_month_day{d}.year()); }
unsigned month_of(Day d) { return unsigned(year_month_day{d}.month()); }
unsigned day_of(Day d) { return unsigned(year_month_day{d}.day()); }

// date.h years are astronomical (year 0 exists).
std::string year_name(int y) { return y > 0 ? std::to_string(y) : std::to_string(1 - y) + " BCE"; }

std::string day_name(Day d) {
  return std::to_string(day_of(d)) + " " + kMonth[month_of(d) - 1] + " " + year_name(year_of(d));
}
std::string month_name(Day d) { return std::string(kMonth[month_of(d) - 1]) + " " + year_name(year_of(d)); }

Day first_of_month(int y, unsigned m) { return date::sys_days{date::year{y} / date::month{m} / 1}; }
Day last_of_month(int y, unsigned m) { return date::sys_days{date::year{y} / date::month{m} / date::last}; }

std::string range_name(const DayInterval& iv) {
  if (iv.first == iv.last) return day_name(iv.first);
  int y1 = year_of(iv.first), y2 = year_of(iv.last);
  unsigned m1 = month_of(iv.first), m2 = month_of(iv.last);
  // Whole months and whole years read better by name.
  if (iv.first == first_of_month(y1, m1) && iv.last == last_of_month(y2, m2)) {
    if (y1 == y2 && m1 == 1 && m2 == 12) return year_name(y1);
    if (y1 == y2 && m1 == m2) return month_name(iv.first);
    if (y1 == y2) return std::string(kMonth[m1 - 1]) + "–" + kMonth[m2 - 1] + " " + year_name(y1);
    return month_name(iv.first) + " – " + month_name(iv.last);
  }
  if (y1 == y2 && m1 == m2) return std::to_string(day_of(iv.first)) + "–" + day_name(iv.last);
  if (y1 == y2) return std::to_string(day_of(iv.first)) + " " + kMonth[m1 - 1] + " – " + day_name(iv.last);
  return day_name(iv.first) + " – " + day_name(iv.last);
}

std::string mod_prefix(const std::string& mod) {
  if (mod == "START" || mod == "EARLY") return "early ";
  if (mod == "MID") return "mid ";
  if (mod == "END" || mod == "LATE") return "late ";
  if (mod == "APPROX") return "c. ";
  if (mod == "BEFORE" || mod == "LESS_THAN") return "before ";
  if (mod == "AFTER" || mod == "MORE_THAN") return "after ";
  if (mod == "ON_OR_BEFORE") return "by ";
  if (mod == "ON_OR_AFTER") return "from ";
  return "";
}

std::string truncate_cp(const std::string& s, std::size_t max_cp) {
  if (base::count_code_points(s) <= max_cp) return s;
  std::string out;
  std::size_t i = 0, n = 0;
  while (i < s.size() && n + 1 < max_cp) {
    std::size_t start = i;
    base::decode_utf8(s, i);
    out.append(s, start, i - start);
    ++n;
  }
  return std::string(base::trim(out)) + "…";
}

std::string event_title(const Event& e, std::size_t max_chars) {
  std::string t = base::collapse_whitespace(e.title);
  if (t.empty()) {
    t = std::string(to_string(e.type));
    if (!e.participants.empty()) t += ": " + base::join(e.participants, " – ");
  }
  return truncate_cp(t, max_chars);
}

std::string status_word(EventStatus s) { return std::string(to_string(s)); }

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

}  // namespace

std::string date_line(const Event& e) {
  std::string d = date_label(e.time);
  if (e.time.basis == DateBasis::kPublication) d = "by " + d;
  if (e.time.basis == DateBasis::kInferred) d += " (inferred)";
  if (e.status != EventStatus::kOccurred) d = status_word(e.status) + " · " + d;
  return d;
}

namespace {

std::string tooltip_of(const Event& e) {
  std::string when = e.time.dated() ? date_line(e) : undated_note(e.time);
  if (!e.time.dated() && e.status != EventStatus::kOccurred) when = status_word(e.status) + " · " + when;
  std::string t = when + " — " + std::string(to_string(e.type));
  t += "\n" + base::collapse_whitespace(e.title.empty() ? std::string(to_string(e.type)) : e.title);
  if (!e.participants.empty()) t += "\n" + base::join(e.participants, ", ");
  if (!e.location.empty()) t += "\nat " + e.location;
  if (!e.evidence.empty()) t += "\n“" + truncate_cp(base::collapse_whitespace(e.evidence), 300) + "”";
  if (e.sources > 0) t += "\n" + std::to_string(e.sources) + (e.sources == 1 ? " source" : " sources");
  return t;
}

std::string sanitize_id(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    out += ok ? c : '_';
  }
  return out;
}

std::string url_of(const Event& e, const LayoutOptions& o) {
  std::vector<std::string> docs = e.documents;
  for (const auto& m : e.mentions) docs.push_back(m.doc_id);
  for (const auto& d : docs) {
    auto it = o.document_urls.find(d);
    if (it != o.document_urls.end() && !it->second.empty()) return it->second;
  }
  return "";
}

// ---- lanes -------------------------------------------------------------------------------

struct LaneKey {
  std::string key;
  std::vector<std::string> lines;
};

std::vector<LaneKey> lane_keys(const Event& e, const std::string& mode) {
  if (mode == "type") {
    std::string t(to_string(e.type));
    return {{"type:" + t, {t}}};
  }
  if (e.participants.empty()) return {{"none", {"(no participants)"}}};
  if (mode == "actor") {
    std::vector<LaneKey> out;
    for (const auto& p : e.participants) out.push_back({"actor:" + p, {p}});
    return out;
  }
  const auto& p = e.participants;
  if (p.size() == 1) return {{"pair:" + p[0], {p[0]}}};
  if (p.size() == 2) return {{"pair:" + p[0] + "|" + p[1], {p[0] + " –", p[1]}}};
  if (p.size() == 3) return {{"pair:" + base::join(p, "|"), {p[0] + " –", p[1] + " –", p[2]}}};
  return {{"pair:" + base::join(p, "|"),
           {p[0] + " –", p[1] + " –", "+" + std::to_string(p.size() - 2) + " more"}}};
}

// ---- ticks -------------------------------------------------------------------------------

enum class Unit { kDay, kWeek, kMonth, kQuarter, kYear, kYears };

struct TickUnit {
  Unit unit;
  int step;  // years for kYears
  double approx_days() const {
    switch (unit) {
      case Unit::kDay:
        return 1;
      case Unit::kWeek:
        return 7;
      case Unit::kMonth:
        return 30.44;
      case Unit::kQuarter:
        return 91.3;
      case Unit::kYear:
        return 365.25;
      case Unit::kYears:
        return 365.25 * step;
    }
    return 1;
  }
};

const std::vector<TickUnit>& tick_units() {
  static const std::vector<TickUnit> u = {
      {Unit::kDay, 1},     {Unit::kWeek, 1},    {Unit::kMonth, 1},   {Unit::kQuarter, 1}, {Unit::kYear, 1},
      {Unit::kYears, 2},   {Unit::kYears, 5},   {Unit::kYears, 10},  {Unit::kYears, 20},  {Unit::kYears, 50},
      {Unit::kYears, 100}, {Unit::kYears, 200}, {Unit::kYears, 500}, {Unit::kYears, 1000}};
  return u;
}

int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

Day floor_to(Day d, const TickUnit& u) {
  int y = year_of(d);
  unsigned m = month_of(d);
  switch (u.unit) {
    case Unit::kDay:
      return d;
    case Unit::kWeek: {
      date::weekday wd{d};
      return d - (wd - date::Monday);
    }
    case Unit::kMonth:
      return first_of_month(y, m);
    case Unit::kQuarter:
      return first_of_month(y, (m - 1) / 3 * 3 + 1);
    case Unit::kYear:
      return first_of_month(y, 1);
    case Unit::kYears:
      return first_of_month(floor_div(y, u.step) * u.step, 1);
  }
  return d;
}

Day next_of(Day d, const TickUnit& u) {
  year_month_day ymd{d};
  switch (u.unit) {
    case Unit::kDay:
      return d + days{1};
    case Unit::kWeek:
      return d + days{7};
    case Unit::kMonth:
      return date::sys_days{ymd + date::months{1}};
    case Unit::kQuarter:
      return date::sys_days{ymd + date::months{3}};
    case Unit::kYear:
      return date::sys_days{ymd + date::years{1}};
    case Unit::kYears:
      return date::sys_days{ymd + date::years{u.step}};
  }
  return d + days{1};
}

std::string tick_label(Day d, const TickUnit& u, bool with_year) {
  switch (u.unit) {
    case Unit::kDay:
    case Unit::kWeek:
      return with_year ? day_name(d) : std::to_string(day_of(d)) + " " + kMonth[month_of(d) - 1];
    case Unit::kMonth:
      return with_year ? month_name(d) : kMonth[month_of(d) - 1];
    case Unit::kQuarter: {
      std::string q = "Q" + std::to_string((month_of(d) - 1) / 3 + 1);
      return with_year ? q + " " + year_name(year_of(d)) : q;
    }
    case Unit::kYear:
    case Unit::kYears:
      return year_name(year_of(d));
  }
  return "";
}

// Finer unit for minor ticks, if one fits.
std::optional<TickUnit> minor_of(const TickUnit& major, double ppd) {
  auto fits = [&](const TickUnit& u) { return u.approx_days() * ppd >= 6; };
  switch (major.unit) {
    case Unit::kDay:
      return std::nullopt;
    case Unit::kWeek:
      return fits({Unit::kDay, 1}) ? std::optional<TickUnit>({Unit::kDay, 1}) : std::nullopt;
    case Unit::kMonth:
      return std::nullopt;
    case Unit::kQuarter:
      return fits({Unit::kMonth, 1}) ? std::optional<TickUnit>({Unit::kMonth, 1}) : std::nullopt;
    case Unit::kYear:
      if (fits({Unit::kMonth, 1})) return TickUnit{Unit::kMonth, 1};
      if (fits({Unit::kQuarter, 1})) return TickUnit{Unit::kQuarter, 1};
      return std::nullopt;
    case Unit::kYears: {
      TickUnit y{Unit::kYear, 1};
      if (major.step <= 20 && fits(y)) return y;
      TickUnit dec{Unit::kYears, major.step / 10};
      if (major.step >= 20 && dec.step >= 1 && fits(dec)) return dec;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// ---- measuring cache -----------------------------------------------------------------------

class Measurer {
 public:
  explicit Measurer(const MeasureFn& fn) : fn_(fn) {}
  void want(const TextRun& r) {
    if (!cache_.count(r)) pending_.insert(r);
  }
  void flush() {
    if (pending_.empty()) return;
    std::vector<TextRun> runs(pending_.begin(), pending_.end());
    std::vector<TextSize> sizes = fn_(runs);
    for (std::size_t i = 0; i < runs.size(); ++i) cache_[runs[i]] = i < sizes.size() ? sizes[i] : TextSize{};
    pending_.clear();
  }
  TextSize get(const TextRun& r) {
    auto it = cache_.find(r);
    if (it == cache_.end()) {
      want(r);
      flush();
      it = cache_.find(r);
    }
    return it->second;
  }
  TextSize get(const std::string& t, double size, bool bold = false) { return get(TextRun{t, size, bold}); }

 private:
  const MeasureFn& fn_;
  std::map<TextRun, TextSize> cache_;
  std::set<TextRun> pending_;
};

// ---- per-lane working state -------------------------------------------------------------------

struct Group {
  std::vector<std::size_t> events;
  DayInterval iv;
};

struct PendingLabel {
  std::size_t marker;
  double x_left, w, h;
  bool flipped;
  std::string date_line;
  std::vector<std::string> titles;
  bool struck;
};

struct LaneWork {
  LaneKey key;
  Day first_day;
  std::vector<std::size_t> events;
  std::vector<Group> groups;
};

}  // namespace

// ---- public helpers -------------------------------------------------------------------------

std::vector<TextSize> fixed_width_measure(const std::vector<TextRun>& runs) {
  std::vector<TextSize> out;
  out.reserve(runs.size());
  for (const auto& r : runs)
    out.push_back(
        {0.6 * r.size * double(base::count_code_points(r.text)) * (r.bold ? 1.1 : 1.0), 1.25 * r.size});
  return out;
}

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

std::string type_color(EventType t) { return kTypeStyle[static_cast<int>(t)].color; }

std::string type_shape(EventType t) { return kTypeStyle[static_cast<int>(t)].shape; }

std::string date_label(const EventTime& t) {
  if (!t.interval) return "";
  const DayInterval& iv = *t.interval;
  const std::string pre = mod_prefix(t.mod);
  const std::string& v = t.value;
  int y = year_of(iv.first);
  switch (t.granularity) {
    case Granularity::kDay:
      return iv.days() == 1 ? pre + day_name(iv.first) : pre + range_name(iv);
    case Granularity::kWeek:
      return pre + "week of " + day_name(iv.first);
    case Granularity::kMonth:
      return pre + month_name(iv.first);
    case Granularity::kSeason: {
      if (v.size() == 7 && v[4] == '-') {
        std::string s = v.substr(5), y4 = v.substr(0, 4);
        const char* name = s == "SP"   ? "spring"
                           : s == "SU" ? "summer"
                           : s == "FA" ? "autumn"
                           : s == "WI" ? "winter"
                                       : nullptr;
        if (name) return pre + name + " " + y4;
      }
      return pre + range_name(iv);
    }
    case Granularity::kQuarter:
      if (v.size() == 7 && v[4] == '-' && v[5] == 'Q') return pre + "Q" + v.substr(6) + " " + v.substr(0, 4);
      return pre + range_name(iv);
    case Granularity::kYear:
      return pre + year_name(y);
    case Granularity::kDecade:
      return pre + year_name(floor_div(y, 10) * 10) + "s";
    case Granularity::kCentury:
      return pre + year_name(floor_div(y, 100) * 100) + "s";
    case Granularity::kRange:
      if (v.size() == 7 && v[4] == '-' && v[5] == 'H') return pre + "H" + v.substr(6) + " " + v.substr(0, 4);
      return pre + range_name(iv);
    case Granularity::kUnknown:
      return pre + range_name(iv);
  }
  return range_name(iv);
}

std::string undated_note(const EventTime& t) {
  const std::string& v = t.value;
  std::string pre = mod_prefix(t.mod);
  if (v.size() >= 7 && v.compare(0, 5, "XXXX-") == 0 && std::isdigit(static_cast<unsigned char>(v[5])) &&
      std::isdigit(static_cast<unsigned char>(v[6]))) {
    int m = (v[5] - '0') * 10 + (v[6] - '0');
    if (m >= 1 && m <= 12) {
      std::string s = pre + kMonth[m - 1];
      if (v.size() >= 10 && std::isdigit(static_cast<unsigned char>(v[8])))
        s = pre + std::to_string(std::stoi(v.substr(8, 2))) + " " + kMonth[m - 1];
      return s + ", year unknown";
    }
  }
  std::string tt = base::collapse_whitespace(t.timex_text);
  if (!tt.empty()) return "“" + truncate_cp(tt, 40) + "”, not resolvable";
  return "date unknown";
}

double Layout::x_of(Day d) const { return plot.x + double((d - axis_first).count()) * points_per_day; }

// ---- the layout -----------------------------------------------------------------------------

Layout layout_timeline(const std::vector<Event>& events, const LayoutOptions& o, const MeasureFn& fn) {
  Layout L;
  Measurer ms(fn);
  const int max_tiers = std::max(1, o.max_tiers);

  // Lanes from dated events, in order of their first event (ties by key for determinism).
  std::map<std::string, LaneWork> by_key;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    if (!e.time.dated()) {
      L.undated.push_back(i);
      continue;
    }
    ++L.dated_count;
    for (auto& k : lane_keys(e, o.lanes)) {
      auto it = by_key.find(k.key);
      if (it == by_key.end()) it = by_key.emplace(k.key, LaneWork{k, e.time.interval->first, {}, {}}).first;
      it->second.first_day = std::min(it->second.first_day, e.time.interval->first);
      it->second.events.push_back(i);
    }
  }
  std::vector<LaneWork> lanes;
  for (auto& kv : by_key) lanes.push_back(std::move(kv.second));
  std::stable_sort(lanes.begin(), lanes.end(), [](const LaneWork& a, const LaneWork& b) {
    return a.first_day != b.first_day ? a.first_day < b.first_day : a.key.key < b.key.key;
  });

  // Same-window events of one lane become one group (one marker, one label).
  for (auto& lw : lanes) {
    std::map<std::pair<Day, Day>, std::vector<std::size_t>> g;
    for (std::size_t i : lw.events)
      g[{events[i].time.interval->first, events[i].time.interval->last}].push_back(i);
    for (auto& kv : g) {
      auto ev = kv.second;
      std::stable_sort(ev.begin(), ev.end(), [&](std::size_t a, std::size_t b) {
        const Event &x = events[a], &y = events[b];
        if (x.status != y.status) return x.status < y.status;
        if (x.type != y.type) return x.type < y.type;
        return x.id < y.id;
      });
      lw.groups.push_back({ev, {kv.first.first, kv.first.second}});
    }
  }

  // Label texts, measured in one batch.
  struct LabelText {
    std::string date_line;
    std::vector<std::string> titles;
  };
  std::vector<std::vector<LabelText>> texts(lanes.size());
  for (std::size_t li = 0; li < lanes.size(); ++li) {
    for (const auto& g : lanes[li].groups) {
      LabelText t;
      const Event& lead = events[g.events.front()];
      t.date_line = date_line(lead);
      std::size_t shown = std::min<std::size_t>(g.events.size(), std::max(1, o.max_group_lines));
      if (g.events.size() > shown) shown = std::max<std::size_t>(1, shown - 1);
      for (std::size_t k = 0; k < shown; ++k)
        t.titles.push_back(event_title(events[g.events[k]], o.max_title_chars));
      if (g.events.size() > shown)
        t.titles.push_back("+" + std::to_string(g.events.size() - shown) + " more");
      for (const auto& s : t.titles) ms.want({s, kLabelTitleSize, false});
      ms.want({t.date_line, kLabelDateSize, false});
      texts[li].push_back(std::move(t));
    }
    for (const auto& line : lanes[li].key.lines) ms.want({truncate_cp(line, 34), kLaneNameSize, false});
  }
  for (const char* s : {"+9 more", "+99 more", "+999 more", "+9999 more"})
    ms.want({s, kLabelDateSize, false});
  ms.flush();

  auto label_size = [&](const LabelText& t) {
    TextSize d = ms.get(t.date_line, kLabelDateSize);
    double w = d.w, h = d.h;
    for (const auto& s : t.titles) {
      TextSize z = ms.get(s, kLabelTitleSize);
      w = std::max(w, z.w);
      h += z.h;
    }
    return TextSize{w + 2 * kPadX, h + 2 * kPadY};
  };

  // ---- axis scale ----
  Day lo{}, hi{};
  bool any = false;
  for (const auto& lw : lanes)
    for (const auto& g : lw.groups) {
      if (!any || g.iv.first < lo) lo = g.iv.first;
      if (!any || g.iv.last > hi) hi = g.iv.last;
      any = true;
    }
  if (!any) {
    lo = first_of_month(2000, 1);
    hi = lo;
  }
  const Day data_lo = lo, data_hi = hi;
  if ((hi - lo).count() < 14) {
    Day mid = lo + (hi - lo) / 2;
    lo = mid - days{7};
    hi = mid + days{7};
  }
  double plot_w;
  if (o.points_per_day > 0) {
    plot_w = o.points_per_day * double((hi - lo).count() + 1);
  } else {
    double need = 0;
    for (std::size_t li = 0; li < lanes.size(); ++li) {
      double sum = 0;
      for (const auto& t : texts[li]) sum += label_size(t).w + kLabelGapX;
      need = std::max(need, sum / kTargetTiers);
    }
    plot_w = std::clamp(need, o.min_plot_width, std::max(o.min_plot_width, o.max_plot_width));
  }
  if (!any) plot_w = 300;  // just room for the "No dated events" note
  double ppd = plot_w / double((hi - lo).count() + 1);

  // Major tick unit: the finest whose spacing leaves room for its widest label.
  TickUnit major = tick_units().back();
  for (const auto& u : tick_units()) {
    Day sample = first_of_month(2023, 9) + days{27};
    double lw = ms.get(tick_label(sample, u, true), kTickSize).w;
    if (u.approx_days() * ppd >= lw + 14) {
      major = u;
      break;
    }
  }
  L.axis_first = floor_to(lo, major);
  Day end = floor_to(hi, major);
  if (end <= hi) end = next_of(end, major);
  L.axis_last = end - days{1};
  if (o.points_per_day > 0) {
    ppd = o.points_per_day;
  } else {
    ppd = plot_w / double((L.axis_last - L.axis_first).count() + 1);
  }
  L.points_per_day = ppd;

  // ---- header ----
  double y = kMargin;
  TextItem title;
  const std::string title_text = truncate_cp(o.title, 120);
  title.lines = {title_text};
  title.size = kTitleSize;
  title.bold = true;
  title.color = "#111111";
  title.cls = "title";
  TextSize ts = ms.get(title_text, kTitleSize, true);
  title.box = {kMargin, y, ts.w, ts.h};
  L.texts.push_back(title);
  y += ts.h + 2;

  std::string sub = std::to_string(events.size()) + (events.size() == 1 ? " event" : " events") + " · " +
                    std::to_string(L.dated_count) + " dated";
  if (L.dated_count) {
    sub += " (" + year_name(year_of(data_lo));
    if (year_of(data_hi) != year_of(data_lo)) sub += "–" + year_name(year_of(data_hi));
    sub += ")";
  }
  sub += " · " + std::to_string(L.undated.size()) + " undated · lanes by " +
         (o.lanes == "actor"  ? "actor"
          : o.lanes == "type" ? "event type"
                              : "actor pair") +
         " · position = date (midpoint of uncertain windows)";
  TextSize ss = ms.get(sub, kSubtitleSize);
  L.texts.push_back(
      {{kMargin, y, ss.w, ss.h}, {sub}, kSubtitleSize, false, TextItem::kLeft, "#5a6270", "", "subtitle"});
  y += ss.h + 6;

  // Legend: one glyph per type, then the key to fills and outlines.
  {
    double x = kMargin;
    double row_h = std::max(kMarker + 4, ms.get("meeting", kLegendSize).h);
    // A legend label at x, vertically centred in the row; x moves past it and a gap.
    auto legend_label = [&](double& x, const std::string& text) {
      TextSize z = ms.get(text, kLegendSize);
      L.texts.push_back({{x, y + (row_h - z.h) / 2, z.w, z.h},
                         {text},
                         kLegendSize,
                         false,
                         TextItem::kLeft,
                         "#333333",
                         "",
                         "legend"});
      x += z.w + 12;
    };
    for (int t = 0; t < 6; ++t) {
      EventType et = static_cast<EventType>(t);
      Glyph g;
      g.x = x + kMarker / 2;
      g.y = y + row_h / 2;
      g.type = et;
      g.cls = "legend";
      L.glyphs.push_back(g);
      x += kMarker + 3;
      legend_label(x, std::string(to_string(et)));
    }
    // Status/precision key with sample glyphs.
    struct KeyItem {
      Precision p;
      bool planned, struck;
      const char* text;
    };
    const KeyItem keys[] = {{Precision::kExact, false, false, "exact day"},
                            {Precision::kWindow, false, false, "approximate (bar = possible window)"},
                            {Precision::kRange, false, false, "known multi-day range"},
                            {Precision::kExact, true, false, "planned"},
                            {Precision::kExact, false, true, "cancelled / denied"}};
    x += 10;
    for (const auto& k : keys) {
      double bx = x;
      if (k.p != Precision::kExact) {
        Bar b;
        b.rect = {x, y + row_h / 2 - kBarHeight / 2, 26, kBarHeight};
        b.type = EventType::kMeeting;
        b.window = k.p == Precision::kWindow;
        b.marker = SIZE_MAX;
        L.bars.push_back(b);
        bx = x + 13 - kMarker / 2;
        x += 26 - kMarker;
      }
      Glyph g;
      g.x = bx + kMarker / 2;
      g.y = y + row_h / 2;
      g.precision = k.p;
      g.planned = k.planned;
      g.struck = k.struck;
      g.cls = "legend";
      L.glyphs.push_back(g);
      x += kMarker + 3;
      legend_label(x, k.text);
    }
    y += row_h + 6;
  }

  // Era captions sit in their own row above the lanes.
  double gutter = 60;
  for (const auto& lw : lanes)
    for (const auto& line : lw.key.lines)
      gutter = std::max(gutter, ms.get(truncate_cp(line, 34), kLaneNameSize).w);
  gutter = std::min(gutter, 220.0);
  double plot_x = kMargin + gutter + 12;
  L.plot.x = plot_x;
  L.plot.w = double((L.axis_last - L.axis_first).count() + 1) * ppd;
  if (!o.eras.empty()) y += ms.get("Era", kLegendSize).h + 2;
  double lanes_top = y;

  // ---- markers, bars, labels per lane ----
  double content_right = L.plot.right();
  std::set<std::string> used_ids;
  auto unique_id = [&](std::string base) {
    std::string id = base;
    for (int k = 2; used_ids.count(id); ++k) id = base + "-" + std::to_string(k);
    used_ids.insert(id);
    return id;
  };

  for (std::size_t li = 0; li < lanes.size(); ++li) {
    LaneWork& lw = lanes[li];
    Lane lane;
    lane.key = lw.key.key;
    for (const auto& line : lw.key.lines) lane.name_lines.push_back(truncate_cp(line, 34));

    std::size_t first_marker = L.markers.size();
    std::vector<PendingLabel> pending;
    for (std::size_t gi = 0; gi < lw.groups.size(); ++gi) {
      const Group& g = lw.groups[gi];
      const Event& lead = events[g.events.front()];
      Marker m;
      m.events = g.events;
      m.lane = li;
      double x0 = plot_x + double((g.iv.first - L.axis_first).count()) * ppd;
      double x1 = plot_x + double((g.iv.last + days{1} - L.axis_first).count()) * ppd;
      m.x = (x0 + x1) / 2;
      m.type = lead.type;
      m.precision = precision_of(lead.time);
      m.planned = lead.status == EventStatus::kPlanned;
      m.struck = lead.status == EventStatus::kCancelled || lead.status == EventStatus::kDenied;
      m.id = unique_id("ev-" + (lead.id.empty() ? std::to_string(g.events.front()) : sanitize_id(lead.id)));
      std::set<std::string> types;
      for (std::size_t i : g.events) types.insert(std::string(to_string(events[i].type)));
      m.cls = "event " + std::string(to_string(lead.type));
      for (const auto& t : types)
        if (t != to_string(lead.type)) m.cls += " " + t;
      m.cls +=
          " " + status_word(lead.status) + " " + precision_word(m.precision) + " lane" + std::to_string(li);
      if (g.events.size() > 1) m.cls += " group";
      for (std::size_t k = 0; k < g.events.size(); ++k) {
        if (k) m.tooltip += "\n\n";
        m.tooltip += tooltip_of(events[g.events[k]]);
      }
      m.url = url_of(lead, o);
      if (m.precision != Precision::kExact) {
        Bar b;
        b.rect = {x0, 0, std::max(1.0, x1 - x0), kBarHeight};
        b.type = lead.type;
        b.window = m.precision == Precision::kWindow;
        b.marker = L.markers.size();
        L.bars.push_back(b);
      }
      TextSize sz = label_size(texts[li][gi]);
      PendingLabel p{L.markers.size(),     m.x,     sz.w, sz.h, false, texts[li][gi].date_line,
                     texts[li][gi].titles, m.struck};
      // Labels that would run far past the axis end hang to the left of their stem instead.
      if (m.x + sz.w > L.plot.right() + 150 && m.x - sz.w >= plot_x) {
        p.flipped = true;
        p.x_left = m.x - sz.w;
      }
      pending.push_back(p);
      L.markers.push_back(m);
    }

    // First-fit tiers in order of left edge (optimal for interval colouring).
    std::vector<std::size_t> order(pending.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return pending[a].x_left < pending[b].x_left; });
    std::vector<double> tier_right;
    std::vector<double> tier_h;
    std::vector<int> tier_of(pending.size(), -1);
    std::vector<std::size_t> hidden;
    for (std::size_t k : order) {
      const PendingLabel& p = pending[k];
      int t = 0;
      while (t < int(tier_right.size()) && tier_right[t] + kLabelGapX > p.x_left) ++t;
      if (t >= max_tiers) {
        hidden.push_back(p.marker);
        continue;
      }
      if (t == int(tier_right.size())) {
        tier_right.push_back(0);
        tier_h.push_back(0);
      }
      tier_right[t] = p.x_left + p.w;
      tier_h[t] = std::max(tier_h[t], p.h);
      tier_of[k] = t;
    }
    lane.tiers = int(tier_right.size());

    // Overflow badges in a row under the baseline, merged while they would touch.
    std::sort(hidden.begin(), hidden.end(),
              [&](std::size_t a, std::size_t b) { return L.markers[a].x < L.markers[b].x; });
    struct Badge {
      double x;
      std::vector<std::size_t> markers;
      std::size_t n_events = 0;
    };
    std::vector<Badge> badges;
    auto badge_w = [&](std::size_t n) {
      std::string probe = "+" + std::string(std::to_string(n).size(), '9') + " more";
      return ms.get(probe, kLabelDateSize).w + 2 * kPadX;
    };
    for (std::size_t mi : hidden) {
      const Marker& m = L.markers[mi];
      if (!badges.empty() && m.x < badges.back().x + badge_w(badges.back().n_events) + kLabelGapX) {
        badges.back().markers.push_back(mi);
        badges.back().n_events += m.events.size();
      } else {
        badges.push_back({m.x - 2, {mi}, m.events.size()});
      }
    }
    double badge_h = ms.get("+9 more", kLabelDateSize).h + 2;

    // Markers (with their bars) that would cover each other move down into extra rows under the
    // baseline; x stays the date. First fit again, with a small cap beyond which they overlap.
    std::map<std::size_t, std::size_t> bar_of;
    for (std::size_t bi = 0; bi < L.bars.size(); ++bi)
      if (L.bars[bi].marker != SIZE_MAX && L.bars[bi].marker >= first_marker) bar_of[L.bars[bi].marker] = bi;
    std::vector<int> row_of(L.markers.size() - first_marker, 0);
    {
      struct Extent {
        double l, r;
        std::size_t k;
      };
      std::vector<Extent> ext;
      for (std::size_t mi = first_marker; mi < L.markers.size(); ++mi) {
        const Marker& m = L.markers[mi];
        double l = m.x - m.size / 2, r = m.x + m.size / 2;
        if (auto it = bar_of.find(mi); it != bar_of.end()) {
          l = std::min(l, L.bars[it->second].rect.x);
          r = std::max(r, L.bars[it->second].rect.right());
        }
        ext.push_back({l, r, mi - first_marker});
      }
      std::stable_sort(ext.begin(), ext.end(), [](const Extent& a, const Extent& b) { return a.l < b.l; });
      std::vector<double> row_right;
      for (const auto& e : ext) {
        int r = 0;
        while (r < int(row_right.size()) && row_right[r] + kDodgeGap > e.l) ++r;
        if (r >= kMaxDodgeRows) {
          r = int(std::min_element(row_right.begin(), row_right.end()) - row_right.begin());
        } else if (r == int(row_right.size())) {
          row_right.push_back(-1e18);
        }
        row_right[r] = std::max(row_right[r], e.r);
        row_of[e.k] = r;
      }
    }
    int dodge_rows = 1;
    for (int r : row_of) dodge_rows = std::max(dodge_rows, r + 1);
    const double rows_extra = (dodge_rows - 1) * kDodgeStep;

    // Vertical geometry of the lane (y down from the lane top).
    double tiers_h = 0;
    for (double h : tier_h) tiers_h += h + kTierGap;
    double above = kLaneTopPad + tiers_h + kStemGap + kMarker / 2;
    double below = kMarker / 2 + rows_extra + kLaneBottomPad + (badges.empty() ? 0 : badge_h + 2);
    double name_h = 0;
    for (const auto& line : lane.name_lines) name_h += ms.get(line, kLaneNameSize).h;
    double lane_h = std::max({above + below, name_h + 12, 34.0});
    above = lane_h - below;
    lane.rect = {kMargin, y, 0, lane_h};
    lane.baseline = y + above;

    for (std::size_t mi = first_marker; mi < L.markers.size(); ++mi)
      L.markers[mi].y = lane.baseline + row_of[mi - first_marker] * kDodgeStep;
    for (const auto& [mi, bi] : bar_of) L.bars[bi].rect.y = L.markers[mi].y - kBarHeight / 2;

    std::vector<double> tier_bottom(tier_h.size());
    double yb = lane.baseline - kMarker / 2 - kStemGap;
    for (std::size_t t = 0; t < tier_h.size(); ++t) {
      tier_bottom[t] = yb;
      yb -= tier_h[t] + kTierGap;
    }
    for (std::size_t k = 0; k < pending.size(); ++k) {
      if (tier_of[k] < 0) continue;
      const PendingLabel& p = pending[k];
      Label lab;
      lab.marker = p.marker;
      lab.tier = tier_of[k];
      lab.box = {p.x_left, tier_bottom[lab.tier] - p.h, p.w, p.h};
      lab.date_line = p.date_line;
      lab.title_lines = p.titles;
      lab.struck = p.struck;
      lab.stem_x = L.markers[p.marker].x;
      lab.stem_top = lab.box.bottom();
      lab.stem_bottom = L.markers[p.marker].y - kMarker / 2;
      L.markers[p.marker].label = L.labels.size();
      content_right = std::max(content_right, lab.box.right());
      L.labels.push_back(std::move(lab));
    }
    for (const auto& b : badges) {
      Overflow ov;
      ov.lane = li;
      ov.text = "+" + std::to_string(b.n_events) + " more";
      double w = ms.get(ov.text, kLabelDateSize).w + 2 * kPadX;
      ov.box = {b.x, lane.baseline + rows_extra + kMarker / 2 + 3, w, badge_h};
      for (std::size_t mi : b.markers) {
        for (std::size_t ei : L.markers[mi].events) {
          ov.events.push_back(ei);
          if (!ov.tooltip.empty()) ov.tooltip += "\n";
          ov.tooltip += date_line(events[ei]) + " — " + event_title(events[ei], o.max_title_chars);
        }
      }
      content_right = std::max(content_right, ov.box.right());
      L.overflows.push_back(std::move(ov));
    }
    y += lane_h;
    L.lanes.push_back(std::move(lane));
  }
  if (lanes.empty()) y += 40;
  L.plot.y = lanes_top;
  L.plot.h = y - lanes_top;
  L.axis_y = y;
  double lanes_right = content_right + 10;
  for (auto& lane : L.lanes) lane.rect.w = lanes_right - lane.rect.x;

  // Lane names, right-aligned in the gutter and centred on the lane.
  for (const auto& lane : L.lanes) {
    double h = 0, w = 0;
    for (const auto& line : lane.name_lines) {
      TextSize z = ms.get(line, kLaneNameSize);
      h += z.h;
      w = std::max(w, z.w);
    }
    double top = lane.baseline - h / 2 - 4;
    top = std::clamp(top, lane.rect.y + 2, lane.rect.bottom() - h - 2);
    L.texts.push_back({{plot_x - 10 - w, top, w, h},
                       lane.name_lines,
                       kLaneNameSize,
                       false,
                       TextItem::kRight,
                       "#222222",
                       "",
                       "lane-name"});
  }

  // ---- ticks ---- (none without a dated event: an axis around a made-up date would mislead)
  if (L.dated_count == 0) {
    std::string note = "No dated events";
    TextSize z = ms.get(note, kLaneNameSize);
    L.texts.push_back({{L.plot.x + 8, L.plot.y + (L.plot.h - z.h) / 2, z.w, z.h},
                       {note},
                       kLaneNameSize,
                       false,
                       TextItem::kLeft,
                       "#5a6270",
                       "",
                       "empty"});
  } else {
    std::vector<Tick> majors;
    int last_year = INT32_MIN;
    double last_right = -1e9;
    for (Day d = L.axis_first; d <= L.axis_last + days{1}; d = next_of(d, major)) {
      Tick t;
      t.x = L.x_of(d);
      t.major = true;
      Day nx = next_of(d, major);
      bool with_year = year_of(d) != last_year || major.unit == Unit::kYear || major.unit == Unit::kYears;
      std::string lab = tick_label(d, major, with_year);
      TextSize z = ms.get(lab, kTickSize);
      double period = double((nx - d).count()) * ppd;
      // Periods (a day, a month, a year) are labelled in their middle, where their events sit.
      bool centred = major.unit != Unit::kWeek && major.unit != Unit::kYears && period >= z.w + 4;
      t.label_x = centred ? t.x + period / 2 : t.x;
      if (d <= L.axis_last && t.label_x - z.w / 2 >= last_right + 4) {
        t.label = lab;
        last_right = t.label_x + z.w / 2;
        last_year = year_of(d);
      }
      majors.push_back(t);
    }
    if (auto minor = minor_of(major, ppd)) {
      std::set<long> at;
      for (const auto& t : majors) at.insert(std::lround(t.x * 100));
      for (Day d = floor_to(L.axis_first, *minor); d <= L.axis_last; d = next_of(d, *minor)) {
        if (d < L.axis_first) continue;
        double x = L.x_of(d);
        if (at.count(std::lround(x * 100))) continue;
        L.ticks.push_back({x, false, "", x});
      }
    }
    for (auto& t : majors) {
      if (!t.label.empty()) {
        TextSize z = ms.get(t.label, kTickSize);
        L.texts.push_back({{t.label_x - z.w / 2, L.axis_y + 6, z.w, z.h},
                           {t.label},
                           kTickSize,
                           false,
                           TextItem::kCenter,
                           "#333333",
                           "",
                           "tick"});
      }
      L.ticks.push_back(t);
    }
    std::stable_sort(L.ticks.begin(), L.ticks.end(), [](const Tick& a, const Tick& b) { return a.x < b.x; });
  }
  double bottom = L.axis_y + 6 + ms.get("2023", kTickSize).h + kMargin;

  // ---- eras ----
  double era_caption_right = -1e18;
  for (std::size_t k = 0; k < o.eras.size(); ++k) {
    const auto& e = o.eras[k];
    Day a = e.from ? std::max(*e.from, L.axis_first) : L.axis_first;
    Day b = e.to ? std::min(*e.to, L.axis_last) : L.axis_last;
    if (b < a) continue;
    EraBand band;
    band.rect = {L.x_of(a), L.plot.y, L.x_of(b + days{1}) - L.x_of(a), L.plot.h};
    band.label = e.label;
    band.index = k;
    L.eras.push_back(band);
    std::string caption = truncate_cp(e.label, 60);
    TextSize z = ms.get(caption, kLegendSize);
    double cx = std::max(band.rect.x + 2, era_caption_right + 8);  // adjacent eras: captions queue up
    era_caption_right = cx + z.w;
    L.texts.push_back({{cx, L.plot.y - z.h - 2, z.w, z.h},
                       {caption},
                       kLegendSize,
                       false,
                       TextItem::kLeft,
                       "#8a6d1a",
                       "",
                       "era"});
  }

  // ---- undated panel ----
  double right = lanes_right;
  if (!L.undated.empty()) {
    double px = lanes_right + 20;
    double py = L.plot.y + 6;  // the panel box (6 pt padding) starts level with the first lane
    std::string head = "Undated (" + std::to_string(L.undated.size()) + ") — not placed on the axis";
    TextSize hz = ms.get(head, kPanelSize, true);
    L.texts.push_back(
        {{px, py, hz.w, hz.h}, {head}, kPanelSize, true, TextItem::kLeft, "#222222", "", "panel-head"});
    // Rows flow into columns no taller than the plot, so a long list widens the chart
    // instead of stretching it downwards.
    const double rows_top = py + hz.h + 6;
    const double col_limit = std::max(L.axis_y + 24 - rows_top, 200.0);
    double col_x = px, col_w = hz.w, ry = rows_top, max_bottom = rows_top;
    auto next_row = [&](double h) {
      if (ry > rows_top && ry + h > rows_top + col_limit) {
        col_x += col_w + 18;
        col_w = 0;
        ry = rows_top;
      }
    };
    std::size_t rows = std::min<std::size_t>(L.undated.size(), std::max(1, o.max_panel_rows));
    if (rows < L.undated.size()) rows = std::max<std::size_t>(1, rows - 1);
    for (std::size_t k = 0; k < rows; ++k) {
      const Event& e = events[L.undated[k]];
      std::string t1 = event_title(e, o.max_title_chars);
      std::string t2 =
          status_word(e.status) + " " + std::string(to_string(e.type)) + " · " + undated_note(e.time);
      if (!e.participants.empty()) t2 += " · " + base::join(e.participants, ", ");
      t2 = truncate_cp(t2, 80);
      TextSize z1 = ms.get(t1, kPanelSize), z2 = ms.get(t2, kPanelNoteSize);
      next_row(z1.h + z2.h);
      Glyph g;
      g.x = col_x + kMarker / 2;
      g.y = ry + z1.h / 2;
      g.type = e.type;
      g.precision = Precision::kWindow;
      g.planned = e.status == EventStatus::kPlanned;
      g.struck = e.status == EventStatus::kCancelled || e.status == EventStatus::kDenied;
      g.id = unique_id("ev-" + (e.id.empty() ? std::to_string(L.undated[k]) : sanitize_id(e.id)));
      g.cls = "event " + std::string(to_string(e.type)) + " " + status_word(e.status) + " undated";
      g.tooltip = tooltip_of(e);
      g.url = url_of(e, o);
      g.event = L.undated[k];
      L.glyphs.push_back(g);
      double tx = col_x + kMarker + 5;
      L.texts.push_back({{tx, ry, z1.w, z1.h},
                         {t1},
                         kPanelSize,
                         false,
                         TextItem::kLeft,
                         "#222222",
                         g.tooltip,
                         "panel-title of-" + g.id});
      L.texts.push_back({{tx, ry + z1.h, z2.w, z2.h},
                         {t2},
                         kPanelNoteSize,
                         false,
                         TextItem::kLeft,
                         "#5a6270",
                         "",
                         "panel-note of-" + g.id});
      col_w = std::max({col_w, kMarker + 5 + z1.w, kMarker + 5 + z2.w});
      ry += z1.h + z2.h + 5;
      max_bottom = std::max(max_bottom, ry);
    }
    if (rows < L.undated.size()) {
      std::string more = "+" + std::to_string(L.undated.size() - rows) + " more undated";
      std::string tip;
      for (std::size_t k = rows; k < L.undated.size(); ++k) {
        if (!tip.empty()) tip += "\n";
        tip += event_title(events[L.undated[k]], o.max_title_chars);
      }
      TextSize z = ms.get(more, kPanelSize);
      next_row(z.h);
      L.texts.push_back({{col_x + kMarker + 5, ry, z.w, z.h},
                         {more},
                         kPanelSize,
                         false,
                         TextItem::kLeft,
                         "#5a6270",
                         tip,
                         "panel-more"});
      col_w = std::max(col_w, kMarker + 5 + z.w);
      ry += z.h + 5;
      max_bottom = std::max(max_bottom, ry);
    }
    double pw = col_x + col_w - px;
    L.panel = {px - 8, py - 6, pw + 16, max_bottom - py + 6};
    right = L.panel.right();
    bottom = std::max(bottom, L.panel.bottom() + kMargin);
  }

  for (const auto& t : L.texts) right = std::max(right, t.box.right());
  L.width = right + kMargin;
  L.height = bottom;
  return L;
}

}  // namespace annalist::render
