// Merging stores: every article of one store, with all the rows that hang off it
// (sentences and their full-text index, events, mentions, evidence links, knowledge rows),
// copied into another with the same rule as Store::Add. An article already present with
// the same content hash and dictionary version is left alone; one present with another
// hash or version is replaced; a new one is inserted. So stores coded from disjoint shards
// of an input merge, in shard order, into the store one run over the whole input makes,
// and merging the same store twice changes nothing. This is how the outputs of parallel
// workers (dyad worker, one store each) become one store (dyad merge).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "dyad/status.h"
#include "store/store.h"

namespace dyad::store {

struct MergeOptions {
  // Articles copied per transaction: a killed merge keeps whole batches, and the same
  // merge run again completes it (the copied articles are then unchanged).
  int batch = 1000;
  // Called for an article that cannot be copied (one of its event ids belongs to another
  // article of the output); the merge goes on with the next article.
  std::function<void(const std::string& article_id, const Status& why)> on_refused;
};

struct MergeStats {
  uint64_t articles = 0;   // articles in the input store
  uint64_t inserted = 0;   // new in the output
  uint64_t replaced = 0;   // present with another content hash or dictionary version
  uint64_t unchanged = 0;  // present with the same hash and version
  uint64_t refused = 0;    // not copied (see MergeOptions::on_refused)
  uint64_t events = 0;     // events copied with the inserted and replaced articles
};

// The dictionary version recorded in the meta table of the store at `path` ("" when it
// has none). Errors as Store::Open read-only (IoError, DataLoss, Unsupported).
Result<std::string> StoreDictionaryVersion(const std::string& path);

// Copies every article of the store at `input` into `out`, in the input's insertion
// order. Requires `out` open read-write with no batch open, and `input` a dyad store of
// the current schema version (InvalidArgument otherwise; a store of an older version must
// be opened read-write once to migrate it). InvalidArgument when `input` is `out`'s own
// file. Database errors roll back the batch being copied and are returned; the batches
// committed before stay.
Result<MergeStats> MergeStore(Store& out, const std::string& input, const MergeOptions& options = {});

}  // namespace dyad::store
