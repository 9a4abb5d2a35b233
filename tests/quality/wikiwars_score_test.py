#!/usr/bin/env python3
"""Narrative anchoring holds on the WikiWars development half (skipped when ../shared is absent).

The eleven war histories of corpora/wikiwars-dev.jsonl carry a DCT (2009-12-19) that is the date
of the corpus, not of the story: "On 7 August", "in the winter", "the following month" must be
read in the time the history has reached. Prints the TempEval-3 scores and fails below the bars
of docs/tagger.md (value F1 75, relaxed F1 90).
"""
import json, os, subprocess, sys, tempfile

BARS = {"relaxed": 90.0, "value": 75.0}

binary = sys.argv[1]
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
gold = os.path.join(shared, "corpora", "wikiwars-dev.jsonl")
scorer = os.path.join(shared, "tools", "score_timex.py")
if not (os.path.exists(gold) and os.path.exists(scorer)):
    print("SKIP: ../shared with the WikiWars corpus and scorer is not here")
    sys.exit(77)

with tempfile.TemporaryDirectory() as tmp:
    pred = os.path.join(tmp, "pred.jsonl")
    with open(pred, "w") as out:
        subprocess.run([binary, "tag", "--jsonl", gold], check=True, stdout=out)
    report = subprocess.run([sys.executable, scorer, gold, pred, "--json"], check=True, capture_output=True,
                            text=True).stdout
overall = json.loads(report)["overall"]
scores = {k: overall[k]["f1"] * 100 for k in ("relaxed", "strict", "value", "type")}
print("WikiWars dev (11 histories): " + "  ".join(f"{k} F1 {v:.1f}" for k, v in scores.items()))
failures = [f"{k} F1 {scores[k]:.1f} < {bar}" for k, bar in BARS.items() if scores[k] < bar]
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
