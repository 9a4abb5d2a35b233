#!/usr/bin/env python3
"""The development-set chronology meets its bars under the shared scorer (skipped when ../shared
with the development set is absent): recall, precision, exact dates, no guessed date, no future
event presented as past, and the share of multi-article events merged into exactly one event."""
import json, os, subprocess, sys, tempfile

BAR_RECALL, BAR_PRECISION = 0.80, 0.80
BAR_EXACT = 0.90            # exact date over matched pairs with a dated gold event
BAR_MERGED = 11 / 13 - 1e-9 # multi-article gold events fully merged (reached: 11 of 13)
binary = sys.argv[1]
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
devset = os.path.join(shared, "devset")
gold = os.path.join(devset, "gold_events.csv")
manifest = os.path.join(devset, "manifest.csv")
articles = os.path.join(devset, "articles")
scorer = os.path.join(shared, "tools", "score_events.py")
if not all(os.path.exists(p) for p in (gold, manifest, articles, scorer)):
    print("SKIP: ../shared with the development set and the scorer is not here")
    sys.exit(77)
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "out")
    subprocess.run([binary, "build", articles, "--manifest", manifest, "--db", os.path.join(tmp, "dev.db"),
                    "--out", out], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    csv = os.path.join(out, "chronology.csv")
    report = json.loads(subprocess.run([sys.executable, scorer, gold, csv, "--manifest", manifest, "--json"],
                                       check=True, capture_output=True, text=True).stdout)
recall, precision = report["recall"], report["precision"]
date = report["date"]
dated_pairs = date["exact"] + date["finer"] + date["coarser"]
exact = date["exact"] / dated_pairs if dated_pairs else 1.0
guessed = report["dating"]["guessed_date"]
future = report["dating"]["future_as_past"]["flagged"]
merge = report["merge"]
merged = merge["fully_merged"] / merge["multi_article_gold"] if merge["multi_article_gold"] else 1.0
print(f"devset: recall {recall:.3f} precision {precision:.3f} exact {exact:.3f} guessed {guessed} "
      f"future-as-past {future} merged {merge['fully_merged']}/{merge['multi_article_gold']}")
failures = []
if recall < BAR_RECALL: failures.append(f"recall {recall:.3f} < {BAR_RECALL}")
if precision < BAR_PRECISION: failures.append(f"precision {precision:.3f} < {BAR_PRECISION}")
if exact < BAR_EXACT: failures.append(f"exact dates {exact:.3f} < {BAR_EXACT}")
if guessed: failures.append(f"{guessed} guessed dates")
if future: failures.append(f"{future} future events presented as past")
if merged < BAR_MERGED: failures.append(f"fully merged {merged:.3f} < {BAR_MERGED:.3f}")
for f in failures: print("FAIL:", f)
sys.exit(1 if failures else 0)
