// Rows are rendered by SQLite's quote(), which is exact for every type (REALs with 17
// significant digits), so equal dumps mean equal values.
#include "store/dump.h"

namespace dyad::store {
namespace {

struct TableOrder {
  const char* table;
  const char* order;
};

// Every table of the schema with the key that orders it; the FTS table is checked below
// rather than dumped, since its shadow tables' layout is an implementation detail.
constexpr TableOrder kTables[] = {
    {"meta", "key"},           {"articles", "aid"}, {"sentences", "sid"},
    {"events", "eid"},         {"evidence", "event, sentence"},
    {"mentions", "article, sentence_idx, begin_byte, end_byte"},
    {"actor_codes", "code"},
};

Status DumpTable(Db& db, const TableOrder& t, std::string* out) {
  // Table names come from the constant list above, never from input.
  ASSIGN_OR_RETURN(Stmt st, db.Prepare(std::string("SELECT * FROM ") + t.table + " ORDER BY " + t.order));
  ASSIGN_OR_RETURN(Stmt quote, db.Prepare("SELECT quote(?)"));
  *out += "## ";
  *out += t.table;
  *out += '\n';
  while (true) {
    ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    for (int c = 0; c < st.ColumnCount(); ++c) {
      if (c) *out += '|';
      switch (st.ColumnType(c)) {
        case SQLITE_NULL: *out += "NULL"; break;
        case SQLITE_INTEGER: *out += std::to_string(st.Int(c)); break;
        case SQLITE_FLOAT: {
          quote.BindDouble(1, st.Double(c));
          ASSIGN_OR_RETURN(bool q, quote.Step());
          if (q) *out += quote.Text(0);
          quote.Reset();
          break;
        }
        default: {
          quote.BindText(1, st.Text(c));
          ASSIGN_OR_RETURN(bool q, quote.Step());
          if (q) *out += quote.Text(0);
          quote.Reset();
        }
      }
    }
    *out += '\n';
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> CanonicalDump(Db& db) {
  std::string out;
  ASSIGN_OR_RETURN(int64_t version, db.QueryInt("PRAGMA user_version"));
  out += "user_version " + std::to_string(version) + "\n";
  for (const TableOrder& t : kTables) RETURN_IF_ERROR(DumpTable(db, t, &out));
  ASSIGN_OR_RETURN(Stmt check, db.Prepare("PRAGMA integrity_check"));
  while (true) {
    ASSIGN_OR_RETURN(bool row, check.Step());
    if (!row) break;
    out += "integrity ";
    out += check.Text(0);
    out += '\n';
  }
  Status fts = db.Exec("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)");
  out += "fts " + (fts.ok() ? std::string("ok") : fts.message()) + "\n";
  return out;
}

}  // namespace dyad::store
