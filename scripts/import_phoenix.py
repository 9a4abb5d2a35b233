#!/usr/bin/env python3
"""Regenerates the actor dictionaries derived from the Phoenix / PETRARCH2 dictionaries.

    scripts/import_phoenix.py [--phoenix DIR] [--data DIR] [--out DIR]

Reads the TABARI-format actor files of DIR (default ../shared/data/phoenix; MIT licence, from
openeventdata/petrarch2) and writes, in the lexicon syntax of docs/lexicons.md:

  OUT/phoenix-people.txt   people with dated CAMEO codes (`cameo RUSGOV | 2000-05-07..2008-05-08`)
  OUT/phoenix-groups.txt   non-state armed groups (Phoenix.MilNonState) as organisations

What is taken and what is left (the rules are about names, never about one entry):
  * A person is an entry with at least one dated CAMEO code, a name of two or more words and no
    title word in it (words of the Phoenix agents dictionary for government, military, legal,
    party and security roles, and of data/actors/titles.txt). Its aliases are the other names of
    the entry that pass the same test; one-word names are left out (a surname is a weak alias of
    the lexicon already, a first name alone is nobody).
  * Its state is the one its codes name most recently (RUSGOV -> Russia, through the `code` and
    `cameo` lines of data/actors/countries.txt), else the country section the entry stands in.
  * The hand-kept files win: a person whose name or alias is a name or alias in
    data/actors/people.txt or offices.txt is left to them; so is any name that is also a state,
    organisation or place of the lexicon.
  * Two entries with one name: the one whose codes reach later is kept (news is recent).
  * Armed groups: each entry of Phoenix.MilNonState with a code, its `+` synonyms as aliases
    (bracketed abbreviations dropped; one-word names only when at least three letters long, like
    HAMAS) and its CAMEO code (`LBNREB`: the state is in the code; no `country`, since a group is
    a party of its own beside its state).
The output is deterministic (sorted) and carries the MIT notice. The test
tests/actors/phoenix_import_test.py checks that the committed files equal this script's output.
"""
import argparse
import datetime
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NOTICE = """# Derived from the Phoenix / PETRARCH2 actor dictionaries (openeventdata/petrarch2, commit
# 676801cd9cb2924bbbad09f86d15c9323e7097bf) by scripts/import_phoenix.py; do not edit by hand,
# edit the script or the hand-kept files (which win) and regenerate.
#
# The MIT License (MIT)
# Copyright (c) 2014 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
# OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

# Agent codes whose words are titles, not names.
TITLE_AGENTS = ("GOV", "MIL", "ELI", "LEG", "JUD", "OPP", "COP", "SPY", "PTY", "REB")
# Words that join the words of a name; they are not title words even inside a title phrase.
JOINERS = {"OF", "THE", "FOR", "AND", "TO", "AT", "IN", "ON", "DE", "DU", "AL", "EL", "BIN", "IBN"}
# Lower-case name particles after the first word ("Mohammed bin Salman", "Ursula von der Leyen").
PARTICLES = {"AL", "EL", "BIN", "BINT", "IBN", "DE", "DA", "DI", "DO", "DOS", "DAS", "DEL", "DELLA", "DER",
             "DEN", "VAN", "VON", "LA", "LE", "DU", "Y", "E", "ZU"}
# Small words of an organisation's name, lower case after the first word ("Movement of Hope").
SMALL_WORDS = {"OF", "THE", "FOR", "AND", "IN", "ON", "TO", "AT", "A", "AN"}
ROMAN = re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")


# ---------------------------------------------------------------- reading the TABARI format

def parse_date(s):
    """YYMMDD (years below 30 are 20YY) or YYYYMMDD -> date, or None."""
    if not re.fullmatch(r"\d{6}|\d{8}", s):
        return None
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy < 30 else "19") + s
    try:
        return datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None


def parse_code(text):
    """'RUSGOV 000507-080507' / 'RUSGOV >080508' / 'RUSGOV' -> (code, from, to_exclusive) or None."""
    parts = text.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None  # "---" (no code) and malformed codes
    code = parts[0]
    if len(parts) == 1:
        return (code, None, None)
    r = "".join(parts[1:])
    one_day = datetime.timedelta(days=1)
    if r.startswith(">"):
        d = parse_date(r[1:])
        return (code, d, None) if d else None
    if r.startswith("<"):
        d = parse_date(r[1:])
        return (code, None, d) if d else None  # "before": exclusive already
    m = re.fullmatch(r"(\d+)-(\d+)", r)
    if not m:
        return None
    a, b = parse_date(m.group(1)), parse_date(m.group(2))
    if not a or not b or b < a:
        return None
    return (code, a, b + one_day)  # Phoenix bounds are inclusive


def phrase_words(text):
    """'VLADIMIR_V._PUTIN_' -> ['VLADIMIR', 'V.', 'PUTIN']."""
    return [w for w in re.split(r"[_\s]+", text.strip()) if w]


class Entry:
    def __init__(self, section):
        self.names = []  # lists of words, the first line first
        self.codes = []  # (code, from, to)
        self.section = section


def read_entries(path, country_file=False):
    """Entries of an actor file: consecutive name lines (primary or '+') up to their code lines."""
    entries, cur, section = [], None, None

    def close():
        nonlocal cur
        if cur and cur.names:
            entries.append(cur)
        cur = None

    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.rstrip("\n").replace("\r", "")
        line = line.split("#", 1)[0].split(";", 1)[0]
        if not line.strip():
            close()
            continue
        codes = [parse_code(c) for c in re.findall(r"\[([^\]]*)\]", line)]
        text = re.sub(r"\[[^\]]*\]", " ", line)
        if line[0] in " \t" and not text.strip():  # a code line of the current entry
            if cur:
                cur.codes += [c for c in codes if c]
            continue
        synonym = text.lstrip().startswith("+")
        words = phrase_words(text.lstrip().lstrip("+"))
        # A primary name after codes starts a new entry; before any code it is one more name.
        if not synonym and (cur is None or cur.codes):
            close()
            cur = Entry(section)
        if cur is None:
            cur = Entry(section)
        if words:
            cur.names.append(words)
        cur.codes += [c for c in codes if c]
        # A country line of the country file ("RUSSIAN_FEDERATION_  [RUS]") opens its section.
        if country_file and not synonym and len(codes) == 1 and codes[0] and codes[0][1] is None and \
                re.fullmatch(r"[A-Z]{3}", codes[0][0]):
            section = codes[0][0]
            cur.section = section
    close()
    return entries


def read_title_words(phoenix):
    words = set()
    for line in open(os.path.join(phoenix, "Phoenix.agents.txt"), encoding="utf-8", errors="replace"):
        line = line.split("#", 1)[0]
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[(~?)([A-Z]*)(~?)\]", line)
        if not m or m.group(3) != "~" or not m.group(4).startswith(TITLE_AGENTS):
            continue
        for w in phrase_words(re.sub(r"!PERSON!|!MINIST!", " ", m.group(1))):
            w = w.upper().strip(",")
            if w.isalpha() and w not in JOINERS:
                words.add(w)
    return words


# ---------------------------------------------------------------- the hand-kept lexicon

def read_lexicon(data):
    """Names already taken, state codes, title words of data/actors (the hand-kept files)."""
    taken, state_by_code, titles = set(), {}, set()
    actors = os.path.join(data, "actors")
    for fname in sorted(os.listdir(actors)):
        if not fname.endswith(".txt") or fname.startswith("phoenix-"):
            continue
        kind = state = code = cameo = None
        for line in open(os.path.join(actors, fname), encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, _, value = line.strip().partition(" ")
            if not line[0].isspace():
                if kind == "country" and code:
                    state_by_code[code] = state
                    state_by_code[cameo or code] = state
                kind, state, code, cameo = key, value, None, None
                if kind in ("person", "country", "organisation", "place"):
                    taken.add(norm(value))
                    if kind in ("country", "organisation"):
                        taken.add(norm("the " + value))
                continue
            if kind == "offices":
                taken.add(norm(value.split("|")[0]))
            elif key in ("alias", "demonym", "metonym") and kind in ("person", "country", "organisation", "place"):
                taken.update(norm(v) for v in value.split("|"))
            elif key == "code":
                code = value.strip()
            elif key == "cameo" and kind == "country":
                cameo = value.strip()
            elif key == "match" and kind == "title":
                for v in value.split("|"):
                    titles.update(w.upper() for w in v.split() if w.upper() not in JOINERS)
        if kind == "country" and code:
            state_by_code[code] = state
            state_by_code[cameo or code] = state
    return taken, state_by_code, titles


def norm(name):
    """The lexicon's view of a name: lower case, typographic apostrophes straight, words by spaces."""
    return " ".join(name.replace("\u2019", "'").lower().replace("_", " ").split())


