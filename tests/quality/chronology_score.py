"""Scores a development set's chronology with the shared scorer and checks it against bars:
recall, precision, exact dates, no guessed date, no future event presented as past, and the share
of multi-article events merged into exactly one event. Used by the *_score_test.py scripts;
exits 77 (skipped) when ../shared with the set and the scorer is absent."""
import json, os, subprocess, sys, tempfile


def check_set(name, binary, recall_bar, precision_bar, exact_bar, merged_bar):
    shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
    devset = os.path.join(shared, name)
    gold = os.path.join(devset, "gold_events.csv")
    manifest = os.path.join(devset, "manifest.csv")
    articles = os.path.join(devset, "articles")
    scorer = os.path.join(shared, "tools", "score_events.py")
    if not all(os.path.exists(p) for p in (gold, manifest, articles, scorer)):
        print(f"SKIP: ../shared with {name} and the scorer is not here")
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
    print(f"{name}: recall {recall:.3f} precision {precision:.3f} exact {exact:.3f} guessed {guessed} "
          f"future-as-past {future} merged {merge['fully_merged']}/{merge['multi_article_gold']}")
    failures = []
    if recall < recall_bar: failures.append(f"recall {recall:.3f} < {recall_bar}")
    if precision < precision_bar: failures.append(f"precision {precision:.3f} < {precision_bar}")
    if exact < exact_bar: failures.append(f"exact dates {exact:.3f} < {exact_bar}")
    if guessed: failures.append(f"{guessed} guessed dates")
    if future: failures.append(f"{future} future events presented as past")
    if merged < merged_bar: failures.append(f"fully merged {merged:.3f} < {merged_bar:.3f}")
    for f in failures: print("FAIL:", f)
    sys.exit(1 if failures else 0)
