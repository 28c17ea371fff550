// File and memory streams with gzip (zlib, multi-member) and zstd decompression.
#include "util/input.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace dyad {
namespace {

constexpr size_t kChunk = 1 << 16;

// A source of raw (possibly compressed) bytes.
class RawSource {
 public:
  virtual ~RawSource() = default;
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
};

class FileSource : public RawSource {
 public:
  FileSource(FILE* f, bool owned, std::string name) : f_(f), owned_(owned), name_(std::move(name)) {}
  ~FileSource() override {
    if (owned_) std::fclose(f_);
  }
  Result<size_t> Read(char* buf, size_t n) override {
    size_t got = std::fread(buf, 1, n, f_);
    if (got < n && std::ferror(f_)) return IoError(name_ + ": " + std::strerror(errno));
    return got;
  }

 private:
  FILE* f_;
  bool owned_;
  std::string name_;
};

class MemorySource : public RawSource {
 public:
  explicit MemorySource(std::string_view data) : data_(data) {}
  Result<size_t> Read(char* buf, size_t n) override {
    size_t k = std::min(n, data_.size() - pos_);
    std::memcpy(buf, data_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

// Reads from a RawSource, keeping the first bytes that were peeked for detection.
class Buffered {
 public:
  explicit Buffered(std::unique_ptr<RawSource> src) : src_(std::move(src)) {}
  Result<std::string_view> Peek(size_t n) {
    while (head_.size() - head_pos_ < n) {
      char tmp[512];
      auto got = src_->Read(tmp, std::min(sizeof tmp, n - (head_.size() - head_pos_)));
      if (!got.ok()) return got.status();
      if (*got == 0) break;
      head_.append(tmp, *got);
    }
    return std::string_view(head_).substr(head_pos_);
  }
  Result<size_t> Read(char* buf, size_t n) {
    if (head_pos_ < head_.size()) {
      size_t k = std::min(n, head_.size() - head_pos_);
      std::memcpy(buf, head_.data() + head_pos_, k);
      head_pos_ += k;
      offset_ += k;
      return k;
    }
    auto got = src_->Read(buf, n);
    if (got.ok()) offset_ += *got;
    return got;
  }
  uint64_t offset() const { return offset_; }

 private:
  std::unique_ptr<RawSource> src_;
  std::string head_;
  size_t head_pos_ = 0;
  uint64_t offset_ = 0;
};

class PlainStream : public InputStream {
 public:
  explicit PlainStream(std::unique_ptr<Buffered> in) : in_(std::move(in)) {}
  Result<size_t> Read(char* buf, size_t n) override { return in_->Read(buf, n); }
  uint64_t compressed_offset() const override { return in_->offset(); }

 private:
  std::unique_ptr<Buffered> in_;
};

class GzipStream : public InputStream {
 public:
  explicit GzipStream(std::unique_ptr<Buffered> in) : in_(std::move(in)), inbuf_(kChunk) {
    std::memset(&z_, 0, sizeof z_);
    inflateInit2(&z_, 15 + 16);
  }
  ~GzipStream() override { inflateEnd(&z_); }

  Result<size_t> Read(char* buf, size_t n) override {
    if (done_ || n == 0) return size_t{0};
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    while (z_.avail_out > 0) {
      if (z_.avail_in == 0) {
        auto got = in_->Read(inbuf_.data(), inbuf_.size());
        if (!got.ok()) return got.status();
        if (*got == 0) {
          if (in_member_ && z_.avail_out == std::min<size_t>(n, 1u << 30)) return DataLoss("truncated gzip stream");
          if (in_member_) break;  // hand out what was inflated; the next call reports the cut
          done_ = true;
          break;
        }
        z_.next_in = reinterpret_cast<Bytef*>(inbuf_.data());
        z_.avail_in = static_cast<uInt>(*got);
      }
      in_member_ = true;
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        in_member_ = false;
        inflateReset(&z_);  // the next gzip member, if any, follows directly
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        return DataLoss(std::string("corrupt gzip stream: ") + (z_.msg ? z_.msg : "inflate failed"));
      }
    }
    return n - z_.avail_out;
  }
  uint64_t compressed_offset() const override { return in_->offset() - z_.avail_in; }

 private:
  std::unique_ptr<Buffered> in_;
  std::vector<char> inbuf_;
  z_stream z_;
  bool in_member_ = false;
  bool done_ = false;
};

class ZstdStream : public InputStream {
 public:
  explicit ZstdStream(std::unique_ptr<Buffered> in)
      : in_(std::move(in)), inbuf_(ZSTD_DStreamInSize()), ds_(ZSTD_createDStream()) {
    ZSTD_initDStream(ds_);
  }
  ~ZstdStream() override { ZSTD_freeDStream(ds_); }

  Result<size_t> Read(char* buf, size_t n) override {
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos < out.size && !done_) {
      if (in_buf_.pos == in_buf_.size) {
        auto got = in_->Read(inbuf_.data(), inbuf_.size());
        if (!got.ok()) return got.status();
        if (*got == 0) {
          if (last_ != 0) return DataLoss("truncated zstd stream");
          done_ = true;
          break;
        }
        in_buf_ = ZSTD_inBuffer{inbuf_.data(), *got, 0};
      }
      last_ = ZSTD_decompressStream(ds_, &out, &in_buf_);
      if (ZSTD_isError(last_)) return DataLoss(std::string("corrupt zstd stream: ") + ZSTD_getErrorName(last_));
    }
    return out.pos;
  }
  uint64_t compressed_offset() const override { return in_->offset() - (in_buf_.size - in_buf_.pos); }

 private:
  std::unique_ptr<Buffered> in_;
  std::vector<char> inbuf_;
  ZSTD_DStream* ds_;
  ZSTD_inBuffer in_buf_{nullptr, 0, 0};
  size_t last_ = 0;
  bool done_ = false;
};

Result<std::unique_ptr<InputStream>> Wrap(std::unique_ptr<RawSource> src) {
  auto in = std::make_unique<Buffered>(std::move(src));
  auto head = in->Peek(4);
  if (!head.ok()) return head.status();
  switch (DetectCompression(*head)) {
    case Compression::kGzip: return std::unique_ptr<InputStream>(new GzipStream(std::move(in)));
    case Compression::kZstd: return std::unique_ptr<InputStream>(new ZstdStream(std::move(in)));
    case Compression::kNone: break;
  }
  return std::unique_ptr<InputStream>(new PlainStream(std::move(in)));
}

}  // namespace

Compression DetectCompression(std::string_view head) {
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
      static_cast<unsigned char>(head[1]) == 0x8b)
    return Compression::kGzip;
  if (head.size() >= 4 && static_cast<unsigned char>(head[0]) == 0x28 &&
      static_cast<unsigned char>(head[1]) == 0xb5 && static_cast<unsigned char>(head[2]) == 0x2f &&
      static_cast<unsigned char>(head[3]) == 0xfd)
    return Compression::kZstd;
  return Compression::kNone;
}

