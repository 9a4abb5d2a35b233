#!/usr/bin/env bash
# 'annalist export --format timelinejs' loaded by TimelineJS3 itself in headless Chromium, for
# the seed articles and for an article with <script>/<svg onload> payloads in its quotes.
set -u
bin="$1"
here=$(cd "$(dirname "$0")" && pwd)
source "$here/setup.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for set in seeds hostile; do
  if [ $set = seeds ]; then input=(); else input=("$here/fixtures/hostile"); fi
  "$bin" build "${input[@]}" --out "$tmp/$set" --chart svg 2>"$tmp/$set.err"; rc=$?
  # Exit 2 means some document could not be read; the chart of the others is still tested.
  if [ ! -s "$tmp/$set/timeline.svg" ]; then
    echo "FAIL: annalist build ($set) exited $rc without a chart: $(cat "$tmp/$set.err")"; fail=1; continue
  fi
  [ $rc -eq 0 ] || echo "note: annalist build ($set) exited $rc: $(tail -n 3 "$tmp/$set.err")"
  db="$tmp/$set/annalist.db"
  "$bin" export --db "$db" --format timelinejs --title "Chronology <$set>" --era "2020-01-01..:Era & after" \
    -o "$tmp/$set/timeline.json" || { echo "FAIL: export ($set)"; fail=1; continue; }
  # Every dated event must reach TimelineJS (undated ones cannot: it needs a start year).
  dated=$("$bin" export --db "$db" --format json | python3 -c \
    'import json,sys; print(sum(1 for e in json.load(sys.stdin) if e.get("date")))')
  node "$here/timelinejs_check.js" "$tmp/$set/timeline.json" "$dated" "timelinejs-$set" || fail=1
done
exit $fail
