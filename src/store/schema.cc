// The migrations. Append new ones at the end; never edit one that has shipped, since
// stores in the field were built by it.
#include "store/schema.h"

#include <string>

namespace dyad::store {
namespace {

constexpr const char kV1[] = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE articles(
  aid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT, title TEXT, source TEXT,
  published TEXT,
  content_hash TEXT NOT NULL,
  dict_version TEXT NOT NULL);

CREATE TABLE sentences(
  sid INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(aid) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  begin_byte INTEGER, end_byte INTEGER,
  text TEXT NOT NULL,
  UNIQUE(article, idx));

CREATE TABLE events(
  eid INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  article INTEGER NOT NULL REFERENCES articles(aid) ON DELETE CASCADE,
  sentence_idx INTEGER NOT NULL,
  date TEXT NOT NULL, day INTEGER NOT NULL, date_precision TEXT NOT NULL, date_text TEXT,
  src_code TEXT, src_country TEXT, src_text TEXT, src_begin INTEGER, src_end INTEGER,
  tgt_code TEXT, tgt_country TEXT, tgt_text TEXT, tgt_begin INTEGER, tgt_end INTEGER,
  src_group TEXT, tgt_group TEXT,
  cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
  plover TEXT, plover_mode TEXT, plover_context TEXT,
  verb_text TEXT, verb_lemma TEXT, verb_begin INTEGER, verb_end INTEGER,
  negated INTEGER NOT NULL, pattern TEXT, issues TEXT,
  loc_name TEXT, loc_country TEXT, loc_region TEXT, loc_lat REAL, loc_lon REAL,
  loc_geonames_id INTEGER, loc_level TEXT, loc_text TEXT, loc_begin INTEGER, loc_end INTEGER,
  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL);

CREATE INDEX events_article ON events(article);
CREATE INDEX events_dyad ON events(src_code, tgt_code, day);
CREATE INDEX events_target ON events(tgt_code, day);
CREATE INDEX events_cameo ON events(cameo, day);
CREATE INDEX events_day ON events(day);

-- Sentences supporting a merged event beyond its own; the view adds the own one.
CREATE TABLE evidence(
  event INTEGER NOT NULL REFERENCES events(eid) ON DELETE CASCADE,
  sentence INTEGER NOT NULL REFERENCES sentences(sid) ON DELETE CASCADE,
  PRIMARY KEY(event, sentence)) WITHOUT ROWID;
CREATE INDEX evidence_sentence ON evidence(sentence);
CREATE VIEW event_evidence(event, sentence) AS
  SELECT e.eid, s.sid FROM events e JOIN sentences s ON s.article = e.article AND s.idx = e.sentence_idx
  UNION
  SELECT event, sentence FROM evidence;
)sql";

constexpr const char kV2[] = R"sql(
CREATE TABLE mentions(
  article INTEGER NOT NULL REFERENCES articles(aid) ON DELETE CASCADE,
  sentence_idx INTEGER NOT NULL,
  begin_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,
  code TEXT, text TEXT NOT NULL,
  PRIMARY KEY(article, sentence_idx, begin_byte, end_byte)) WITHOUT ROWID;
)sql";

// New sentences are indexed by the writer itself (Store::Add), not by an AFTER INSERT
// trigger: a statement that fires a trigger opens a statement savepoint, and FTS5 flushes
// its pending index at every savepoint, which made each sentence a segment of its own and
// ingest less than half as fast. Deletes and updates (rare: replacing an article) use triggers.
constexpr const char kV3[] = R"sql(
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='sid');
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.sid, old.text);
END;
CREATE TRIGGER sentences_au AFTER UPDATE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.sid, old.text);
  INSERT INTO sentences_fts(rowid, text) VALUES (new.sid, new.text);
END;
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
)sql";

