#!/usr/bin/env bash
# Measures quality with the shared scorers: the seed, devset and devset2 chronologies (score_events.py) and
# the tagger on TimeBank + AQUAINT (score_timex.py, overall and per part). Needs ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
bin=build/annalist
[ -x "$bin" ] || scripts/build.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== seeds (gold/seed-events.csv)"
"$bin" build --out "$tmp/seeds" 2>/dev/null
python3 "$shared/tools/score_events.py" "$shared/gold/seed-events.csv" "$tmp/seeds/chronology.csv" | sed -n '3,6p'

for set in devset devset2; do
  echo "== $set ($(ls "$shared/$set/articles" | wc -l) articles)"
  "$bin" build "$shared/$set/articles" --manifest "$shared/$set/manifest.csv" --out "$tmp/$set" 2>/dev/null
  python3 "$shared/tools/score_events.py" "$shared/$set/gold_events.csv" "$tmp/$set/chronology.csv" \
    --manifest "$shared/$set/manifest.csv" >"$tmp/$set.txt"
  sed -n '3,6p' "$tmp/$set.txt"
  grep -E '^  all |guessed date|future presented|fully merged' "$tmp/$set.txt"
done

echo "== tagger (TimeBank + AQUAINT, TempEval-3 Task A)"
"$bin" tag --jsonl "$shared/corpora/timebank.jsonl" >"$tmp/pred.jsonl"
python3 - "$shared" "$tmp/pred.jsonl" <<'PY'
import json, os, subprocess, sys
shared, pred = sys.argv[1], sys.argv[2]
gold = os.path.join(shared, "corpora", "timebank.jsonl")
parts = {p: {os.path.splitext(f)[0] for f in os.listdir(os.path.join(shared, "corpora", "timebank", p))}
         for p in ("TimeBank", "AQUAINT")}
def score(ids, tag):
    g, s = pred + tag + ".gold", pred + tag + ".sys"
    with open(g, "w") as go, open(s, "w") as so:
        for line in open(gold):
            if ids is None or json.loads(line)["id"] in ids: go.write(line)
        for line in open(pred):
            if ids is None or json.loads(line)["id"] in ids: so.write(line)
    r = json.loads(subprocess.run([sys.executable, os.path.join(shared, "tools", "score_timex.py"), g, s, "--json"],
                                  capture_output=True, text=True, check=True).stdout)["overall"]
    return [100 * r[k]["f1"] for k in ("strict", "relaxed", "value", "type")]
print(f"{'part':<10}{'strict':>8}{'relaxed':>9}{'value':>7}{'type':>7}")
for name, ids in (("all", None), ("TimeBank", parts["TimeBank"]), ("AQUAINT", parts["AQUAINT"])):
    print(f"{name:<10}" + "".join(f"{v:>8.1f}" if i == 0 else f"{v:>{9 if i == 1 else 7}.1f}" for i, v in enumerate(score(ids, name))))
PY
