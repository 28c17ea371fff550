// Byte input for every reader: a file, a directory entry or stdin, transparently
// decompressed when it starts with a gzip or zstd magic number. Concatenated gzip
// members (as in .warc.gz, one member per record) read as one stream. Readers pull
// bytes or lines; nothing here knows about articles.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

enum class Compression { kNone, kGzip, kZstd };

class InputStream {
 public:
  virtual ~InputStream() = default;
  // Reads up to `n` bytes into `buf`. Returns the count read; 0 means end of input.
  // A corrupt or truncated compressed stream returns DataLoss.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
  // Bytes consumed from the underlying (compressed) source so far.
  virtual uint64_t compressed_offset() const = 0;
};

// Opens `path` ("-" is stdin). Compression is detected from the first bytes, not the
// name. Errors: NotFound, IoError.
Result<std::unique_ptr<InputStream>> OpenInput(const std::string& path);

// Wraps bytes already in memory (tests, fuzzers, the Python binding). `data` must
// outlive the stream. Compression is detected as for files.
std::unique_ptr<InputStream> OpenMemory(std::string_view data);

Compression DetectCompression(std::string_view head);

// Reads the whole remaining stream. Fails with ResourceExhausted past `limit` bytes.
Result<std::string> ReadAll(InputStream& in, size_t limit = size_t{4} << 30);

// Splits a stream into lines ('\n', with a trailing '\r' removed). Lines of any length
// are returned whole, up to `max_line` bytes; a longer one is skipped and reported as
// ResourceExhausted, after which Next continues with the following line.
class LineReader {
 public:
  explicit LineReader(InputStream& in, size_t max_line = size_t{256} << 20);
  // Sets *line to the next line (valid until the next call). Returns false at end.
  Result<bool> Next(std::string_view* line);
  uint64_t line_number() const { return line_number_; }

 private:
  Status Fill();

  InputStream& in_;
  size_t max_line_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  uint64_t line_number_ = 0;
};

}  // namespace dyad
