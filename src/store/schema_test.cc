// Schema migration tests: the migration list is ordered, an older store built here is
// migrated on open (keeping its rows and indexing them for full-text search), and a newer
// store is refused.
#include "store/schema.h"

#include <gtest/gtest.h>

#include "store/query.h"
#include "store/store.h"
#include "store/test_util.h"

namespace dyad::store {
namespace {

Db RawDb(const std::string& path) {
  Result<Db> db = Db::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  EXPECT_TRUE(db.ok()) << db.status().ToString();
  return std::move(db).value();
}

TEST(SchemaTest, MigrationsAreNumberedInOrder) {
  int expected = 1;
  for (const Migration& m : Migrations()) EXPECT_EQ(m.version, expected++);
  EXPECT_EQ(expected - 1, kSchemaVersion);
}

TEST(SchemaTest, OpensAndMigratesAnOlderStore) {
  // Version 2 has rows but neither the full-text index (3) nor the actor code list (4).
  const std::string path = FreshDbPath("old");
  {
    Db db = RawDb(path);
    ASSERT_TRUE(Migrate(db, 2).ok());
    ASSERT_EQ(*SchemaVersion(db), 2);
    EXPECT_FALSE(db.Exec("SELECT * FROM sentences_fts").ok());
    EXPECT_FALSE(db.Exec("SELECT * FROM actor_codes").ok());
    ASSERT_TRUE(db.Exec(
        "INSERT INTO articles(aid, id, url, source, content_hash, dict_version)"
        " VALUES (1, 'old-1', 'https://news.example/1', 'Example News', 'h', 'd0');"
        "INSERT INTO sentences(article, idx, text) VALUES (1, 0, 'Talks on the ceasefire resumed.');"
        "INSERT INTO sentences(article, idx, text) VALUES (1, 1, 'Nothing else happened.');"
        "INSERT INTO events(event_id, article, sentence_idx, date, day, date_precision, src_code,"
        " tgt_code, cameo, root, quad_class, goldstein, negated, num_mentions, num_sources,"
        " num_articles) VALUES ('old-1:0:0', 1, 0, '2024-01-01', 19723, 'day', 'USAGOV', 'RUS',"
        " '042', '04', 1, 1.9, 0, 1, 1, 1),"
        " ('old-1:0:1', 1, 0, '2024-01-01', 19723, 'day', 'RUS', NULL, '042', '04', 1, 1.9, 0, 1, 1, 1);").ok());
  }
  Result<Store> s = Store::Open(path, OpenMode::kReadWrite);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(*SchemaVersion(s->db()), kSchemaVersion);
  EXPECT_EQ(*s->db().QueryInt("SELECT value FROM meta WHERE key = 'schema_version'"), kSchemaVersion);
  EXPECT_EQ(*s->db().QueryInt("SELECT count(*) FROM sentences"), 2);
  EXPECT_EQ(*s->db().QueryInt("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'ceasefire'"), 1);
  // Every code the events use, once, and no NULL.
  EXPECT_EQ(*s->db().QueryInt("SELECT count(*) FROM actor_codes"), 2);
  EXPECT_EQ(*s->db().QueryInt("SELECT count(*) FROM actor_codes WHERE code IN ('USAGOV', 'RUS')"), 2);
  Result<EventPage> dyad = QueryEvents(*s, {.dyad_a = "USA", .dyad_b = "RUS"}, Page{});
  ASSERT_TRUE(dyad.ok()) << dyad.status().ToString();
  ASSERT_EQ(dyad->events.size(), 1u);
  EXPECT_EQ(dyad->events[0].event_id, "old-1:0:0");
  // Version 7 copied each event's sentence and its article's id into its row.
  EXPECT_EQ(dyad->events[0].sentence, "Talks on the ceasefire resumed.");
  EXPECT_EQ(dyad->events[0].article_id, "old-1");
  EXPECT_EQ(dyad->events[0].url, "https://news.example/1");
  EXPECT_EQ(dyad->events[0].news_source, "Example News");
  EXPECT_EQ(*s->db().QueryInt("SELECT count(*) FROM events WHERE sentence_text = 'Talks on the ceasefire resumed.'"), 2);
}

TEST(SchemaTest, EachStepIsItsOwnVersion) {
  for (int target = 1; target <= kSchemaVersion; ++target) {
    SCOPED_TRACE(target);
    Db db = RawDb(FreshDbPath(std::to_string(target)));
    ASSERT_TRUE(Migrate(db, target).ok());
    EXPECT_EQ(*SchemaVersion(db), target);
    EXPECT_EQ(db.Exec("SELECT count(*) FROM mentions").ok(), target >= 2);
    EXPECT_EQ(db.Exec("SELECT count(*) FROM actor_codes").ok(), target >= 4);
    // From 6 the dyad index also holds QuadClass and Goldstein score.
    EXPECT_EQ(*db.QueryInt("SELECT count(*) FROM pragma_index_info('events_dyad')"), target >= 6 ? 5 : 3);
  }
}

// The query indexes a bulk load rebuilds are the ones the migrations made, text for text.
TEST(SchemaTest, QueryIndexesRebuildAsTheMigrationsMadeThem) {
  Db db = RawDb(FreshDbPath("idx"));
  ASSERT_TRUE(Migrate(db).ok());
  auto definitions = [&db] {
    std::string out;
    Result<Stmt> st = db.Prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
    EXPECT_TRUE(st.ok());
    for (const QueryIndex& q : QueryIndexes()) {
      st->BindText(1, q.name);
      Result<bool> row = st->Step();
      out += std::string(q.name) + ": " + (row.ok() && *row ? std::string(st->Text(0)) : "missing") + "\n";
      st->Reset();
    }
    return out;
  };
  const std::string made = definitions();
  EXPECT_EQ(made.find("missing"), std::string::npos) << made;
  EXPECT_TRUE(*HasQueryIndexes(db));
  ASSERT_TRUE(DropQueryIndexes(db).ok());
  EXPECT_FALSE(*HasQueryIndexes(db));
  EXPECT_EQ(*db.QueryInt("SELECT count(*) FROM sqlite_master WHERE name LIKE 'events_%' AND type = 'index'"),
            1);  // events_article stays: replacing an article needs it
  ASSERT_TRUE(EnsureQueryIndexes(db).ok());
  EXPECT_TRUE(*HasQueryIndexes(db));
  EXPECT_EQ(definitions(), made);
  ASSERT_TRUE(EnsureQueryIndexes(db).ok());  // all present: a no-op
}

TEST(SchemaTest, RefusesANewerStore) {
  const std::string path = FreshDbPath("new");
  {
    Db db = RawDb(path);
    ASSERT_TRUE(db.Exec("PRAGMA user_version = 99").ok());
  }
  Result<Store> rw = Store::Open(path, OpenMode::kReadWrite);
  EXPECT_EQ(rw.status().code(), StatusCode::kUnsupported) << rw.status().ToString();
  Result<Store> ro = Store::Open(path, OpenMode::kReadOnly);
  EXPECT_EQ(ro.status().code(), StatusCode::kUnsupported) << ro.status().ToString();
}

TEST(SchemaTest, ReadOnlyOpenDoesNotMigrate) {
  const std::string path = FreshDbPath("old");
  {
    Db db = RawDb(path);
    ASSERT_TRUE(Migrate(db, 1).ok());
  }
  Result<Store> ro = Store::Open(path, OpenMode::kReadOnly);
  EXPECT_EQ(ro.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(ro.status().message().find("read-write"), std::string::npos);
}

}  // namespace
}  // namespace dyad::store
