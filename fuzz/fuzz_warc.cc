// Fuzzes the WARC reader over arbitrary bytes (and gzip members, which the input layer
// detects): every record is either an article, a counted skip, or an error; the reader
// always terminates.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/extract.h"
#include "extract/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto reader = dyad::extract::OpenWarc(dyad::OpenMemory(bytes), "fuzz.warc",
                                        dyad::extract::WarcOptions{.max_record_bytes = 1 << 20});
  dyad::Article a;
  for (int calls = 0; calls < 10000; ++calls) {
    dyad::Result<bool> more = reader->Next(&a);
    if (!more.ok()) {
      if (reader->fatal()) break;
      continue;
    }
    if (!*more) break;
    (void)dyad::extract::Extract(std::move(a));
  }
  (void)reader->Skipped();
  return 0;
}
