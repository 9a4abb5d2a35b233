#!/usr/bin/env bash
# The Dask driver (python/annalist_dask.py: extract on 2 process workers, ingest --mentions as the
# reduce) writes the same chronology, byte for byte, as `annalist build` on devset + devset2; and
# a JSONL corpus with a bad line gives the same chronology and names the line. Skipped (77)
# without ../shared.
set -u
bin="$(realpath "$1")"
shared=../shared
[ -d "$shared/devset/articles" ] && [ -d "$shared/devset2/articles" ] || { echo "no ../shared: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; fi; }

# One manifest for both sets, as a researcher would keep it.
{ head -1 "$shared/devset/manifest.csv"; tail -n +2 "$shared/devset/manifest.csv"; tail -n +2 "$shared/devset2/manifest.csv"; } >"$tmp/manifest.csv"
inputs=("$shared/devset/articles" "$shared/devset2/articles")

"$bin" build "${inputs[@]}" --manifest "$tmp/manifest.csv" --out "$tmp/direct" --chart svg 2>"$tmp/direct.err"; rc=$?
check "annalist build exits 0 (got $rc)" "[ $rc -eq 0 ]"
python3 python/annalist_dask.py build "${inputs[@]}" --manifest "$tmp/manifest.csv" --out "$tmp/dask" \
  --workers 2 --partition-size 12 --chart svg --annalist "$bin" 2>"$tmp/dask.err"; rc=$?
check "the Dask driver exits 0 (got $rc: $(tail -c 400 "$tmp/dask.err"))" "[ $rc -eq 0 ]"
check "it stored all 80 articles" "grep -q '80 documents read (80 added' \"$tmp/dask.err\""
check "the chronology has events" "[ \$(wc -l <\"$tmp/dask/chronology.csv\") -gt 50 ]"
check "the Dask chronology is byte-identical to annalist build's" "cmp \"$tmp/direct/chronology.csv\" \"$tmp/dask/chronology.csv\""
check "the chart is written" "grep -q '</svg>' \"$tmp/dask/timeline.svg\""
check "no work files are left in the output folder" "[ -z \"\$(ls -A \"$tmp/dask\" | grep -v -x -e annalist.db -e chronology.csv -e timeline.svg)\" ]"

# JSONL shards: a corpus with a bad line in the middle; the line is named, the rest is the same.
python3 - "$tmp/manifest.csv" "$tmp/corpus.jsonl" "${inputs[@]}" <<'PY'
import csv, json, os, sys
man = {r["file"]: r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for folder in sys.argv[3:]:
        for i, name in enumerate(sorted(os.listdir(folder))):
            r = man.get(name, {})
            rec = {"id": os.path.splitext(name)[0], "text": open(os.path.join(folder, name), encoding="utf-8").read()}
            for src, key in (("published", "dct"), ("source", "source"), ("title", "title"), ("url", "url")):
                if r.get(src): rec[key] = r[src]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if i == 3: out.write('{"id": 1e400, "text": "bad line"}\n')
PY
python3 python/annalist_dask.py build "$tmp/corpus.jsonl" --out "$tmp/shards" --workers 2 --partition-size 7 \
  --chart svg --annalist "$bin" 2>"$tmp/shards.err"; rc=$?
check "a bad JSONL line makes the driver exit 2 (got $rc)" "[ $rc -eq 2 ]"
check "and is named with its file and line" "grep -q 'corpus.jsonl:5: malformed JSON' \"$tmp/shards.err\""
check "the other lines give the same chronology" "cmp \"$tmp/direct/chronology.csv\" \"$tmp/shards/chronology.csv\""

python3 python/annalist_dask.py build "$tmp/nwes" --out "$tmp/direct" --workers 1 --annalist "$bin" 2>/dev/null; rc=$?
check "a missing input exits 2 and leaves the output alone" "[ $rc -eq 2 ] && cmp -s \"$tmp/direct/chronology.csv\" \"$tmp/dask/chronology.csv\""

[ $fail -eq 0 ] && echo "dask_devset_test: all checks passed"
exit $fail
