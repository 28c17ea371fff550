#!/usr/bin/env python3
"""dyad merge end to end: the bundled examples/ coded into one store equal, table for table
and row for row, the same articles coded as two shards (in input order) and merged; merging
the shards again changes nothing; an article coded again with a changed text replaces the
stored one; a missing input store fails with exit code 2 and leaves the output alone.

Usage: merge_test.py --dyad PATH
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from store_dump import dump

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "examples")


def run(dyad, *args, ok=(0,)):
    p = subprocess.run([dyad, *args], capture_output=True, text=True)
    if p.returncode not in ok:
        sys.exit(f"FAIL: dyad {' '.join(args)} exited {p.returncode}\n{p.stderr}")
    return p


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"line {i}: {x} != {y}"
    return f"lengths {len(a)} != {len(b)}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", required=True)
    dyad = ap.parse_args().dyad
    # The order `dyad code examples/` reads them in: the directory walk is sorted.
    inputs = sorted(os.path.join(EXAMPLES, f) for f in os.listdir(EXAMPLES) if f != "README.md")
    with tempfile.TemporaryDirectory() as tmp:
        db = lambda name: os.path.join(tmp, name + ".db")
        run(dyad, "code", "-j", "1", "--db", db("one"), EXAMPLES)
        run(dyad, "code", "-j", "1", "--db", db("shard1"), *inputs[:3])
        run(dyad, "code", "-j", "2", "--db", db("shard2"), *inputs[3:])
        run(dyad, "merge", db("merged"), db("shard1"), db("shard2"))
        one, merged = dump(db("one")), dump(db("merged"))
        if one.index("## sentences") - one.index("## articles") - 1 != 9:
            sys.exit("FAIL: expected the 9 example articles in one store")
        if merged != one:
            sys.exit(f"FAIL: merged shards differ from one run: {first_difference(merged, one)}")

        p = run(dyad, "merge", db("merged"), db("shard1"), db("shard2"))
        if dump(db("merged")) != one:
            sys.exit("FAIL: merging the shards twice changed the store")
        if "(0 new, 0 replaced, 3 unchanged" not in p.stderr:
            sys.exit(f"FAIL: second merge should leave every article unchanged:\n{p.stderr}")

        # An article coded again after a correction replaces the stored one, as `dyad code` would.
        changed = os.path.join(tmp, "changed")
        os.mkdir(changed)
        name = os.path.basename(inputs[1])
        with open(inputs[1], encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(changed, name), "w", encoding="utf-8") as f:
            f.write(text.replace("\n\n", "\n\nCorrected. ", 1))
        run(dyad, "code", "-j", "1", "--db", db("fix"), os.path.join(changed, name))
        shutil.copy(db("one"), db("one_fixed"))
        run(dyad, "code", "-j", "1", "--db", db("one_fixed"), os.path.join(changed, name))
        p = run(dyad, "merge", db("merged"), db("fix"))
        if "1 replaced" not in p.stderr:
            sys.exit(f"FAIL: a changed article should be replaced:\n{p.stderr}")
        if dump(db("merged")) != dump(db("one_fixed")):
            sys.exit(f"FAIL: merge of a changed article differs from coding it again: "
                     f"{first_difference(dump(db('merged')), dump(db('one_fixed')))}")

        before = dump(db("merged"))
        run(dyad, "merge", db("merged"), db("no-such-store"), ok=(2,))
        if dump(db("merged")) != before:
            sys.exit("FAIL: a failed merge changed the output store")
    print("OK: shards merge into the store of one run; merging again changes nothing; "
          "a changed article is replaced; a missing input fails cleanly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
