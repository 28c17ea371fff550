// The store's schema as an ordered list of migrations. A database's `PRAGMA user_version`
// is the number of migrations applied to it; opening a store applies the missing ones in
// order, each in its own transaction, so a crash between two leaves a valid older
// version behind. docs/store.md describes the resulting tables.
#pragma once

#include <span>
#include <string_view>

#include "dyad/status.h"
#include "store/sqlite.h"

namespace dyad::store {

struct Migration {
  int version;            // the user_version after this step: 1, 2, ...
  std::string_view what;  // one line for messages and docs
  const char* sql;        // statements without values
};

// Every migration, in order; the last one's version is kSchemaVersion.
std::span<const Migration> Migrations();
inline constexpr int kSchemaVersion = 7;

// Reads `PRAGMA user_version`.
Result<int> SchemaVersion(Db& db);

// Applies the migrations after the database's current version up to `target`, each in
// one transaction that also sets user_version and meta.schema_version. Unsupported if the
// database is newer than `target` (made by a later dyad); a failed step is rolled back and
// its error returned, with the versions before it kept.
Status Migrate(Db& db, int target = kSchemaVersion);

// The events table's query indexes (events_dyad, events_target, events_cameo, events_day),
// which a bulk load into an empty store drops and builds afterwards by sorting. Each is
// created exactly as the migrations create it (1; 6 for events_dyad).
struct QueryIndex {
  const char* name;
  const char* sql;  // CREATE INDEX IF NOT EXISTS ...
};
std::span<const QueryIndex> QueryIndexes();

// Drops every query index, in one transaction.
Status DropQueryIndexes(Db& db);
// Creates the query indexes that are missing, in one transaction; a no-op when all exist.
Status EnsureQueryIndexes(Db& db);
// Whether every query index exists.
Result<bool> HasQueryIndexes(Db& db);

}  // namespace dyad::store
