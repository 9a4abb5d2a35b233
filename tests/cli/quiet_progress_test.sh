#!/usr/bin/env bash
# --quiet on every command: nothing on stderr after a successful run, the same outputs as without
# it; errors still reported. Progress on extract: on stderr with --progress (here stderr is not a
# terminal, so without it nothing), never with --quiet, never on stdout.
set -u
bin="$1"
here=$(cd "$(dirname "$0")/../.." && pwd)
examples="$here/data/examples"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$1"; then echo "FAIL: $2"; fail=1; fi; }

# Without --quiet, build reports what it did; with it, nothing.
"$bin" build "$examples/articles" --out "$tmp/loud" 2>"$tmp/loud.err"
check 'grep -q "annalist: wrote" "$tmp/loud.err"' "build without --quiet did not say what it wrote"
"$bin" build "$examples/articles" --out "$tmp/out" --quiet 2>"$tmp/err"; rc=$?
check '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ]' "build --quiet: exit $rc, stderr: $(cat "$tmp/err")"
check 'cmp -s "$tmp/loud/chronology.csv" "$tmp/out/chronology.csv"' "--quiet changed the chronology"
db="$tmp/out/annalist.db"
id=$("$bin" events --db "$db" --ids | head -n 1)
check '[ -n "$id" ]' "events --ids printed no id"

# The global flag is accepted before the command and after it, by every command.
run_quiet() {  # run_quiet NAME ARGS... : must exit 0, print to stdout or a file, nothing on stderr
  local name="$1"; shift
  "$bin" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"; local rc=$?
  check '[ $rc -eq 0 ]' "$name: exit $rc: $(cat "$tmp/$name.err")"
  check '[ ! -s "$tmp/$name.err" ]' "$name: stderr with --quiet: $(cat "$tmp/$name.err")"
}
run_quiet ingest --quiet ingest "$examples/corpus.jsonl" --db "$tmp/ingest.db"
run_quiet tag tag "$examples/articles/brazil-indonesia.txt" --dct 2024-03-14 --quiet
run_quiet extract extract --jsonl "$examples/corpus.jsonl" --quiet
run_quiet events events --db "$db" --quiet
run_quiet show show "$id" --db "$db" --quiet
run_quiet export export --db "$db" --format timelinejs -o "$tmp/t.json" --quiet
run_quiet render render --db "$db" -o "$tmp/c.svg" --quiet
run_quiet dyads -q dyads --db "$db"
run_quiet reduce ingest --mentions "$tmp/extract.out" --db "$tmp/reduce.db" --quiet
check '[ -s "$tmp/t.json" ] && [ -s "$tmp/c.svg" ] && [ -s "$tmp/extract.out" ] && [ -s "$tmp/events.out" ]' \
  "a --quiet command wrote no output"
# Errors are not silenced.
"$bin" events --db "$tmp/none.db" --quiet 2>"$tmp/e.err"; rc=$?
check '[ $rc -eq 1 ] && grep -q "no store at" "$tmp/e.err"' "--quiet silenced an error (exit $rc)"

# Progress on extract: stderr, only when asked for (stderr is a file here), not with --quiet.
"$bin" extract --jsonl "$examples/corpus.jsonl" --progress >"$tmp/p.out" 2>"$tmp/p.err"
check 'grep -q "2 documents" "$tmp/p.err"' "extract --progress did not count documents: $(cat -v "$tmp/p.err")"
check 'cmp -s "$tmp/p.out" "$tmp/extract.out"' "--progress changed extract's output"
"$bin" extract --jsonl "$examples/corpus.jsonl" >/dev/null 2>"$tmp/n.err"
check '[ ! -s "$tmp/n.err" ]' "progress drawn into a file without --progress: $(cat -v "$tmp/n.err")"
"$bin" --quiet --progress extract --jsonl "$examples/corpus.jsonl" >/dev/null 2>"$tmp/q.err"
check '[ ! -s "$tmp/q.err" ]' "--quiet did not win over --progress"
# On a terminal progress is drawn without asking (script(1) gives extract a terminal).
if command -v script >/dev/null; then
  script -qec "'$bin' extract --jsonl '$examples/corpus.jsonl' >/dev/null" /dev/null >"$tmp/tty.txt" 2>&1 </dev/null
  check 'grep -q "2 documents" "$tmp/tty.txt"' "no progress on a terminal: $(cat -v "$tmp/tty.txt")"
fi
exit $fail
