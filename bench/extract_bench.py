#!/usr/bin/env python3
"""Event extraction throughput: `annalist extract --jsonl` on >= 50 MB of news, full actor dictionaries.

    python3 bench/extract_bench.py [--annalist build/annalist] [--mb 50] [--runs 3]

Builds the input at run time (never committed) by repeating the articles of ../shared/devset and
../shared/devset2, each copy with its own id ("001#17") and its manifest publication date, until
it holds at least --mb MB of article text. Then, pinned to one core (taskset -c 0 when available):
  * `annalist extract --jsonl` on it, end to end (JSON in, tagging, extraction, JSON out), best of
    --runs runs: MB/s over wall-clock and over CPU time, documents/s, peak memory;
  * the same on a fifth of the input: the peak memory must not grow with the input;
  * start-up: a one-line input, best of 5 -- loading every lexicon and dictionary of data/;
  * `annalist tag --jsonl` on the same input, for the share of the tagger.
MB/s over CPU time (user + system of the process) is the number to compare: on a shared machine
the wall clock also counts the time other processes held the core. Speed lives here, never in a
timed unit test.

    python3 bench/extract_bench.py --instructions [--mb 0.375]

counts instead, under valgrind's callgrind, the instructions `annalist extract --jsonl` executes
per byte of article text (the whole command on --mb MB, less the same command on a one-line input:
what the documents cost beyond loading the dictionaries), and of these the share of the extractor,
the tagger and the mention JSON. Instruction counts do not depend on the machine's load, so they
compare builds where seconds on a shared machine cannot.
"""
import argparse, csv, json, os, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared")
GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def pinned(cmd):
    return (["taskset", "-c", "0"] + cmd) if shutil.which("taskset") else cmd


def run(cmd):
    """Wall time, peak RSS (KB) and CPU time of one child (GNU time measures the peak of the
    program itself, not of a child forked from this Python process)."""
    with tempfile.NamedTemporaryFile(suffix=".rss") as rss:
        full = ([GNU_TIME, "-f", "%M", "-o", rss.name] + cmd) if GNU_TIME else cmd
        t0 = time.perf_counter()
        proc = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"extract_bench: {' '.join(cmd)} failed: {proc.stderr.read()[-500:]}")
        try:
            peak = int(open(rss.name).read().split()[-1])
        except (OSError, ValueError, IndexError):
            peak = usage.ru_maxrss
        return wall, peak, usage.ru_utime + usage.ru_stime


