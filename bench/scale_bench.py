#!/usr/bin/env python3
"""Scale benchmark (not a test): the map step direct and on Dask, the reduce at growing store
sizes, large documents, and a chart of many events. Prints a table; docs/scale.md holds a run.

    python3 bench/scale_bench.py                       # 10k and 100k articles, 10k/100k/1M mentions
    python3 bench/scale_bench.py --articles 2000 --mentions 10000,100000

Articles: the devset + devset2 texts (read from ../shared at run time, never stored), each copy
with its years and publication date shifted and a reference line of its own, so every article
is distinct; written as JSONL into a temporary folder. Map: `annalist extract --jsonl` direct,
and python/annalist_dask.py with 1 and 2 process workers (articles/s and per worker).
Reduce: `annalist ingest --mentions` of synthetic mention lines (5 per document, 40 a day over
the years from 1950) into a fresh store at each size, then 10k more (about days the store
holds) into that store: time and peak memory (RSS of the process). Build: `annalist build` of
16,000 articles with its charts (peak memory). Large documents: `annalist ingest` of one article
of 1, 2 and 4 MB (and 50 MB, refused by the default limit).
"""
import argparse
import csv
import datetime
import io
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


TIME = "/usr/bin/time"


def measure(cmd, stdin=None, stdout=subprocess.DEVNULL):
    """(wall seconds, peak RSS in MB, exit status, CPU seconds) of one process. CPU time (user +
    system, with the children it waited for: Dask workers, their annalist processes) is what the
    work costs; wall time on a machine shared with other jobs is only an upper bound. The peak
    comes from GNU time when it is installed: the child's own ru_maxrss also counts this Python
    process's memory, which the child shares between fork and exec."""
    start = time.monotonic()
    peak_file = None
    if os.access(TIME, os.X_OK):
        fd, peak_file = tempfile.mkstemp(prefix="annalist-peak-")
        os.close(fd)
        cmd = [TIME, "-f", "%M", "-o", peak_file] + list(cmd)
    proc = subprocess.Popen(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak_mb = usage.ru_maxrss / 1024
    if peak_file:
        with open(peak_file, encoding="utf-8") as f:
            lines = [line for line in f.read().split("\n") if line.strip().isdigit()]
        os.remove(peak_file)
        if lines:
            peak_mb = int(lines[-1]) / 1024
    return time.monotonic() - start, peak_mb, proc.returncode, usage.ru_utime + usage.ru_stime


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


MENTIONS_PER_DAY = 40


def write_mentions(path, n_mentions, first_doc=0):
    """Documents of 5 meetings each between the ten leaders; 40 mentions a day from 1950 on, so a
    store of more mentions covers more days (as news does), not more reports of the same days.
    Documents numbered from `first_doc` report the days from 1950 on again (new articles about
    days the store already holds)."""
    per_doc = 5
    epoch = datetime.date(1950, 1, 1)
    with open(path, "w", encoding="utf-8") as out:
        for d in range(first_doc, first_doc + (n_mentions + per_doc - 1) // per_doc):
            mentions = []
            for k in range(per_doc):
                i = (d - first_doc) * per_doc + k
                a, b = PEOPLE[i % 10], PEOPLE[(i // 10 + i + 1) % 10]
                if a == b:
                    b = PEOPLE[(i + 3) % 10]
                day = (epoch + datetime.timedelta(days=i // MENTIONS_PER_DAY)).isoformat()
                mentions.append({"type": "meeting", "status": "occurred", "participants": sorted([a, b]), "location": "",
                                 "time": {"value": day, "start": day, "end": day, "granularity": "day", "basis": "explicit",
                                          "text": day, "why": "explicit"},
                                 "sentence": k, "begin": k * 100, "end": k * 100 + 60,
                                 "quote": f"{a} met {b} on {day} (document {d}).", "trigger": "met", "rule": "meeting.met"})
            out.write(json.dumps({"id": f"m{d:07d}", "dct": "2026-01-01", "dct_source": "option", "mentions": mentions}) + "\n")


def row(*cells):
    print("| " + " | ".join(str(c) for c in cells) + " |", flush=True)


def remove_store(db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)


def bench_build(bin_, tmp, n, texts):
    """`annalist build` of n synthetic articles (chronology, SVG and PNG): the whole pipeline in one
    process, and its peak memory."""
    print(f"Build ({n:,} articles, `annalist build corpus.jsonl`: chronology.csv, SVG and PNG charts):\n")
    row("articles", "wall s", "CPU s", "articles per CPU s", "peak MB", "events", "exit")
    row("---:", "---:", "---:", "---:", "---:", "---:", "---:")
    corpus = os.path.join(tmp, f"build-{n}.jsonl")
    write_corpus(corpus, n, texts)
    out = os.path.join(tmp, f"build-{n}")
    secs, mb, rc, cpu = measure([bin_, "build", corpus, "--out", out, "--db", os.path.join(tmp, "build.db")])
    events = 0
    if os.path.exists(os.path.join(out, "chronology.csv")):
        with open(os.path.join(out, "chronology.csv"), encoding="utf-8") as f:
            events = sum(1 for _ in csv.reader(f)) - 1
    row(f"{n:,}", f"{secs:.1f}", f"{cpu:.1f}", f"{n / max(cpu, 1e-9):.1f}", f"{mb:.0f}", f"{events:,}", rc)
    shutil.rmtree(out, ignore_errors=True)
    remove_store(os.path.join(tmp, "build.db"))
    os.remove(corpus)
    print()


def bench_map(bin_, tmp, sizes, workers, texts, dask):
    print("Map step (extract), articles/s:\n")
    row("articles", "run", "wall s", "CPU s", "articles/s (wall)", "per worker (wall)", "articles per CPU s", "peak MB")
    row("---:", "---", "---:", "---:", "---:", "---:", "---:", "---:")
    for n in sizes:
        corpus = os.path.join(tmp, f"corpus-{n}.jsonl")
        write_corpus(corpus, n, texts)
        with open(corpus, "rb") as f:
            secs, mb, rc, cpu = measure([bin_, "extract", "--jsonl", "-"], stdin=f)
        row(f"{n:,}", "direct, 1 process", f"{secs:.1f}", f"{cpu:.1f}", f"{n / secs:.1f}", f"{n / secs:.1f}",
            f"{n / max(cpu, 1e-9):.1f}", f"{mb:.0f}")
        if dask:
            for w in workers:
                out = os.path.join(tmp, f"dask-{n}-{w}")
                secs, mb, rc, cpu = measure([sys.executable, os.path.join(ROOT, "python", "annalist_dask.py"), "build",
                                             corpus, "--out", out, "--workers", str(w), "--chart", "svg",
                                             "--annalist", bin_])
                row(f"{n:,}", f"Dask, {w} worker{'s' if w > 1 else ''} (with reduce and chart)", f"{secs:.1f}",
                    f"{cpu:.1f}", f"{n / secs:.1f}", f"{n / secs / w:.1f}", f"{n / max(cpu, 1e-9):.1f}",
                    f"{mb:.0f} (driver)")
                shutil.rmtree(out, ignore_errors=True)
        os.remove(corpus)
    print()


def bench_reduce(bin_, tmp, sizes, more):
    print(f"Reduce step (ingest --mentions into a fresh store, then {more:,} more into it):\n")
    row("mentions", "wall s", "CPU s", "mentions per CPU s", "peak MB", f"+{more // 1000}k: wall s",
        f"+{more // 1000}k: CPU s", f"+{more // 1000}k: peak MB", "events", "store MB")
    row("---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:")
    for n in sizes:
        m = os.path.join(tmp, "m.jsonl")
        write_mentions(m, n)
        db = os.path.join(tmp, "m.db")
        secs, mb, rc, cpu = measure([bin_, "ingest", "--mentions", m, "--db", db])
        write_mentions(m, more, first_doc=10_000_000)
        secs2, mb2, rc2, cpu2 = measure([bin_, "ingest", "--mentions", m, "--db", db])
        size = os.path.getsize(db) / 2**20
        exported = subprocess.run([bin_, "export", "--db", db], capture_output=True, text=True).stdout
        events = max(0, sum(1 for _ in csv.reader(io.StringIO(exported))) - 1)
        row(f"{n:,}", f"{secs:.1f}", f"{cpu:.1f}", f"{n / max(cpu, 1e-9):.0f}", f"{mb:.0f}", f"{secs2:.1f}",
            f"{cpu2:.1f}", f"{mb2:.0f}", f"{events:,}", f"{size:.0f}")
        remove_store(db)
        os.remove(m)
    print()


def bench_large(bin_, tmp, texts):
    print("One large document (annalist ingest; default limit 8 MB):\n")
    row("size", "wall s", "CPU s", "peak MB", "exit")
    row("---:", "---:", "---:", "---:", "---:")
    body = "\n\n".join(t for t, _ in texts)
    for mb_size in (1, 2, 4, 50):
        doc = os.path.join(tmp, f"big{mb_size}.txt")
        with open(doc, "w", encoding="utf-8") as f:
            text = ""
            while len(text) < mb_size * 2**20:
                text += body
            f.write(text[: mb_size * 2**20])
        secs, mb, rc, cpu = measure([bin_, "ingest", doc, "--dct", "2024-01-01", "--db", os.path.join(tmp, f"big{mb_size}.db")])
        row(f"{mb_size} MB", f"{secs:.1f}", f"{cpu:.1f}", f"{mb:.0f}", f"{rc}{' (refused)' if rc == 2 else ''}")
    print()


def ints(text):
    return [int(x) for x in text.split(",") if x]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--annalist", default=os.path.join(ROOT, "build", "annalist"))
    ap.add_argument("--articles", default="10000,100000", help="map step corpus sizes (comma-separated; empty: none)")
    ap.add_argument("--mentions", default="10000,100000,1000000", help="reduce sizes (comma-separated; empty: none)")
    ap.add_argument("--more", type=int, default=10000, help="mentions added to each reduce store afterwards")
    ap.add_argument("--build", default="16000", help="`annalist build` sizes in articles (comma-separated; empty: none)")
    ap.add_argument("--workers", default="1,2", help="Dask worker counts")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-large", action="store_true", help="skip the large-document runs")
    args = ap.parse_args()
    bin_ = args.annalist
    tmp = tempfile.mkdtemp(prefix="annalist-scale-")
    try:
        print(f"annalist scale benchmark; {os.cpu_count()} cores; wall and CPU seconds (CPU: user + system)\n")
        texts = devset_texts() if os.path.isdir(SHARED) else []
        if args.mentions:
            bench_reduce(bin_, tmp, ints(args.mentions), args.more)
        if texts:
            for n in ints(args.build):
                bench_build(bin_, tmp, n, texts)
            if args.articles:
                bench_map(bin_, tmp, ints(args.articles), ints(args.workers), texts, not args.no_dask)
            if not args.no_large:
                bench_large(bin_, tmp, texts)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
