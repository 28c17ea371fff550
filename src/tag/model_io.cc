// Reads and writes of model files. Files are written zstd-compressed (the weight tables
// hold many empty slots, which compress to almost nothing) as one frame that records its
// size; ByteReader::Open decodes such a file as it is read, each large array straight
// into its vector, and reads any other file whole through util/input.h, which
// decompresses gzip and zstd and passes plain bytes through.
#include "tag/model_io.h"

#include <zstd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

#include "util/input.h"

namespace dyad::tag {

Result<std::string> ReadFileBytes(const std::string& path) {
  auto in = OpenInput(path);
  if (!in.ok()) return in.status();
  return ReadAll(**in);
}

// A model file being read: its compressed bytes and the zstd stream decoding them, or, for
// a file that is not one sized zstd frame, its whole decoded bytes.
struct ByteReader::Stream {
  std::unique_ptr<char[]> packed;
  ZSTD_DCtx* dctx = nullptr;
  ZSTD_inBuffer zin{nullptr, 0, 0};
  uint64_t total = 0, produced = 0;  // the frame's decoded size, and how much is decoded
  static constexpr size_t kStaging = 64 << 10;
  std::unique_ptr<char[]> staging;  // decoded bytes for small reads
  std::string whole;
  ~Stream() { ZSTD_freeDCtx(dctx); }

  // Decodes the next `size` bytes of the frame into `out`.
  Status Decode(char* out, size_t size) {
    ZSTD_outBuffer o{out, size, 0};
    while (o.pos < o.size) {
      const size_t out_before = o.pos, in_before = zin.pos;
      const size_t r = ZSTD_decompressStream(dctx, &o, &zin);
      if (ZSTD_isError(r)) return DataLoss(std::string("damaged zstd model file: ") + ZSTD_getErrorName(r));
      // No progress: the frame ended, or its input did, before `size` bytes came out.
      if (o.pos == out_before && (r == 0 || zin.pos == zin.size || zin.pos == in_before))
        return DataLoss("model file truncated");
    }
    produced += size;
    return Status::Ok();
  }
};

ByteReader::ByteReader() = default;
ByteReader::ByteReader(std::string_view in) : in_(in) {}
ByteReader::ByteReader(ByteReader&&) noexcept = default;
ByteReader& ByteReader::operator=(ByteReader&&) noexcept = default;
ByteReader::~ByteReader() = default;

Result<ByteReader> ByteReader::Open(const std::string& path) {
  ByteReader r;
  r.stream_ = std::make_unique<Stream>();
  Stream& st = *r.stream_;
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (f && std::fseek(f.get(), 0, SEEK_END) == 0) {
    const long size = std::ftell(f.get());
    if (size > 0 && std::fseek(f.get(), 0, SEEK_SET) == 0) {
      st.packed.reset(new char[static_cast<size_t>(size)]);  // no zeroing: fread fills it
      const size_t n = static_cast<size_t>(size);
      if (std::fread(st.packed.get(), 1, n, f.get()) == n) {
        const unsigned long long raw = ZSTD_getFrameContentSize(st.packed.get(), n);
        if (raw != ZSTD_CONTENTSIZE_UNKNOWN && raw != ZSTD_CONTENTSIZE_ERROR &&
            ZSTD_findFrameCompressedSize(st.packed.get(), n) == n) {
          st.dctx = ZSTD_createDCtx();
          if (st.dctx == nullptr) return Internal("zstd: cannot create a decoder");
          st.zin = ZSTD_inBuffer{st.packed.get(), n, 0};
          st.total = raw;
          st.staging.reset(new char[Stream::kStaging]);
          return r;
        }
      }
    }
  }
  st.packed.reset();
  ASSIGN_OR_RETURN(st.whole, ReadFileBytes(path));
  st.total = st.produced = st.whole.size();
  r.in_ = st.whole;
  return r;
}

uint64_t ByteReader::left() const {
  return in_.size() + (stream_ ? stream_->total - stream_->produced : 0);
}

Status ByteReader::Read(void* out, size_t bytes) {
  char* dst = static_cast<char*>(out);
  const size_t buffered = std::min(in_.size(), bytes);
  if (buffered) std::memcpy(dst, in_.data(), buffered);
  in_.remove_prefix(buffered);
  dst += buffered;
  bytes -= buffered;
  if (bytes == 0) return Status::Ok();
  if (!stream_ || bytes > stream_->total - stream_->produced) return DataLoss("model file truncated");
  Stream& st = *stream_;
  if (bytes >= Stream::kStaging) return st.Decode(dst, bytes);  // straight into the array
  const size_t chunk = static_cast<size_t>(std::min<uint64_t>(Stream::kStaging, st.total - st.produced));
  RETURN_IF_ERROR(st.Decode(st.staging.get(), chunk));
  in_ = std::string_view(st.staging.get(), chunk);
  std::memcpy(dst, in_.data(), bytes);
  in_.remove_prefix(bytes);
  return Status::Ok();
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
