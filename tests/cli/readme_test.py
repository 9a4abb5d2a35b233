"""Every usage line of README.md ("Using it"), run as written in a fresh copy of the repository.

The copy holds the files a clone has (tracked files, and new ones not ignored, so the test also
sees work not committed yet); the built binary is put where the README's commands expect it
(build/annalist), as `scripts/setup.sh` would build it. Each line runs in bash from the top of the
copy, in order (later lines read the store the first writes), and must exit 0; the file it writes
(-o, --out, "> FILE"; `build`'s default output/, `ingest`'s store) must exist and hold what its format says: CSV with its header (a byte-order
mark for --excel), JSON or JSON lines that parse, SVG/PNG/PDF/HTML by their signatures, a
chronology and a chart from `build`. A line without an output file must print something.
Usage: readme_test.py BIN. Exit 77 (skipped) outside a git checkout."""
import json
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile

BIN = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def usage_lines():
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    section = re.search(r"^## Using it\n(.*?)^## ", text, re.S | re.M)
    if not section:
        sys.exit("README.md has no '## Using it' section")
    lines = []
    for line in section.group(1).splitlines():
        if line.startswith("    ") and line.strip():
            lines.append(line.strip())
    return lines


def fresh_copy(dest):
    try:
        listed = subprocess.run(["git", "-C", ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                                check=True, capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError):
        print("not a git checkout: skipped")
        sys.exit(77)
    for rel in listed.decode().split("\0"):
        src = os.path.join(ROOT, rel)
        if not rel or not os.path.isfile(src):  # deleted in the working tree
            continue
        os.makedirs(os.path.dirname(os.path.join(dest, rel)), exist_ok=True)
        shutil.copy2(src, os.path.join(dest, rel))
    os.makedirs(os.path.join(dest, "build"))
    os.symlink(BIN, os.path.join(dest, "build", "annalist"))


def outputs(command):
    """The files and folders a command line writes."""
    words = shlex.split(command, comments=True)
    files = []
    for i, w in enumerate(words):
        if w in ("-o", "--output", "--out") and i + 1 < len(words):
            files.append(words[i + 1])
        elif w == ">" and i + 1 < len(words):
            files.append(words[i + 1])
    if len(words) > 1 and words[1] == "build" and "--out" not in words:
        files.append("output")  # build's default folder
    if len(words) > 1 and words[1] == "ingest":
        files.append(words[words.index("--db") + 1] if "--db" in words else "output/annalist.db")
    return files


def check_file(path, command):
    if os.path.isdir(path):  # a `build --out DIR`
        for name in ("chronology.csv", "timeline.svg", "annalist.db"):
            if not os.path.isfile(os.path.join(path, name)) or os.path.getsize(os.path.join(path, name)) == 0:
                return f"{path}/{name} missing or empty"
        return check_file(os.path.join(path, "chronology.csv"), "build")
    if not os.path.isfile(path) or os.path.getsize(path) == 0:
        return f"{path} missing or empty"
    data = open(path, "rb").read()
    ext = os.path.splitext(path)[1]
    if ext == ".db":
        if not data.startswith(b"SQLite format 3\0"):
            return f"{path}: not a SQLite store"
        events = sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("select count(*) from events").fetchone()[0]
        if events == 0:
            return f"{path}: no events stored"
    elif ext == ".csv":
        bom = data.startswith(b"\xef\xbb\xbf")
        if ("--excel" in command) != bom:
            return f"{path}: byte-order mark {'missing' if not bom else 'unexpected'}"
        lines = data.decode("utf-8-sig").splitlines()
        if len(lines) < 2:
            return f"{path}: a header and no rows"
        if "dyads" in command:
            if not lines[0].startswith("country_a,country_b"):
                return f"{path}: not a dyads table: {lines[0][:60]}"
        elif not lines[0].startswith("event_id,"):
            return f"{path}: not a chronology: {lines[0][:60]}"
    elif ext == ".json":
        doc = json.loads(data)
        if "timelinejs" in command:
            if not doc.get("events") or "title" not in doc:
                return f"{path}: a TimelineJS file without title or events"
        elif not isinstance(doc, list) or not doc or not all("event_id" in e for e in doc):
            return f"{path}: not a non-empty JSON list of events"
    elif ext == ".jsonl":
        rows = [json.loads(l) for l in data.decode().splitlines() if l.strip()]
        if not rows:
            return f"{path}: no JSON lines"
    elif ext == ".svg" and b"<svg" not in data[:2000]:
        return f"{path}: not SVG"
    elif ext == ".png" and not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return f"{path}: not PNG"
    elif ext == ".pdf" and not data.startswith(b"%PDF-"):
        return f"{path}: not PDF"
    elif ext == ".html" and b"<html" not in data[:4000].lower():
        return f"{path}: not HTML"
    return None


def main():
    lines = usage_lines()
    if len(lines) < 5:
        sys.exit(f"README.md 'Using it' has only {len(lines)} lines")
    with tempfile.TemporaryDirectory() as tmp:
        clone = os.path.join(tmp, "annalist")
        fresh_copy(clone)
        env = dict(os.environ)
        env.pop("ANNALIST_DATA", None)
        for line in lines:
            if line.startswith("python3 python/annalist_dask.py"):
                # The python3 the line runs (not necessarily this one) must have Dask.
                has_dask = subprocess.run(["bash", "-c", "python3 -c 'import dask'"], cwd=clone, env=env,
                                          capture_output=True).returncode == 0
                if not has_dask:
                    print("note: Dask not installed, line not run:", line)
                    continue
            r = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=clone, env=env, capture_output=True,
                               timeout=900)
            if r.returncode != 0:
                fail(f"'{line}' exited {r.returncode}: {r.stderr.decode(errors='replace')[-800:]}")
                continue
            files = outputs(line)
            if not files and not r.stdout.strip():
                fail(f"'{line}' printed nothing")
            for f in files:
                problem = check_file(os.path.join(clone, f), line)
                if problem:
                    fail(f"'{line}': {problem}")
            if "--quiet" in line and r.stderr.strip():
                fail(f"'{line}': --quiet but stderr has {r.stderr.decode(errors='replace')[:300]}")
            print("ok:", line)
    if failures:
        sys.exit(f"{len(failures)} README line(s) failed")
    print(f"all {len(lines)} README usage lines ran")


main()
