"""Codes a folder of articles with dyad from Python and plots a dyad timeline.

    PYTHONPATH=build/release/python python3 python/examples/code_folder.py examples/

Reads every .txt (one article, the file name as its id), .html/.htm (a page to extract) and
.jsonl (one article a line, dyad's JSON Lines input) under FOLDER, codes them with
Coder.code_many, prints the busiest dyads and their events, and, when matplotlib is
installed, draws events per day for the busiest dyads into dyad-timeline.png (--plot sets
the file). Without matplotlib the plot is skipped with a note.
"""
import argparse
import collections
import datetime
import json
import pathlib
import sys

import dyad


def articles(folder):
    """Yields article dicts from the files under `folder`, in name order."""
    for path in sorted(pathlib.Path(folder).rglob("*")):
        suffix = path.suffix.lower()
        if suffix == ".txt":
            yield {"id": path.name, "text": path.read_bytes().decode("utf-8", "replace")}
        elif suffix in (".html", ".htm"):
            yield {"id": path.name, "html": path.read_bytes().decode("utf-8", "replace")}
        elif suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for n, line in enumerate(lines, 1):
                    if line.strip():
                        record = json.loads(line)
                        record.setdefault("id", f"{path.name}:{n}")
                        yield record


def dyad_of(event):
    return f'{event["source"]["code"] or "?"} -> {event["target"]["code"] or "?"}'


def plot(by_day, dyads, out):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no plot", file=sys.stderr)
        return
    fig, ax = plt.subplots(figsize=(9, 4))
    for d in dyads:
        days = sorted(by_day[d])
        ax.plot([datetime.date.fromisoformat(day) for day in days], [by_day[d][day] for day in days],
                marker="o", label=d)
    ax.set_xlabel("event date")
    ax.set_ylabel("events")
    ax.set_title("dyad timeline")
    ax.legend()
    fig.autofmt_xdate()
    fig.savefig(out, dpi=120, bbox_inches="tight")
    print(f"timeline written to {out}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--jobs", type=int, default=0, help="threads (0: all cores)")
    parser.add_argument("--top", type=int, default=5, help="how many dyads to show")
    parser.add_argument("--plot", default="dyad-timeline.png")
    args = parser.parse_args()

    coder = dyad.Coder()
    events = list(coder.code_many(articles(args.folder), jobs=args.jobs, errors="warn"))
    counts = collections.Counter(dyad_of(e) for e in events)
    by_day = collections.defaultdict(collections.Counter)
    for e in events:
        by_day[dyad_of(e)][e["date"]] += 1
    print(f"{len(events)} events, {len(counts)} dyads")
    top = [d for d, _ in counts.most_common(args.top)]
    for d in top:
        print(f"\n{d}: {counts[d]} events")
        for e in events:
            if dyad_of(e) == d:
                print(f'  {e["date"]}  {e["cameo"]:<4} {e["verb"]["text"]!r:<14} {e["sentence"][:80]}')
    plot(by_day, top, args.plot)


if __name__ == "__main__":
    main()
