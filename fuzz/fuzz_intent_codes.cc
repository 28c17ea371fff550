// Fuzzes the coding-ontology reader (code/intent_codes.h): any bytes give a table whose
// keys and values are CAMEO-shaped codes (two to four digits), each value an intent
// (starting "03"), the same on a second read.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "code/intent_codes.h"

namespace {
bool CodeShaped(const std::string& c) {
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c)
    if (ch < '0' || ch > '9') return false;
  return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const dyad::code::IntentCodes codes = dyad::code::ReadIntentCodes(input);
  if (codes != dyad::code::ReadIntentCodes(input)) __builtin_trap();
  for (const auto& [act, intent] : codes)
    if (!CodeShaped(act) || !CodeShaped(intent)) __builtin_trap();
  return 0;
}
