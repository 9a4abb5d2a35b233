#!/usr/bin/env bash
# Bad input is reported with file, line and reason, exits 2, is skipped without aborting the
# batch, and never loses what the store already holds.
set -u
bin="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; fi; }

mkdir -p "$tmp/good" "$tmp/bad"
printf 'BERLIN, March 14, 2024 (Agency) - Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Thursday.\n' >"$tmp/good/a.txt"
printf 'Russian President Vladimir Putin spoke by phone on Monday with Xi Jinping, the Chinese president.\n' >"$tmp/bad/ok.txt"
: >"$tmp/bad/empty.txt"
printf 'first line\nsecond \xff line\n' >"$tmp/bad/latin1.txt"
printf 'ab\0cd\n' >"$tmp/bad/binary.txt"
printf '{"id":"j1","dct":"2024-03-15","text":"Foreign ministers met in Geneva on Friday."}\n{"id":"j2","text":\n{"id":"j3","dct":"2024-03-15"}\n' >"$tmp/bad/corpus.jsonl"
printf 'file,published\nok.txt,15/03/2024\n' >"$tmp/bad-manifest.csv"

db="$tmp/store.db"
"$bin" ingest "$tmp/good" --db "$db" 2>"$tmp/err0"; rc=$?
check "a good batch exits 0 (got $rc: $(cat "$tmp/err0"))" "[ $rc -eq 0 ]"
before=$("$bin" export --db "$db" | wc -l)
check "the good batch stored events" "[ $before -ge 2 ]"

"$bin" ingest "$tmp/bad" "$tmp/missing.txt" --manifest "$tmp/bad-manifest.csv" --db "$db" 2>"$tmp/err"; rc=$?
err=$(cat "$tmp/err")
check "a batch with bad input exits 2 (got $rc)" "[ $rc -eq 2 ]"
check "empty file reported" "grep -q 'empty.txt: empty document' <<<\"\$err\""
check "invalid UTF-8 reported with its line" "grep -q 'latin1.txt:2: invalid UTF-8' <<<\"\$err\""
check "binary file reported" "grep -q 'binary.txt:1: binary file' <<<\"\$err\""
check "missing file reported" "grep -q 'missing.txt: no such file' <<<\"\$err\""
check "malformed JSONL line reported with its line" "grep -q 'corpus.jsonl:2: malformed JSON' <<<\"\$err\""
check "JSONL line without text reported" "grep -q 'corpus.jsonl:3: missing string field' <<<\"\$err\""
check "malformed manifest reported with its line" "grep -q 'bad-manifest.csv:2: .published. must be YYYY-MM-DD' <<<\"\$err\""
check "messages start with annalist: error:" "! grep -v '^annalist: ' <<<\"\$err\" | grep -q ."
check "summary counts the skipped documents" "grep -q '6 skipped' <<<\"\$err\""
check "summary counts the manifest problem apart" "grep -q '1 other input error' <<<\"\$err\""
after=$("$bin" export --db "$db" | wc -l)
check "good documents of the bad batch were stored ($before -> $after rows)" "[ $after -gt $before ]"
check "the earlier document is still there" "\"$bin\" export --db \"$db\" | grep -q ',a'"

"$bin" ingest "$tmp/good" --db "$db" 2>"$tmp/err2"; rc=$?
check "re-ingesting the same content exits 0" "[ $rc -eq 0 ]"
check "re-ingesting changes nothing" "grep -q '0 added, 1 unchanged' \"$tmp/err2\""
check "row count unchanged after re-ingest" "[ $("$bin" export --db "$db" | wc -l) -eq $after ]"

"$bin" tag --dct 2024-13-01 "$tmp/good/a.txt" >/dev/null 2>&1; rc=$?
check "a bad --dct is a usage error (got $rc)" "[ $rc -eq 1 ]"
printf '{"id":"x","dct":"2024-03-15","text":"He left on Monday."}\nnot json\n{"id":"y","text":"Back in 1999."}\n' >"$tmp/s.jsonl"
out=$("$bin" tag --jsonl "$tmp/s.jsonl" 2>"$tmp/err3"); rc=$?
check "tag --jsonl exits 2 on a bad line" "[ $rc -eq 2 ]"
check "tag --jsonl names the bad line" "grep -q 's.jsonl:2: malformed JSON' \"$tmp/err3\""
lines=$(printf '%s\n' "$out" | grep -c '^{')
check "tag --jsonl still tags the other lines (got $lines)" "[ $lines -eq 2 ]"
"$bin" events --db "$tmp/none.db" >/dev/null 2>&1; rc=$?
check "a missing store is a usage error" "[ $rc -eq 1 ]"
check "a read-only command does not create a store" "[ ! -e \"$tmp/none.db\" ]"
printf 'not a database at all, just text\n' >"$tmp/text.db"
"$bin" events --db "$tmp/text.db" >/dev/null 2>&1; rc=$?
check "a file that is no store is bad input (got $rc)" "[ $rc -eq 2 ]"
[ $fail -eq 0 ] && echo "bad_input_test: all checks passed"
exit $fail
