#!/usr/bin/env bash
# Never lose, never tear: a typo, two writers at once, a full disk, a closed pipe, a killed run or
# a read-only folder leave the store and the outputs whole, and every failure exits 2 with a
# message. Each check names the failure of docs/reliability.md it guards against.
set -u
bin="$(realpath "$1")"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; fi; }
sum() { md5sum "$@" | cut -d' ' -f1 | tr '\n' ' '; }

# A small corpus of distinct articles: N dated meetings between pairs of known leaders.
make_corpus() {  # folder count offset
  python3 - "$1" "$2" "$3" <<'PY'
import os, sys
folder, n, offset = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(folder, exist_ok=True)
people = ["Chinese President Xi Jinping", "Russian President Vladimir Putin", "French President Emmanuel Macron",
          "German Chancellor Olaf Scholz", "Indian Prime Minister Narendra Modi", "Brazilian President Lula da Silva"]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
for i in range(offset, offset + n):
    a, b = people[i % 6], people[(i // 6 + i + 1) % 6]
    if a == b: b = people[(i + 2) % 6]
    day = 1 + i % 28
    text = (f"{a} met {b} in Geneva on {months[i % 10]} {day}, {2000 + i % 20}, officials said. "
            f"The talks, number {i}, covered trade and security.\n")
    open(os.path.join(folder, f"a{i:05d}.txt"), "w").write(text)
PY
}

make_corpus "$tmp/c1" 120 1000
make_corpus "$tmp/c2" 120 2000
"$bin" ingest "$tmp/c1" "$tmp/c2" --db "$tmp/serial.db" 2>/dev/null
"$bin" export --db "$tmp/serial.db" >"$tmp/serial.csv"

# 1. A build whose input does not exist (a typo) touches nothing.
make_corpus "$tmp/news" 6 0
"$bin" build "$tmp/news" --out "$tmp/out" --chart svg 2>/dev/null; rc=$?
check "a good build exits 0 (got $rc)" "[ $rc -eq 0 ]"
before=$(sum "$tmp/out/annalist.db" "$tmp/out/chronology.csv" "$tmp/out/timeline.svg")
"$bin" build "$tmp/nwes" --out "$tmp/out" --chart svg 2>"$tmp/err"; rc=$?
check "a build of a missing folder exits 2 (got $rc)" "[ $rc -eq 2 ]"
check "it says why" "grep -q 'nwes: no such file' \"$tmp/err\" && grep -q 'left as it was' \"$tmp/err\""
check "store, chronology and chart are untouched" "[ \"$(sum "$tmp/out/annalist.db" "$tmp/out/chronology.csv" "$tmp/out/timeline.svg")\" = \"$before\" ]"
check "no temporary file is left behind" "[ -z \"\$(ls -A \"$tmp/out\" | grep -v -x -e annalist.db -e chronology.csv -e timeline.svg)\" ]"
"$bin" build "$tmp/nwes" --out "$tmp/never" 2>/dev/null
check "a failed build into a new folder leaves no folder" "[ ! -e \"$tmp/never\" ]"

# 4. Write errors: /dev/full, a full disk (RLIMIT_FSIZE: writes past it fail with EFBIG, the
# portable stand-in for ENOSPC), a closed pipe. Each exits 2 and keeps the previous file.
db="$tmp/out/annalist.db"
for cmd in "export --db $db" "events --db $db" "tag $tmp/news/a00001.txt" \
           "export --db $db --format json"; do
  "$bin" $cmd >/dev/full 2>"$tmp/err"; rc=$?
  check "'$cmd > /dev/full' exits 2 (got $rc)" "[ $rc -eq 2 ]"
  check "'$cmd > /dev/full' says so" "grep -q 'standard output: write failed' \"$tmp/err\""
done
printf '{"id":"x","text":"Xi Jinping met Vladimir Putin on Monday."}\n' >"$tmp/one.jsonl"
"$bin" extract --jsonl "$tmp/one.jsonl" >/dev/full 2>/dev/null; rc=$?
check "'extract > /dev/full' exits 2 (got $rc)" "[ $rc -eq 2 ]"
"$bin" tag --jsonl "$tmp/one.jsonl" >/dev/full 2>/dev/null; rc=$?
check "'tag --jsonl > /dev/full' exits 2 (got $rc)" "[ $rc -eq 2 ]"
# 40 KB: room for the store's 32 KB shared-memory file and the message, not for the outputs.
big="$tmp/serial.db"
"$bin" export --db "$big" -o "$tmp/prev.csv" 2>/dev/null
"$bin" render --db "$big" -o "$tmp/prev.svg" 2>/dev/null
prev=$(sum "$tmp/prev.csv" "$tmp/prev.svg")
(trap '' XFSZ; ulimit -f 80; "$bin" export --db "$big" -o "$tmp/prev.csv" 2>"$tmp/err"); rc=$?
check "export on a full disk exits 2 (got $rc)" "[ $rc -eq 2 ]"
check "export on a full disk names the file and the reason" "grep -q 'prev.csv: write failed.*File too large' \"$tmp/err\""
(trap '' XFSZ; ulimit -f 80; "$bin" render --db "$big" -o "$tmp/prev.svg" 2>/dev/null); rc=$?
check "render on a full disk exits 2 (got $rc)" "[ $rc -eq 2 ]"
(trap '' XFSZ; ulimit -f 80; "$bin" build "$tmp/c1" --out "$tmp/out" --chart svg 2>/dev/null); rc=$?
check "build on a full disk exits 2 (got $rc)" "[ $rc -eq 2 ]"
check "the previous export and chart are intact" "[ \"$(sum "$tmp/prev.csv" "$tmp/prev.svg")\" = \"$prev\" ]"
check "the previous build is intact" "[ \"$(sum "$tmp/out/annalist.db" "$tmp/out/chronology.csv" "$tmp/out/timeline.svg")\" = \"$before\" ]"
check "no temporary files are left" "[ -z \"\$(ls -A \"$tmp\" | grep '\\.tmp\$')\" ] && [ -z \"\$(ls -A \"$tmp/out\" | grep -e '\\.tmp\$' -e '\\.new')\" ]"
python3 -c "
import json
for i in range(3000): print(json.dumps({'id': str(i), 'text': 'On Monday, March 4, 2024, Xi Jinping met Vladimir Putin. ' * 5}))" >"$tmp/many.jsonl"
"$bin" tag --jsonl "$tmp/many.jsonl" 2>"$tmp/err" | head -c 100 >/dev/null; rc=${PIPESTATUS[0]}
check "tag --jsonl into a closed pipe exits 2 (got $rc)" "[ $rc -eq 2 ]"
check "and says the pipe is closed" "grep -q 'Broken pipe' \"$tmp/err\""

# 2. Two ingests into one store at once store every document; into a new store too.
for target in "$db" "$tmp/fresh.db"; do
  "$bin" ingest "$tmp/c1" --db "$target" 2>"$tmp/e1" & p1=$!
  "$bin" ingest "$tmp/c2" --db "$target" 2>"$tmp/e2" & p2=$!
  wait $p1; r1=$?; wait $p2; r2=$?
  check "concurrent ingests into $(basename "$target") both exit 0 ($r1, $r2: $(cat "$tmp/e1" "$tmp/e2" | grep error | head -2))" "[ $r1 -eq 0 ] && [ $r2 -eq 0 ]"
  n=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from documents').fetchone()[0])" "$target")
  expect=240; [ "$target" = "$db" ] && expect=246
  check "every document of both is stored in $(basename "$target") ($n of $expect)" "[ $n -eq $expect ]"
done
"$bin" export --db "$tmp/fresh.db" >"$tmp/fresh.csv"
check "concurrent ingests give the chronology of one ingest of both" "cmp -s \"$tmp/serial.csv\" \"$tmp/fresh.csv\""

# 3. An export during an ingest is one snapshot: the old store's chronology or the new one's.
"$bin" ingest "$tmp/c1" --db "$tmp/snap.db" 2>/dev/null
"$bin" export --db "$tmp/snap.db" >"$tmp/old.csv"
make_corpus "$tmp/c3" 200 3000
"$bin" ingest "$tmp/c2" "$tmp/c3" --db "$tmp/snap.db" 2>/dev/null & p=$!
k=0
while kill -0 $p 2>/dev/null; do
  "$bin" export --db "$tmp/snap.db" >"$tmp/during.$k.csv" 2>/dev/null && k=$((k + 1))
done
wait $p
"$bin" export --db "$tmp/snap.db" >"$tmp/new.csv"
torn=0
for f in "$tmp"/during.*.csv; do
  [ -e "$f" ] || continue
  cmp -s "$f" "$tmp/old.csv" || cmp -s "$f" "$tmp/new.csv" || torn=$((torn + 1))
done
check "exports during an ingest ($k of them) each match the old or the new store ($torn torn)" "[ $k -ge 1 ] && [ $torn -eq 0 ]"

# 9. Documents stored but never merged (a kill between ingest and merge) are reported by read
# commands and merged by the next write.
cp "$tmp/serial.db" "$tmp/killed.db"
python3 -c "
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute('delete from event_mentions'); c.execute('delete from events'); c.execute('update merge_state set merged_through = 0')
c.commit()" "$tmp/killed.db"
"$bin" events --db "$tmp/killed.db" >/dev/null 2>"$tmp/err"
check "events reports unmerged documents" "grep -q '240 stored documents are not merged' \"$tmp/err\""
"$bin" export --db "$tmp/killed.db" >/dev/null 2>"$tmp/err"
check "export reports unmerged documents" "grep -q 'not merged into events yet' \"$tmp/err\""
"$bin" ingest "$tmp/c1" --db "$tmp/killed.db" 2>/dev/null
"$bin" export --db "$tmp/killed.db" >"$tmp/killed.csv" 2>"$tmp/err"
check "the next ingest merges them: the chronology is whole again" "cmp -s \"$tmp/killed.csv\" \"$tmp/serial.csv\""
check "and nothing is reported any more" "[ ! -s \"$tmp/err\" ]"

# 9. A store in a folder its reader cannot write can be read.
mkdir -p "$tmp/ro"
cp "$tmp/serial.db" "$tmp/ro/store.db"
chmod 555 "$tmp/ro"; chmod 444 "$tmp/ro/store.db"
as_reader=()
if [ "$(id -u)" -eq 0 ]; then  # root writes anywhere: read as nobody instead
  chmod o+rx "$tmp"; as_reader=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
"${as_reader[@]}" "$bin" export --db "$tmp/ro/store.db" >"$tmp/ro.csv" 2>"$tmp/err"; rc=$?
check "export from a read-only folder exits 0 (got $rc: $(head -c 300 "$tmp/err"))" "[ $rc -eq 0 ]"
check "and reads the whole chronology" "cmp -s \"$tmp/ro.csv\" \"$tmp/serial.csv\""
check "and leaves no file behind" "[ \$(ls -A \"$tmp/ro\" | wc -l) -eq 1 ]"

# 8. A 50 MB article is refused at once with the limit and the option that raises it; the rest
# of the batch goes on. (Time and memory per size: bench/scale_bench.py.)
mkdir -p "$tmp/huge"
python3 -c "
import sys
s = 'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. '
open(sys.argv[1], 'w').write(s * (50 * 2**20 // len(s) + 1))" "$tmp/huge/big.txt"
cp "$tmp/news/a00001.txt" "$tmp/huge/small.txt"
"$bin" ingest "$tmp/huge" --db "$tmp/huge.db" 2>"$tmp/err"; rc=$?
check "a 50 MB article is refused (exit $rc)" "[ $rc -eq 2 ] && grep -q 'big.txt: document of 50.0 MB is larger than the limit of 8 MB (raise it with --max-document-mb N)' "$tmp/err""
check "and the rest of the batch is stored" "grep -q '1 added' \"$tmp/err\""
head -c 9000000 "$tmp/huge/big.txt" | python3 -c "import json,sys; print(json.dumps({'id':'big','text':sys.stdin.read()}))" >"$tmp/huge.jsonl"
"$bin" tag --jsonl "$tmp/huge.jsonl" >/dev/null 2>"$tmp/err"; rc=$?
check "a JSONL line above the limit fails alone with FILE:LINE ($rc)" "[ $rc -eq 2 ] && grep -q 'huge.jsonl:1: document of 8.6 MB' \"$tmp/err\""
"$bin" --max-document-mb 10 tag --jsonl "$tmp/huge.jsonl" >/dev/null 2>"$tmp/err"; rc=$?
check "--max-document-mb raises the limit ($rc: $(head -c 200 "$tmp/err"))" "[ $rc -eq 0 ]"

[ $fail -eq 0 ] && echo "reliability_test: all checks passed"
exit $fail
