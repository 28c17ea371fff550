#!/usr/bin/env python3
"""Drafts data/ontology/cameo.tsv, dyad's CAMEO ontology table, from reference facts: each
CAMEO code's Goldstein value and name, and its PLOVER event type, mode and context.

    tools/make_ontology.py ../shared/data/cameo > data/ontology/cameo.tsv

Rules applied (written down here because the table is ours, not a copy):
- A code without its own Goldstein value takes its parent's (0251 takes 025's).
- QuadClass follows GDELT: roots 01-05 verbal cooperation (1), 06-08 material cooperation
  (2), 09-13 verbal conflict (3), 14-20 material conflict (4).
- PLOVER has no category for CAMEO's statements (01): their PLOVER type stays empty. CAMEO's
  appeals (02) are PLOVER REQUEST, with the mode and context of the parallel demand (10)
  code: 02XY appeals for what 10XY demands.
- A code PLOVER does not list takes its parent's PLOVER entry (1641 takes 164's).
- PLOVER entries for codes CAMEO does not have are left out; a code PLOVER lists twice keeps
  its first entry.
"""
import os
import sys


def read_cameo(folder):
    codes = {}
    with open(os.path.join(folder, "cameo_codes.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, goldstein, label = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            codes[code] = [goldstein, label.strip()]
    return codes


def read_plover(folder):
    table = {}
    with open(os.path.join(folder, "CAMEO2PLOVER-2021.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if ":" not in line:
                continue
            code, _, rest = line.partition(":")
            parts = [p.strip() for p in rest.split(",")]
            if not parts[0] or not code.strip().isdigit():
                continue
            parts += [""] * (3 - len(parts))
            kind, mode, context = parts[0], parts[1], parts[2].replace(" ", "")
            table.setdefault(code.strip(), (kind, mode, context))
    return table


def quad_class(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def main():
    folder = sys.argv[1]
    codes = read_cameo(folder)
    plover = read_plover(folder)
    print("# dyad's CAMEO ontology: one code a line. Written by tools/make_ontology.py from")
    print("# reference facts (CAMEO Goldstein scale, CAMEO names, the CAMEO-to-PLOVER table of")
    print("# the PLOVER project, CC BY-SA 4.0); see that script for the rules applied.")
    print("# code\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\tname")
    for code in sorted(codes, key=lambda c: (c[:2], c)):
        goldstein, label = codes[code]
        parent = code
        while goldstein == "" and len(parent) > 2:
            parent = parent[:-1]
            goldstein = codes.get(parent, ["", ""])[0]
        root = code[:2]
        kind, mode, context = plover.get(code, ("", "", ""))
        if root == "02" and code in codes:
            kind, mode, context = plover.get("10" + code[2:], ("REQUEST", "", ""))
            kind = "REQUEST"
        parent = code
        while kind == "" and root != "01" and len(parent) > 2:
            parent = parent[:-1]
            kind, mode, context = plover.get(parent, ("", "", ""))
        if root == "01":
            kind, mode, context = "", "", ""
        if len(code) == 2 and not label:
            label = codes.get(code + "0", ["", ""])[1]
        print("\t".join([code, goldstein or "0.0", str(quad_class(root)), kind, mode,
                         context, label]))


if __name__ == "__main__":
    main()
