// See read_testing.h.
#include "read/read_testing.h"

#include <zlib.h>
#include <zstd.h>

#include <cstdlib>
#include <stdexcept>

namespace dyad::read::testing {

std::string Gzip(std::string_view data) {
  z_stream z{};
  if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("deflateInit2 failed");
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&z, Z_FINISH);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("deflate failed");
  out.resize(z.total_out);
  return out;
}

std::string Zstd(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3);
  if (ZSTD_isError(n)) throw std::runtime_error("ZSTD_compress failed");
  out.resize(n);
  return out;
}

std::string SharedPath(std::string_view relative) {
  const char* env = std::getenv("DYAD_SHARED");
  std::string root = env != nullptr && *env != '\0' ? env : DYAD_SOURCE_DIR "/../shared";
  return root + "/" + std::string(relative);
}

std::vector<std::string> Drained::ErrorStrings() const {
  std::vector<std::string> out;
  for (const RecordError& e : errors) out.push_back(e.ToString());
  return out;
}

Drained Drain(RecordReader& reader, const std::string& file, size_t max_calls) {
  Drained out;
  for (size_t calls = 0; calls < max_calls; ++calls) {
    Article a;
    auto more = reader.Next(&a);
    for (RecordError& w : reader.TakeWarnings()) out.errors.push_back(std::move(w));
    if (!more.ok()) {
      out.errors.push_back({file, reader.record(), more.status()});
      if (reader.fatal()) break;
      continue;
    }
    if (!*more) break;
    out.articles.push_back(std::move(a));
  }
  return out;
}

Drained ReadMemory(std::string_view data, const std::string& file, const OpenFn& open) {
  auto reader = open(OpenMemory(data), file);
  return Drain(*reader, file);
}

}  // namespace dyad::read::testing
