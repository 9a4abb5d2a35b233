#!/usr/bin/env python3
"""The tagger meets its bar on TimeBank + AQUAINT under the TempEval-3 scorer (skipped when ../shared is absent).

Prints the overall scores and those of the two parts (the documents whose ids are the file names
under corpora/timebank/TimeBank/ and .../AQUAINT/) next to HeidelTime's published figures; the
bars apply to the overall scores, so that a regression fails the suite.
"""
import json, os, subprocess, sys, tempfile

# What the tagger reaches (docs/tagger.md), less a small margin.
BARS = {"relaxed_f1": 94.5, "strict_f1": 88.0, "value_f1": 81.8}
# HeidelTime 1.8 on TempEval-3 (TimeBank / AQUAINT parts): relaxed, strict, value F1.
HEIDELTIME = {"TimeBank": (91.6, 84.9, 79.2), "AQUAINT": (91.8, 81.0, 73.0)}

binary = sys.argv[1]
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
gold = os.path.join(shared, "corpora", "timebank.jsonl")
scorer = os.path.join(shared, "tools", "score_timex.py")
if not (os.path.exists(gold) and os.path.exists(scorer)):
    print("SKIP: ../shared with the TimeBank corpus and scorer is not here")
    sys.exit(77)


def score(gold_path, pred_path):
    out = subprocess.run([sys.executable, scorer, gold_path, pred_path, "--json"], check=True,
                         capture_output=True, text=True).stdout
    o = json.loads(out)["overall"]
    return {k: o[k]["f1"] * 100 for k in ("relaxed", "strict", "value")}


def subset(src, dst, ids):
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            if line.strip() and json.loads(line)["id"] in ids:
                out.write(line)


with tempfile.TemporaryDirectory() as tmp:
    pred = os.path.join(tmp, "pred.jsonl")
    with open(pred, "w") as out:
        subprocess.run([binary, "tag", "--jsonl", gold], check=True, stdout=out)
    overall = score(gold, pred)
    rows = [("all", overall, None)]
    for part in ("TimeBank", "AQUAINT"):
        folder = os.path.join(shared, "corpora", "timebank", part)
        if not os.path.isdir(folder):
            continue
        ids = {os.path.splitext(n)[0] for n in os.listdir(folder)}
        g, p = os.path.join(tmp, part + ".gold.jsonl"), os.path.join(tmp, part + ".pred.jsonl")
        subset(gold, g, ids)
        subset(pred, p, ids)
        rows.append((f"{part} ({len(ids)} docs)", score(g, p), HEIDELTIME[part]))

print(f"{'part':<22}{'relaxed F1':>11}{'strict F1':>11}{'value F1':>10}   HeidelTime relaxed/strict/value")
for name, s, ht in rows:
    ref = f"   {ht[0]:.1f} / {ht[1]:.1f} / {ht[2]:.1f}" if ht else ""
    print(f"{name:<22}{s['relaxed']:>11.1f}{s['strict']:>11.1f}{s['value']:>10.1f}{ref}")
failures = []
for key, bar in BARS.items():
    v = overall[key.split("_")[0]]
    print(f"{key}: {v:.1f} (bar {bar})")
    if v < bar: failures.append(f"{key} {v:.1f} < {bar}")
for f in failures: print("FAIL:", f)
sys.exit(1 if failures else 0)
