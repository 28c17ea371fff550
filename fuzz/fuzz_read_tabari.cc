// Fuzzes the TABARI record parser through the Article reader built on it.
#include "read_fuzz_driver.h"
#include "read/tabari_reader.h"
#include "read/tabari_records.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  (void)dyad::read::SniffTabari(input);
  (void)dyad::read::TabariDate(input.substr(0, 12));
  dyad::read::FuzzReader(data, size, &dyad::read::OpenTabari, "fuzz.text");
  return 0;
}
