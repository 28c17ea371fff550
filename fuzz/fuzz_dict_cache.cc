// Fuzzes the compiled-cache reader. The input is taken as a cache payload and given a
// valid header (so the fuzzer explores the payload parser rather than the checksum):
// whatever it holds must be rejected or read into a model that writes and reads back.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "dict/cache.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad::dict;
  std::string_view payload(reinterpret_cast<const char*>(data), size);
  std::string bytes = "DYADDICT";
  auto put = [&](const void* p, size_t n) { bytes.append(static_cast<const char*>(p), n); };
  const uint32_t version = kCacheVersion, zero = 0;
  const uint64_t sum = 7, n = size, check = Checksum64(payload);
  put(&version, 4);
  put(&zero, 4);
  put(&sum, 8);
  put(&n, 8);
  put(&check, 8);
  bytes.append(payload);
  auto m = DeserializeModel(bytes, sum);
  if (m.ok() && !DeserializeModel(SerializeModel(*m, sum), sum).ok()) std::abort();
  (void)DeserializeModel(payload, sum);  // and as a whole file, header included
  return 0;
}