# ---------------------------------------------------------------- names as written in the news

def cap_word(w, first):
    if ROMAN.match(w):
        return w
    if not first and (w in PARTICLES or w in SMALL_WORDS):
        return w.lower()
    if re.fullmatch(r"[A-Z]\.", w):
        return w
    out = []
    for part in re.split(r"(-|')", w):
        if part in ("-", "'"):
            out.append(part)
        elif part:
            p = part[0] + part[1:].lower()
            if p.startswith("Mc") and len(p) > 2:
                p = "Mc" + p[2].upper() + p[3:]
            out.append(p)
    s = "".join(out)
    # "al-Assad", "el-Sisi": a particle joined by a hyphen stays lower case after the first word.
    if not first and "-" in s and s.split("-")[0].upper() in PARTICLES:
        head, _, rest = s.partition("-")
        s = head.lower() + "-" + rest
    return s


def display(words):
    return " ".join(cap_word(w.upper(), i == 0) for i, w in enumerate(words))


# ---------------------------------------------------------------- people

def good_name(words, title_words):
    if len(words) < 2:
        return False
    for w in words:
        u = w.upper().strip(".,")
        if u in title_words or any(ch.isdigit() for ch in w) or "(" in w or "/" in w or "&" in w:
            return False
    return True


def period(c):
    f = c[1].isoformat() if c[1] else ""
    t = c[2].isoformat() if c[2] else ""
    return f"{f}..{t}"


