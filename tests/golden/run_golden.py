#!/usr/bin/env python3
"""Runs one golden test: a .test file naming a dyad command, its input and the exact output
expected. Regenerate on purpose with --update (then review the diff before committing).

File format (sections start with a line '---- NAME'):

    # free comment lines saying what the test holds
    command: segment --format text {input}
    requires: shared            (optional: skip, visibly, when ../shared is absent)
    input-file: ../shared/seed/north-korea-russia-2023-07-27.txt   (optional; else '---- input')
    input-ext: .txt             (optional: extension of the temporary input file)
    ---- input
    text given to the command as {input}
    ---- expected
    the command's exact standard output

Paths in input-file are relative to the repository root. {input} in the command is replaced
by the input file's path, {root} by the repository root and {shared} by ../shared.
Exit status: 0 pass, 1 fail, 77 skipped.
"""
import argparse
import difflib
import os
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("DYAD_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))


def parse(path):
    header, sections, current = {}, {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("---- "):
                current = line[5:].strip()
                sections[current] = []
            elif current is not None:
                sections[current].append(line)
            elif line.startswith("#") or not line.strip():
                continue
            else:
                key, _, value = line.partition(":")
                header[key.strip()] = value.strip()
    return header, {k: "".join(v) for k, v in sections.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("test")
    args = ap.parse_args()

    header, sections = parse(args.test)
    if header.get("requires") == "shared" and not os.path.isdir(os.path.join(SHARED, "data")):
        print(f"SKIPPED {args.test}: needs ../shared (set DYAD_SHARED)")
        return 77

    tmp = None
    if "input-file" in header:
        rel = header["input-file"]
        if rel.startswith("../shared/"):
            input_path = os.path.join(SHARED, rel[len("../shared/"):])
        else:
            input_path = os.path.join(ROOT, rel)
    else:
        tmp = tempfile.NamedTemporaryFile("w", suffix=header.get("input-ext", ".txt"),
                                          delete=False, encoding="utf-8")
        tmp.write(sections.get("input", ""))
        tmp.close()
        input_path = tmp.name

    command = header["command"].format(input=shlex.quote(input_path), root=shlex.quote(ROOT),
                                       shared=shlex.quote(SHARED))
    try:
        proc = subprocess.run([args.dyad] + shlex.split(command), capture_output=True,
                              text=True, timeout=300)
    finally:
        if tmp:
            os.unlink(tmp.name)
    actual = proc.stdout
    if proc.returncode not in (0, 1):
        print(f"FAIL {args.test}: dyad exited {proc.returncode}\n{proc.stderr}")
        return 1

    if args.update:
        with open(args.test, encoding="utf-8") as f:
            text = f.read()
        cut = text.find("---- expected\n")
        head = text if cut < 0 else text[:cut]
        if not head.endswith("\n"):
            head += "\n"
        with open(args.test, "w", encoding="utf-8") as f:
            f.write(head + "---- expected\n" + actual)
        print(f"UPDATED {args.test}")
        return 0

    expected = sections.get("expected", "")
    if actual == expected:
        print(f"PASS {args.test}")
        return 0
    diff = difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                "expected", "actual")
    sys.stdout.writelines(diff)
    print(f"\nFAIL {args.test} (stderr: {proc.stderr.strip()[:2000]})")
    return 1


if __name__ == "__main__":
    sys.exit(main())