def articles():
    docs = []
    for name in ("devset", "devset2"):
        folder = os.path.join(SHARED, name)
        published = {}
        with open(os.path.join(folder, "manifest.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                published[row["file"]] = row.get("published") or None
        art = os.path.join(folder, "articles")
        for fname in sorted(os.listdir(art)):
            if fname.endswith(".txt"):
                text = open(os.path.join(art, fname), encoding="utf-8").read()
                docs.append((f"{name}/{fname[:-4]}", published.get(fname), text))
    return docs


def build_input(docs, megabytes, path):
    size, n, rounds = 0, 0, 0
    with open(path, "w", encoding="utf-8") as out:
        while size < megabytes * 1_000_000:
            for doc_id, dct, text in docs:
                out.write(json.dumps({"id": f"{doc_id}#{rounds}", "dct": dct, "text": text}, ensure_ascii=False) + "\n")
                size += len(text.encode("utf-8"))
                n += 1
            rounds += 1
    return size, n


def dictionary_size():
    people = organisations = 0
    actors = os.path.join(ROOT, "data", "actors")
    for fname in os.listdir(actors):
        if fname.endswith(".txt"):
            for line in open(os.path.join(actors, fname), encoding="utf-8"):
                people += line.startswith("person ") or (line.startswith("  ") and fname == "offices.txt" and "|" in line)
                organisations += line.startswith("organisation ") or line.startswith("country ")
    return people, organisations


def callgrind(cmd, toggles=()):
    """Instructions executed by cmd under callgrind; with toggles, only inside those functions."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        args = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
        args += [f"--toggle-collect={t}" for t in toggles]
        proc = subprocess.run(args + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            sys.exit(f"extract_bench: callgrind of {' '.join(cmd)} failed: {proc.stderr[-500:]}")
        for line in open(out):
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    sys.exit("extract_bench: no instruction count in the callgrind output")


# The document work of `extract --jsonl`, by function (callgrind --toggle-collect patterns).
PARTS = (("extractor (event::Extractor::extract)", "annalist::event::Extractor::extract(*"),
         ("tagger (timex::Tagger::tag, each tagging)", "annalist::timex::Tagger::tag(*"),
         ("mention JSON (exporter::mentions_to_json)", "annalist::exporter::mentions_to_json*"))


def instructions(args, docs):
    if not shutil.which("valgrind"):
        sys.exit("extract_bench: --instructions needs valgrind")
    with tempfile.TemporaryDirectory() as tmp:
        text, one = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "one.jsonl")
        nbytes, ndocs = build_input(docs, args.mb, text)
        with open(one, "w") as f:
            f.write(json.dumps({"id": "x", "dct": "2023-02-23", "text": "They met on Tuesday."}) + "\n")
        base = callgrind([args.annalist, "extract", "--jsonl", one])
        whole = callgrind([args.annalist, "extract", "--jsonl", text])
        print(f"input: {nbytes / 1e6:.3f} MB of article text, {ndocs} documents (devset + devset2 repeated)")
        print(f"start-up (one-line input): {base / 1e6:.0f} million instructions")
        print(f"{'part':<44}{'instructions':>16}{'per byte':>10}")
        print(f"{'extract --jsonl, beyond start-up':<44}{whole - base:>16,}{(whole - base) / nbytes:>10.0f}")
        for label, toggle in PARTS:
            n = callgrind([args.annalist, "extract", "--jsonl", text], [toggle])
            print(f"{'  ' + label:<44}{n:>16,}{n / nbytes:>10.0f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--annalist", default=os.path.join(ROOT, "build", "annalist"))
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--runs", type=int, default=3, help="runs of each measurement; the fastest is reported")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions per byte under callgrind instead of timing (default --mb 0.375)")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(SHARED, "devset")):
        sys.exit("extract_bench: ../shared/devset not found")
    docs = articles()
    if args.instructions:
        if not any(a.startswith("--mb") for a in sys.argv[1:]):
            args.mb = 0.375
        return instructions(args, docs)
    load_before = os.getloadavg()[0]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        big, small, one = (os.path.join(tmp, n) for n in ("big.jsonl", "small.jsonl", "one.jsonl"))
        big_bytes, big_docs = build_input(docs, args.mb, big)
        small_bytes, small_docs = build_input(docs, args.mb / 5, small)
        with open(one, "w") as f:
            f.write(json.dumps({"id": "x", "dct": "2023-02-23", "text": "They met on Tuesday."}) + "\n")
        startup = min(run(pinned([args.annalist, "extract", "--jsonl", one]))[0] for _ in range(5))
        best = lambda cmd: min((run(pinned(cmd)) for _ in range(args.runs)), key=lambda r: r[2])
        for label, cmd, nbytes, ndocs in (
                ("extract --jsonl", [args.annalist, "extract", "--jsonl", big], big_bytes, big_docs),
                ("extract --jsonl (1/5)", [args.annalist, "extract", "--jsonl", small], small_bytes, small_docs),
                ("tag --jsonl", [args.annalist, "tag", "--jsonl", big], big_bytes, big_docs)):
            wall, peak, cpu = best(cmd)
            rows.append((label, nbytes / 1e6, ndocs, wall, cpu, peak))
    people, organisations = dictionary_size()
    print(f"input: devset + devset2 articles repeated, each copy its own id; one core, best of {args.runs}")
    print(f"dictionaries: {people} people, {organisations} states and organisations (data/actors)")
    print(f"load average: {load_before:.2f} before the runs, {os.getloadavg()[0]:.2f} after")
    print(f"start-up (load every lexicon, one-line input): {startup * 1000:.0f} ms")
    print(f"{'command':<24}{'MB':>7}{'docs':>8}{'MB/s':>8}{'MB/s CPU':>10}{'docs/s':>9}{'peak MB':>9}{'wall s':>8}{'CPU s':>7}")
    for label, mb, ndocs, wall, cpu, peak in rows:
        print(f"{label:<24}{mb:>7.1f}{ndocs:>8}{mb / wall:>8.1f}{mb / cpu:>10.1f}{ndocs / wall:>9.0f}{peak / 1024:>9.1f}"
              f"{wall:>8.2f}{cpu:>7.2f}")


if __name__ == "__main__":
    main()
