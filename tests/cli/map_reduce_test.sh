#!/usr/bin/env bash
# The distributed path (extract --jsonl as the map step, ingest --mentions as the reduce step)
# gives the same chronology as ingesting the articles directly, and is idempotent.
set -u
bin="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; fi; }
python3 - "$tmp/corpus.jsonl" <<'PY'
import csv, json, os, sys
published = {r["file"]: r["published"] for r in csv.DictReader(open("data/manifest.csv", encoding="utf-8"))}
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for name in sorted(os.listdir("data/articles")):
        text = open(os.path.join("data/articles", name), encoding="utf-8").read()
        out.write(json.dumps({"id": os.path.splitext(name)[0], "dct": published.get(name) or None, "text": text}) + "\n")
PY
"$bin" ingest "$tmp/corpus.jsonl" --db "$tmp/direct.db" 2>/dev/null; rc=$?
check "direct ingest of the corpus exits 0" "[ $rc -eq 0 ]"
"$bin" extract --jsonl "$tmp/corpus.jsonl" >"$tmp/mentions.jsonl"; rc=$?
check "extract exits 0" "[ $rc -eq 0 ]"
check "extract writes one line per document" "[ $(wc -l <"$tmp/mentions.jsonl") -eq 5 ]"
"$bin" ingest --mentions "$tmp/mentions.jsonl" --db "$tmp/reduced.db" 2>/dev/null; rc=$?
check "ingest --mentions exits 0" "[ $rc -eq 0 ]"
"$bin" export --db "$tmp/direct.db" | cut -d, -f1-9 >"$tmp/direct.csv"
"$bin" export --db "$tmp/reduced.db" | cut -d, -f1-9 >"$tmp/reduced.csv"
check "both paths give events" "[ $(wc -l <"$tmp/direct.csv") -gt 5 ]"
if ! diff -u "$tmp/direct.csv" "$tmp/reduced.csv"; then echo "FAIL: map/reduce chronology differs"; fail=1; fi
"$bin" ingest --mentions "$tmp/mentions.jsonl" --db "$tmp/reduced.db" 2>"$tmp/err"
check "re-ingesting mentions changes nothing" "grep -q '0 added, 5 unchanged' \"$tmp/err\""
printf '{"id":"broken"\n' | "$bin" ingest --mentions - --db "$tmp/reduced.db" 2>"$tmp/err2"; rc=$?
check "a malformed mention line exits 2" "[ $rc -eq 2 ]"
check "and names the line" "grep -q -- '-:1: ' \"$tmp/err2\""
[ $fail -eq 0 ] && echo "map_reduce_test: all checks passed"
exit $fail
