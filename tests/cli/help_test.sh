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
  "$bin" "$cmd" --no-such-flag >/dev/null 2>&1; rc=$?
  check "$cmd --no-such-flag exits 1 (got $rc)" "[ $rc -eq 1 ]"
done
err=$("$bin" exprot 2>&1); rc=$?
check "unknown command exits 1" "[ $rc -eq 1 ]"
check "unknown command suggests the nearest" "grep -q \"did you mean 'export'\" <<<\"\$err\""
"$bin" >/dev/null 2>&1; rc=$?
check "no command exits 1" "[ $rc -eq 1 ]"
[ $fail -eq 0 ] && echo "help_test: all checks passed"
exit $fail