def people(entries, title_words, taken, state_by_code, iso_of_section):
    by_name = {}
    for e in entries:
        if not any(c[1] or c[2] for c in e.codes):
            continue
        names = [n for n in e.names if good_name(n, title_words)]
        if not names:
            continue
        canonical = display(names[0])
        key = norm(canonical)
        if key in taken:
            continue
        aliases = []
        for n in names[1:]:
            a = display(n)
            if norm(a) != key and norm(a) not in taken and a not in aliases:
                aliases.append(a)
        # The state: the latest code that names one, else the section.
        state = None
        for c in sorted(e.codes, key=lambda c: (c[2] or datetime.date.max, c[1] or datetime.date.min)):
            if c[0][:3] in state_by_code:
                state = state_by_code[c[0][:3]]
        if state is None and e.section:
            state = iso_of_section(e.section)
        reach = max((c[2] or datetime.date.max) for c in e.codes)
        person = {"name": canonical, "aliases": aliases, "country": state, "codes": e.codes, "reach": reach}
        old = by_name.get(key)
        if old is None or person["reach"] > old["reach"]:
            by_name[key] = person
    # An alias that is another entry's name belongs to that one.
    for p in by_name.values():
        p["aliases"] = [a for a in p["aliases"] if norm(a) not in by_name]
    return sorted(by_name.values(), key=lambda p: (p["country"] or "~", p["name"]))


def write_people(path, persons):
    out = [NOTICE, "# People: canonical name, aliases, state and CAMEO codes over time (syntax in docs/lexicons.md).",
           "# A dated `cameo` line holds from its first day to the day before its end (end exclusive);",
           "# the undated one applies when no dated line does.", ""]
    country = object()
    for p in persons:
        if p["country"] != country:
            country = p["country"]
            out.append(f"# ---------------- {country or 'no state'}")
            out.append("")
        out.append(f"person {p['name']}")
        if p["aliases"]:
            out.append("  alias " + " | ".join(p["aliases"]))
        if p["country"]:
            out.append(f"  country {p['country']}")
        seen = set()
        for c in sorted(p["codes"], key=lambda c: (c[1] is not None or c[2] is not None, c[1] or datetime.date.min,
                                                   c[2] or datetime.date.max, c[0])):
            line = f"  cameo {c[0]}" + (f" | {period(c)}" if c[1] or c[2] else "")
            if line not in seen:
                seen.add(line)
                out.append(line)
        out.append("")
    write(path, out)


# ---------------------------------------------------------------- armed groups

