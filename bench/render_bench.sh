#!/usr/bin/env bash
# Prints render time and peak memory of whole charts (render_timeline: measure, layout, draw,
# write) for 100, 1,000 and 10,000 synthetic events (20 years, 12 lanes), each case in its own
# process so that its peak memory is its own. Checks the speed targets of docs/chart.md and
# exits 1 when one is missed.
# Usage: bench/render_bench.sh [BENCH_BINARY] [FORMATS...]   (default: build/bench/bench_render, svg png pdf html dyad multiples)
# "dyad" is the SVG chart with one lane per country pair, "multiples" the SVG small multiples.
# Build the binary with: cmake -S . -B build -DANNALIST_BUILD_BENCH=ON && cmake --build build --target bench_render
# ANNALIST_BENCH_OUT=DIR keeps the charts as DIR/synthetic-N.FORMAT.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/bench/bench_render}
shift || true
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=(svg png pdf html dyad multiples)
if [ ! -x "$bin" ]; then
  echo "render_bench: no benchmark binary at $bin (configure with -DANNALIST_BUILD_BENCH=ON, build bench_render)" >&2
  exit 2
fi
declare -A limit=([svg/1000]=0.5 [svg/10000]=3.0 [dyad/10000]=3.0 [multiples/10000]=3.0)
printf '%-9s %7s %10s %10s %10s  %s\n' format events "time (s)" "peak MB" "file MB" target
missed=0
for f in "${formats[@]}"; do
  for n in 100 1000 10000; do
    json=$("$bin" --benchmark_filter="^BM_Render/$f/$n(/|\$)" --benchmark_format=json 2>/dev/null)
    row=$(python3 -c '
import json, sys
b = json.loads(sys.stdin.read())["benchmarks"][0]
scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b.get("time_unit", "ns")]
print("%.3f %.0f %.2f" % (b["real_time"] * scale, b["peak_rss_mb"], b["bytes"] / 1e6))' <<<"$json")
    read -r secs peak mb <<<"$row"
    target=""
    if [ -n "${limit[$f/$n]:-}" ]; then
      if python3 -c "import sys; sys.exit(0 if $secs < ${limit[$f/$n]} else 1)"; then
        target="< ${limit[$f/$n]} s: met"
      else
        target="< ${limit[$f/$n]} s: MISSED"; missed=1
      fi
    fi
    printf '%-9s %7d %10s %10s %10s  %s\n' "$f" "$n" "$secs" "$peak" "$mb" "$target"
  done
done
nproc_info="$(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
echo "($nproc_info; time = wall time of one render_timeline call, mean over the benchmark's iterations)"
exit $missed
