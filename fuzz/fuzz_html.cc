// Fuzzes the HTML path: charset sniffing and decoding, libxml2 parsing, metadata and
// main-text extraction. Any input must give a result or a Status, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::Article a;
  a.content_type = dyad::ContentType::kHtml;
  a.raw.assign(reinterpret_cast<const char*>(data), size);
  dyad::Result<dyad::Article> out = dyad::extract::Extract(std::move(a));
  if (out.ok() && out->text.size() > size * 4 + 64) __builtin_trap();  // text comes from the page
  // The same bytes as scraped plain text: the result is never longer than the input.
  dyad::Article t;
  t.text.assign(reinterpret_cast<const char*>(data), size);
  dyad::Result<dyad::Article> trimmed = dyad::extract::Extract(std::move(t));
  if (!trimmed.ok() || trimmed->text.size() > size) __builtin_trap();
  return 0;
}
