// Fuzzes the JSON Lines reader (simdjson On-Demand over each line).
#include "read_fuzz_driver.h"
#include "read/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::read::FuzzReader(
      data, size,
      [](std::unique_ptr<dyad::InputStream> in, std::string file) {
        return dyad::read::OpenJsonl(std::move(in), std::move(file), {.max_line_bytes = 1 << 20});
      },
      "fuzz.jsonl");
  return 0;
}
