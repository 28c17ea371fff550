// Fuzzes the reader of dyad's own dictionary format (docs/dictionaries.md).
#include <cstddef>
#include <cstdint>

#include "dict/readers.h"
#include "dict_fuzz_driver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad::dict;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Model m;
  ReadDyad(text, "f.dict", &m);
  fuzz::Exercise(std::move(m), text);
  return 0;
}
