"""Every row of every table of a dyad store, in a fixed order, for the CLI tests that compare
stores: equal dumps mean equal stores (internal row numbers included)."""
import sqlite3

TABLES = ("meta", "articles", "sentences", "events", "evidence", "mentions", "actor_codes",
          "quotes", "entities", "article_themes")


def dump(db):
    """Every row of every table of the store at path db, table by table, rows sorted."""
    con = sqlite3.connect(db)
    try:
        out = []
        for t in TABLES:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})")]
            if not cols:
                continue
            order = ", ".join(str(i + 1) for i in range(len(cols)))
            out.append(f"## {t}")
            out.extend(repr(r) for r in con.execute(f"SELECT * FROM {t} ORDER BY {order}"))
        return out
    finally:
        con.close()
