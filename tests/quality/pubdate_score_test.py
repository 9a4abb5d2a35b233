#!/usr/bin/env python3
"""Publication dates inferred from the text hold on the development sets (skipped without ../shared).

For every article of ../shared/devset and ../shared/devset2 whose manifest gives a publication
date, the article is tagged with that date withheld and its dateline ignored
(`annalist tag FILE --no-dateline`): the inferred interval (`dct_inferred`) must contain the true
date for every article that gets one (a wrong interval is a defect), intervals must be given for at
least 60 % of the articles, and their median width must be at most 400 days. Prints the table of
docs/tagger.md; --verbose lists every article with its interval and evidence.
"""
import csv, json, os, statistics, subprocess, sys
from datetime import date

BARS = {"given": 0.60, "median_width": 400}

binary = sys.argv[1]
verbose = "--verbose" in sys.argv
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
sets = [s for s in ("devset", "devset2") if os.path.exists(os.path.join(shared, s, "manifest.csv"))]
if not sets:
    print("SKIP: ../shared with the development sets is not here")
    sys.exit(77)

rows, failures = [], []
for name in sets:
    folder = os.path.join(shared, name)
    with open(os.path.join(folder, "manifest.csv"), encoding="utf-8") as f:
        manifest = [r for r in csv.DictReader(f) if r.get("published")]
    articles = given = contained = 0
    widths = []
    for r in manifest:
        path = os.path.join(folder, "articles", r["file"])
        out = subprocess.run([binary, "tag", path, "--no-dateline"], check=True, capture_output=True,
                             text=True).stdout
        line = json.loads(out)
        truth = date.fromisoformat(r["published"])
        articles += 1
        inferred = line.get("dct_inferred")
        if line.get("dct") is not None:
            failures.append(f"{name}/{r['file']}: a publication date was set ({line['dct']}) with the date withheld")
            continue
        if not inferred:
            if verbose:
                print(f"{name}/{r['file']}\t{truth}\tno interval")
            continue
        start, end = date.fromisoformat(inferred["start"]), date.fromisoformat(inferred["end"])
        given += 1
        widths.append((end - start).days + 1)
        ok = start <= truth <= end
        contained += ok
        if not ok:
            failures.append(f"{name}/{r['file']}: published {truth}, inferred {start}..{end}: "
                            + " | ".join(inferred.get("why", [])))
        if verbose:
            print(f"{name}/{r['file']}\t{truth}\t{start}..{end}\t{'ok' if ok else 'WRONG'}\t"
                  + " | ".join(inferred.get("why", [])))
    rows.append((name, articles, given, contained, widths))

total = ("both", sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows),
         [w for r in rows for w in r[4]])
print(f"{'set':<9}{'articles':>9}{'intervals given':>17}{'containing the date':>21}{'median width (days)':>21}")
for name, articles, given, contained, widths in rows + [total]:
    median = statistics.median(widths) if widths else 0
    print(f"{name:<9}{articles:>9}{given:>10} ({given / articles:4.0%}){contained:>14} ({contained / max(given, 1):4.0%})"
          f"{median:>21.0f}")
_, articles, given, contained, widths = total
if given < BARS["given"] * articles:
    failures.append(f"intervals given for {given} of {articles} articles (< {BARS['given']:.0%})")
if widths and statistics.median(widths) > BARS["median_width"]:
    failures.append(f"median width {statistics.median(widths):.0f} days > {BARS['median_width']}")
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
