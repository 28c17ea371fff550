// Fuzzes the segmenter: any bytes must segment into a Document that keeps every
// structural promise (offsets within the text, in order, non-overlapping, tokens
// inside their sentence; see text/document_check.h), and segmenting must not depend
// on anything but the bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/document_check.h"
#include "text/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  dyad::Document doc = dyad::text::Segment(input);
  if (!dyad::text::CheckSegmentation(doc).ok()) __builtin_trap();
  if (doc.text != input) __builtin_trap();
  dyad::Document again = dyad::text::Segment(input);
  if (again.tokens.size() != doc.tokens.size() || again.sentences.size() != doc.sentences.size())
    __builtin_trap();
  return 0;
}
