// Byte-level reading and writing of the trained model files under models/. A model file is
// a magic string, a format version and a sequence of plain arrays, written little-endian
// as the machine holds them (dyad builds for x86-64 and arm64, both little-endian).
// Reading checks every length against the bytes left, so a truncated or foreign file
// fails with DataLoss instead of reading past the end.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "dyad/status.h"

namespace dyad::tag {

class ByteWriter {
 public:
  template <typename T>
  void Put(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&v), sizeof(T));
  }
  template <typename T>
  void PutVector(const std::vector<T>& v) {
    Put<uint64_t>(v.size());
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void PutString(std::string_view s) {
    Put<uint64_t>(s.size());
    out_.append(s);
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  template <typename T>
  Status Get(T* v) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (in_.size() < sizeof(T)) return DataLoss("model file truncated");
    std::memcpy(v, in_.data(), sizeof(T));
    in_.remove_prefix(sizeof(T));
    return Status::Ok();
  }
  template <typename T, typename Alloc>
  Status GetVector(std::vector<T, Alloc>* v) {
    uint64_t n = 0;
    RETURN_IF_ERROR(Get(&n));
    if (n > in_.size() / sizeof(T)) return DataLoss("model file truncated");
    v->resize(n);
    if (n) std::memcpy(static_cast<void*>(v->data()), in_.data(), n * sizeof(T));
    in_.remove_prefix(n * sizeof(T));
    return Status::Ok();
  }
  Status GetString(std::string* s) {
    uint64_t n = 0;
    RETURN_IF_ERROR(Get(&n));
    if (n > in_.size()) return DataLoss("model file truncated");
    s->assign(in_.substr(0, n));
    in_.remove_prefix(n);
    return Status::Ok();
  }
  // Fails unless the next bytes are exactly `magic`.
  Status Expect(std::string_view magic) {
    if (in_.substr(0, magic.size()) != magic)
      return DataLoss("not a dyad model of this kind (expected " + std::string(magic) + ")");
    in_.remove_prefix(magic.size());
    return Status::Ok();
  }
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

// Reads a whole model file, decompressing it when it is zstd or gzip. NotFound, IoError
// or DataLoss on failure.
Result<std::string> ReadFileBytes(const std::string& path);
// Writes `bytes` zstd-compressed (level 9, deterministic) to `path`, replacing it.
// IoError on failure.
Status WriteFileBytes(const std::string& path, std::string_view bytes);

}  // namespace dyad::tag
