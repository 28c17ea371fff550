// Thin RAII layer over the SQLite C API: a connection (Db) and a prepared statement
// (Stmt) whose values are always bound as parameters, never spliced into SQL text.
// Every SQLite failure becomes a Status whose message carries SQLite's own words and the
// statement's purpose, so callers never see raw result codes.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::store {

// Maps an SQLite result code and message to a Status: I/O and full-disk codes become
// IoError, corruption DataLoss, busy/locked ResourceExhausted, the rest Internal.
Status SqliteStatus(int rc, std::string_view what, sqlite3* db);

class Stmt;

// Owns one sqlite3 connection. Movable, not copyable; closes on destruction.
class Db {
 public:
  Db() = default;
  Db(Db&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
  Db& operator=(Db&& o) noexcept;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db();

  // Opens `path` with sqlite3_open_v2 `flags`; `vfs` empty means SQLite's default.
  static Result<Db> Open(const std::string& path, int flags, const std::string& vfs = "");

  // Runs SQL text that has no parameters (schema statements, pragmas, BEGIN/COMMIT).
  Status Exec(const char* sql);
  // Prepares one statement; the SQL must not hold values, only '?' placeholders.
  Result<Stmt> Prepare(std::string_view sql) const;

  // The first column of the first row of `sql`, as an integer (for pragmas and counts).
  Result<int64_t> QueryInt(const char* sql) const;

  sqlite3* get() const { return db_; }

 private:
  explicit Db(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

// Owns one prepared statement. Bind* take 1-based parameter indexes, as SQLite does.
// Text is bound with SQLITE_TRANSIENT semantics, so arguments need not outlive the call.
class Stmt {
 public:
  Stmt() = default;
  Stmt(Stmt&& o) noexcept : st_(o.st_), db_(o.db_) { o.st_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  void BindInt(int i, int64_t v) { sqlite3_bind_int64(st_, i, v); }
  void BindDouble(int i, double v) { sqlite3_bind_double(st_, i, v); }
  void BindText(int i, std::string_view v) {
    sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  // Empty text binds NULL: the schema stores "unknown" as NULL, not "".
  void BindTextOrNull(int i, std::string_view v) {
    if (v.empty()) BindNull(i); else BindText(i, v);
  }
  void BindNull(int i) { sqlite3_bind_null(st_, i); }

  // Steps once. Returns true while a row is available, false when done.
  Result<bool> Step();
  // Steps to completion, for statements that return no rows; then resets.
  Status Run();
  // Resets the statement and clears its bindings, ready for reuse.
  void Reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }

  int64_t Int(int col) const { return sqlite3_column_int64(st_, col); }
  double Double(int col) const { return sqlite3_column_double(st_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
  // The column as text; "" for NULL. The view is valid until the next Step or Reset.
  std::string_view Text(int col) const;
  int ColumnCount() const { return sqlite3_column_count(st_); }
  int ColumnType(int col) const { return sqlite3_column_type(st_, col); }

 private:
  friend class Db;
  Stmt(sqlite3_stmt* st, sqlite3* db) : st_(st), db_(db) {}
  sqlite3_stmt* st_ = nullptr;
  sqlite3* db_ = nullptr;
};

}  // namespace dyad::store
