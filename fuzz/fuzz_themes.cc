// Fuzzes dyad's theme dictionary reader (knowledge/themes.h): any bytes must either fail
// with InvalidArgument or give themes whose matches on a fixed text are valid theme
// indexes, in ascending order, the same on a second parse.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "knowledge/themes.h"
#include "text/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto themes = dyad::knowledge::Themes::Parse(input, "fuzz");
  if (!themes.ok()) {
    if (themes.status().code() != dyad::StatusCode::kInvalidArgument) __builtin_trap();
    return 0;
  }
  static const dyad::Document doc = dyad::text::Segment(
      "The EU imposed new sanctions on Iran's nuclear program. Protesters marched in Tehran; "
      "a war game and an arms deal followed. Trade fell.");
  auto again = dyad::knowledge::Themes::Parse(input, "fuzz");
  if (!again.ok() || again->size() != themes->size()) __builtin_trap();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto found = themes->OfSentence(doc, s);
    if (found != again->OfSentence(doc, s)) __builtin_trap();
    for (size_t i = 0; i < found.size(); ++i) {
      if (found[i] >= themes->size()) __builtin_trap();
      if (i > 0 && found[i - 1] >= found[i]) __builtin_trap();
    }
  }
  for (const auto& c : themes->OfArticle(doc))
    if (c.theme >= themes->size() || c.count == 0 || c.sentences.empty()) __builtin_trap();
  return 0;
}
