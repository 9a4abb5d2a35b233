#!/usr/bin/env python3
"""annalist on Dask: the chronology of millions of articles, the stateless map step on a cluster.

    python3 python/annalist_dask.py build INPUT... [--manifest F] [--db F] --out DIR
                                          [--scheduler ADDRESS | --workers N]

INPUT, --manifest, --db, --out, --dct, --keep and --chart mean what they mean for `annalist build`.
INPUT are JSONL corpora (one {"id","text"[,"dct","source","title","url"]} per line) or folders
and files of articles, which are batched into JSONL records with their manifest row (publication
date, source, title, URL) as `annalist build` would apply it.

How it runs: a dask.bag of partitions (a slice of lines of a JSONL shard, or a batch of article
files); map_partitions pipes each through `annalist extract --jsonl -` on a worker; the mention
lines come back to this process partition by partition (never all at once) into files that
`annalist ingest --mentions` loads into a fresh store (the reduce); then `annalist export` and
`annalist render` write DIR/chronology.csv and the charts. The chronology is byte-identical to
`annalist build` on the same input.

A LocalCluster of N process workers runs by default; --scheduler ADDRESS uses an existing cluster,
whose workers must reach the input files at the same paths (shared storage) and have an annalist
binary (--annalist, default: the one built beside this script, else `annalist` on PATH).
Bad input is reported with its file and line and skipped, as in `annalist build`; the exit status
is that of `annalist build` (0, 1 usage, 2 bad input).
"""
import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def import_dask():
    """Dask from the Debian packages (python3-dask, python3-distributed); when another Python runs
    this script, run it again with the system one that has them."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
        return
    except ImportError:
        system = "/usr/bin/python3"
        if os.path.exists(system) and os.path.realpath(sys.executable) != os.path.realpath(system) \
                and not os.environ.get("ANNALIST_DASK_REEXEC"):
            os.environ["ANNALIST_DASK_REEXEC"] = "1"
            os.execv(system, [system] + sys.argv)
        sys.exit("annalist-dask: error: Dask is not installed (Debian: apt-get install python3-dask python3-distributed)")


def find_annalist(option):
    for candidate in (option, os.environ.get("ANNALIST_BIN"), os.path.join(HERE, "..", "build", "annalist")):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return os.path.abspath(candidate)
    found = shutil.which("annalist")
    if found:
        return found
    sys.exit("annalist-dask: error: no annalist binary (build it, or pass --annalist PATH)")


# ---- inputs: the same files, order and manifest as `annalist build` ----------------------------

DOC_EXT = {".txt", ".text", ".md", ".jsonl", ".ndjson", ""}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_jsonl(path):
    return path.endswith(".jsonl") or path.endswith(".ndjson")


def expand_inputs(inputs, errors):
    """Folders become their document files (sorted, recursive, hidden files skipped), as annalist does."""
    out = []
    for item in inputs:
        if not os.path.exists(item):
            errors.append(f"{item}: no such file or directory")
        elif os.path.isdir(item):
            found = []
            for root, dirs, files in os.walk(item):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for f in files:
                    if not f.startswith(".") and os.path.splitext(f)[1].lower() in DOC_EXT:
                        found.append(os.path.join(root, f))
            out.extend(sorted(found))
        else:
            out.append(item)
    return out


def read_manifest(path, errors):
    """file -> (published, source, title, url), with annalist's rules: a byte-order mark is skipped,
    the separator is , ; or TAB (the one whose header names file and published), bad rows are
    reported and skipped."""
    text = open(path, encoding="utf-8", newline="").read()
    if text.startswith("\ufeff"):
        text = text[1:]
    for sep in (",", ";", "\t"):
        rows = list(csv.reader(io.StringIO(text), delimiter=sep))
        if not rows:
            break
        header = [h.strip().lower() for h in rows[0]]
        col = {name: header.index(name) for name in ("file", "id", "published", "source", "title", "url") if name in header}
        if "file" not in col and "id" in col:
            col["file"] = col["id"]
        if "file" in col and "published" in col:
            break
    else:
        col = {}
    if "file" not in col or "published" not in col:
        errors.append(f"{path}:1: header must name the columns 'file' and 'published' (manifest ignored)")
        return {}
    entries = {}
    for n, row in enumerate(rows[1:], start=2):
        if len(row) == 0 or (len(row) == 1 and not row[0].strip()):
            continue
        while len(row) > len(header) and not row[-1].strip():
            row.pop()
        if len(row) != len(header):
            errors.append(f"{path}:{n}: expected {len(header)} fields, found {len(row)}")
            continue
        get = lambda name: row[col[name]].strip() if name in col else ""
        name, published = os.path.basename(get("file")), get("published")
        if not name or (published and not DAY.match(published)):
            errors.append(f"{path}:{n}: bad row")
            continue
        entries.setdefault(name, (published, get("source"), get("title"), get("url")))
    return entries


def manifest_entry(manifest, path):
    name = os.path.basename(path)
    if name in manifest:
        return manifest[name]
    stem = os.path.splitext(name)[0]
    for key in sorted(manifest):
        if os.path.splitext(key)[0] == stem:
            return manifest[key]
    return None


def plan_partitions(files, manifest, dct, lines_per_partition):
    """Tasks: ("jsonl", path, first_line, count) slices of corpora, ("files", [(path, meta)]) batches."""
    tasks, batch = [], []
    for path in files:
        if is_jsonl(path):
            with open(path, "rb") as f:
                n = sum(1 for _ in f)
            for first in range(0, max(n, 1), lines_per_partition):
                tasks.append(("jsonl", os.path.abspath(path), first, lines_per_partition, dct))
        else:
            entry = manifest_entry(manifest, path)
            batch.append((os.path.abspath(path), path, entry))
            if len(batch) == lines_per_partition:
                tasks.append(("files", batch, dct))
                batch = []
    if batch:
        tasks.append(("files", batch, dct))
    return tasks


# ---- the map step, on a worker ------------------------------------------------------------------

def document_id(path):
    name = os.path.basename(path)
    stem, ext = os.path.splitext(name)
    return name if not ext or not stem else stem


def run_task(task, annalist, data_dir):
    """Pipes one partition through `annalist extract --jsonl -`; returns (mention lines, messages)
    with messages naming the original file and line."""
    kind = task[0]
    records, origin, messages = [], [], []
    if kind == "jsonl":
        _, path, first, count, dct = task
        with open(path, "rb") as f:
            for n, raw in enumerate(f):
                if n < first:
                    continue
                if n >= first + count:
                    break
                records.append(raw.rstrip(b"\n").decode("utf-8", "surrogateescape"))
                origin.append(f"{path}:{n + 1}")
    else:
        _, batch, dct = task
        for abspath, shown, entry in batch:
            try:
                raw = open(abspath, "rb").read()
            except OSError as e:
                messages.append(f"annalist: error: {shown}: {e.strerror}")
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("utf-8", "surrogateescape")  # annalist names the bad byte
            rec = {"id": document_id(shown), "text": text[1:] if text.startswith("\ufeff") else text}
            if entry:
                published, source, title, url = entry
                if published:
                    rec["dct"] = published
                for key, value in (("source", source), ("title", title), ("url", url)):
                    if value:
                        rec[key] = value
            records.append(json.dumps(rec, ensure_ascii=False).encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape"))
            origin.append(shown)
    if not records:
        return [], messages
    cmd = [annalist] + (["--data", data_dir] if data_dir else []) + ["extract", "--jsonl", "-"]
    if dct:
        cmd += ["--dct", dct]
    payload = ("\n".join(records) + "\n").encode("utf-8", "surrogateescape")
    proc = subprocess.run(cmd, input=payload, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 2):
        raise RuntimeError(f"annalist extract failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[:500]}")
    for line in proc.stderr.decode("utf-8", "replace").splitlines():
        m = re.match(r"annalist: error: -:(\d+): (.*)", line)
        if m and 0 < int(m.group(1)) <= len(origin):
            where = origin[int(m.group(1)) - 1]
            line = f"annalist: error: {where}: {m.group(2)}"
        messages.append(line)
    return proc.stdout.decode("utf-8").splitlines(), messages


# ---- the driver ---------------------------------------------------------------------------------

def run(cmd):
    proc = subprocess.run(cmd, stderr=subprocess.PIPE, text=True)
    sys.stderr.write(proc.stderr)
    return proc.returncode


def build(args):
    import_dask()
    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed

    annalist = find_annalist(args.annalist)
    errors = []
    files = expand_inputs(args.inputs, errors)
    manifest = {}
    if args.manifest:
        if not os.path.exists(args.manifest):
            print(f"annalist-dask: error: --manifest {args.manifest}: no such file", file=sys.stderr)
            return 1
        manifest = read_manifest(args.manifest, errors)
    for e in errors:
        print(f"annalist: error: {e}", file=sys.stderr)
    tasks = plan_partitions(files, manifest, args.dct, args.partition_size)
    if not tasks:
        print(f"annalist: error: {' '.join(args.inputs)}: no readable document; {args.out} left as it was", file=sys.stderr)
        return 2

    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix=".annalist-dask-", dir=args.out)
    status = 2 if errors else 0
    try:
        if args.scheduler:
            client = Client(args.scheduler)
        else:
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
        data_dir = os.path.abspath(args.data) if args.data else None
        bag = db.from_sequence(tasks, npartitions=len(tasks))
        results = bag.map_partitions(lambda part: [run_task(t, annalist, data_dir) for t in part])
        # One future per partition; each result is written out as it arrives and then dropped, so
        # this process holds one partition's mentions at a time, whatever the corpus size.
        futures = client.compute(results.to_delayed())
        index = {f.key: i for i, f in enumerate(futures)}
        parts = [None] * len(futures)
        for future in as_completed(futures):
            i = index[future.key]
            out_path = os.path.join(work, f"part-{i:06d}.jsonl")
            with open(out_path, "w", encoding="utf-8") as out:
                for lines, messages in future.result():
                    for line in lines:
                        out.write(line + "\n")
                    parts[i] = messages if parts[i] is None else parts[i] + messages
            parts[i] = parts[i] or []
            future.release()
        for messages in parts:  # in input order, whatever order the partitions finished in
            for m in messages:
                print(m, file=sys.stderr)
                if m.startswith("annalist: error:"):
                    status = 2
        client.close()
        if not args.scheduler:
            cluster.close()

        # The reduce: a fresh store (or the existing one with --keep), replaced only when complete.
        db_path = args.db or os.path.join(args.out, "annalist.db")
        store = db_path if args.keep else os.path.join(work, "annalist.db")
        mention_files = [os.path.join(work, f"part-{i:06d}.jsonl") for i in range(len(tasks))]
        base = [annalist] + (["--data", data_dir] if data_dir else [])
        rc = run(base + ["ingest", "--mentions", *mention_files, "--db", store])
        if rc not in (0, 2):
            return rc
        status = max(status, rc)
        outputs = [(os.path.join(work, "chronology.csv"), base + ["export", "--db", store, "-o"])]
        for fmt in args.chart:
            extra = ["--title", args.title] if args.title else []
            outputs.append((os.path.join(work, f"timeline.{fmt}"), base + ["render", "--db", store, "--format", fmt] + extra + ["-o"]))
        for path, cmd in outputs:
            rc = run(cmd + [path])
            if rc != 0:
                return rc
        if not args.keep:
            for suffix in ("-wal", "-shm"):
                if os.path.exists(db_path + suffix):
                    os.remove(db_path + suffix)
            os.replace(store, db_path)
        for path, _ in outputs:
            os.replace(path, os.path.join(args.out, os.path.basename(path)))
        print(f"annalist: wrote {', '.join(os.path.join(args.out, os.path.basename(p)) for p, _ in outputs)}", file=sys.stderr)
        return status
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="annalist_dask.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="the chronology and charts of INPUT, extracted on a Dask cluster")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL corpora, folders or files of articles")
    b.add_argument("--manifest", metavar="F", help="manifest CSV file,published,source,title,url")
    b.add_argument("--db", metavar="F", help="SQLite store (default DIR/annalist.db)")
    b.add_argument("--out", metavar="DIR", default="output", help="output folder (default output)")
    b.add_argument("--dct", metavar="YYYY-MM-DD", help="publication date for every input document")
    b.add_argument("--title", metavar="TEXT", help="chart title")
    b.add_argument("--chart", metavar="FORMAT", action="append", choices=["svg", "png", "pdf", "dot", "html"],
                   help="chart formats to write as timeline.FORMAT (repeatable; default svg and png)")
    b.add_argument("--keep", action="store_true", help="add to the existing store instead of building it anew")
    where = b.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, default=max(1, os.cpu_count() or 1),
                       help="process workers of the local cluster (default: one per core)")
    b.add_argument("--partition-size", type=int, default=200, metavar="N",
                   help="documents per partition (default 200)")
    b.add_argument("--annalist", metavar="PATH", help="annalist binary (default: build/annalist, else PATH)")
    b.add_argument("--data", metavar="DIR", help="rules and dictionaries folder, as annalist --data")
    args = parser.parse_args(argv)
    if args.chart is None:
        args.chart = ["svg", "png"]
    if args.partition_size < 1 or args.workers < 1:
        parser.error("--partition-size and --workers must be at least 1")
    return build(args)


if __name__ == "__main__":
    sys.exit(main())
