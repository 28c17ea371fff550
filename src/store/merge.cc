// The input store is attached to the output's connection, so each article's rows move
// with INSERT ... SELECT inside SQLite rather than through Event values and back. The
// column lists come from the output's schema (pragma_table_info), so a table added by a
// later migration is copied without a change here as long as it hangs off articles by a
// column named `article`. The full-text index and actor_codes are filled the way
// Store::Add fills them.
#include "store/merge.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "store/schema.h"

namespace dyad::store {
namespace {

// Tables whose rows belong to one article through their `article` column, in the order
// Store::Add writes them; the knowledge tables come last.
constexpr const char* kArticleTables[] = {"sentences", "events", "mentions"};
constexpr const char* kKnowledgeTables[] = {"quotes", "entities", "article_themes"};

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  return std::filesystem::equivalent(a, b, ec) && !ec;
}

Result<bool> HasTable(Db& db, const char* table) {
  ASSIGN_OR_RETURN(Stmt st, db.Prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?"));
  st.BindText(1, table);
  return st.Step();
}

// "INSERT INTO main.T(article, c...) SELECT ?1, c... FROM src.T WHERE article = ?2", in
// the input's row order when T has an integer primary key (which is then renumbered).
Result<std::string> CopySql(Db& db, const char* table) {
  ASSIGN_OR_RETURN(Stmt info, db.Prepare("SELECT name, upper(type), pk FROM pragma_table_info(?, 'main')"));
  info.BindText(1, table);
  std::vector<std::string> columns;
  std::string rowid_key;
  int key_columns = 0;
  std::string integer_key;
  while (true) {
    ASSIGN_OR_RETURN(bool row, info.Step());
    if (!row) break;
    std::string name(info.Text(0));
    if (info.Int(2) > 0) {
      ++key_columns;
      if (info.Text(1) == "INTEGER") integer_key = name;
    }
    if (name != "article") columns.push_back(std::move(name));
  }
  if (key_columns == 1 && !integer_key.empty()) {
    rowid_key = integer_key;
    std::erase(columns, integer_key);
  }
  // Names come from the schema, quoted as identifiers; values are bound.
  std::string list;
  for (const std::string& c : columns) list += ", \"" + c + "\"";
  std::string sql = std::string("INSERT INTO main.") + table + "(article" + list + ") SELECT ?1" + list +
                    " FROM src." + table + " WHERE article = ?2";
  if (!rowid_key.empty()) sql += " ORDER BY \"" + rowid_key + "\"";
  return sql;
}

// The statements one merge uses, prepared after the input is attached.
struct Statements {
  Stmt articles, find, remove, insert_article, conflicts, index_sentences, codes;
  std::vector<Stmt> copy;            // kArticleTables
  std::vector<Stmt> copy_knowledge;  // kKnowledgeTables present in the schema
  std::vector<Stmt> out_has_knowledge;
};

Status PrepareAll(Db& db, Statements* s) {
  ASSIGN_OR_RETURN(s->articles, db.Prepare(
      "SELECT aid, id, content_hash, dict_version, (SELECT count(*) FROM src.events e WHERE e.article = a.aid)"
      " FROM src.articles a WHERE aid > ? ORDER BY aid LIMIT ?"));
  ASSIGN_OR_RETURN(s->find, db.Prepare("SELECT aid, content_hash, dict_version FROM main.articles WHERE id = ?"));
  ASSIGN_OR_RETURN(s->remove, db.Prepare("DELETE FROM main.articles WHERE aid = ?"));
  ASSIGN_OR_RETURN(s->insert_article, db.Prepare(
      "INSERT INTO main.articles(id, url, title, source, published, content_hash, dict_version)"
      " SELECT id, url, title, source, published, content_hash, dict_version FROM src.articles WHERE aid = ?"));
  ASSIGN_OR_RETURN(s->conflicts, db.Prepare(
      "SELECT se.event_id FROM src.events se JOIN main.events me ON me.event_id = se.event_id"
      " WHERE se.article = ?1 AND me.article IS NOT ?2 LIMIT 1"));
  ASSIGN_OR_RETURN(s->index_sentences, db.Prepare(
      "INSERT INTO main.sentences_fts(rowid, text) SELECT sid, text FROM main.sentences WHERE article = ?"));
  ASSIGN_OR_RETURN(s->codes, db.Prepare(
      "INSERT OR IGNORE INTO main.actor_codes(code)"
      " SELECT src_code FROM main.events WHERE article = ?1 AND src_code IS NOT NULL"
      " UNION SELECT tgt_code FROM main.events WHERE article = ?1 AND tgt_code IS NOT NULL"));
  for (const char* t : kArticleTables) {
    ASSIGN_OR_RETURN(std::string sql, CopySql(db, t));
    ASSIGN_OR_RETURN(Stmt st, db.Prepare(sql));
    s->copy.push_back(std::move(st));
  }
  for (const char* t : kKnowledgeTables) {
    ASSIGN_OR_RETURN(bool present, HasTable(db, t));
    if (!present) continue;
    ASSIGN_OR_RETURN(std::string sql, CopySql(db, t));
    ASSIGN_OR_RETURN(Stmt st, db.Prepare(sql));
    s->copy_knowledge.push_back(std::move(st));
    ASSIGN_OR_RETURN(Stmt has, db.Prepare(std::string("SELECT EXISTS (SELECT 1 FROM main.") + t +
                                          " WHERE article = ?)"));
    s->out_has_knowledge.push_back(std::move(has));
  }
  return Status::Ok();
}

Status RunWith(Stmt& st, int64_t a, int64_t b = 0) {
  st.BindInt(1, a);
  if (b) st.BindInt(2, b);
  return st.Run();
}

// Copies the knowledge rows of input article `src_aid` to output article `aid`; with
// `only_missing`, only into tables where the output article has none.
Status CopyKnowledge(Statements& s, int64_t aid, int64_t src_aid, bool only_missing) {
  for (size_t i = 0; i < s.copy_knowledge.size(); ++i) {
    if (only_missing) {
      Stmt& has = s.out_has_knowledge[i];
      has.BindInt(1, aid);
      ASSIGN_OR_RETURN(bool row, has.Step());
      const bool present = row && has.Int(0) != 0;
      has.Reset();
      if (present) continue;
    }
    RETURN_IF_ERROR(RunWith(s.copy_knowledge[i], aid, src_aid));
  }
  return Status::Ok();
}

// Copies input article `src_aid` over output article `old_aid` (0: none).
Status CopyArticle(Db& db, Statements& s, int64_t src_aid, int64_t old_aid) {
  if (old_aid) RETURN_IF_ERROR(RunWith(s.remove, old_aid));
  RETURN_IF_ERROR(RunWith(s.insert_article, src_aid));
  const int64_t aid = sqlite3_last_insert_rowid(db.get());
  for (Stmt& copy : s.copy) RETURN_IF_ERROR(RunWith(copy, aid, src_aid));
  RETURN_IF_ERROR(RunWith(s.index_sentences, aid));
  RETURN_IF_ERROR(RunWith(s.codes, aid));
  return CopyKnowledge(s, aid, src_aid, false);
}

// Evidence links of the input, re-pointed at the output's rows through the event id and
// the (article id, sentence index) of the sentence.
constexpr const char kCopyEvidence[] =
    "INSERT OR IGNORE INTO main.evidence(event, sentence)"
    " SELECT me.eid, ms.sid FROM src.evidence ev"
    " JOIN src.events se ON se.eid = ev.event"
    " JOIN src.sentences ss ON ss.sid = ev.sentence"
    " JOIN src.articles sa ON sa.aid = ss.article"
    " JOIN main.events me ON me.event_id = se.event_id"
    " JOIN main.articles ma ON ma.id = sa.id"
    " JOIN main.sentences ms ON ms.article = ma.aid AND ms.idx = ss.idx";

struct SourceArticle {
  int64_t aid = 0, events = 0;
  std::string id, hash, version;
};

// Reads the next page of input articles after `after` (a page is one batch), so no read
// statement is open while the batch writes and commits.
Result<std::vector<SourceArticle>> NextPage(Statements& s, int64_t after, int size) {
  std::vector<SourceArticle> page;
  s.articles.BindInt(1, after);
  s.articles.BindInt(2, size);
  while (true) {
    Result<bool> row = s.articles.Step();
    if (!row.ok()) {
      s.articles.Reset();
      return row.status();
    }
    if (!*row) break;
    page.push_back({s.articles.Int(0), s.articles.Int(4), std::string(s.articles.Text(1)),
                    std::string(s.articles.Text(2)), std::string(s.articles.Text(3))});
  }
  s.articles.Reset();
  return page;
}

// Merges one input article inside the open batch.
Status MergeOne(Db& db, Statements& s, const SourceArticle& a, const MergeOptions& options, MergeStats* stats) {
  s.find.BindText(1, a.id);
  ASSIGN_OR_RETURN(bool found, s.find.Step());
  const int64_t old_aid = found ? s.find.Int(0) : 0;
  const bool same = found && s.find.Text(1) == a.hash && s.find.Text(2) == a.version;
  s.find.Reset();
  if (same) {
    ++stats->unchanged;
    return CopyKnowledge(s, old_aid, a.aid, true);
  }
  s.conflicts.BindInt(1, a.aid);
  if (old_aid) s.conflicts.BindInt(2, old_aid);
  ASSIGN_OR_RETURN(bool conflict, s.conflicts.Step());
  const std::string taken = conflict ? std::string(s.conflicts.Text(0)) : "";
  s.conflicts.Reset();
  if (conflict) {
    ++stats->refused;
    if (options.on_refused) {
      options.on_refused(a.id, InvalidArgument("event id " + taken + " already belongs to another article"));
    }
    return Status::Ok();
  }
  RETURN_IF_ERROR(CopyArticle(db, s, a.aid, old_aid).WithContext("article " + a.id));
  ++(found ? stats->replaced : stats->inserted);
  stats->events += static_cast<uint64_t>(a.events);
  return Status::Ok();
}

Status MergeAttached(Store& out, const MergeOptions& options, MergeStats* stats) {
  Db& db = out.db();
  Statements s;
  RETURN_IF_ERROR(PrepareAll(db, &s));
  int64_t after = 0;
  while (true) {
    ASSIGN_OR_RETURN(std::vector<SourceArticle> page, NextPage(s, after, std::max(1, options.batch)));
    if (page.empty()) break;
    RETURN_IF_ERROR(out.BeginBatch());
    for (const SourceArticle& a : page) {
      ++stats->articles;
      RETURN_IF_ERROR(MergeOne(db, s, a, options, stats));
    }
    RETURN_IF_ERROR(out.Commit());
    after = page.back().aid;
  }
  RETURN_IF_ERROR(out.BeginBatch());
  RETURN_IF_ERROR(db.Exec(kCopyEvidence));
  return out.Commit();
}

}  // namespace

Result<std::string> StoreDictionaryVersion(const std::string& path) {
  ASSIGN_OR_RETURN(Store in, Store::Open(path, OpenMode::kReadOnly));
  ASSIGN_OR_RETURN(Stmt st, in.db().Prepare("SELECT value FROM meta WHERE key = 'dictionary_version'"));
  ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? std::string(st.Text(0)) : std::string();
}

Result<MergeStats> MergeStore(Store& out, const std::string& input, const MergeOptions& options) {
  if (out.in_batch()) return InvalidArgument("MergeStore: a batch is open on the output");
  const char* out_file = sqlite3_db_filename(out.db().get(), "main");
  if (out_file && SameFile(out_file, input)) return InvalidArgument(input + " is the output store itself");
  {
    // Refuses a missing file (ATTACH would create it), a non-store and an old schema.
    Result<Store> check = Store::Open(input, OpenMode::kReadOnly);
    if (!check.ok()) {
      Status st = check.status();
      return st.code() == StatusCode::kUnsupported ? InvalidArgument(st.message()) : st;
    }
  }
  Db& db = out.db();
  ASSIGN_OR_RETURN(Stmt attach, db.Prepare("ATTACH DATABASE ? AS src"));
  attach.BindText(1, input);
  RETURN_IF_ERROR(attach.Run().WithContext(input));
  MergeStats stats;
  Status st = MergeAttached(out, options, &stats);
  if (!st.ok()) (void)out.Rollback();
  Status detached = db.Exec("DETACH DATABASE src");
  RETURN_IF_ERROR(st.WithContext("merging " + input));
  RETURN_IF_ERROR(detached);
  return stats;
}

}  // namespace dyad::store
