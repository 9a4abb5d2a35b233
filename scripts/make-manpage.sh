#!/usr/bin/env bash
# Writes the annalist(1) man page with help2man: the top-level --help, then a COMMANDS section
# with every subcommand's --help, so the page follows the binary. Usage: make-manpage.sh BIN OUT
set -euo pipefail
bin="$1"
out="$2"
include=$(mktemp)
trap 'rm -f "$include"' EXIT
{
  echo "[COMMANDS]"
  for cmd in $("$bin" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && /^  [a-z]/ {print $1}'); do
    echo ".SS $cmd"
    echo ".nf"
    # Backslashes printed as such, '-' as a minus (options copy and paste), and lines starting
    # with a dot or a quote not read as roff requests.
    "$bin" "$cmd" --help | sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\([.']\)/\\\\\&\1/"
    echo ".fi"
  done
  echo "[FILES]"
  echo "PREFIX/share/annalist/data: the rules and dictionaries an installed annalist reads (override"
  echo "with --data DIR or ANNALIST_DATA)."
  echo "[SEE ALSO]"
  echo "The documentation in the source tree: README.md, docs/usage.md, docs/export.md, docs/chart.md."
} >"$include"
help2man --no-info --section 1 --name "a dated, sourced chronology of diplomatic events from news articles" \
  --include "$include" --output "$out.tmp" "$bin"
mv "$out.tmp" "$out"
