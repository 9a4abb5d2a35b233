#!/usr/bin/env bash
# The HTML and SVG charts in real headless Chromium, on the seed articles and on an article whose
# quotes carry <script> and "><svg onload=...> payloads (see html_check.js and svg_check.js).
set -u
bin="$1"
here=$(cd "$(dirname "$0")" && pwd)
source "$here/setup.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for set in seeds hostile; do
  if [ $set = seeds ]; then input=(); else input=("$here/fixtures/hostile"); fi
  "$bin" build "${input[@]}" --out "$tmp/$set" --chart html --chart svg 2>"$tmp/$set.err"; rc=$?
  # Exit 2 means some document could not be read; the chart of the others is still tested.
  if [ ! -s "$tmp/$set/timeline.html" ]; then
    echo "FAIL: annalist build ($set) exited $rc without a chart: $(cat "$tmp/$set.err")"; fail=1; continue
  fi
  [ $rc -eq 0 ] || echo "note: annalist build ($set) exited $rc: $(tail -n 3 "$tmp/$set.err")"
  "$bin" export --db "$tmp/$set/annalist.db" --format json -o "$tmp/$set/events.json"
  node "$here/html_check.js" "$tmp/$set/timeline.html" "$tmp/$set/events.json" "html-$set" || fail=1
  node "$here/svg_check.js" "$tmp/$set/timeline.svg" "$tmp/$set/events.json" "svg-$set" || fail=1
done
exit $fail
