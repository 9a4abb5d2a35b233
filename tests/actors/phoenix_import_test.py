#!/usr/bin/env python3
"""The committed Phoenix-derived dictionaries equal what scripts/import_phoenix.py makes of
../shared/data/phoenix and the hand-kept files today (exit 77 = skipped when ../shared is absent).
A failure means a hand-kept file or the script changed: run scripts/import_phoenix.py and commit."""
import filecmp, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PHOENIX = os.path.join(ROOT, "..", "shared", "data", "phoenix")
FILES = ("phoenix-people.txt", "phoenix-groups.txt")

if not os.path.isdir(PHOENIX):
    print("skipped: ../shared/data/phoenix not found")
    sys.exit(77)
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "import_phoenix.py"), "--phoenix", PHOENIX,
                    "--data", os.path.join(ROOT, "data"), "--out", tmp], check=True)
    stale = [f for f in FILES if not filecmp.cmp(os.path.join(tmp, f), os.path.join(ROOT, "data", "actors", f), shallow=False)]
    # The output is deterministic: a second run gives the same bytes.
    again = os.path.join(tmp, "again")
    os.mkdir(again)
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "import_phoenix.py"), "--phoenix", PHOENIX,
                    "--data", os.path.join(ROOT, "data"), "--out", again], check=True)
    unstable = [f for f in FILES if not filecmp.cmp(os.path.join(tmp, f), os.path.join(again, f), shallow=False)]
for f in FILES:
    head = open(os.path.join(ROOT, "data", "actors", f), encoding="utf-8").read(3000)
    if "MIT License" not in head or "petrarch2" not in head:
        print(f"FAIL: data/actors/{f} lacks the MIT notice or the source")
        sys.exit(1)
if stale:
    print(f"FAIL: {', '.join(stale)} differ from scripts/import_phoenix.py output: run the script and commit")
    sys.exit(1)
if unstable:
    print(f"FAIL: two runs of the script differ in {', '.join(unstable)}")
    sys.exit(1)
print(f"ok: {', '.join(FILES)} are the script's output")
