#!/usr/bin/env bash
# Every command answers --help with its usage (exit 0) and an unknown flag with exit 1.
set -u
bin="$1"
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; fi; }
out=$("$bin" --help 2>&1); rc=$?
check "annalist --help exits 0" "[ $rc -eq 0 ]"
for cmd in build ingest tag extract events show export render dyads; do
  check "annalist --help lists $cmd" "grep -q \"^  $cmd\" <<<\"\$out\""
  h=$("$bin" "$cmd" --help 2>&1); rc=$?
  check "$cmd --help exits 0" "[ $rc -eq 0 ]"
  check "$cmd --help prints its usage" "grep -q \"Usage: annalist $cmd\" <<<\"\$h\""
  # Options are made when the command is named: its help lists its own.
  case $cmd in
    build) own=--out ;; ingest) own=--mentions ;; tag) own=--jsonl ;; extract) own=--jsonl ;;
    events) own=--ids ;; show) own=--db ;; export) own=--excel ;; render) own=--title ;; dyads) own=--pair ;;
  esac
  check "$cmd --help lists $own" "grep -q -- \"$own\" <<<\"\$h\""
  "$bin" "$cmd" --no-such-flag >/dev/null 2>&1; rc=$?
  check "$cmd --no-such-flag exits 1 (got $rc)" "[ $rc -eq 1 ]"
done
# Global options before the command, the command's own after it.
out=$(echo "They met on 3 May 2001." | "$bin" --data data -q tag --dct 2001-05-10 - 2>&1); rc=$?
check "global options then tag's own exit 0 (got $rc)" "[ $rc -eq 0 ]"
check "tag with global options tags" "grep -q 2001-05-03 <<<\"\$out\""
err=$("$bin" exprot 2>&1); rc=$?
check "unknown command exits 1" "[ $rc -eq 1 ]"
check "unknown command suggests the nearest" "grep -q \"did you mean 'export'\" <<<\"\$err\""
"$bin" >/dev/null 2>&1; rc=$?
check "no command exits 1" "[ $rc -eq 1 ]"
[ $fail -eq 0 ] && echo "help_test: all checks passed"
exit $fail
