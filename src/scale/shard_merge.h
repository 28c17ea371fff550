// The last step of a `dyad code --mpi` run, once every shard is done: the shards' events
// joined in shard order under the format's header into one output file, the shards'
// stores merged in shard order into the run's store (store::MergeStore), and the shards'
// summaries added up. Shard order is input order, so the output equals the output of one
// process coding the same inputs, and the store holds the same rows.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dedupe/near_duplicates.h"
#include "dyad/status.h"
#include "scale/shard_coder.h"
#include "scale/shard_plan.h"
#include "store/merge.h"
#include "store/store.h"

namespace dyad::scale {

// The shards of `plan` that are not done in `dir`, in plan order.
std::vector<uint32_t> PendingShards(const ShardPlan& plan, const std::string& dir);

// Writes `header` and then every shard's events, in order, to `out` (through a temporary
// file renamed at the end). InvalidArgument when a shard is not
// done; IoError when a file cannot be read or written.
Status JoinEvents(const ShardPlan& plan, const std::string& dir, const std::string& header, const std::string& out);

// Merges every shard's store, in order, into `db` (open read-write, no batch open).
// Returns the sum of the merges' counts; `on_refused` as in store::MergeOptions.
Result<store::MergeStats> MergeShardStores(const ShardPlan& plan, const std::string& dir, store::Store& db,
                                           const store::MergeOptions& options = {});

// The shards' summaries added up, with every article's signature in input order when
// `signatures` is not null.
Result<ShardSummary> SumShards(const ShardPlan& plan, const std::string& dir,
                               std::vector<dedupe::Signature>* signatures);

}  // namespace dyad::scale
