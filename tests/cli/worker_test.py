#!/usr/bin/env python3
"""dyad worker end to end: a local redis-server (loopback, a free port, no persistence)
holds a stream of articles; three workers in one consumer group code them into three
stores; one is killed with SIGKILL while it holds unacknowledged entries; the other two
claim those and finish; `dyad merge` combines the three stores. Every article must be
coded exactly once: the merged store holds one article per stream entry, and its events
equal those of `dyad code` over the same records. The articles are the first 1,000 of the
news corpus in ../shared when present (--articles), else the bundled examples repeated under
new ids.
Skips (exit 77) when redis-server is not installed or dyad was built without hiredis.

Usage: worker_test.py --dyad PATH
"""
import argparse
import gzip
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("DYAD_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
NEWS = os.path.join(SHARED, "data/news/allsides/allsides-political-world.jsonl.gz")
EXAMPLES = os.path.join(ROOT, "examples")
STREAM, GROUP = "articles", "coders"


class Redis:
    """Just enough RESP to add entries and ask about pending ones."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.buf = b""

    def command(self, *args):
        out = [b"*%d\r\n" % len(args)]
        for a in args:
            a = a if isinstance(a, bytes) else str(a).encode()
            out.append(b"$%d\r\n%s\r\n" % (len(a), a))
        self.sock.sendall(b"".join(out))
        return self._reply()

    def _line(self):
        while b"\r\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("redis closed the connection")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line

    def _reply(self):
        line = self._line()
        kind, rest = line[:1], line[1:]
        if kind in (b"+", b"-"):
            if kind == b"-":
                raise RuntimeError(rest.decode())
            return rest.decode()
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            if n < 0:
                return None
            while len(self.buf) < n + 2:
                self.buf += self.sock.recv(65536)
            data, self.buf = self.buf[:n], self.buf[n + 2:]
            return data.decode()
        if kind == b"*":
            n = int(rest)
            return None if n < 0 else [self._reply() for _ in range(n)]
        raise RuntimeError(f"unexpected reply {line!r}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def records(n):
    """JSON records, each with its own id: the first n of the news corpus."""
    if os.path.exists(NEWS):
        out = []
        with gzip.open(NEWS, "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i == n:
                    break
                r = json.loads(line)
                r["id"] = str(r.get("id") or f"news-{i}")
                out.append(r)
        return out
    base = []
    for name in sorted(os.listdir(EXAMPLES)):
        path = os.path.join(EXAMPLES, name)
        if name.endswith(".jsonl"):
            with open(path, encoding="utf-8") as f:
                base.extend(json.loads(line) for line in f if line.strip())
        elif name.endswith((".txt", ".html")):
            with open(path, encoding="utf-8") as f:
                base.append({"id": name, ("html" if name.endswith(".html") else "text"): f.read()})
    return [dict(r, id=f"{r['id']}#{k}") for k in range(20) for r in base]


def events(db):
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute(
            "SELECT a.id, e.event_id, e.date, e.src_code, e.tgt_code, e.cameo, e.goldstein, e.verb_text"
            " FROM events e JOIN articles a ON a.aid = e.article"))
    finally:
        con.close()


def count(db, table):
    if not os.path.exists(db):
        return 0
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # the store is still being created
        return 0
    finally:
        con.close()


def pending_of(r, consumer):
    try:
        summary = r.command("XPENDING", STREAM, GROUP)
    except RuntimeError as e:  # no group yet: no worker has joined
        if str(e).startswith("NOGROUP"):
            return 0
        raise
    for name, n in summary[3] or []:
        if name == consumer:
            return int(n)
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", required=True)
    ap.add_argument("--articles", type=int, default=1000, help="how many news articles to stream")
    args = ap.parse_args()
    dyad = args.dyad
    server = shutil.which("redis-server")
    if not server:
        print("SKIP: needs redis-server (scripts/install-deps installs it)")
        return 77
    probe = subprocess.run([dyad, "worker", "--help"], capture_output=True, text=True)
    if probe.returncode != 0:
        print("SKIP: this dyad has no worker verb")
        return 77
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        redis = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                  "--appendonly", "no", "--dir", tmp],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        workers = {}
        try:
            for _ in range(100):
                try:
                    r = Redis(port)
                    r.command("PING")
                    break
                except OSError:
                    time.sleep(0.05)
            else:
                sys.exit("FAIL: redis-server did not start")
            recs = records(args.articles)
            for rec in recs:
                r.command("XADD", STREAM, "*", "article", json.dumps(rec))
            sample = os.path.join(tmp, "sample.jsonl")
            with open(sample, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(rec) + "\n" for rec in recs)

            def start(name, batch):
                cmd = [dyad, "worker", "--redis", f"127.0.0.1:{port}", "--stream", STREAM, "--group", GROUP,
                       "--consumer", name, "--db", os.path.join(tmp, name + ".db"), "-j", "1",
                       "--batch", str(batch), "--claim-after", "1", "--exit-when-idle", "2"]
                workers[name] = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

            # The victim reads big batches, so it holds unacknowledged entries most of the time.
            start("victim", 25)
            start("w1", 5)
            start("w2", 5)
            deadline = time.time() + 30
            while True:
                if workers["victim"].poll() is not None:
                    sys.exit(f"FAIL: the victim ended before it could be killed:\n{workers['victim'].stderr.read()}")
                if pending_of(r, "victim") > 0 and count(os.path.join(tmp, "victim.db"), "articles") > 0:
                    # Mid-way: it has committed a batch and holds the next. Stop it and look
                    # again, so that it cannot acknowledge between the look and the kill.
                    workers["victim"].send_signal(signal.SIGSTOP)
                    if pending_of(r, "victim") > 0:
                        break
                    workers["victim"].send_signal(signal.SIGCONT)
                if time.time() > deadline:
                    sys.exit("FAIL: the victim never held entries after a commit")
                time.sleep(0.005)
            workers["victim"].send_signal(signal.SIGKILL)
            workers["victim"].wait()
            held = pending_of(r, "victim")
            if held == 0:
                sys.exit("FAIL: the killed worker held no entries; nothing to claim")
            summaries = []
            for name in ("w1", "w2"):
                try:
                    _, err = workers[name].communicate(timeout=600)
                except subprocess.TimeoutExpired:
                    sys.exit(f"FAIL: worker {name} did not stop when the stream was done")
                if workers[name].returncode != 0:
                    sys.exit(f"FAIL: worker {name} exited {workers[name].returncode}:\n{err}")
                summaries.append(err.strip().splitlines()[-1])
            claimed = sum(int(s.split(" claimed")[0].rsplit(" ", 1)[-1]) for s in summaries)
            if claimed < held:
                sys.exit(f"FAIL: {held} entries were pending with the killed worker, {claimed} claimed:\n"
                         + "\n".join(summaries))
            if r.command("XPENDING", STREAM, GROUP)[0] != 0:
                sys.exit("FAIL: entries still pending after the workers finished")

            merged = os.path.join(tmp, "merged.db")
            stores = [os.path.join(tmp, n + ".db") for n in ("victim", "w1", "w2")]
            p = subprocess.run([dyad, "merge", merged, *stores], capture_output=True, text=True)
            if p.returncode != 0:
                sys.exit(f"FAIL: dyad merge exited {p.returncode}:\n{p.stderr}")
            if count(merged, "articles") != len(recs):
                sys.exit(f"FAIL: {count(merged, 'articles')} articles in the merged store, {len(recs)} entries")
            ref = os.path.join(tmp, "ref.db")
            p = subprocess.run([dyad, "code", "-j", "2", "--db", ref, sample], capture_output=True, text=True)
            if p.returncode != 0:
                sys.exit(f"FAIL: dyad code exited {p.returncode}:\n{p.stderr}")
            want, got = events(ref), events(merged)
            if not want:
                sys.exit("FAIL: the reference run found no events")
            if got != want:
                sys.exit(f"FAIL: merged events differ from dyad code's: {len(got)} vs {len(want)}")
        finally:
            for w in workers.values():
                if w.poll() is None:
                    w.kill()
                    w.wait()
            redis.terminate()
            redis.wait()
    print(f"OK: {len(recs)} entries, worker killed holding {held}, {claimed} claimed; "
          f"merged store has each article once and {len(want)} events equal to dyad code's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
