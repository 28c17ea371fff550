#!/usr/bin/env python3
"""The README's examples stay true: every fenced block that starts with
`$ build/release/cli/dyad ...` is run with the dyad under test, and each line the block shows
must appear in what the command prints, in the same order. Runs of spaces and tabs count as
one space (the README aligns columns that dyad separates with tabs, and leaves empty columns
out); a line "..." stands for lines left out; the timing part of a `dyad code:` summary
(" in 0.02 s (...)") is not compared.

Usage: readme_test.py --dyad PATH
"""
import argparse
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROMPT = "$ build/release/cli/dyad "


def normal(line):
    return " ".join(line.replace("\t", " ").split())


def examples(readme):
    """(command words, expected lines) for each block that runs dyad."""
    blocks = re.findall(r"^```\n(.*?)^```", readme, flags=re.S | re.M)
    out = []
    for block in blocks:
        lines = block.splitlines()
        if not lines or not lines[0].startswith(PROMPT):
            continue
        words = shlex.split(lines[0][len(PROMPT):])
        expected = [normal(l) for l in lines[1:] if normal(l) and normal(l) != "..."]
        out.append((words, expected))
    return out


def comparable(line):
    """A summary line without its timing, any other line as it is."""
    if line.startswith("dyad code:") and " in " in line:
        return line[: line.index(" in ")]
    return line


def check(dyad, words, expected):
    proc = subprocess.run([dyad] + words, cwd=ROOT, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        return "exit status %d: %s" % (proc.returncode, proc.stderr.strip()[-500:])
    got = [comparable(normal(l)) for l in (proc.stdout + proc.stderr).splitlines()]
    at = 0
    for want in expected:
        want = comparable(want)
        while at < len(got) and got[at] != want:
            at += 1
        if at == len(got):
            return "no line (in order) reads:\n  %s\nthe command printed:\n  %s" % (want, "\n  ".join(got[:60]))
        at += 1
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", required=True)
    args = ap.parse_args()
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        found = examples(f.read())
    if len(found) < 2:
        print("README.md: expected at least two dyad examples, found %d" % len(found))
        return 1
    failed = 0
    for words, expected in found:
        problem = check(args.dyad, words, expected)
        name = "dyad " + " ".join(words)[:70]
        if problem:
            failed += 1
            print("FAIL %s\n%s" % (name, problem))
        else:
            print("ok   %s (%d lines)" % (name, len(expected)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
