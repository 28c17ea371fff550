// Fuzzes the PETRARCH XML reader (libxml2 strict parse, then the repaired recovery
// parse for input that is not well-formed).
#include "read_fuzz_driver.h"
#include "read/petrarch_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::read::FuzzReader(
      data, size,
      [](std::unique_ptr<dyad::InputStream> in, std::string file) {
        return dyad::read::OpenPetrarch(std::move(in), std::move(file), {.max_bytes = 8 << 20});
      },
      "fuzz.xml");
  return 0;
}
