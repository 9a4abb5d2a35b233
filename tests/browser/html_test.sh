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
  if ! "$bin" build "${input[@]}" --out "$tmp/$set" --chart html --chart svg 2>"$tmp/$set.err"; then
    echo "FAIL: annalist build ($set): $(cat "$tmp/$set.err")"; fail=1; continue
  fi
  "$bin" export --db "$tmp/$set/annalist.db" --format json -o "$tmp/$set/events.json"
  node "$here/html_check.js" "$tmp/$set/timeline.html" "$tmp/$set/events.json" "html-$set" || fail=1
  node "$here/svg_check.js" "$tmp/$set/timeline.svg" "$tmp/$set/events.json" "svg-$set" || fail=1
done
exit $fail
