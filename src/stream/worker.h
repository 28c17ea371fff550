// The stream worker: a consumer-group member that codes articles from a Redis stream into
// its own store. Each batch of entries is coded (on `jobs` threads, in entry order),
// committed to the store in one transaction, and only then acknowledged, so an entry is
// never lost: a worker that dies before its commit leaves its entries pending, and the
// others claim them once they have been idle for `claim_after`. A worker that dies after
// its commit but before acknowledging has its entries coded a second time by another
// worker, into another store; the stores' idempotent Add and MergeStore make that
// duplicate vanish when the stores are merged (dyad merge).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/article.h"
#include "dyad/status.h"
#include "pipeline/coder.h"
#include "store/store.h"
#include "stream/stream_consumer.h"

namespace dyad::stream {

struct WorkerOptions {
  int batch = 20;  // entries read (and committed) at a time
  int jobs = 1;    // coding threads
  std::chrono::milliseconds claim_after{30000};  // claim others' entries idle this long
  std::chrono::milliseconds block{500};          // longest wait for new entries per read
  // Stop once nothing new came for this long and the group has nothing pending (zero:
  // run until stopped).
  std::chrono::milliseconds exit_when_idle{0};
};

struct WorkerStats {
  uint64_t entries = 0;    // entries handled (coded or refused) and acknowledged
  uint64_t articles = 0;   // articles coded and stored
  uint64_t unchanged = 0;  // of those, already in the store (an entry done twice)
  uint64_t sentences = 0, events = 0;
  uint64_t errors = 0;     // entries that could not be coded (bad records): acknowledged, reported
  uint64_t claimed = 0;    // entries taken over from other members
  double busy_seconds = 0;  // coding, storing and acknowledging (not waiting for entries)
};

// Parses one JSON record (the jsonl reader's format, read/jsonl_reader.h) into an
// Article. A record without an id gets "<entry_id>:1". Errors as the reader's for a line.
Result<Article> ParseRecord(std::string_view json, const std::string& entry_id);

// Runs the worker until `stop` becomes true, the idle limit is reached, or an error that
// makes going on pointless (Redis gone, the store failing). `on_error(entry_id, status)`
// is called for each bad entry. Bad records are acknowledged (redoing them cannot help).
Status RunWorker(const pipeline::Coder& coder, store::Store& db, StreamConsumer& consumer,
                 const WorkerOptions& options, const std::atomic<bool>& stop, WorkerStats* stats,
                 const std::function<void(const std::string&, const Status&)>& on_error);

}  // namespace dyad::stream
