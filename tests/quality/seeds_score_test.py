#!/usr/bin/env python3
"""The seed chronology meets its bar under the shared scorer (skipped when ../shared is absent)."""
import json, os, subprocess, sys, tempfile

BAR_RECALL, BAR_PRECISION = 0.85, 0.85
binary = sys.argv[1]
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
gold = os.path.join(shared, "gold", "seed-events.csv")
scorer = os.path.join(shared, "tools", "score_events.py")
if not (os.path.exists(gold) and os.path.exists(scorer)):
    print("SKIP: ../shared with the seed gold and scorer is not here")
    sys.exit(77)
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([binary, "build", "--out", tmp], check=True, stderr=subprocess.DEVNULL)
    csv = os.path.join(tmp, "chronology.csv")
    report = json.loads(subprocess.run([sys.executable, scorer, gold, csv, "--json"], check=True,
                                       capture_output=True, text=True).stdout)
    rows = list(open(csv, encoding="utf-8"))
recall, precision = report["recall"], report["precision"]
print(f"seeds: recall {recall:.3f} precision {precision:.3f}")
failures = []
if recall < BAR_RECALL: failures.append(f"recall {recall:.3f} < {BAR_RECALL}")
if precision < BAR_PRECISION: failures.append(f"precision {precision:.3f} < {BAR_PRECISION}")
# Undated articles (001, 003, 004): no event dated from a relative expression.
import csv as csvmod
for row in csvmod.DictReader(rows):
    docs = row["documents"].split(";")
    if all(d.startswith(("001", "003", "004")) for d in docs) and row["date"] and row["date_basis"] not in ("explicit", "inferred"):
        failures.append(f"undated article event {row['event_id']} dated {row['date']} with basis {row['date_basis']}")
for f in failures: print("FAIL:", f)
sys.exit(1 if failures else 0)
