// Store: dyad's embedded event database (SQLite, schema in docs/store.md). One writer
// adds articles with their sentences, events and mentions in batched transactions;
// readers query it (store/query.h). Re-adding an article is idempotent: the same id with
// the same content hash and dictionary version changes nothing, a changed one replaces
// every row it owned. Each Commit is atomic, so a killed process leaves the store as of
// its last Commit and the same ingest run again completes it exactly.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "dyad/article.h"
#include "dyad/event.h"
#include "dyad/status.h"
#include "store/sqlite.h"

namespace dyad::store {

// A sentence as stored: its index in the article, byte offsets, text.
struct SentenceRow {
  uint32_t index = 0;
  uint32_t begin = 0, end = 0;
  std::string text;
};

// An actor mention found in a sentence (for later stages: resolution, review tools).
struct MentionRow {
  uint32_t sentence_index = 0;
  uint32_t begin = 0, end = 0;
  std::string code;  // CAMEO actor code; may be empty when unresolved
  std::string text;
};

enum class OpenMode { kReadOnly, kReadWrite };

struct StoreOptions {
  // SQLite VFS name; empty for the default. Tests pass the fault-injecting one.
  std::string vfs;
  // Written to meta and to each added article; re-adding an article coded with another
  // dictionary version replaces it.
  std::string dictionary_version = "unversioned";
  // A bulk load: when the store holds no events yet, Open drops the query indexes
  // (schema.h QueryIndexes) and FinishBulkLoad builds them once all rows are in, which
  // sorts instead of inserting into four random-order B-trees per event. Until then the
  // store answers only the writer's own lookups; a read-write Open builds indexes an
  // interrupted bulk load left missing, and a read-only Open refuses such a store.
  bool bulk_load = false;
};

enum class AddOutcome { kInserted, kUnchanged, kReplaced };

// A prepared statement borrowed from a Store's cache (Store::PrepareCached), or owned
// when the cache is full. Resets a borrowed one (clearing its bindings and ending its
// read) when it goes out of scope. Movable.
class CachedStmt {
 public:
  explicit CachedStmt(Stmt* borrowed) : st_(borrowed) {}
  explicit CachedStmt(Stmt owned) : owned_(std::make_unique<Stmt>(std::move(owned))), st_(owned_.get()) {}
  CachedStmt(CachedStmt&& o) noexcept : owned_(std::move(o.owned_)), st_(o.st_) { o.st_ = nullptr; }
  CachedStmt& operator=(CachedStmt&&) = delete;
  ~CachedStmt() {
    if (st_ && !owned_) st_->Reset();
  }
  Stmt& operator*() const { return *st_; }
  Stmt* operator->() const { return st_; }

 private:
  std::unique_ptr<Stmt> owned_;
  Stmt* st_;
};

// Not thread-safe: one thread at a time per Store; open one Store per thread to read in
// parallel (WAL lets readers run beside the writer).
class Store {
 public:
  // Opens (kReadWrite: creating if missing) the store at `path`, in WAL mode with foreign
  // keys on, migrating an older schema to kSchemaVersion. Read-only opens never migrate
  // and fail with Unsupported on an older schema. IoError when the file cannot be
  // opened, DataLoss when it is not a database.
  static Result<Store> Open(const std::string& path, OpenMode mode, const StoreOptions& options = {});

  Store(Store&&) = default;
  Store& operator=(Store&&) = default;
  ~Store();

  // Starts a transaction for many Adds. InvalidArgument if one is already open.
  Status BeginBatch();
  // Makes the batch durable. On failure the batch is rolled back (nothing of it is
  // kept) and the error returned.
  Status Commit();
  // Drops the open batch, if any.
  Status Rollback();
  bool in_batch() const { return in_batch_; }

  // Ends a bulk load (StoreOptions::bulk_load): builds the query indexes. A no-op when no
  // bulk load is in progress; InvalidArgument inside a batch. The destructor calls it when
  // it was not called (ignoring errors, which the next read-write Open repairs).
  Status FinishBulkLoad();
  bool in_bulk_load() const { return bulk_load_; }

  // Adds one article with its rows. Inside a batch the rows become visible at Commit;
  // outside one the Add is its own transaction. An event whose sentence_index is not among
  // `sentences` gets a sentence row from Event::sentence (offsets unknown); its own
  // sentence is its evidence (view event_evidence). Mentions are keyed by their sentence
  // and offsets; a repeated span keeps the last one given. Input errors (an invalid event date, an event
  // id given twice or held by another article) are InvalidArgument: nothing of this
  // article is written and the batch stays usable. A database error while writing rolls
  // the whole batch back and is returned. Requires a read-write store.
  Result<AddOutcome> Add(const Article& article, std::span<const SentenceRow> sentences,
                         std::span<const Event> events, std::span<const MentionRow> mentions = {});

  // Links event `event_id` to sentence `sentence_index` of article `article_id` as more
  // evidence for a merged event (table evidence). NotFound if either does not exist; adding a link twice
  // is a no-op.
  Status AddEvidence(std::string_view event_id, std::string_view article_id, uint32_t sentence_index);

  // The hash Add stores for `a`: covers id, url, title, source, published and text.
  static std::string ContentHash(const Article& a);

  // The statement for `sql`, prepared once per Store and kept (queries have a few fixed
  // shapes; parsing and planning them cost a tenth of a server request). One borrower at a
  // time per SQL text: a Store is used by one thread at a time, and a query borrows one
  // statement. Errors are Prepare's.
  Result<CachedStmt> PrepareCached(const std::string& sql);

  Db& db() { return db_; }
  const std::string& dictionary_version() const { return options_.dictionary_version; }

 private:
  Store() = default;
  Status Prepare();
  // Refuses input that would violate the schema: no id, repeated sentence indexes or
  // event ids, invalid dates, event ids held by an article other than `old_aid`.
  Status CheckArticle(const Article& article, std::span<const SentenceRow> sentences,
                      std::span<const Event> events, int64_t old_aid);
  Status AddRows(const Article& article, std::span<const SentenceRow> sentences,
                 std::span<const Event> events, std::span<const MentionRow> mentions);

  Db db_;
  StoreOptions options_;
  bool read_only_ = false;
  bool in_batch_ = false;
  bool bulk_load_ = false;  // query indexes dropped at Open, not yet rebuilt
  Stmt find_article_, delete_article_, insert_article_, insert_sentence_, insert_event_,
      insert_evidence_, insert_mention_, find_sentence_, find_event_;
  Stmt event_owner_, index_sentence_, insert_code_;
  // Scratch for one Add: each sentence index written, with its text (a view into Add's spans).
  std::unordered_map<uint32_t, std::string_view> sentence_texts_;
  std::map<std::array<uint32_t, 3>, size_t> mention_last_;  // scratch: a span's last mention
  // Actor codes written to actor_codes by this connection; cleared on rollback, since the
  // rows written since the last commit are gone then.
  std::unordered_set<std::string> known_codes_;
  // PrepareCached's statements, at most kMaxCachedStatements (then new shapes are
  // prepared each time). Held by pointer, so a borrowed Stmt stays put as others are added.
  std::unordered_map<std::string, std::unique_ptr<Stmt>> cached_;
  static constexpr size_t kMaxCachedStatements = 64;
};

}  // namespace dyad::store
