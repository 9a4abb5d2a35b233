#!/usr/bin/env bash
# Bad input stays local: a JSONL line, a manifest row or a character fails alone, with FILE:LINE
# and a short reason, and the rest of the batch goes on; nothing XML forbids reaches SVG, HTML or
# TimeML; no CSV cell can run in a spreadsheet.
set -u
bin="$(realpath "$1")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; fi; }
well_formed() { python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$1" 2>"$tmp/xmlerr"; }

# 5. A number out of range fails its line alone; tag --jsonl keeps the good lines around it.
cat >"$tmp/c.jsonl" <<'J'
{"id":"good1","dct":"2024-03-15","text":"Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday."}
{"id": 1e400, "text": "French President Emmanuel Macron met German Chancellor Olaf Scholz on Tuesday."}
{"id":"good2","dct":"2024-03-15","text":"Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Delhi on Friday."}
J
"$bin" ingest "$tmp/c.jsonl" --db "$tmp/s.db" 2>"$tmp/err"; rc=$?
check "ingest with a 1e400 line exits 2 (got $rc)" "[ $rc -eq 2 ]"
check "the line is named with FILE:LINE" "grep -q 'c.jsonl:2: malformed JSON (number overflow' \"$tmp/err\""
check "the good lines are stored" "grep -q '2 documents read (2 added' \"$tmp/err\""
"$bin" tag --jsonl "$tmp/c.jsonl" >"$tmp/tags" 2>"$tmp/err"; rc=$?
check "tag --jsonl exits 2 (got $rc)" "[ $rc -eq 2 ]"
check "tag --jsonl keeps the lines before and after" "[ \"\$(grep -c '\"id\":\"good' \"$tmp/tags\")\" -eq 2 ]"
"$bin" extract --jsonl "$tmp/c.jsonl" >"$tmp/m.jsonl" 2>"$tmp/err"; rc=$?
check "extract --jsonl keeps the lines before and after" "[ $rc -eq 2 ] && [ \$(wc -l <\"$tmp/m.jsonl\") -eq 2 ]"
printf '{"id":"m1","mentions":[{"sentence":1e400}]}\n' >"$tmp/bad-m.jsonl"
"$bin" ingest --mentions "$tmp/bad-m.jsonl" "$tmp/m.jsonl" --db "$tmp/m.db" 2>"$tmp/err"; rc=$?
check "a 1e400 mention line fails alone ($rc)" "[ $rc -eq 2 ] && grep -q 'bad-m.jsonl:1: malformed JSON' \"$tmp/err\" && grep -q '2 added' \"$tmp/err\""
# 8. A huge malformed line is not echoed whole.
python3 -c "print('{\"id\":\"x\",\"text\":\"' + 'a' * 3000000 + '\"')" >"$tmp/huge.jsonl"
"$bin" tag --jsonl "$tmp/huge.jsonl" >/dev/null 2>"$tmp/err"
check "the message of a 3 MB malformed line is short ($(wc -c <"$tmp/err") bytes)" "[ \$(wc -c <\"$tmp/err\") -lt 600 ] && grep -q 'huge.jsonl:1: ' \"$tmp/err\""

# 7. Manifests as spreadsheets write them: a byte-order mark, semicolons, one bad row.
mkdir -p "$tmp/arts"
printf 'Chinese President Xi Jinping met Russian President Vladimir Putin on Monday.\n' >"$tmp/arts/a.txt"
printf 'French President Emmanuel Macron met German Chancellor Olaf Scholz on Tuesday.\n' >"$tmp/arts/b.txt"
printf 'Indian Prime Minister Narendra Modi met Brazilian President Lula da Silva on Friday.\n' >"$tmp/arts/c.txt"
dct_of() { "$bin" tag "$tmp/arts/$1" --manifest "$2" 2>/dev/null | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['dct'], d['dct_source'])"; }
printf '\xef\xbb\xbffile,published,source\r\na.txt,2024-03-11,Wire\r\nb.txt,2024-03-12,Wire\r\n' >"$tmp/bom.csv"
check "a manifest with a byte-order mark keeps its dates" "[ \"\$(dct_of a.txt \"$tmp/bom.csv\")\" = '2024-03-11 manifest' ]"
printf '\xef\xbb\xbffile;published;title\na.txt;2024-03-11;Talks; in Moscow\nb.txt;2024-03-12;\n' >"$tmp/semi.csv"
check "a ;-separated manifest is read" "[ \"\$(dct_of b.txt \"$tmp/semi.csv\")\" = '2024-03-12 manifest' ]"
"$bin" tag "$tmp/arts/a.txt" --manifest "$tmp/semi.csv" >/dev/null 2>"$tmp/err"; rc=$?
check "a row with too many fields is an error for that row (got $rc)" "[ $rc -eq 2 ] && grep -q 'semi.csv:2: expected 3 fields, found 4' \"$tmp/err\""
printf 'file,published\na.txt,11/03/2024\nb.txt,2024-03-12\nc.txt,2024-03-13,extra\n' >"$tmp/one-bad.csv"
"$bin" build "$tmp/arts" --manifest "$tmp/one-bad.csv" --out "$tmp/out" --chart svg 2>"$tmp/err"; rc=$?
check "build with bad manifest rows exits 2 (got $rc)" "[ $rc -eq 2 ]"
check "each bad row is named" "grep -q 'one-bad.csv:2: .published. must be' \"$tmp/err\" && grep -q 'one-bad.csv:4: expected 2 fields, found 3' \"$tmp/err\""
check "the good row keeps its date" "[ \"\$(dct_of b.txt \"$tmp/one-bad.csv\")\" = '2024-03-12 manifest' ]"
check "every document is still stored" "grep -q '3 documents read (3 added' \"$tmp/err\""

# 6. Characters XML forbids never reach SVG, HTML or TimeML.
mkdir -p "$tmp/odd"
printf 'Chinese President Xi Jinping met Russian\xef\xbf\xbe President Vladimir Putin \x01in Moscow\x1b on Monday, March 4, 2024, \xef\xbf\xbfofficials said.\n' >"$tmp/odd/a.txt"
printf 'file,published,title,url\na.txt,2024-03-05,T\xef\xbf\xbeitle\x02,https://example.org/\x01a\n' >"$tmp/odd/manifest.csv"
"$bin" build "$tmp/odd" --out "$tmp/odd-out" --chart svg --chart html --title "Odd \x01 title" 2>"$tmp/err"; rc=$?
check "build of an article with U+FFFE and controls exits 0 (got $rc: $(head -c 300 "$tmp/err"))" "[ $rc -eq 0 ]"
check "the article gives an event" "[ \$(wc -l <\"$tmp/odd-out/chronology.csv\") -ge 2 ]"
check "timeline.svg is well-formed XML ($(cat "$tmp/xmlerr" 2>/dev/null))" "well_formed \"$tmp/odd-out/timeline.svg\""
"$bin" tag "$tmp/odd/a.txt" --format timeml >"$tmp/a.tml" 2>/dev/null
check "TimeML is well-formed XML ($(cat "$tmp/xmlerr" 2>/dev/null))" "well_formed \"$tmp/a.tml\""
python3 - "$tmp/odd-out/timeline.html" >"$tmp/html-check" 2>&1 <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
bad = [hex(ord(c)) for c in page if (ord(c) < 0x20 and c not in "\t\n\r") or ord(c) in (0xFFFE, 0xFFFF)]
print(bad[:5]); sys.exit(1 if bad else 0)
PY
rc=$?
check "timeline.html holds no XML-forbidden character ($(cat "$tmp/html-check"))" "[ $rc -eq 0 ]"

# 6. CSV cells a spreadsheet could run are neutralised; a NUL in a quote never reaches the CSV.
python3 - "$tmp/inj.jsonl" <<'PY'
import json, sys
def mention(quote, who, where):
    return {"type": "meeting", "status": "occurred", "participants": who, "location": where,
            "time": {"value": "2024-03-04", "start": "2024-03-04", "end": "2024-03-04", "granularity": "day",
                     "basis": "explicit"}, "sentence": 0, "begin": 0, "end": 10, "quote": quote}
lines = [
    {"id": "i1", "dct": "2024-03-05", "mentions": [mention("=HYPERLINK(\"http://x\")", ["\t=cmd|' /C calc'!A0"], "\r=1+1")]},
    {"id": "i2", "dct": "2024-03-05", "mentions": [mention("a\u0000b met", ["  @SUM(1)"], "-2+3")]},
]
with open(sys.argv[1], "w") as f:
    for l in lines: f.write(json.dumps(l) + "\n")
PY
"$bin" ingest --mentions "$tmp/inj.jsonl" --db "$tmp/inj.db" 2>/dev/null
"$bin" export --db "$tmp/inj.db" -o "$tmp/inj.csv"
python3 - "$tmp/inj.csv" >"$tmp/csv-check" 2>&1 <<'PY'
import csv, sys
raw = open(sys.argv[1], "rb").read()
problems = ["NUL byte in the file"] if b"\0" in raw else []
for row in list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))[1:]:
    for cell in row:
        if cell[:1] in ("\t", "\r") or cell.lstrip(" \t\r\n")[:1] in ("=", "+", "-", "@"):
            problems.append(repr(cell[:20]))
print(problems); sys.exit(1 if problems else 0)
PY
rc=$?
check "no CSV cell can run as a formula and no NUL is written ($(cat "$tmp/csv-check"))" "[ $rc -eq 0 ]"
check "the export has both events" "[ \$(wc -l <\"$tmp/inj.csv\") -ge 3 ]"

[ $fail -eq 0 ] && echo "local_errors_test: all checks passed"
exit $fail
