#!/usr/bin/env bash
# One command on a fresh Debian machine: install what is needed, build, and run the main job on
# the seed articles (output/chronology.csv, output/timeline.svg, output/timeline.png).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build/annalist build
echo "setup: done. Chronology: output/chronology.csv  Chart: output/timeline.svg, output/timeline.png"
