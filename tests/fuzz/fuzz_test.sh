#!/usr/bin/env bash
# CI's short fuzzing run: every libFuzzer target for a few seconds under ASan + UBSan
# (tests/fuzz/run.sh; run it with a larger budget to fuzz for real).
set -u
cd "$(dirname "$0")/../.."
exec tests/fuzz/run.sh "${ANNALIST_FUZZ_SECONDS:-3}"
