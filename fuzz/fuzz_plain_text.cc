// Fuzzes the cleaning of scraped plain text (extract/plain_text.h): edge boilerplate lines,
// photo-gallery headers and video players. Both keep every offset: the result is never longer than the
// input and differs from it only by bytes turned into spaces.
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/plain_text.h"

namespace {

void CheckBlanked(std::string_view in, const std::string& out, bool same_size) {
  if (out.size() > in.size() || (same_size && out.size() != in.size())) __builtin_trap();
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i] != in[i] && out[i] != ' ') __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string trimmed = dyad::extract::TrimBoilerplateLines(input);
  CheckBlanked(input, trimmed, false);
  const std::string blanked = dyad::extract::BlankGalleryHeaders(std::string(input));
  CheckBlanked(input, blanked, true);
  CheckBlanked(input, dyad::extract::BlankVideoPlayers(std::string(input)), true);
  (void)dyad::extract::IsProseLine(input);
  return 0;
}
