#!/usr/bin/env python3
"""`annalist dyads` on ../shared/devset and devset2 in one store (skipped when absent): the yearly
counts per country pair and type, and the events behind them, equal those computed from the
chronology CSV's `countries`, `start`, `type` and `status` columns; `--pair China,Russia` keeps
that pair only; an unknown country is a usage error (exit status 1). Every chronology row carries a
CAMEO code and a PLOVER type, every participant a country or organisation code; the store's `event_dyads` view gives China–Russia's counts too."""
import collections, csv, os, sqlite3, subprocess, sys, tempfile

binary = sys.argv[1]
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
sets = [os.path.join(shared, d) for d in ("devset", "devset2")]
if not all(os.path.exists(os.path.join(s, "manifest.csv")) for s in sets):
    print("SKIP: ../shared with devset and devset2 is not here")
    sys.exit(77)
failures = []
def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)

with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "dev.db")
    for s in sets:
        subprocess.run([binary, "ingest", os.path.join(s, "articles"), "--manifest",
                        os.path.join(s, "manifest.csv"), "--db", db], check=True, capture_output=True)
    chron = os.path.join(tmp, "chronology.csv")
    subprocess.run([binary, "export", "--db", db, "-o", chron], check=True)
    rows = list(csv.DictReader(open(chron, encoding="utf-8", newline="")))
    check(rows and all(r["cameo"] and r["plover"] for r in rows), "every row has a CAMEO code and a PLOVER type")
    people = sum(len(r["participants"].split(";")) for r in rows)
    coded = sum(1 for r in rows for c in r["countries"].split(";") if c)
    print(f"dyads_test: {len(rows)} events, {coded}/{people} participants with a country or organisation code")
    # Every participant has a code: people no dictionary knows take the state of the office or the
    # person that introduces them (docs/export.md, "Codes of people no dictionary knows").
    for r in rows:
        for name, code in zip(r["participants"].split(";"), r["countries"].split(";")):
            check(code, f"{r['event_id']}: participant {name!r} has a country or organisation code")

    expected = collections.defaultdict(list)  # (a, b, year, type) -> event ids
    for r in rows:
        if r["status"] != "occurred":
            continue
        cs = sorted({c for c in r["countries"].split(";") if c})
        for i in range(len(cs)):
            for j in range(i + 1, len(cs)):
                expected[(cs[i], cs[j], r["start"][:4], r["type"] if r["start"] else "")].append(r["event_id"])

    table = os.path.join(tmp, "dyads.csv")
    run = subprocess.run([binary, "dyads", "--db", db, "-o", table], capture_output=True, text=True)
    check(run.returncode == 0, f"dyads exits 0 (got {run.returncode}: {run.stderr})")
    got = {}
    for r in csv.DictReader(open(table, encoding="utf-8", newline="")):
        ids = r["event_ids"].split(";")
        check(int(r["contacts"]) == len(ids), f"{r['country_a']}-{r['country_b']} {r['year']}: count = ids")
        got[(r["country_a"], r["country_b"], r["year"], r["type"])] = sorted(ids)
    want = {k: sorted(v) for k, v in expected.items()}
    for k in sorted(set(want) | set(got)):
        check(want.get(k) == got.get(k), f"{k}: chronology says {want.get(k)}, dyads says {got.get(k)}")
    pairs = {(a, b) for a, b, _, _ in want}
    print(f"dyads_test: {len(pairs)} country pairs, {sum(len(v) for v in want.values())} pair contacts")
    check(("CHN", "RUS") in pairs and len(pairs) >= 10, f"China–Russia and at least ten pairs ({len(pairs)})")
    for a, b in pairs:
        check(f"{a}-{b}  " in run.stdout, f"the printed table names {a}-{b}")

    # The store's event_dyads view answers the same question in SQL (docs/store.md).
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    sql = {(str(y), t): n for y, t, n in con.execute(
        "select year, type, count(*) from event_dyads where dyad = 'CHN-RUS' and status = 'occurred' "
        "and year is not null group by year, type")}
    con.close()
    cli = {(k[2], k[3]): len(v) for k, v in got.items() if k[:2] == ("CHN", "RUS") and k[2]}
    check(sql == cli and sql, f"event_dyads view: China–Russia per year and type {sql} = dyads {cli}")

    only = os.path.join(tmp, "pair.csv")
    run = subprocess.run([binary, "dyads", "--db", db, "--pair", "Russia,china", "-o", only],
                         capture_output=True, text=True)
    pair_rows = list(csv.DictReader(open(only, encoding="utf-8", newline="")))
    check(run.returncode == 0 and pair_rows and all((r["country_a"], r["country_b"]) == ("CHN", "RUS") for r in pair_rows),
          "--pair Russia,china keeps China–Russia only")
    check(run.stdout.startswith("CHN-RUS  China – Russia: "), f"--pair prints the pair first: {run.stdout[:60]!r}")
    run = subprocess.run([binary, "dyads", "--db", db, "--pair", "China,Atlantis"], capture_output=True, text=True)
    check(run.returncode == 1 and "Atlantis" in run.stderr, f"unknown country: a usage error (exit 1) naming it ({run.returncode}, {run.stderr.strip()})")

print("dyads_test:", "all checks passed" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
