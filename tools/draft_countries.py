#!/usr/bin/env python3
"""Print a draft of data/dict/countries.dict from a country facts table.

The draft is a starting point for a person to curate, never a file to commit
as it comes out: names are filtered to the forms English news uses, but
metonyms (seats of power), named parts (ministries), abbreviations such as
"U.S." and ambiguity marks (`=Turkey`) are added by hand.

Input: a JSON array of countries with the keys name{common,official},
cca3, unMember, independent, capital[], altSpellings[] and
demonyms{eng{m,f}} (the layout of the mledoze/countries table). By default
it reads countries.json under ../shared/data/gazetteer/countries relative
to the repository root, or under $DYAD_SHARED/data/gazetteer/countries.

Usage: tools/draft_countries.py [--all] [COUNTRIES_JSON] > draft.dict
  --all  also print dependent territories (by default: UN members, the
         two observer states and the handful of other states and
         territories that news treats as actors).
"""

import json
import os
import re
import sys

# States and territories outside UN membership that news treats as actors.
EXTRA = {"VAT", "PSE", "UNK", "TWN", "HKG", "MAC", "PRI", "GRL", "ESH"}

# Codes where CAMEO practice differs from the table's code.
CODE_FIX = {"UNK": "KSV"}

TERRITORY = {"HKG", "MAC", "PRI", "GRL", "ESH"}


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_input():
    shared = os.environ.get("DYAD_SHARED") or os.path.join(repo_root(), "..", "shared")
    return os.path.join(shared, "data", "gazetteer", "countries", "countries.json")


def is_english_form(s):
    """Keeps Latin-script names of more than two letters without commas
    ("Korea, Democratic People's Republic of" is a catalogue form)."""
    if len(s) <= 2 or "," in s or "(" in s:
        return False
    return all(ord(c) < 0x250 for c in s) and re.search(r"[A-Za-z]", s) is not None


def unique(items):
    seen, out = set(), []
    for item in items:
        key = item.lower()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def draft_entry(c):
    code = CODE_FIX.get(c["cca3"], c["cca3"])
    names = [c["name"]["common"], c["name"]["official"]]
    names += [a for a in c.get("altSpellings", []) if is_english_form(a)]
    # Upper-case alternative spellings of three letters or more are
    # abbreviations (DPRK, UAE); they keep their case.
    names = unique(("=" + n) if n.isupper() and len(n) <= 5 else n for n in names)
    dem = c.get("demonyms", {}).get("eng", {})
    adjs = unique([dem.get("m", ""), dem.get("f", "")])
    kind = "territory" if c["cca3"] in TERRITORY else "country"
    lines = [f"actor {code}", f"  kind     {kind}", f"  name     {'; '.join(names)}"]
    if adjs:
        lines.append(f"  adj      {'; '.join(adjs)}")
    capitals = [x for x in c.get("capital", []) if is_english_form(x)]
    if capitals:
        lines.append(f"  capital  {capitals[0]}")
    return "\n".join(lines)


def main(argv):
    show_all = "--all" in argv
    args = [a for a in argv if a != "--all"]
    path = args[0] if args else default_input()
    try:
        with open(path, encoding="utf-8") as f:
            countries = json.load(f)
    except (OSError, ValueError) as e:
        print(f"draft_countries: cannot read {path}: {e}", file=sys.stderr)
        return 1
    chosen = [c for c in countries
              if show_all or c.get("unMember") or c["cca3"] in EXTRA]
    chosen.sort(key=lambda c: c["name"]["common"])
    print(f"# draft from {os.path.basename(path)}: {len(chosen)} entries; curate before use")
    for c in chosen:
        print()
        print(draft_entry(c))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
