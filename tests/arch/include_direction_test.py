#!/usr/bin/env python3
"""Module dependencies point one way (docs/ARCHITECTURE.md): every `#include "module/..."` in
src/<module>/ names an allowed module, only src/store includes SQLite, only src/render/graphviz.*
includes Graphviz, and nothing includes the cli."""
import os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
ALLOWED = {
    "base": set(),
    "model": {"base"},
    "calendar": {"base", "model"},
    "doc": {"base", "model", "calendar"},
    "timex": {"base", "model", "calendar"},
    "event": {"base", "model", "calendar", "doc"},
    "pubdate": {"base", "model", "calendar", "doc", "event"},
    "merge": {"base", "model", "calendar"},
    "store": {"base", "model", "calendar"},
    "export": {"base", "model", "calendar"},
    "render": {"base", "model", "calendar"},
    "pipeline": {"base", "model", "calendar", "doc", "timex", "event", "pubdate", "merge", "store", "export", "render"},
    "cli": {"base", "model", "calendar", "doc", "timex", "event", "pubdate", "merge", "store", "export", "render",
            "pipeline"},
}
local = re.compile(r'#\s*include\s+"([a-z_]+)/')
system = re.compile(r'#\s*include\s+<([^>]+)>')
failures = []
for module, allowed in ALLOWED.items():
    folder = os.path.join(ROOT, "src", module)
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        for lineno, line in enumerate(open(path, encoding="utf-8"), 1):
            m = local.search(line)
            if m and m.group(1) != module and m.group(1) not in allowed:
                failures.append(f"src/{module}/{name}:{lineno}: {module} may not include {m.group(1)}/")
            s = system.search(line)
            if s:
                header = s.group(1)
                if header.startswith("SQLiteCpp") or header.startswith("sqlite3"):
                    if module != "store":
                        failures.append(f"src/{module}/{name}:{lineno}: only store/ touches SQLite")
                if header.startswith("graphviz/"):
                    if not (module == "render" and name.startswith("graphviz.")):
                        failures.append(f"src/{module}/{name}:{lineno}: only render/graphviz.* touches Graphviz")
unknown = sorted(set(os.listdir(os.path.join(ROOT, "src"))) - set(ALLOWED))
if unknown:
    failures.append(f"modules missing from the dependency table: {unknown}")
for f in failures:
    print("FAIL:", f)
print("include_direction_test:", "all checks passed" if not failures else f"{len(failures)} violations")
sys.exit(1 if failures else 0)
