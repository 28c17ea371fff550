// StorePool: read-only connections to one store, one per server worker, each with a
// per-request time limit. SQLite calls a progress handler every few thousand virtual
// machine steps; ours interrupts the statement once the lease's deadline has passed, so a
// request that would scan too much ends with ResourceExhausted instead of holding a
// worker.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "store/store.h"

namespace dyad::server {

class StorePool {
 public:
  using Clock = std::chrono::steady_clock;

  // Opens `size` read-only connections to the store at `path`. Errors are Store::Open's
  // (IoError for a missing file, DataLoss for a non-database, Unsupported for an old
  // schema). Requires size >= 1 and time_limit > 0.
  static Result<std::unique_ptr<StorePool>> Open(const std::string& path, int size,
                                                 std::chrono::milliseconds time_limit);

  // One connection, held until the Lease is destroyed; its queries are interrupted once
  // the time limit has passed since Acquire.
  class Lease {
   public:
    Lease(Lease&& o) noexcept : pool_(o.pool_), slot_(o.slot_) { o.pool_ = nullptr; }
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    store::Store& store() { return *pool_->slots_[slot_].store; }
    // `s` unchanged, unless the deadline has passed: then ResourceExhausted saying so.
    Status Check(Status s) const;

   private:
    friend class StorePool;
    Lease(StorePool* pool, int slot) : pool_(pool), slot_(slot) {}
    StorePool* pool_;
    int slot_;
  };

  // Blocks until a connection is free.
  Lease Acquire();

  std::chrono::milliseconds time_limit() const { return time_limit_; }

 private:
  struct Slot {
    std::unique_ptr<store::Store> store;
    Clock::time_point deadline;
  };
  StorePool() = default;
  static int Progress(void* slot);

  std::vector<Slot> slots_;
  std::vector<int> free_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::chrono::milliseconds time_limit_{0};
};

}  // namespace dyad::server
