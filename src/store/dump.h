// A canonical text dump of a store: every row of every table in primary-key order, one
// line per row, plus the schema version and the results of SQLite's integrity and FTS
// checks. Two stores with equal dumps hold the same data, whatever their page layout;
// the crash-safety test compares an interrupted ingest against an uninterrupted one this
// way.
#pragma once

#include <string>

#include "dyad/status.h"
#include "store/sqlite.h"

namespace dyad::store {

// Dumps the store in `db`. Fails only on SQLite errors.
Result<std::string> CanonicalDump(Db& db);

}  // namespace dyad::store
