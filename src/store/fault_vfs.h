// A fault-injecting SQLite VFS: a shim over the default VFS that forwards every call but
// can be told to fail writes or syncs, the way a full disk or a failing device would. The
// store opens it by name (StoreOptions::vfs), so tests exercise the real commit path
// against injected I/O errors.
#pragma once

#include <atomic>
#include <cstdint>

#include "dyad/status.h"

namespace dyad::store {

inline constexpr char kFaultVfsName[] = "dyad-fault";

// Process-wide switches read by the VFS on every call.
struct FaultControl {
  // Writes (xWrite on any file) allowed before they start failing; negative: never fail.
  std::atomic<int64_t> writes_before_failure{-1};
  // When true every xSync fails.
  std::atomic<bool> fail_sync{false};
  // Counters since the last Reset.
  std::atomic<int64_t> writes{0}, injected_failures{0};

  void Reset() {
    writes_before_failure = -1;
    fail_sync = false;
    writes = 0;
    injected_failures = 0;
  }
};

// Registers the VFS under kFaultVfsName (once; later calls return the same control).
// Internal if SQLite has no default VFS to wrap.
Result<FaultControl*> RegisterFaultVfs();

}  // namespace dyad::store