Result<std::unique_ptr<InputStream>> OpenInput(const std::string& path) {
  if (path == "-") return Wrap(std::make_unique<FileSource>(stdin, false, "<stdin>"));
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    if (errno == ENOENT) return NotFound(path + ": no such file");
    return IoError(path + ": " + std::strerror(errno));
  }
  return Wrap(std::make_unique<FileSource>(f, true, path));
}

std::unique_ptr<InputStream> OpenMemory(std::string_view data) {
  auto r = Wrap(std::make_unique<MemorySource>(data));
  return std::move(r).value();  // memory sources cannot fail to peek
}

Result<std::string> ReadAll(InputStream& in, size_t limit) {
  std::string out;
  size_t len = 0;
  for (;;) {
    if (out.size() - len < kChunk) out.resize(std::max(out.size() * 2, len + kChunk));
    auto got = in.Read(out.data() + len, out.size() - len);
    if (!got.ok()) return got.status();
    if (*got == 0) break;
    len += *got;
    if (len > limit) return ResourceExhausted("input larger than " + std::to_string(limit) + " bytes");
  }
  out.resize(len);
  return out;
}

LineReader::LineReader(InputStream& in, size_t max_line) : in_(in), max_line_(max_line) {}

Status LineReader::Fill() {
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t len = buf_.size();
  buf_.resize(len + kChunk);
  auto got = in_.Read(buf_.data() + len, kChunk);
  if (!got.ok()) {
    buf_.resize(len);
    return got.status();
  }
  buf_.resize(len + *got);
  if (*got == 0) eof_ = true;
  return Status::Ok();
}

Result<bool> LineReader::Next(std::string_view* line) {
  size_t scan_from = pos_;
  bool skipping = false;
  for (;;) {
    size_t nl = buf_.find('\n', scan_from);
    if (nl != std::string::npos) {
      ++line_number_;
      if (skipping || nl - pos_ > max_line_) {
        pos_ = nl + 1;
        return ResourceExhausted("line " + std::to_string(line_number_) + " longer than " +
                                 std::to_string(max_line_) + " bytes");
      }
      size_t end = nl;
      if (end > pos_ && buf_[end - 1] == '\r') --end;
      *line = std::string_view(buf_).substr(pos_, end - pos_);
      pos_ = nl + 1;
      return true;
    }
    if (eof_) {
      if (pos_ >= buf_.size()) return false;
      ++line_number_;
      if (skipping || buf_.size() - pos_ > max_line_) {
        pos_ = buf_.size();
        return ResourceExhausted("line " + std::to_string(line_number_) + " longer than " +
                                 std::to_string(max_line_) + " bytes");
      }
      size_t end = buf_.size();
      if (end > pos_ && buf_[end - 1] == '\r') --end;
      *line = std::string_view(buf_).substr(pos_, end - pos_);
      pos_ = buf_.size();
      return true;
    }
    if (buf_.size() - pos_ > max_line_) {
      skipping = true;  // drop what we have of the overlong line and keep scanning for its end
      buf_.clear();
      pos_ = 0;
    }
    scan_from = buf_.size() - pos_;
    RETURN_IF_ERROR(Fill());
    // Fill() moved the unread bytes to the front of the buffer.
  }
}

}  // namespace dyad
