// Fuzzes the TABARI record parser, both through the Article reader built on it and
// directly, with the validation expectations of every record's comment parsed too.
#include "read/tabari_expectations.h"
#include "read/tabari_reader.h"
#include "read/tabari_records.h"
#include "read_fuzz_driver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  (void)dyad::read::SniffTabari(input);
  (void)dyad::read::TabariDate(input.substr(0, 12));
  dyad::read::FuzzReader(data, size, &dyad::read::OpenTabari, "fuzz.text");
  auto in = dyad::OpenMemory(input);
  std::vector<dyad::Status> errors;
  auto records = dyad::read::ReadTabariRecords(*in, &errors);
  if (records.ok()) {
    size_t events = 0;
    for (const dyad::read::TabariRecord& r : *records) {
      dyad::read::TabariExpectations e = dyad::read::ParseTabariExpectations(r.comment);
      for (const auto& ev : e.events) events += ev.source.size() + ev.code.size() + ev.note.size();
    }
    if (events == SIZE_MAX) __builtin_trap();
  }
  return 0;
}
