// The writer side of the store: opening, migrating, batched transactions and Add with
// its idempotent replace. Add checks its input completely before writing, so a bad
// article leaves the surrounding batch intact.
#include "store/store.h"

#include <cinttypes>
#include <cstdio>
#include <unordered_set>

#include "store/event_rows.h"
#include "store/schema.h"

namespace dyad::store {
namespace {

// FNV-1a, 64 bits, over length-prefixed fields: stable across platforms and runs, which
// is all a change detector needs.
class Fnv64 {
 public:
  void Add(std::string_view s) {
    uint64_t n = s.size();
    Bytes(reinterpret_cast<const unsigned char*>(&n), sizeof n);
    Bytes(reinterpret_cast<const unsigned char*>(s.data()), s.size());
  }
  std::string Hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016" PRIx64, h_);
    return buf;
  }

 private:
  void Bytes(const unsigned char* p, size_t n) {
    for (size_t i = 0; i < n; ++i) h_ = (h_ ^ p[i]) * 1099511628211ULL;
  }
  uint64_t h_ = 14695981039346656037ULL;
};

}  // namespace

std::string Store::ContentHash(const Article& a) {
  Fnv64 h;
  h.Add(a.id);
  h.Add(a.url);
  h.Add(a.title);
  h.Add(a.source);
  h.Add(a.published ? a.published->ToString() : std::string());
  h.Add(a.text);
  return h.Hex();
}

