// Fuzzes the plain-text reader, and with it format detection: every sniffer and
// ChooseFormat see the same bytes.
#include "read_fuzz_driver.h"
#include "read/text_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const dyad::read::Format& f : dyad::read::Formats())
    if (f.sniff != nullptr) (void)f.sniff(input.substr(0, dyad::read::kSniffBytes));
  auto format = dyad::read::ChooseFormat("fuzz.dat.gz", input.substr(0, dyad::read::kSniffBytes));
  if (!format.ok()) __builtin_trap();  // without a forced name there is always a format
  (void)dyad::read::TextHeadline(input);
  dyad::read::FuzzReader(
      data, size,
      [](std::unique_ptr<dyad::InputStream> in, std::string file) {
        return dyad::read::OpenText(std::move(in), std::move(file), {.max_bytes = 8 << 20});
      },
      "fuzz.txt");
  return 0;
}
