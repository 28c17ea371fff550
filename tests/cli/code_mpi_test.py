#!/usr/bin/env python3
"""dyad code --mpi end to end: `mpirun -np 4 --oversubscribe dyad code --mpi` over the bundled
examples/ and 20 more wire records (copies of examples/wire.jsonl under new ids), in shards
of 3 records, writes byte for byte the events of `dyad code -j 1` on the same inputs and a
store with the same rows. A run whose first worker rank to reach its second shard is killed
(SIGKILL) there fails; running the same command again codes only the shards that were not done and gives
the same events and store. A rerun with other settings into the same directory is refused.
Skips (exit 77) without mpirun or when dyad was built without MPI.

Usage: code_mpi_test.py --dyad PATH
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from store_dump import dump

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "examples")
# mpirun refuses root (CI runs as root) unless told; shared-memory copies between ranks need
# ptrace rights that containers often lack.
MPI_ENV = {"OMPI_ALLOW_RUN_AS_ROOT": "1", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM": "1",
           "OMPI_MCA_btl_vader_single_copy_mechanism": "none"}


def run(cmd, ok=(0,), env=None):
    p = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **MPI_ENV, **(env or {})},
                       timeout=300)
    if ok is not None and p.returncode not in ok:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {p.returncode}\n{p.stdout}\n{p.stderr}")
    return p


def read(path):
    with open(path, "rb") as f:
        return f.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", required=True)
    dyad = os.path.abspath(ap.parse_args().dyad)
    mpirun = shutil.which("mpirun")
    if mpirun is None:
        print("SKIP: needs mpirun (Debian: openmpi-bin)")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        probe = run([dyad, "code", "--mpi", "--out", os.path.join(tmp, "probe"), os.path.join(tmp, "none")],
                    ok=None)
        if "built without MPI" in probe.stderr:
            print("SKIP: dyad was built without MPI (libopenmpi-dev)")
            return 77

        inputs = os.path.join(tmp, "in")
        shutil.copytree(EXAMPLES, inputs)
        with open(os.path.join(EXAMPLES, "wire.jsonl"), encoding="utf-8") as f:
            wire = [json.loads(line) for line in f if line.strip()]
        with open(os.path.join(inputs, "wire-copies.jsonl"), "w", encoding="utf-8") as f:
            for copy in range(5):
                for record in wire:
                    f.write(json.dumps({**record, "id": f"{record['id']}-copy{copy}"}) + "\n")

        one_events, one_db = os.path.join(tmp, "one.jsonl"), os.path.join(tmp, "one.db")
        p = run([dyad, "code", "-j", "1", "--out", one_events, "--db", one_db, inputs])
        articles = int(re.search(r"(\d+) articles", p.stderr).group(1))
        if articles != 29 or os.path.getsize(one_events) == 0:
            sys.exit(f"FAIL: expected 29 articles with events from dyad code -j 1:\n{p.stderr}")
        expected_events, expected_store = read(one_events), dump(one_db)

        def mpi(np, out, db, *extra, ok=(0,), env=None):
            return run([mpirun, "-np", str(np), "--oversubscribe", dyad, "code", "--mpi", "--shard-records", "3",
                        "--out", out, "--db", db, *extra, inputs], ok=ok, env=env)

        # Four ranks, one go.
        out, db = os.path.join(tmp, "run"), os.path.join(tmp, "mpi.db")
        p = mpi(4, out, db)
        if read(os.path.join(out, "events.jsonl")) != expected_events:
            sys.exit("FAIL: mpirun -np 4 wrote other events than dyad code -j 1")
        if dump(db) != expected_store:
            sys.exit("FAIL: mpirun -np 4 made another store than dyad code -j 1")
        if "29 articles" not in p.stderr or "4 ranks" not in p.stderr:
            sys.exit(f"FAIL: summary line does not report 29 articles over 4 ranks:\n{p.stderr}")

        # The first worker rank to code its fourth article (the first of its second shard of
        # three, its first shard done) is killed: the run fails with some shards done.
        out, db = os.path.join(tmp, "killed"), os.path.join(tmp, "killed.db")
        p = mpi(4, out, db, ok=None, env={"DYAD_TEST_KILL_RANK_AFTER": "any:4"})
        shards = os.path.join(out, "shards")
        done = [f for f in os.listdir(shards) if f.endswith(".done")] if os.path.isdir(shards) else []
        if p.returncode == 0 or os.path.exists(os.path.join(out, "events.jsonl")):
            sys.exit(f"FAIL: a run that lost a rank should fail without an output:\n{p.stderr}")
        with open(os.path.join(out, "plan.tsv"), encoding="utf-8") as f:
            planned = sum(1 for line in f if line.startswith("shard\t"))
        if not done or len(done) >= planned:
            sys.exit(f"FAIL: expected some but not all of {planned} shards done after the kill, got {len(done)}")
        # The same command again (on two ranks this time) finishes only the rest.
        p = mpi(2, out, db)
        m = re.search(r"(\d+) shards, (\d+) coded now, (\d+) before", p.stderr)
        if not m or int(m.group(3)) != len(done) or int(m.group(2)) != planned - len(done):
            sys.exit(f"FAIL: the rerun should code only the {planned - len(done)} shards not done:\n{p.stderr}")
        if read(os.path.join(out, "events.jsonl")) != expected_events:
            sys.exit("FAIL: events after a killed run and a rerun differ from dyad code -j 1")
        if dump(db) != expected_store:
            sys.exit("FAIL: store after a killed run and a rerun differs from dyad code -j 1")
        leftovers = [f for f in os.listdir(shards) if f.endswith(".tmp")]
        if leftovers:
            sys.exit(f"FAIL: temporary files left after the rerun: {leftovers}")

        # Other settings into the same directory would mix two runs: refused.
        p = mpi(1, out, db, "--format", "petr", ok=(2,))
        if "other settings" not in p.stderr:
            sys.exit(f"FAIL: a rerun with another --format should be refused:\n{p.stderr}")
    print(f"PASS: {articles} articles in {planned} shards over 4 ranks equal dyad code -j 1; "
          f"killed run finished by a rerun ({len(done)} shards kept, {planned - len(done)} coded again)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
