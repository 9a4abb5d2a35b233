#!/usr/bin/env python3
"""The tagger meets its bar on TimeBank + AQUAINT under the TempEval-3 scorer (skipped when ../shared is absent)."""
import json, os, subprocess, sys, tempfile

BARS = {"relaxed_f1": 75.0, "value_f1": 55.0}  # issue bar of the first tagger
binary = sys.argv[1]
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
gold = os.path.join(shared, "corpora", "timebank.jsonl")
scorer = os.path.join(shared, "tools", "score_timex.py")
if not (os.path.exists(gold) and os.path.exists(scorer)):
    print("SKIP: ../shared with the TimeBank corpus and scorer is not here")
    sys.exit(77)
with tempfile.TemporaryDirectory() as tmp:
    pred = os.path.join(tmp, "pred.jsonl")
    with open(pred, "w") as out:
        subprocess.run([binary, "tag", "--jsonl", gold], check=True, stdout=out)
    report = json.loads(subprocess.run([sys.executable, scorer, gold, pred, "--json"], check=True,
                                       capture_output=True, text=True).stdout)
overall = report["overall"]
failures = []
for key, bar in BARS.items():
    v = overall[key.split("_")[0]]["f1"] * 100
    print(f"{key}: {v:.1f} (bar {bar})")
    if v < bar: failures.append(f"{key} {v:.1f} < {bar}")
for f in failures: print("FAIL:", f)
sys.exit(1 if failures else 0)
