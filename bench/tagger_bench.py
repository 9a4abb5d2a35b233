#!/usr/bin/env python3
"""Tagger throughput benchmark: annalist vs chrono-node on the same >= 20 MB of news text.

    python3 bench/tagger_bench.py [--annalist build/annalist] [--mb 20] [--corpus FILE.jsonl]

Builds the input by repeating ../shared/corpora/timebank.jsonl (or --corpus) until it holds at
least --mb MB of article text, then runs, pinned to one core (taskset -c 0 when available):
  * `annalist tag --jsonl` on it (end to end: JSON in, tagging, JSON out);
  * chrono-node (bench/chrono, installed with `npm ci` on first use) on the same lines;
and prints MB/s, documents/s, peak memory (max RSS of the process) and start-up time (a one-line
input). Speed lives here, never in a timed unit test.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd, stdout=subprocess.DEVNULL):
    """Wall time and peak RSS (KB) of one child process (os.wait4 gives that child's own rusage)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"tagger_bench: {' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.read()[-500:]}")
    return wall, usage.ru_maxrss, proc


def pinned(cmd):
    return (["taskset", "-c", "0"] + cmd) if shutil.which("taskset") else cmd


def build_input(corpus, megabytes, path):
    docs = [json.loads(l) for l in open(corpus, encoding="utf-8") if l.strip()]
    size, n, rounds = 0, 0, 0
    with open(path, "w", encoding="utf-8") as out:
        while size < megabytes * 1_000_000:
            for d in docs:
                out.write(json.dumps({"id": f"{d['id']}#{rounds}", "dct": d.get("dct"), "text": d["text"]},
                                     ensure_ascii=False) + "\n")
                size += len(d["text"].encode("utf-8"))
                n += 1
            rounds += 1
    return size, n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--annalist", default=os.path.join(ROOT, "build", "annalist"))
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "timebank.jsonl"))
    ap.add_argument("--no-chrono", action="store_true", help="skip chrono-node")
    args = ap.parse_args()
    if not os.path.exists(args.corpus):
        sys.exit(f"tagger_bench: corpus {args.corpus} not found (pass --corpus FILE.jsonl)")
    with tempfile.TemporaryDirectory() as tmp:
        big = os.path.join(tmp, "input.jsonl")
        text_bytes, ndocs = build_input(args.corpus, args.mb, big)
        one = os.path.join(tmp, "one.jsonl")
        with open(one, "w") as f:
            f.write(json.dumps({"id": "x", "dct": "2023-02-23", "text": "They met on Tuesday."}) + "\n")
        rows = []
        startup = min(run(pinned([args.annalist, "tag", "--jsonl", one]))[0] for _ in range(5))
        wall, peak, _ = run(pinned([args.annalist, "tag", "--jsonl", big]))
        rows.append(("annalist tag --jsonl", wall, peak, startup))
        if not args.no_chrono:
            chrono_dir = os.path.join(HERE, "chrono")
            if not os.path.isdir(os.path.join(chrono_dir, "node_modules", "chrono-node")):
                subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=chrono_dir, check=True)
            script = os.path.join(chrono_dir, "chrono_tag.js")
            c_startup = min(run(pinned(["node", script, one]))[0] for _ in range(3))
            c_wall, c_peak, _ = run(pinned(["node", script, big]))
            rows.append(("chrono-node 2.10.3", c_wall, c_peak, c_startup))
    mb = text_bytes / 1e6
    print(f"input: {mb:.1f} MB of text in {ndocs} documents (TimeBank+AQUAINT repeated), one core")
    print(f"{'tagger':<24}{'MB/s':>9}{'docs/s':>11}{'peak MB':>10}{'start-up ms':>13}{'wall s':>9}")
    for name, wall, peak, start in rows:
        print(f"{name:<24}{mb / wall:>9.1f}{ndocs / wall:>11.0f}{peak / 1024:>10.1f}{start * 1000:>13.1f}{wall:>9.2f}")
    if len(rows) == 2:
        print(f"speed-up over chrono-node: {rows[1][1] / rows[0][1]:.1f}x")


if __name__ == "__main__":
    main()
