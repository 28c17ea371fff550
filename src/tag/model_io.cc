// Whole-file reads and writes for model files. Files are written zstd-compressed (the
// weight tables hold many empty slots, which compress to almost nothing) and read through
// util/input.h, which decompresses gzip and zstd and passes plain bytes through.
#include "tag/model_io.h"

#include <zstd.h>

#include <cstdio>
#include <memory>

#include "util/input.h"

namespace dyad::tag {

Result<std::string> ReadFileBytes(const std::string& path) {
  // The common case, a file WriteFileBytes wrote: one zstd frame that records its size, so
  // the file is read with one call and decoded straight into a buffer of the final size
  // (no growing, no copying). Anything else goes through the general input stream.
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (f && std::fseek(f.get(), 0, SEEK_END) == 0) {
    const long size = std::ftell(f.get());
    std::string packed(size > 0 ? static_cast<size_t>(size) : 0, '\0');
    if (size > 0 && std::fseek(f.get(), 0, SEEK_SET) == 0 &&
        std::fread(packed.data(), 1, packed.size(), f.get()) == packed.size()) {
      const unsigned long long raw = ZSTD_getFrameContentSize(packed.data(), packed.size());
      if (raw != ZSTD_CONTENTSIZE_UNKNOWN && raw != ZSTD_CONTENTSIZE_ERROR &&
          raw <= (size_t{4} << 30) &&
          ZSTD_findFrameCompressedSize(packed.data(), packed.size()) == packed.size()) {
        std::string out(raw, '\0');
        const size_t n = ZSTD_decompress(out.data(), out.size(), packed.data(), packed.size());
        if (ZSTD_isError(n) || n != raw)
          return DataLoss(path + ": damaged zstd model file");
        return out;
      }
    }
  }
  auto in = OpenInput(path);
  if (!in.ok()) return in.status();
  return ReadAll(**in);
}

Status WriteFileBytes(const std::string& path, std::string_view bytes) {
  std::string packed(ZSTD_compressBound(bytes.size()), '\0');
  const size_t n = ZSTD_compress(packed.data(), packed.size(), bytes.data(), bytes.size(), 9);
  if (ZSTD_isError(n)) return Internal(std::string("zstd: ") + ZSTD_getErrorName(n));
  packed.resize(n);
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "wb"), &std::fclose);
  if (!f) return IoError("cannot create " + path);
  if (std::fwrite(packed.data(), 1, packed.size(), f.get()) != packed.size())
    return IoError("short write to " + path);
  if (std::fclose(f.release()) != 0) return IoError("cannot close " + path);
  return Status::Ok();
}

}  // namespace dyad::tag
