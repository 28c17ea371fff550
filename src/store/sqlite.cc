// The RAII layer over SQLite and its mapping from result codes to Status.
#include "store/sqlite.h"

#include <algorithm>

namespace dyad::store {

Status SqliteStatus(int rc, std::string_view what, sqlite3* db) {
  std::string msg(what);
  msg += ": ";
  msg += (db != nullptr && sqlite3_errcode(db) == rc) ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return IoError(std::move(msg));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return DataLoss(std::move(msg));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOMEM:
      return ResourceExhausted(std::move(msg));
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
      return InvalidArgument(std::move(msg));
    default:
      return Internal(std::move(msg));
  }
}

Db& Db::operator=(Db&& o) noexcept {
  if (this != &o) {
    if (db_ != nullptr) sqlite3_close_v2(db_);
    db_ = o.db_;
    o.db_ = nullptr;
  }
  return *this;
}

Db::~Db() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Result<Db> Db::Open(const std::string& path, int flags, const std::string& vfs) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, vfs.empty() ? nullptr : vfs.c_str());
  Db db(raw);  // closes `raw` on every path, even when opening failed
  if (rc != SQLITE_OK) return SqliteStatus(rc, "cannot open " + path, raw);
  sqlite3_extended_result_codes(raw, 1);
  return db;
}

Status Db::Exec(const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  sqlite3_free(err);
  std::string_view head(sql);
  return SqliteStatus(rc, head.substr(0, std::min<size_t>(head.size(), 40)), db_);
}

Result<Stmt> Db::Prepare(std::string_view sql) const {
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &st, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(rc, "prepare", db_);
  return Stmt(st, db_);
}

Result<int64_t> Db::QueryInt(const char* sql) const {
  ASSIGN_OR_RETURN(Stmt st, Prepare(sql));
  ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return NotFound(std::string("no row from ") + sql);
  return st.Int(0);
}

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    if (st_ != nullptr) sqlite3_finalize(st_);
    st_ = o.st_;
    db_ = o.db_;
    o.st_ = nullptr;
  }
  return *this;
}

Stmt::~Stmt() {
  if (st_ != nullptr) sqlite3_finalize(st_);
}

Result<bool> Stmt::Step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteStatus(rc, "step", db_);
}

Status Stmt::Run() {
  int rc;
  while ((rc = sqlite3_step(st_)) == SQLITE_ROW) {
  }
  Status s = rc == SQLITE_DONE ? Status::Ok() : SqliteStatus(rc, "step", db_);
  Reset();
  return s;
}

std::string_view Stmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(st_, col);
  if (p == nullptr) return {};
  return {reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st_, col))};
}

}  // namespace dyad::store
