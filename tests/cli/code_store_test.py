#!/usr/bin/env python3
"""dyad code end to end through the store: coding the same articles twice into one store
changes nothing (same articles, sentences and events as once); giving them twice in one run
reports every article as a near-duplicate of its copy; -j 1 and -j 2 write the same bytes;
a bad record is reported with file and line while the others are coded and the exit code
is 1. Uses the first 40 articles of ../shared/data/news (skips, visibly, without it).

Usage: code_store_test.py --dyad PATH
"""
import argparse
import gzip
import os
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("DYAD_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
NEWS = os.path.join(SHARED, "data/news/allsides/allsides-political-world.jsonl.gz")


def counts(db):
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "sentences", "events")}
    finally:
        con.close()


def run(dyad, *args, ok=(0,)):
    p = subprocess.run([dyad, *args], capture_output=True, text=True)
    if p.returncode not in ok:
        sys.exit(f"FAIL: dyad {' '.join(args)} exited {p.returncode}\n{p.stderr}")
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", required=True)
    dyad = ap.parse_args().dyad
    if not os.path.exists(NEWS):
        print(f"SKIP: needs {NEWS}")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        sample = os.path.join(tmp, "sample.jsonl")
        with gzip.open(NEWS, "rt", encoding="utf-8") as f, open(sample, "w", encoding="utf-8") as out:
            for i, line in enumerate(f):
                if i == 40:
                    break
                out.write(line)
        db = os.path.join(tmp, "events.db")
        run(dyad, "code", "-j", "2", "--db", db, sample)
        once = counts(db)
        if once["articles"] != 40 or once["events"] == 0:
            sys.exit(f"FAIL: expected 40 articles and some events, got {once}")
        run(dyad, "code", "-j", "2", "--db", db, sample)
        twice = counts(db)
        if twice != once:
            sys.exit(f"FAIL: coding twice changed the store: {once} -> {twice}")

        p = run(dyad, "code", "-j", "2", "--format", "petr", sample, sample)
        if "40 groups of near-duplicate articles (40 x 2)" not in p.stderr:
            sys.exit(f"FAIL: near-duplicates not reported as 40 pairs:\n{p.stderr}")

        one = run(dyad, "code", "-j", "1", sample).stdout
        two = run(dyad, "code", "-j", "2", sample).stdout
        if one != two or not one:
            sys.exit("FAIL: -j 1 and -j 2 wrote different events")

        bad = os.path.join(tmp, "bad.jsonl")
        with open(sample, encoding="utf-8") as f:
            lines = f.readlines()[:3]
        with open(bad, "w", encoding="utf-8") as out:
            out.write(lines[0])
            out.write('{"id": "broken", "text": \n')
            out.write(lines[1])
        p = run(dyad, "code", "--db", os.path.join(tmp, "bad.db"), bad, ok=(1,))
        if "bad.jsonl:2" not in p.stderr:
            sys.exit(f"FAIL: the bad record is not named by file and line:\n{p.stderr}")
        if counts(os.path.join(tmp, "bad.db"))["articles"] != 2:
            sys.exit("FAIL: the good records around a bad one were not all stored")
    print(f"PASS: {once['articles']} articles, {once['sentences']} sentences, {once['events']} events, twice the same")
    return 0


if __name__ == "__main__":
    sys.exit(main())
