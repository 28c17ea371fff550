"""Speed of Coder.code_many from Python against the dyad program on the same articles.

    PYTHONPATH=build/release/python python3 bench/python_vs_cli.py \
        --dyad build/release/cli/dyad [--articles 1000] [--jobs 1] [--repeat 1]

Takes the first N articles of ../shared/data/news (or $DYAD_SHARED/data/news), writes them
to a temporary JSON Lines file, and codes that file (a) with `dyad code -j J --format jsonl`
and (b) from Python: read the file, json.loads each line, Coder.code_many(jobs=J), keep
every event dict. Both are timed from the first article read to the last event out,
excluding the one-off loading of dictionaries and models (the program's own summary line
gives its time; Python's is measured around the loop). Also printed: the program's whole
wall time, and the CPU time of each whole job, loading included (steadier than wall time
on a shared machine). The runs must agree on every event id, code, actor and date, else it
exits 1.
"""
import argparse
import gzip
import json
import os
import pathlib
import re
import resource
import subprocess
import sys
import tempfile
import time

import dyad

REPO = pathlib.Path(__file__).resolve().parents[1]
SHARED = pathlib.Path(os.environ.get("DYAD_SHARED") or REPO.parent / "shared")


def first_articles(n):
    news = SHARED / "data" / "news"
    files = sorted(news.rglob("*.jsonl.gz")) + sorted(news.rglob("*.jsonl"))
    lines = []
    for path in files:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    lines.append(line if line.endswith("\n") else line + "\n")
                if len(lines) == n:
                    return lines
    return lines


def essentials(e):
    return (e["event_id"], e["cameo"], e["source"]["code"], e["target"]["code"], e["date"])


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(dyad_bin, path, jobs):
    cpu = children_cpu()
    start = time.perf_counter()
    done = subprocess.run([dyad_bin, "code", "-j", str(jobs), "--format", "jsonl", str(path)],
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    cpu = children_cpu() - cpu
    if done.returncode not in (0, 1):
        sys.exit(f"dyad code failed ({done.returncode}): {done.stderr}")
    summary = re.search(r"(\d+) articles, (\d+) sentences, (\d+) events, \d+ errors in ([\d.]+) s", done.stderr)
    if not summary:
        sys.exit(f"no summary line from dyad code: {done.stderr[-500:]}")
    events = [json.loads(line) for line in done.stdout.splitlines()]
    return float(summary.group(4)), wall, cpu, int(summary.group(2)), events


def run_python(coder, path, jobs):
    cpu = time.process_time()
    start = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        events = list(coder.code_many((json.loads(line) for line in f), jobs=jobs, errors="warn"))
    return time.perf_counter() - start, time.process_time() - cpu, events


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dyad", default=str(REPO / "build" / "release" / "cli" / "dyad"))
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest counts")
    args = parser.parse_args()

    lines = first_articles(args.articles)
    if not lines:
        print(f"needs ../shared/data/news (looked in {SHARED / 'data' / 'news'}); skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp, "news.jsonl")
        path.write_text("".join(lines), encoding="utf-8")
        load_start, load_cpu = time.perf_counter(), time.process_time()
        coder = dyad.Coder()
        load, load_cpu = time.perf_counter() - load_start, time.process_time() - load_cpu
        cli_runs, py_runs = [], []
        for _ in range(args.repeat):
            cli_runs.append(run_cli(args.dyad, path, args.jobs))
            py_runs.append(run_python(coder, path, args.jobs))
    cli_time, cli_wall, cli_cpu, sentences, cli_events = min(cli_runs, key=lambda r: r[0])
    py_time, py_cpu, py_events = min(py_runs, key=lambda r: r[0])
    py_cpu += load_cpu  # both CPU figures cover the whole job, loading included
    if [essentials(e) for e in cli_events] != [essentials(e) for e in py_events]:
        print(f"MISMATCH: the program gave {len(cli_events)} events, Python {len(py_events)}")
        return 1
    n = len(lines)
    print(f"{n} articles, {sentences} sentences, {len(py_events)} events (identical), jobs={args.jobs}, "
          f"best of {args.repeat}")
    print(f"dyad code      {cli_time:7.2f} s  {n / cli_time:7.1f} articles/s  {sentences / cli_time:7.0f} sentences/s"
          f"  (process wall {cli_wall:.2f} s, CPU {cli_cpu:.2f} s)")
    print(f"Python binding {py_time:7.2f} s  {n / py_time:7.1f} articles/s  {sentences / py_time:7.0f} sentences/s"
          f"  (Coder() load {load:.2f} s, CPU with load {py_cpu:.2f} s)")
    print("each run, program / Python (s): " +
          ", ".join(f"{c[0]:.2f} / {p[0]:.2f}" for c, p in zip(cli_runs, py_runs)))
    print(f"Python / CLI time (best runs): {py_time / cli_time:.3f}; CPU: {py_cpu / cli_cpu:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
