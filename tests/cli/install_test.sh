#!/usr/bin/env bash
# `cmake --install` into a temporary prefix: the binary, its data, the man page and the bash
# completion are installed; the installed binary, run from a folder without data/, reads the
# installed data (a broken copy there is what it reports) and builds the example chronology.
set -u
bin="$1"
build=$(cd "$(dirname "$bin")" && pwd)
[ -f "$build/cmake_install.cmake" ] || { echo "no cmake_install.cmake beside $bin: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$1"; then echo "FAIL: $2"; fail=1; fi; }

prefix="$tmp/prefix"
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1; }
annalist="$prefix/bin/annalist"
data="$prefix/share/annalist/data"
man="$prefix/share/man/man1/annalist.1"
completion="$prefix/share/bash-completion/completions/annalist"
check '[ -x "$annalist" ]' "no installed binary at $annalist"
check '[ -d "$data/timex/en" ] && [ -d "$data/events/en" ] && [ -f "$data/actors/countries.txt" ]' "no rules under $data"
check '[ -f "$data/examples/corpus.jsonl" ]' "no examples under $data"
check '[ -f "$completion" ]' "no bash completion at $completion"

# The man page: help2man's page of the top-level help with every command's options.
if [ -f "$man" ]; then
  check 'grep -q "^\.TH ANNALIST \"1\"" "$man"' "man page has no .TH header"
  for cmd in build ingest extract export render dyads; do
    check 'grep -q "^\.SS $cmd" "$man"' "man page has no section for '$cmd'"
  done
  check 'grep -q -- "small\\\\-multiples" "$man"' "man page lacks the render options"
  if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$man" >"$tmp/man.txt" 2>/dev/null
    check 'grep -q "sourced chronology" "$tmp/man.txt" && grep -q "^COMMANDS" "$tmp/man.txt"' "man -l does not render the page"
    check 'grep -q -- "--small-multiples" "$tmp/man.txt"' "rendered man page lacks 'render --small-multiples'"
  fi
else
  echo "FAIL: no man page at $man (help2man: scripts/install-deps.sh)"; fail=1
fi

# The installed binary from a folder with no data/: the installed data, not the source tree's.
work="$tmp/elsewhere"
mkdir -p "$work"
cd "$work"
"$annalist" build "$data/examples/articles" --out out --quiet 2>"$tmp/build.err"; rc=$?
check '[ $rc -eq 0 ]' "installed annalist build exited $rc: $(cat "$tmp/build.err")"
check '[ ! -s "$tmp/build.err" ]' "--quiet build printed: $(cat "$tmp/build.err")"
check 'grep -q "Luiz Inácio Lula da Silva" out/chronology.csv' "example chronology lacks its events: $(head -3 out/chronology.csv 2>/dev/null)"
check '[ -s out/timeline.svg ]' "no chart from the installed binary"
# A broken rule file in the installed copy is what the installed binary reports.
cues="$data/events/en/cues.txt"
cp "$cues" "$tmp/cues.txt"
printf 'this line is not a rule\n' >>"$cues"
"$annalist" extract --jsonl "$data/examples/corpus.jsonl" >/dev/null 2>"$tmp/broken.err"; rc=$?
check '[ $rc -ne 0 ] && grep -q "$cues" "$tmp/broken.err"' \
  "installed binary did not read its installed data (exit $rc): $(cat "$tmp/broken.err")"
cp "$tmp/cues.txt" "$cues"
"$annalist" extract --jsonl "$data/examples/corpus.jsonl" >"$tmp/mentions.jsonl" 2>"$tmp/extract.err"
check '[ -s "$tmp/mentions.jsonl" ]' "installed extract wrote nothing: $(cat "$tmp/extract.err")"
# --data still wins over the installed copy.
"$annalist" --data "$tmp/nowhere" extract --jsonl "$data/examples/corpus.jsonl" >/dev/null 2>"$tmp/data.err"; rc=$?
check '[ $rc -eq 1 ] && grep -q -- "--data $tmp/nowhere" "$tmp/data.err"' "--data not preferred (exit $rc)"

# The completion: commands after 'annalist', a command's options after '-', values of --lanes.
complete_words() {  # complete_words WORD... : what TAB offers for the last word
  bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    _annalist; printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$annalist" "$@"
}
check 'complete_words ex | grep -qx export && complete_words ex | grep -qx extract' \
  "completion of 'ex': $(complete_words ex | tr '\n' ' ')"
check 'complete_words render --sm | grep -qx -- --small-multiples' "completion of 'render --sm': $(complete_words render --sm | tr '\n' ' ')"
check 'complete_words render --qu | grep -qx -- --quiet' "completion of 'render --qu' (a global option)"
check 'complete_words render --lanes d | grep -qx dyad' "completion of '--lanes d'"
check 'complete_words export --format t | grep -qx timelinejs' "completion of 'export --format t'"
check '[ -z "$(complete_words render --title-nope 2>/dev/null)" ]' "completion offers options that do not exist"

exit $fail