Result<Store> Store::Open(const std::string& path, OpenMode mode, const StoreOptions& options) {
  // A Store is used by one thread at a time, so SQLite's per-connection mutex is only
  // overhead (it showed as several percent of ingest time).
  int flags = (mode == OpenMode::kReadOnly ? SQLITE_OPEN_READONLY
                                           : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
              SQLITE_OPEN_NOMUTEX;
  Store s;
  s.options_ = options;
  s.read_only_ = mode == OpenMode::kReadOnly;
  ASSIGN_OR_RETURN(s.db_, Db::Open(path, flags, options.vfs));
  sqlite3_busy_timeout(s.db_.get(), 5000);
  auto ctx = [&path](const Status& st) { return st.WithContext(path); };
  Status st = s.db_.Exec("PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536");
  if (!st.ok()) return ctx(st);
  if (s.read_only_) {
    // Readers map the file instead of copying each page out of the OS cache with read():
    // a server's connections then share one copy, and page reads cost no system call.
    // SQLite caps the size at its compile-time maximum.
    st = s.db_.Exec("PRAGMA mmap_size = 17179869184");
    if (!st.ok()) return ctx(st);
    Result<int> v = SchemaVersion(s.db_);
    if (!v.ok()) return ctx(v.status());
    if (*v == 0) return ctx(InvalidArgument("not a dyad store (schema version 0)"));
    if (*v != kSchemaVersion) {
      return ctx(Unsupported("store schema version " + std::to_string(*v) + ", this dyad reads " +
                             std::to_string(kSchemaVersion) + "; open it read-write once to migrate"));
    }
    Result<bool> indexed = HasQueryIndexes(s.db_);
    if (!indexed.ok()) return ctx(indexed.status());
    if (!*indexed) {
      return ctx(Unsupported("store lacks its query indexes (a bulk load did not finish);"
                             " open it read-write once to build them"));
    }
  } else {
    st = s.db_.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
    if (st.ok()) st = Migrate(s.db_);
    if (!st.ok()) return ctx(st);
    Result<int64_t> has_events = s.db_.QueryInt("SELECT EXISTS (SELECT 1 FROM events)");
    if (!has_events.ok()) return ctx(has_events.status());
    if (options.bulk_load && *has_events == 0) {
      st = DropQueryIndexes(s.db_);
      s.bulk_load_ = st.ok();
    } else {
      st = EnsureQueryIndexes(s.db_);  // an interrupted bulk load left them missing
    }
    if (!st.ok()) return ctx(st);
    Result<Stmt> meta = s.db_.Prepare(
        "INSERT INTO meta(key, value) VALUES ('dictionary_version', ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!meta.ok()) return ctx(meta.status());
    meta->BindText(1, options.dictionary_version);
    st = meta->Run();
    if (st.ok()) st = s.Prepare();
    if (!st.ok()) return ctx(st);
  }
  return s;
}

Store::~Store() {
  if (db_.get() == nullptr) return;  // moved from
  if (in_batch_) (void)Rollback();
  (void)FinishBulkLoad();
}

Status Store::FinishBulkLoad() {
  if (!bulk_load_) return Status::Ok();
  if (in_batch_) return InvalidArgument("FinishBulkLoad: a batch is open");
  RETURN_IF_ERROR(EnsureQueryIndexes(db_).WithContext("building the query indexes"));
  bulk_load_ = false;
  return Status::Ok();
}

Status Store::Prepare() {
  ASSIGN_OR_RETURN(find_article_, db_.Prepare(
      "SELECT aid, content_hash, dict_version FROM articles WHERE id = ?"));
  ASSIGN_OR_RETURN(delete_article_, db_.Prepare("DELETE FROM articles WHERE aid = ?"));
  ASSIGN_OR_RETURN(insert_article_, db_.Prepare(
      "INSERT OR FAIL INTO articles(id, url, title, source, published, content_hash, dict_version)"
      " VALUES (?, ?, ?, ?, ?, ?, ?)"));
  ASSIGN_OR_RETURN(insert_sentence_, db_.Prepare(
      "INSERT OR FAIL INTO sentences(article, idx, begin_byte, end_byte, text) VALUES (?, ?, ?, ?, ?)"));
  ASSIGN_OR_RETURN(index_sentence_, db_.Prepare("INSERT OR FAIL INTO sentences_fts(rowid, text) VALUES (?, ?)"));
  ASSIGN_OR_RETURN(insert_event_, db_.Prepare(kInsertEventSql));
  ASSIGN_OR_RETURN(insert_evidence_, db_.Prepare(
      "INSERT OR IGNORE INTO evidence(event, sentence) VALUES (?, ?)"));
  ASSIGN_OR_RETURN(insert_mention_, db_.Prepare(
      "INSERT OR FAIL INTO mentions(article, sentence_idx, begin_byte, end_byte, code, text)"
      " VALUES (?, ?, ?, ?, ?, ?)"));
  ASSIGN_OR_RETURN(find_sentence_, db_.Prepare(
      "SELECT s.sid FROM sentences s JOIN articles a ON a.aid = s.article"
      " WHERE a.id = ? AND s.idx = ?"));
  ASSIGN_OR_RETURN(find_event_, db_.Prepare("SELECT eid FROM events WHERE event_id = ?"));
  ASSIGN_OR_RETURN(event_owner_, db_.Prepare("SELECT article FROM events WHERE event_id = ?"));
  ASSIGN_OR_RETURN(insert_code_, db_.Prepare("INSERT OR IGNORE INTO actor_codes(code) VALUES (?)"));
  return Status::Ok();
}

Result<CachedStmt> Store::PrepareCached(const std::string& sql) {
  auto it = cached_.find(sql);
  if (it != cached_.end()) return CachedStmt(it->second.get());
  ASSIGN_OR_RETURN(Stmt st, db_.Prepare(sql));
  if (cached_.size() >= kMaxCachedStatements) return CachedStmt(std::move(st));
  it = cached_.emplace(sql, std::make_unique<Stmt>(std::move(st))).first;
  return CachedStmt(it->second.get());
}

Status Store::BeginBatch() {
  if (read_only_) return InvalidArgument("store is open read-only");
  if (in_batch_) return InvalidArgument("BeginBatch: a batch is already open");
  RETURN_IF_ERROR(db_.Exec("BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON"));
  in_batch_ = true;
  return Status::Ok();
}

Status Store::Commit() {
  if (!in_batch_) return InvalidArgument("Commit: no batch is open");
  in_batch_ = false;
  Status s = db_.Exec("COMMIT");
  if (!s.ok()) {
    // A failed COMMIT may leave the transaction open; drop it so the store stays as of
    // the last successful commit.
    if (!sqlite3_get_autocommit(db_.get())) (void)db_.Exec("ROLLBACK");
    known_codes_.clear();
    return s.WithContext("commit failed, batch rolled back");
  }
  return Status::Ok();
}

Status Store::Rollback() {
  if (!in_batch_) return Status::Ok();
  in_batch_ = false;
  known_codes_.clear();
  return db_.Exec("ROLLBACK");
}

Status Store::CheckArticle(const Article& article, std::span<const SentenceRow> sentences,
                           std::span<const Event> events, int64_t old_aid) {
  if (article.id.empty()) return InvalidArgument("article without an id");
  std::unordered_set<uint32_t> indexes;
  for (const SentenceRow& s : sentences) {
    if (!indexes.insert(s.index).second) {
      return InvalidArgument("sentence index " + std::to_string(s.index) + " given twice");
    }
  }
  std::unordered_set<std::string_view> ids;
  for (const Event& e : events) {
    if (e.event_id.empty()) return InvalidArgument("event without an id");
    if (!e.date.valid()) {
      return InvalidArgument("event " + e.event_id + " has no valid date ('" + e.date.ToString() + "')");
    }
    if (!ids.insert(e.event_id).second) return InvalidArgument("event id " + e.event_id + " given twice");
    event_owner_.BindText(1, e.event_id);
    ASSIGN_OR_RETURN(bool taken, event_owner_.Step());
    int64_t owner = taken ? event_owner_.Int(0) : 0;
    event_owner_.Reset();
    if (taken && owner != old_aid) {
      return InvalidArgument("event id " + e.event_id + " already belongs to another article");
    }
  }
  return Status::Ok();
}

Result<AddOutcome> Store::Add(const Article& article, std::span<const SentenceRow> sentences,
                              std::span<const Event> events, std::span<const MentionRow> mentions) {
  if (read_only_) return InvalidArgument("store is open read-only");
  if (article.id.empty()) return InvalidArgument("article without an id");
  const std::string hash = ContentHash(article);

  find_article_.BindText(1, article.id);
  ASSIGN_OR_RETURN(bool found, find_article_.Step());
  int64_t old_aid = 0;
  if (found) {
    old_aid = find_article_.Int(0);
    bool same = find_article_.Text(1) == hash && find_article_.Text(2) == options_.dictionary_version;
    find_article_.Reset();
    if (same) return AddOutcome::kUnchanged;
  }
  find_article_.Reset();
  // Everything that can be wrong with the input is found before the first write, so a
  // refused article leaves the batch as it was (a savepoint per article would do the
  // same, but makes FTS5 flush its pending index at every article).
  RETURN_IF_ERROR(CheckArticle(article, sentences, events, old_aid).WithContext("article " + article.id));

  const bool own_transaction = !in_batch_;
  if (own_transaction) RETURN_IF_ERROR(BeginBatch());
  Status s = Status::Ok();
  if (found) {
    delete_article_.BindInt(1, old_aid);
    s = delete_article_.Run();
  }
  if (s.ok()) s = AddRows(article, sentences, events, mentions);
  if (!s.ok()) {
    // Only the database itself fails here (I/O, a full disk); the batch cannot be trusted.
    (void)Rollback();
    return s.WithContext("article " + article.id + ", batch rolled back");
  }
  if (own_transaction) RETURN_IF_ERROR(Commit());
  return found ? AddOutcome::kReplaced : AddOutcome::kInserted;
}

Status Store::AddRows(const Article& article, std::span<const SentenceRow> sentences,
                      std::span<const Event> events, std::span<const MentionRow> mentions) {
  Stmt& ia = insert_article_;
  ia.BindText(1, article.id);
  ia.BindTextOrNull(2, article.url);
  ia.BindTextOrNull(3, article.title);
  ia.BindTextOrNull(4, article.source);
  if (article.published) ia.BindText(5, article.published->ToString()); else ia.BindNull(5);
  ia.BindText(6, ContentHash(article));
  ia.BindText(7, options_.dictionary_version);
  RETURN_IF_ERROR(ia.Run());
  const int64_t aid = sqlite3_last_insert_rowid(db_.get());

  sentence_texts_.clear();
  auto add_sentence = [&](uint32_t index, const uint32_t* begin, const uint32_t* end,
                          std::string_view text) -> Status {
    insert_sentence_.BindInt(1, aid);
    insert_sentence_.BindInt(2, index);
    if (begin) insert_sentence_.BindInt(3, *begin); else insert_sentence_.BindNull(3);
    if (end) insert_sentence_.BindInt(4, *end); else insert_sentence_.BindNull(4);
    insert_sentence_.BindText(5, text);
    RETURN_IF_ERROR(insert_sentence_.Run().WithContext("sentence " + std::to_string(index)));
    const int64_t sid = sqlite3_last_insert_rowid(db_.get());
    sentence_texts_[index] = text;
    index_sentence_.BindInt(1, sid);
    index_sentence_.BindText(2, text);
    return index_sentence_.Run();
  };
  for (const SentenceRow& s : sentences) RETURN_IF_ERROR(add_sentence(s.index, &s.begin, &s.end, s.text));

  for (const Event& e : events) {
    auto known = sentence_texts_.find(e.sentence_index);
    if (known == sentence_texts_.end()) {
      RETURN_IF_ERROR(add_sentence(e.sentence_index, nullptr, nullptr, e.sentence));
      known = sentence_texts_.find(e.sentence_index);
    }
    Status bound = BindEvent(insert_event_, e, article, aid, known->second);
    if (!bound.ok()) {
      insert_event_.Reset();
      return bound;
    }
    RETURN_IF_ERROR(insert_event_.Run().WithContext("event " + e.event_id));
    for (const std::string* code : {&e.source.code, &e.target.code}) {
      if (code->empty() || known_codes_.count(*code)) continue;
      insert_code_.BindText(1, *code);
      RETURN_IF_ERROR(insert_code_.Run().WithContext("actor code " + *code));
      known_codes_.insert(*code);
    }
  }

  // A repeated span keeps the last mention given. The article's rows are all new here
  // (a replaced article's were deleted), so only repeats within `mentions` can collide.
  mention_last_.clear();
  for (size_t i = 0; i < mentions.size(); ++i) {
    const MentionRow& m = mentions[i];
    mention_last_[{m.sentence_index, m.begin, m.end}] = i;
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    const MentionRow& m = mentions[i];
    if (mention_last_[{m.sentence_index, m.begin, m.end}] != i) continue;
    insert_mention_.BindInt(1, aid);
    insert_mention_.BindInt(2, m.sentence_index);
    insert_mention_.BindInt(3, m.begin);
    insert_mention_.BindInt(4, m.end);
    insert_mention_.BindTextOrNull(5, m.code);
    insert_mention_.BindText(6, m.text);
    RETURN_IF_ERROR(insert_mention_.Run());
  }
  return Status::Ok();
}

Status Store::AddEvidence(std::string_view event_id, std::string_view article_id, uint32_t sentence_index) {
  if (read_only_) return InvalidArgument("store is open read-only");
  find_event_.BindText(1, event_id);
  ASSIGN_OR_RETURN(bool have_event, find_event_.Step());
  int64_t eid = have_event ? find_event_.Int(0) : 0;
  find_event_.Reset();
  if (!have_event) return NotFound("no event " + std::string(event_id));
  find_sentence_.BindText(1, article_id);
  find_sentence_.BindInt(2, sentence_index);
  ASSIGN_OR_RETURN(bool have_sentence, find_sentence_.Step());
  int64_t sid = have_sentence ? find_sentence_.Int(0) : 0;
  find_sentence_.Reset();
  if (!have_sentence) {
    return NotFound("no sentence " + std::to_string(sentence_index) + " in article " + std::string(article_id));
  }
  insert_evidence_.BindInt(1, eid);
  insert_evidence_.BindInt(2, sid);
  return insert_evidence_.Run();
}

}  // namespace dyad::store