// Every actor code the events use, so a code prefix ("USA") can become the list of codes it
// matches: a dyad query then seeks each (source, target) pair in events_dyad instead of
// walking every entry of the source prefix. The writer adds new codes as it inserts events;
// codes whose events were replaced stay (a superset only costs an empty seek).
constexpr const char kV4[] = R"sql(
CREATE TABLE actor_codes(code TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO actor_codes(code)
  SELECT src_code FROM events WHERE src_code IS NOT NULL
  UNION SELECT tgt_code FROM events WHERE tgt_code IS NOT NULL;
)sql";

// Article knowledge (src/knowledge): quotations with their speakers, the persons,
// organisations and places named, and the themes, per article (store/knowledge_rows.h).
constexpr const char kV5[] = R"sql(
CREATE TABLE quotes(
  article INTEGER NOT NULL REFERENCES articles(aid) ON DELETE CASCADE,
  begin_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,
  kind TEXT NOT NULL,
  sentence_first INTEGER NOT NULL, sentence_last INTEGER NOT NULL,
  day INTEGER NOT NULL, date TEXT NOT NULL,
  text TEXT NOT NULL,
  speaker_text TEXT, speaker_name TEXT, speaker_code TEXT,
  PRIMARY KEY(article, begin_byte, end_byte, kind)) WITHOUT ROWID;
CREATE INDEX quotes_speaker_code ON quotes(speaker_code, day);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name, day);
CREATE TABLE entities(
  article INTEGER NOT NULL REFERENCES articles(aid) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL, code TEXT, country TEXT, roles TEXT,
  count INTEGER NOT NULL, first_byte INTEGER NOT NULL, day INTEGER NOT NULL,
  PRIMARY KEY(article, kind, name)) WITHOUT ROWID;
CREATE INDEX entities_name ON entities(name, day);
CREATE INDEX entities_code ON entities(code, day);
CREATE TABLE article_themes(
  article INTEGER NOT NULL REFERENCES articles(aid) ON DELETE CASCADE,
  theme TEXT NOT NULL, label TEXT,
  count INTEGER NOT NULL, day INTEGER NOT NULL,
  PRIMARY KEY(article, theme)) WITHOUT ROWID;
CREATE INDEX article_themes_theme ON article_themes(theme, day);
)sql";

// The dyad index carries each event's QuadClass and Goldstein score, so a dyad's timeline
// (counts and sums per period) is read from the index alone, without a row seek per event.
constexpr const char kV6[] = R"sql(
DROP INDEX IF EXISTS events_dyad;
CREATE INDEX events_dyad ON events(src_code, tgt_code, day, quad_class, goldstein);
)sql";

// Each event carries its sentence's text and its article's id, URL and outlet, so reading an
// event (a page of the events API, an export) seeks the event's own row only, not also the
// article, the sentence index and the sentence row: a third of the B-tree pages an event
// cost. The sentences and articles tables stay the source (and the full-text index's
// content); the writer fills both from the same values, and neither is updated in place (an
// article is replaced whole, its events with it).
constexpr const char kV7[] = R"sql(
ALTER TABLE events ADD COLUMN sentence_text TEXT;
ALTER TABLE events ADD COLUMN article_id TEXT;
ALTER TABLE events ADD COLUMN url TEXT;
ALTER TABLE events ADD COLUMN news_source TEXT;
UPDATE events SET sentence_text =
  (SELECT s.text FROM sentences s WHERE s.article = events.article AND s.idx = events.sentence_idx);
UPDATE events SET article_id = a.id, url = a.url, news_source = a.source
  FROM articles a WHERE a.aid = events.article;
)sql";

constexpr Migration kMigrations[] = {
    {1, "articles, sentences, events, evidence links, meta", kV1},
    {2, "mentions", kV2},
    {3, "full-text index over sentences (FTS5, external content)", kV3},
    {4, "actor codes present in events (dyad prefixes expand to them)", kV4},
    {5, "article knowledge: quotes, entities, article_themes", kV5},
    {6, "events_dyad covers QuadClass and Goldstein score (dyad timelines from the index)", kV6},
    {7, "events carry their sentence's text and their article's id, URL and outlet (an event read from its row alone)", kV7},
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion);

