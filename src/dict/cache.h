// The compiled dictionary cache: a Model in a versioned binary file, stamped with a
// checksum of the source files it came from and a checksum of its own bytes. A cache
// whose version, source checksum or own checksum does not match is rejected (and the
// caller rebuilds from source); it is never trusted.
//
// Layout: "DYADDICT" | u32 version | u32 0 | u64 source checksum | u64 payload size |
// u64 payload checksum | payload (little-endian integers, length-prefixed strings).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "dict/model.h"
#include "dyad/status.h"

namespace dyad::dict {

inline constexpr uint32_t kCacheVersion = 5;  // 2: VerbForm::noun; 3: a synset item's connector; 5: a PETRARCH pattern kept for the verb its comment names, the last of equal patterns

// A fast 64-bit checksum (not cryptographic) of `data`, chained through `seed`.
uint64_t Checksum64(std::string_view data, uint64_t seed = 0);

// The cache file's bytes for `model` built from sources with checksum `source_sum`.
std::string SerializeModel(const Model& model, uint64_t source_sum);

// Parses cache bytes. Errors: DataLoss for a truncated or corrupt file, Unsupported for
// another version, NotFound when `source_sum` differs (a stale cache).
Result<Model> DeserializeModel(std::string_view bytes, uint64_t source_sum);

// Writes `bytes` to `path` through a temporary file and a rename, so readers never see
// a half-written cache. Errors: IoError.
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace dyad::dict
