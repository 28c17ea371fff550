#!/usr/bin/env python3
"""Why a dyad timeline was slow on a large store: SQLite's plan for the WHERE shape the store
built for a dyad of code prefixes and a period before schema 4 (prefix ranges on src_code and
tgt_code, OR'ed both ways, and a day range), against the same question asked with the codes
each prefix matches listed out (IN lists), which lets the (src_code, tgt_code, day) index
answer it, and (on a store with the actor_codes table) the shape the store builds now: the
codes come from actor_codes in IN subqueries. Read-only; prints each plan, the rows and the
best of five timings.

    server/load/timeline_plans.py STORE [A B FROM_DAY TO_DAY]
"""
import sqlite3
import sys
import time

store = sys.argv[1]
a, b = (sys.argv[2], sys.argv[3]) if len(sys.argv) > 3 else ("USA", "RUS")
first, last = (int(sys.argv[4]), int(sys.argv[5])) if len(sys.argv) > 5 else (17897, 18261)  # 2019
db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)

def bump(p):
    return p[:-1] + chr(ord(p[-1]) + 1)

def codes(prefix):
    return [r[0] for r in db.execute(
        "SELECT DISTINCT src_code FROM events WHERE src_code >= ? AND src_code < ?", (prefix, bump(prefix)))]

select = ("SELECT substr(e.date, 1, 7), e.quad_class, count(*), total(e.goldstein) FROM events e WHERE {} "
          "AND e.day >= ? AND e.day <= ? GROUP BY 1, 2 ORDER BY 1, 2")
prefix_where = ("((e.src_code >= ? AND e.src_code < ? AND e.tgt_code >= ? AND e.tgt_code < ?) OR "
                "(e.src_code >= ? AND e.src_code < ? AND e.tgt_code >= ? AND e.tgt_code < ?))")
prefix_args = (a, bump(a), b, bump(b), b, bump(b), a, bump(a), first, last)
ca, cb = codes(a), codes(b)
marks = lambda xs: ",".join("?" * len(xs))
in_where = (f"((e.src_code IN ({marks(ca)}) AND e.tgt_code IN ({marks(cb)})) OR "
            f"(e.src_code IN ({marks(cb)}) AND e.tgt_code IN ({marks(ca)})))")
in_args = tuple(ca + cb + cb + ca) + (first, last)

shapes = [("prefix ranges (the store's shape before schema 4)", prefix_where, prefix_args),
          (f"IN lists ({len(ca)} + {len(cb)} codes)", in_where, in_args)]
if db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'actor_codes'").fetchone()[0]:
    sub = "(SELECT code FROM actor_codes WHERE code >= ? AND code < ?)"
    one = f"SELECT eid FROM events INDEXED BY events_dyad WHERE src_code IN {sub} AND tgt_code IN {sub} AND day >= ? AND day <= ?"
    shapes.append(("actor_codes subqueries (the store's shape)", f"e.eid IN ({one} UNION ALL {one})",
                   (a, bump(a), b, bump(b), first, last, b, bump(b), a, bump(a), first, last, first, last)))
for name, where, args in shapes:
    sql = select.format(where)
    plan = [r[3] for r in db.execute("EXPLAIN QUERY PLAN " + sql, args)]
    best, rows = float("inf"), None
    for _ in range(5):
        t = time.perf_counter()
        rows = db.execute(sql, args).fetchall()
        best = min(best, time.perf_counter() - t)
    print(f"{name}: {len(rows)} rows, {sum(r[2] for r in rows)} events, best {best * 1000:.2f} ms")
    for step in plan:
        print(f"    {step}")
