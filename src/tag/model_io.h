// Byte-level reading and writing of the trained model files under models/. A model file is
// a magic string, a format version and a sequence of plain arrays, written little-endian
// as the machine holds them (dyad builds for x86-64 and arm64, both little-endian).
// Reading checks every length against the bytes left, so a truncated or foreign file
// fails with DataLoss instead of reading past the end.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
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

// Reads a model's bytes: from memory, or (Open) from a file as it is decoded, so that a
// large array goes from the zstd frame straight into the vector that GetVector fills,
// with no copy of the whole decoded file in between.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in);
  // A file WriteFileBytes wrote (one zstd frame that records its size) is decoded as it is
  // read; any other file (gzip, plain) is read whole first. NotFound, IoError, DataLoss.
  static Result<ByteReader> Open(const std::string& path);
  ByteReader(ByteReader&&) noexcept;
  ByteReader& operator=(ByteReader&&) noexcept;
  ~ByteReader();

  template <typename T>
  Status Get(T* v) {
    static_assert(std::is_trivially_copyable_v<T>);
    return Read(v, sizeof(T));
  }
  // Fills `v` (resized without zeroing where its allocator allows) from a length and the
  // elements.
  template <typename T, typename Alloc>
  Status GetVector(std::vector<T, Alloc>* v) {
    uint64_t n = 0;
    RETURN_IF_ERROR(Get(&n));
    if (n > left() / sizeof(T)) return DataLoss("model file truncated");
    v->resize(n);
    return Read(v->data(), n * sizeof(T));
  }
  Status GetString(std::string* s) {
    uint64_t n = 0;
    RETURN_IF_ERROR(Get(&n));
    if (n > left()) return DataLoss("model file truncated");
    s->resize(n);
    return Read(s->data(), n);
  }
  bool done() const { return left() == 0; }

 private:
  struct Stream;
  ByteReader();
  // The bytes not yet read.
  uint64_t left() const;
  // Copies the next `bytes` bytes to `out`; DataLoss when fewer are left.
  Status Read(void* out, size_t bytes);

  std::string_view in_;             // memory: the bytes left; a file: those decoded, not yet read
  std::unique_ptr<Stream> stream_;  // a file being decoded
  std::string whole_;               // a file read whole (not a sized zstd frame)
};

// Reads a whole model file, decompressing it when it is zstd or gzip. NotFound, IoError
// or DataLoss on failure.
Result<std::string> ReadFileBytes(const std::string& path);
// Writes `bytes` zstd-compressed (level 9, deterministic) to `path`, replacing it.
// IoError on failure.
Status WriteFileBytes(const std::string& path, std::string_view bytes);

}  // namespace dyad::tag
