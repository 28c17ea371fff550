// Fuzzes the PETRARCH validation-suite reader (libxml2 strict parse, then the repaired
// parse) and the scoring of what it reads: any input gives a suite or a Status, never a
// crash, and every record read has text and a date.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "code/validate_petrarch.h"
#include "code/validate_udp.h"

namespace {

// Codes nothing: every record scores against an empty coding.
class NoCoder : public dyad::code::SuiteCoder {
 public:
  void SetOption(std::string_view) override {}
  dyad::code::CodedRecord Code(const dyad::code::SuiteRecord&) override { return {}; }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  auto suite = dyad::code::ParsePetrarchSuite(xml, "fuzz.xml");
  if (!suite.ok()) return 0;
  for (const dyad::code::SuiteRecord& r : suite->records) {
    if (r.text.empty()) __builtin_trap();
  }
  NoCoder coder;
  const dyad::code::ValidationReport report = dyad::code::RunSuite(suite->records, coder);
  const dyad::code::EventScore events = dyad::code::ScoreEvents(report);
  if (events.overall.found != 0 || events.overall.extra != 0) __builtin_trap();  // nothing was coded
  return 0;
}
