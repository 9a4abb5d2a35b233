#!/usr/bin/env bash
# One command: install what is missing, build, and run every test (unit, command line, end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd build
ctest --output-on-failure -j"$(nproc)"
