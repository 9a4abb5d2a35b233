#!/usr/bin/env bash
# Builds the libFuzzer targets with ASan + UBSan (clang, build-fuzz/) and runs each for a fixed
# budget from its seed corpus in tests/fuzz/corpus/<target>/ (copied: the seeds stay as they are).
#   tests/fuzz/run.sh            60 s per target
#   tests/fuzz/run.sh 600        ten minutes per target
#   tests/fuzz/run.sh 60 tagger  one target
# Prints one line per target (runs, new coverage, crashes); a crash, a sanitizer report or a
# timeout is saved in build-fuzz/artifacts/ and makes the script exit 1.
set -euo pipefail
cd "$(dirname "$0")/../.."
budget="${1:-60}"
shift || true
cxx="${ANNALIST_FUZZ_CXX:-clang++-14}"
command -v "$cxx" >/dev/null || { echo "fuzz: $cxx not found (scripts/install-deps.sh installs clang-14)"; exit 1; }
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DANNALIST_FUZZ=ON \
  -DANNALIST_BUILD_TESTS=OFF -DANNALIST_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz --target fuzz_targets -j"$(nproc)" >build-fuzz/build.log 2>&1 || {
  tail -30 build-fuzz/build.log; exit 1; }
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(document jsonl manifest mentions tagger extractor)
mkdir -p build-fuzz/artifacts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
printf '%-10s %8s %8s %8s  %s\n' target seconds runs crashes result
for t in "${targets[@]}"; do
  mkdir -p "$work/$t"
  cp tests/fuzz/corpus/"$t"/* "$work/$t"/ 2>/dev/null || true
  log="build-fuzz/fuzz_$t.log"
  set +e
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    build-fuzz/fuzz_"$t" "$work/$t" -max_total_time="$budget" -max_len=4096 -timeout=20 -rss_limit_mb=2048 \
    -artifact_prefix="build-fuzz/artifacts/$t-" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  crashes=0; result=ok
  if [ $rc -ne 0 ]; then crashes=1; result="FAILED (see $log)"; failed=1; fi
  printf '%-10s %8s %8s %8s  %s\n' "$t" "$budget" "${runs:-0}" "$crashes" "$result"
done
exit $failed
