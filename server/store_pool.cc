// Slots live in a vector sized once at Open, so the pointer each progress handler holds
// stays valid for the pool's life.
#include "server/store_pool.h"

#include <sqlite3.h>

namespace dyad::server {

// SQLite VM steps between deadline checks: a few microseconds of work each time.
constexpr int kProgressSteps = 4000;

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& path, int size,
                                                   std::chrono::milliseconds time_limit) {
  if (size < 1) return InvalidArgument("store pool needs at least one connection");
  if (time_limit.count() <= 0) return InvalidArgument("query time limit must be positive");
  std::unique_ptr<StorePool> pool(new StorePool());
  pool->time_limit_ = time_limit;
  pool->slots_.resize(size);
  for (int i = 0; i < size; ++i) {
    ASSIGN_OR_RETURN(store::Store s, store::Store::Open(path, store::OpenMode::kReadOnly));
    Slot& slot = pool->slots_[i];
    slot.store = std::make_unique<store::Store>(std::move(s));
    slot.deadline = Clock::time_point::max();
    sqlite3_progress_handler(slot.store->db().get(), kProgressSteps, &StorePool::Progress, &slot);
    pool->free_.push_back(i);
  }
  return pool;
}

int StorePool::Progress(void* slot) {
  return Clock::now() > static_cast<Slot*>(slot)->deadline ? 1 : 0;
}

StorePool::Lease StorePool::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [this] { return !free_.empty(); });
  int slot = free_.back();
  free_.pop_back();
  slots_[slot].deadline = Clock::now() + time_limit_;
  return Lease(this, slot);
}

StorePool::Lease::~Lease() {
  if (pool_ == nullptr) return;
  {
    std::lock_guard<std::mutex> lock(pool_->mu_);
    pool_->slots_[slot_].deadline = Clock::time_point::max();
    pool_->free_.push_back(slot_);
  }
  pool_->cv_.notify_one();
}

Status StorePool::Lease::Check(Status s) const {
  if (s.ok() || Clock::now() <= pool_->slots_[slot_].deadline) return s;
  return ResourceExhausted("the query took longer than " + std::to_string(pool_->time_limit_.count()) +
                           " ms; narrow the filter (a shorter period, an actor or a dyad)");
}

}  // namespace dyad::server
