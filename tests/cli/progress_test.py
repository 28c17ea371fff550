#!/usr/bin/env python3
"""dyad code's progress line: on a terminal it shows articles/s, sentences/s, events, errors,
the share of the input read and the time left, and ends with the summary line; when stderr
is not a terminal only the summary line is written.

Usage: progress_test.py --dyad PATH
"""
import argparse
import json
import os
import pty
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "examples")


def run_on_terminal(cmd):
    """Runs cmd with stderr on a pseudo-terminal; returns everything written there."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert proc.wait() == 0, out.decode(errors="replace")
    return out.decode(errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", required=True)
    args = ap.parse_args()
    texts = []
    for name in sorted(os.listdir(EXAMPLES)):
        if name.endswith(".txt") and name != "README.md":
            with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
                texts.append(f.read())
    if not texts:
        print("SKIP: no example texts")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "many.jsonl")
        # Long enough to run a few seconds on an idle machine: the time left is shown once a
        # second has passed.
        n = 400
        story = "\n\n".join(texts)
        with open(path, "w", encoding="utf-8") as f:
            for i in range(n):
                f.write(json.dumps({"id": f"a{i}", "date": "2024-05-01", "text": story}) + "\n")
        cmd = [args.dyad, "code", "-j", "1", "--out", os.path.join(tmp, "events.jsonl"), path]

        shown = run_on_terminal(cmd)
        lines = [l for l in shown.replace("\r\n", "\n").split("\r") if l.strip()]
        progress = [l for l in lines if "articles (" in l]
        assert progress, shown
        assert any("% read, " in l and " left" in l for l in progress), shown
        for l in progress:
            for part in ("/s), ", "sentences (", "events, ", "errors"):
                assert part in l, l
        assert f"dyad code: {n} articles" in shown, shown

        quiet = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True).stderr
        assert "\r" not in quiet and "left" not in quiet, quiet
        assert quiet.startswith(f"dyad code: {n} articles"), quiet
    print("ok: progress on a terminal, one summary line otherwise")
    return 0


if __name__ == "__main__":
    sys.exit(main())