def edit_distance(a, b):
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def content_words(words):
    return {w.upper().strip(".,'-") for w in words if len(w) >= 4 and w.upper() not in PARTICLES | SMALL_WORDS}


def group_display(words):
    """'HAMAS' -> 'Hamas'; acronyms of up to four letters stay as written ('PKK', 'FARC')."""
    if len(words) == 1 and len(words[0]) <= 4:
        return words[0]
    return display(words)


def groups(entries, taken):
    """Armed groups. Phoenix lists a group's leaders among its synonyms ("Hassan Nasrallah" under
    Hezbollah): a one-word synonym is kept only when it is an acronym (up to four letters) or a
    spelling of the first name's last word ("Hizbullah"), a longer one only when it shares a word
    with the first name or holds a word common in group names (in fifteen entries or more:
    "Movement", "Front", "Forces"; personal names stay below that)."""
    named = []
    for e in entries:
        codes = [c for c in e.codes if c]
        if not codes:
            continue
        names = []
        for n in e.names:
            ws = [w for w in n if not re.fullmatch(r"\(.*\)", w)]
            if not ws:
                continue
            if len(ws) == 1 and not (len(ws[0].strip("_-'")) >= 3 and ws[0].isalpha()):
                continue
            names.append(ws)
        if names:
            named.append((names, codes[0][0]))
    frequency = defaultdict(int)
    for names, _ in named:
        for w in set().union(*(content_words(n) for n in names)):
            frequency[w] += 1
    by_name = {}
    for names, code in named:
        canonical = group_display(names[0])
        key = norm(canonical)
        if key in taken or key in by_name:
            continue
        first = content_words(names[0])
        last = names[0][-1].upper()
        aliases = []
        for n in names[1:]:
            words = content_words(n)
            if len(n) == 1:
                if not (len(n[0]) <= 4 or edit_distance(n[0].upper(), last) <= 3):
                    continue
            elif not (words & first or any(frequency[w] >= 15 for w in words)):
                continue
            a = group_display(n)
            if norm(a) != key and norm(a) not in taken and a not in aliases:
                aliases.append(a)
        by_name[key] = {"name": canonical, "aliases": aliases, "cameo": code}
    for g in by_name.values():
        g["aliases"] = [a for a in g["aliases"] if norm(a) not in by_name]
    return sorted(by_name.values(), key=lambda g: g["name"])


def write_groups(path, gs):
    out = [NOTICE, "# Non-state armed groups (Phoenix.MilNonState): names, aliases and CAMEO code, whose first",
           "# three letters name the state they fight in (LBNREB) or say they are international (IMG).",
           "# They have no `country`: a group is a party of its own beside its state.",
           "# (Syntax in docs/lexicons.md.)", ""]
    for g in gs:
        out.append(f"organisation {g['name']}")
        if g["aliases"]:
            out.append("  alias " + " | ".join(g["aliases"]))
        out.append(f"  cameo {g['cameo']}")
        out.append("")
    write(path, out)


def write(path, lines):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines).rstrip("\n") + "\n")
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--phoenix", default=os.path.join(ROOT, "..", "shared", "data", "phoenix"))
    ap.add_argument("--data", default=os.path.join(ROOT, "data"))
    ap.add_argument("--out", help="output folder (default DATA/actors)")
    args = ap.parse_args()
    out = args.out or os.path.join(args.data, "actors")
    countries = os.path.join(args.phoenix, "Phoenix.Countries.actors.txt")
    if not os.path.exists(countries):
        sys.exit(f"import_phoenix: {countries} not found (pass --phoenix DIR)")
    taken, state_by_code, titles = read_lexicon(args.data)
    title_words = read_title_words(args.phoenix) | titles
    entries = read_entries(countries, country_file=True) + \
        read_entries(os.path.join(args.phoenix, "Phoenix.International.actors.txt"))
    persons = people(entries, title_words, taken, state_by_code, lambda code: state_by_code.get(code))
    write_people(os.path.join(out, "phoenix-people.txt"), persons)
    gs = groups(read_entries(os.path.join(args.phoenix, "Phoenix.MilNonState.actors.txt")),
                taken | {norm(p["name"]) for p in persons})
    write_groups(os.path.join(out, "phoenix-groups.txt"), gs)
    print(f"import_phoenix: {len(persons)} people, {len(gs)} armed groups -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
