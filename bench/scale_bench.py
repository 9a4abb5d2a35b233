#!/usr/bin/env python3
"""Scale benchmark (not a test): the map step direct and on Dask, the reduce at growing store
sizes, large documents, and a chart of many events. Prints a table; docs/scale.md holds a run.

    python3 bench/scale_bench.py                       # 10k and 100k articles, 10k/100k/1M mentions
    python3 bench/scale_bench.py --articles 2000 --mentions 10000,100000

Articles: the devset + devset2 texts (read from ../shared at run time, never stored), each copy
with its years and publication date shifted and a reference line of its own, so every article
is distinct; written as JSONL into a temporary folder. Map: `annalist extract --jsonl` direct,
and python/annalist_dask.py with 1 and 2 process workers (articles/s and per worker).
Reduce: `annalist ingest --mentions` of synthetic mention lines (5 per document, distinct
pairs of actors and days) into a fresh store at each size, then 10k more into that store:
time and peak memory (RSS of the process). Large documents: `annalist ingest` of one article of
1, 2 and 4 MB (and 50 MB, refused by the default limit). Chart: `annalist render` of a store of
14,000 events to PNG (what `build` spends most of its memory on).
"""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SHARED = os.path.join(ROOT, "..", "shared")


def measure(cmd, stdin=None, stdout=subprocess.DEVNULL):
    """(seconds, peak RSS in MB, exit status) of one process."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.monotonic() - start, usage.ru_maxrss / 1024, proc.returncode


def devset_texts():
    texts = []
    for ds in ("devset", "devset2"):
        base = os.path.join(SHARED, ds)
        man = {r["file"]: r.get("published", "") for r in csv.DictReader(open(os.path.join(base, "manifest.csv"), encoding="utf-8"))}
        for name in sorted(os.listdir(os.path.join(base, "articles"))):
            texts.append((open(os.path.join(base, "articles", name), encoding="utf-8").read(), man.get(name, "")))
    return texts


YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")


def write_corpus(path, n, texts):
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            text, published = texts[i % len(texts)]
            shift = (i // len(texts)) % 20
            body = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text) + f"\n\nReference {i:07d}.\n"
            rec = {"id": f"s{i:07d}", "text": body}
            if published:
                rec["dct"] = f"{int(published[:4]) + shift}{published[4:]}"
                if rec["dct"].endswith("-02-29"):
                    rec["dct"] = rec["dct"][:-2] + "28"
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


PEOPLE = ["Xi Jinping", "Vladimir Putin", "Emmanuel Macron", "Olaf Scholz", "Narendra Modi", "Joe Biden",
          "Recep Tayyip Erdogan", "Fumio Kishida", "Luiz Inacio Lula da Silva", "Cyril Ramaphosa"]


def write_mentions(path, n_mentions, first_doc=0):
    per_doc = 5
    with open(path, "w", encoding="utf-8") as out:
        for d in range(first_doc, first_doc + (n_mentions + per_doc - 1) // per_doc):
            mentions = []
            for k in range(per_doc):
                i = d * per_doc + k
                a, b = PEOPLE[i % 10], PEOPLE[(i // 10 + i + 1) % 10]
                if a == b:
                    b = PEOPLE[(i + 3) % 10]
                day = f"{2000 + (i // 336) % 25:04d}-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}"
                mentions.append({"type": "meeting", "status": "occurred", "participants": sorted([a, b]), "location": "",
                                 "time": {"value": day, "start": day, "end": day, "granularity": "day", "basis": "explicit",
                                          "text": day, "why": "explicit"},
                                 "sentence": k, "begin": k * 100, "end": k * 100 + 60,
                                 "quote": f"{a} met {b} on {day} (document {d}).", "trigger": "met", "rule": "meeting.met"})
            out.write(json.dumps({"id": f"m{d:07d}", "dct": "2026-01-01", "dct_source": "option", "mentions": mentions}) + "\n")


def row(*cells):
    print("| " + " | ".join(str(c) for c in cells) + " |", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--annalist", default=os.path.join(ROOT, "build", "annalist"))
    ap.add_argument("--articles", default="10000,100000", help="corpus sizes (comma-separated)")
    ap.add_argument("--mentions", default="10000,100000,1000000", help="reduce sizes (comma-separated)")
    ap.add_argument("--workers", default="1,2", help="Dask worker counts")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-large", action="store_true", help="skip the large-document and chart runs")
    args = ap.parse_args()
    bin_ = args.annalist
    tmp = tempfile.mkdtemp(prefix="annalist-scale-")
    try:
        print(f"annalist scale benchmark; {os.cpu_count()} cores; times are wall clock\n")
        texts = devset_texts() if os.path.isdir(SHARED) else []
        if texts and args.articles:
            print("Map step (extract), articles/s:\n")
            row("articles", "run", "seconds", "articles/s", "per worker", "peak MB")
            row("---", "---", "---:", "---:", "---:", "---:")
            for n in [int(x) for x in args.articles.split(",") if x]:
                corpus = os.path.join(tmp, f"corpus-{n}.jsonl")
                write_corpus(corpus, n, texts)
                with open(corpus, "rb") as f:
                    secs, mb, rc = measure([bin_, "extract", "--jsonl", "-"], stdin=f)
                row(n, "direct, 1 process", f"{secs:.1f}", f"{n / secs:.1f}", f"{n / secs:.1f}", f"{mb:.0f}")
                if not args.no_dask:
                    for w in [int(x) for x in args.workers.split(",") if x]:
                        out = os.path.join(tmp, f"dask-{n}-{w}")
                        secs, mb, rc = measure([sys.executable, os.path.join(ROOT, "python", "annalist_dask.py"), "build",
                                                corpus, "--out", out, "--workers", str(w), "--chart", "svg",
                                                "--annalist", bin_])
                        row(n, f"Dask, {w} worker{'s' if w > 1 else ''} (with reduce and chart)", f"{secs:.1f}",
                            f"{n / secs:.1f}", f"{n / secs / w:.1f}", "")
                        shutil.rmtree(out, ignore_errors=True)
                os.remove(corpus)
            print()
        if args.mentions:
            print("Reduce step (ingest --mentions into a fresh store, then 10k more into it):\n")
            row("mentions", "seconds", "mentions/s", "peak MB", "+10k: seconds", "+10k: peak MB", "store MB")
            row("---:", "---:", "---:", "---:", "---:", "---:", "---:")
            for n in [int(x) for x in args.mentions.split(",") if x]:
                m = os.path.join(tmp, "m.jsonl")
                write_mentions(m, n)
                db = os.path.join(tmp, "m.db")
                secs, mb, rc = measure([bin_, "ingest", "--mentions", m, "--db", db])
                write_mentions(m, 10000, first_doc=10_000_000)
                secs2, mb2, rc2 = measure([bin_, "ingest", "--mentions", m, "--db", db])
                size = os.path.getsize(db) / 2**20
                row(n, f"{secs:.1f}", f"{n / secs:.0f}", f"{mb:.0f}", f"{secs2:.1f}", f"{mb2:.0f}", f"{size:.0f}")
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(db + suffix):
                        os.remove(db + suffix)
            print()
        if not args.no_large and texts:
            print("One large document (annalist ingest; default limit 8 MB):\n")
            row("size", "seconds", "peak MB", "exit")
            row("---:", "---:", "---:", "---:")
            body = "\n\n".join(t for t, _ in texts)
            for mb_size in (1, 2, 4, 50):
                doc = os.path.join(tmp, f"big{mb_size}.txt")
                with open(doc, "w", encoding="utf-8") as f:
                    text = ""
                    while len(text) < mb_size * 2**20:
                        text += body
                    f.write(text[: mb_size * 2**20])
                secs, mb, rc = measure([bin_, "ingest", doc, "--dct", "2024-01-01", "--db", os.path.join(tmp, f"big{mb_size}.db")])
                row(f"{mb_size} MB", f"{secs:.1f}", f"{mb:.0f}", f"{rc}{' (refused)' if rc == 2 else ''}")
            print()
            print("Chart of 14,000 events (render to PNG):\n")
            m = os.path.join(tmp, "chart.jsonl")
            write_mentions(m, 14000)
            db = os.path.join(tmp, "chart.db")
            subprocess.run([bin_, "ingest", "--mentions", m, "--db", db], stderr=subprocess.DEVNULL, check=False)
            events = subprocess.run([bin_, "export", "--db", db], capture_output=True, text=True).stdout.count("\n") - 1
            row("events", "format", "seconds", "peak MB")
            row("---:", "---", "---:", "---:")
            for fmt in ("svg", "png"):
                secs, mb, rc = measure([bin_, "render", "--db", db, "-o", os.path.join(tmp, f"chart.{fmt}")])
                row(events, fmt, f"{secs:.1f}", f"{mb:.0f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
