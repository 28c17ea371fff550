// Coding one shard of a `dyad code --mpi` run into its own files under DIR/shards/: the
// events (the output format's lines without its header), a store of the shard's articles
// when the run has --db, the MinHash signatures of its articles and a summary. Each is
// written under a temporary name and renamed when complete, the summary (".done") last,
// so a shard is done exactly when its .done file exists: a rank killed midway leaves only
// temporary files, which the next attempt at the shard removes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dedupe/near_duplicates.h"
#include "dyad/status.h"
#include "pipeline/coder.h"
#include "read/reader.h"
#include "scale/source_reader.h"
#include "write/writer.h"

namespace dyad::scale {

// The files of shard `index` under `dir` (the run's directory).
struct ShardFiles {
  ShardFiles(const std::string& dir, uint32_t index);
  std::string events, store, signatures, done;
};

// What a shard held, as kept in its .done file.
struct ShardSummary {
  uint64_t articles = 0, sentences = 0, events = 0;
  uint64_t errors = 0;        // bad records, warnings and articles that could not be coded or stored
  bool bad_records = false;   // some problem that makes the run's exit code 1
  bool operator==(const ShardSummary&) const = default;
};

struct ShardOptions {
  std::string dir;                       // the run's directory; DIR/shards must exist
  write::Format format = write::Format::kJsonl;
  bool knowledge = false;                // one knowledge record per article instead of its events
  bool store = false;                    // also write the shard's store
  std::string dictionary_version;        // of the store (the coder's version)
  std::string forced_format;             // read every input as this format
  int jobs = 1;                          // coding threads
  int batch = 200;                       // articles per store transaction
  // Each bad record or reader warning, as read::ReadAll reports them, and each article
  // that could not be coded or stored (file = its origin).
  std::function<void(const read::RecordError&)> on_problem;
  // Called after each article reaches the output, with the count so far (for tests that
  // stop a process in the middle of a shard).
  std::function<void(uint64_t articles)> after_article;
};

// Codes records [first, first + count) of `reader`'s file, which must be at position
// <= first, into shard `index`'s files and returns its summary. Errors are those of
// writing the files and of the store (the shard is then not done); bad records only
// count in the summary.
Result<ShardSummary> CodeShard(const pipeline::Coder& coder, uint32_t index, uint64_t first, uint64_t count,
                               SourceReader& reader, const ShardOptions& options);

// True when shard `index` of `dir` is done.
bool ShardDone(const std::string& dir, uint32_t index);

// The summary and signatures a done shard kept. DataLoss when they are malformed.
Result<ShardSummary> ReadShardSummary(const std::string& dir, uint32_t index);
Result<std::vector<dedupe::Signature>> ReadShardSignatures(const std::string& dir, uint32_t index);

}  // namespace dyad::scale
