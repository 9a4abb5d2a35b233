// Render cost by chart size: layout alone, text measuring, each output format, whole renders.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <random>

#include "calendar/timex_value.h"
#include "render/graphviz.h"
#include "render/layout.h"
#include "render/render.h"

namespace {

using namespace annalist;
using namespace annalist::render;

// Events spread over 20 years in 12 actor-pair lanes (9 country pairs); 1 in 8 month-precise (some "late"), 1 in
// 15 year-precise, 1 in 20 a season; 1 in 12 planned and 1 in 30 cancelled.
std::vector<Event> synthetic(int n) {
  static const char* kActors[12][2] = {
      {"Xi Jinping", "Vladimir Putin"},     {"Wang Yi", "Sergey Lavrov"},
      {"Li Qiang", "Mikhail Mishustin"},    {"Xi Jinping", "Joe Biden"},
      {"Antony Blinken", "Wang Yi"},        {"Narendra Modi", "Xi Jinping"},
      {"Olaf Scholz", "Vladimir Putin"},    {"Emmanuel Macron", "Xi Jinping"},
      {"Recep Erdoğan", "Vladimir Putin"},  {"Fumio Kishida", "Yoon Suk-yeol"},
      {"Ursula von der Leyen", "Li Qiang"}, {"Luiz Lula da Silva", "Xi Jinping"}};
  static const char* kCountry[12][2] = {{"CHN", "RUS"}, {"CHN", "RUS"}, {"CHN", "RUS"}, {"CHN", "USA"},
                                        {"USA", "CHN"}, {"IND", "CHN"}, {"DEU", "RUS"}, {"FRA", "CHN"},
                                        {"TUR", "RUS"}, {"JPN", "KOR"}, {"EU", "CHN"},  {"BRA", "CHN"}};
  static const char* kTopics[] = {"trade",  "energy",    "security", "grain deal", "sanctions",
                                  "Taiwan", "Ukraine",   "climate",  "pipeline",   "summit preparations",
                                  "visas",  "arms control"};
  static const char* kKind[] = {"talks", "call", "visit", "summit", "statement", "agreement"};
  std::mt19937 rng(42);
  std::vector<Event> out;
  Day start = *calendar::parse_iso_day("2004-01-01");
  for (int i = 0; i < n; ++i) {
    int lane = int(rng() % 12);
    Day d = start + date::days{long(rng() % (365 * 20))};
    std::string v = calendar::format_iso_day(d), mod;
    if (rng() % 8 == 0) {
      v = v.substr(0, 7);
      if (rng() % 3 == 0) mod = "END";
    }
    if (rng() % 15 == 0) v = v.substr(0, 4);
    if (rng() % 20 == 0) v = v.substr(0, 4) + "-SU";
    Event e;
    e.id = "E" + std::to_string(i);
    e.type = static_cast<EventType>(rng() % 6);
    e.status = rng() % 12 == 0 ? EventStatus::kPlanned : rng() % 30 == 0 ? EventStatus::kCancelled
                                                                          : EventStatus::kOccurred;
    e.participants = {kActors[lane][0], kActors[lane][1]};
    e.codes = {{kActors[lane][0], kCountry[lane][0], ""}, {kActors[lane][1], kCountry[lane][1], ""}};
    e.title = std::string(kTopics[rng() % 12]) + " " + kKind[static_cast<int>(e.type)];
    e.title[0] = char(std::toupper(static_cast<unsigned char>(e.title[0])));
    auto w = calendar::window_of_value(v);
    e.time.value = v;
    e.time.mod = mod;
    e.time.interval = calendar::apply_mod(w->interval, mod);
    e.time.granularity = w->granularity;
    e.time.basis = DateBasis::kExplicit;
    e.evidence = "A sentence of evidence for event " + e.id + ".";
    e.sources = 1 + int(rng() % 3);
    e.documents = {"doc" + std::to_string(rng() % 500)};
    out.push_back(std::move(e));
  }
  return out;
}

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return double(ru.ru_maxrss) / 1024.0;  // Linux reports KiB
}

void BM_LayoutFixedMeasure(benchmark::State& state) {
  auto events = synthetic(int(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(layout_timeline(events, {}, fixed_width_measure));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_LayoutFixedMeasure)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_LayoutGraphvizMeasure(benchmark::State& state) {
  auto events = synthetic(int(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(layout_timeline(events, {}, graphviz_measure));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_LayoutGraphvizMeasure)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_Draw(benchmark::State& state, const char* format) {
  auto events = synthetic(int(state.range(0)));
  Layout layout = layout_timeline(events, {}, graphviz_measure);
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string out = draw_layout(layout, format, 96);
    bytes = out.size();
  }
  state.counters["bytes"] = double(bytes);
  state.counters["width_pt"] = layout.width;
  state.counters["height_pt"] = layout.height;
}
BENCHMARK_CAPTURE(BM_Draw, svg, "svg")->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Draw, png, "png")->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_Draw, pdf, "pdf")->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3);

// One whole render_timeline call (measure, layout, draw, write), as `annalist render` does it.
// bench/render_bench.sh runs each case in its own process, so peak_rss_mb is that case's peak.
// With ANNALIST_BENCH_OUT=DIR the last chart is kept as DIR/synthetic-N.FORMAT.
// "dyad" and "multiples" are SVG charts with one lane per country pair and small multiples.
void BM_Render(benchmark::State& state, const char* format) {
  int n = int(state.range(0));
  auto events = synthetic(n);
  RenderOptions o;
  const std::string f = format;
  o.format = f == "dyad" || f == "multiples" ? "svg" : format;
  o.lanes = f == "dyad" ? "dyad" : "pair";
  o.small_multiples = f == "multiples";
  o.title = "Synthetic chronology: " + std::to_string(n) + " events, 2004–2023, 12 lanes";
  const char* keep = std::getenv("ANNALIST_BENCH_OUT");
  const std::string ext = f == o.format ? f : f + ".svg";  // synthetic-N.dyad.svg
  std::string path = keep ? std::string(keep) + "/synthetic-" + std::to_string(n) + "." + ext
                          : (std::filesystem::temp_directory_path() /
                             ("annalist-bench-" + std::to_string(::getpid()) + "." + ext))
                                .string();
  for (auto _ : state) render_timeline(events, o, path);
  std::error_code ec;
  state.counters["bytes"] = double(std::filesystem::file_size(path, ec));
  state.counters["peak_rss_mb"] = peak_rss_mb();
  if (!keep) std::filesystem::remove(path, ec);
}
BENCHMARK_CAPTURE(BM_Render, svg, "svg")->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Render, png, "png")->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_Render, pdf, "pdf")->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_Render, html, "html")->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Render, dyad, "dyad")->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Render, multiples, "multiples")->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
