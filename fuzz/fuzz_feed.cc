// Fuzzes the RSS/Atom reader and the HTML path its items take.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/extract.h"
#include "extract/feed_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto reader = dyad::extract::OpenFeed(dyad::OpenMemory(bytes), "fuzz.xml");
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
  return 0;
}