Status ApplyOne(Db& db, const Migration& m) {
  RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  Status s = db.Exec(m.sql);
  if (s.ok()) {
    // PRAGMA takes no parameters; the version is a compile-time integer, not input.
    std::string pragma = "PRAGMA user_version = " + std::to_string(m.version);
    s = db.Exec(pragma.c_str());
  }
  if (s.ok()) {
    Result<Stmt> st = db.Prepare(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st.ok()) {
      s = st.status();
    } else {
      st->BindText(1, std::to_string(m.version));
      s = st->Run();
    }
  }
  if (s.ok()) s = db.Exec("COMMIT");
  if (!s.ok()) {
    (void)db.Exec("ROLLBACK");
    return s.WithContext("schema migration to version " + std::to_string(m.version) + " (" +
                         std::string(m.what) + ")");
  }
  return Status::Ok();
}

// As the migrations leave them (kV1; kV6 for events_dyad), with IF NOT EXISTS; SchemaTest
// checks that the two stay the same.
constexpr QueryIndex kQueryIndexes[] = {
    {"events_dyad", "CREATE INDEX IF NOT EXISTS events_dyad ON events(src_code, tgt_code, day, quad_class, goldstein)"},
    {"events_target", "CREATE INDEX IF NOT EXISTS events_target ON events(tgt_code, day)"},
    {"events_cameo", "CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo, day)"},
    {"events_day", "CREATE INDEX IF NOT EXISTS events_day ON events(day)"},
};

// Runs `step` for each query index inside one IMMEDIATE transaction.
template <typename Step>
Status EachIndexInTransaction(Db& db, Step step) {
  RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  Status s = Status::Ok();
  for (const QueryIndex& q : kQueryIndexes) {
    s = step(q);
    if (!s.ok()) break;
  }
  if (s.ok()) s = db.Exec("COMMIT");
  if (!s.ok()) (void)db.Exec("ROLLBACK");
  return s;
}

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

std::span<const QueryIndex> QueryIndexes() { return kQueryIndexes; }

Status DropQueryIndexes(Db& db) {
  return EachIndexInTransaction(db, [&db](const QueryIndex& q) {
    // Index names come from the constant list above, never from input.
    return db.Exec(("DROP INDEX IF EXISTS " + std::string(q.name)).c_str());
  });
}

Status EnsureQueryIndexes(Db& db) {
  ASSIGN_OR_RETURN(bool all, HasQueryIndexes(db));
  if (all) return Status::Ok();
  return EachIndexInTransaction(db, [&db](const QueryIndex& q) { return db.Exec(q.sql); });
}

Result<bool> HasQueryIndexes(Db& db) {
  ASSIGN_OR_RETURN(Stmt st, db.Prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"));
  for (const QueryIndex& q : kQueryIndexes) {
    st.BindText(1, q.name);
    ASSIGN_OR_RETURN(bool row, st.Step());
    const bool found = row && st.Int(0) == 1;
    st.Reset();
    if (!found) return false;
  }
  return true;
}

Result<int> SchemaVersion(Db& db) {
  ASSIGN_OR_RETURN(int64_t v, db.QueryInt("PRAGMA user_version"));
  return static_cast<int>(v);
}

Status Migrate(Db& db, int target) {
  ASSIGN_OR_RETURN(int current, SchemaVersion(db));
  if (current > kSchemaVersion || current > target) {
    return Unsupported("store schema version " + std::to_string(current) +
                       " is newer than this dyad understands (" + std::to_string(target) + ")");
  }
  for (const Migration& m : kMigrations) {
    if (m.version <= current || m.version > target) continue;
    RETURN_IF_ERROR(ApplyOne(db, m));
  }
  return Status::Ok();
}

}  // namespace dyad::store
