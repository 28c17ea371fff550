// Shared body of the reader fuzzers: open the bytes as an in-memory stream (so gzip
// and zstd inputs are decompressed too), drain the reader, and touch every field.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/reader.h"

namespace dyad::read {

template <typename OpenFn>
void FuzzReader(const uint8_t* data, size_t size, OpenFn open, const char* file) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto reader = open(OpenMemory(input), file);
  Article article;
  size_t total = 0;
  for (int calls = 0; calls < 100000; ++calls) {
    auto more = reader->Next(&article);
    for (const RecordError& e : reader->TakeWarnings()) total += e.ToString().size();
    if (!more.ok()) {
      total += RecordError{file, reader->record(), more.status()}.ToString().size();
      if (reader->fatal()) break;
      continue;
    }
    if (!*more) break;
    total += article.id.size() + article.text.size() + article.raw.size() + article.title.size();
  }
  for (const auto& [name, count] : reader->Skipped()) total += name.size() + count;
  if (total == SIZE_MAX) __builtin_trap();  // keeps the work observable
}

}  // namespace dyad::read
