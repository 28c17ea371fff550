// Helpers shared by the readers' tests, fuzzers and benchmark: compressing test input,
// finding ../shared, and draining a reader the way ReadAll does.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/article.h"
#include "read/reader.h"

namespace dyad::read::testing {

// `data` as one gzip member / one zstd frame.
std::string Gzip(std::string_view data);
std::string Zstd(std::string_view data);

// The path of `relative` inside the shared reference folder: $DYAD_SHARED when set,
// else ../shared beside the source tree.
std::string SharedPath(std::string_view relative);

// Everything a reader produced: articles, and errors and warnings in the order met.
struct Drained {
  std::vector<Article> articles;
  std::vector<RecordError> errors;
  std::vector<std::string> ErrorStrings() const;
};

using OpenFn = std::function<std::unique_ptr<RecordReader>(std::unique_ptr<InputStream>, std::string)>;

// Runs `reader` to its end (at most `max_calls` calls to Next, so that a reader that
// never ends fails a test instead of hanging it).
Drained Drain(RecordReader& reader, const std::string& file, size_t max_calls = 1000000);

// Opens `data` (kept alive by the caller) with `open` and drains it.
Drained ReadMemory(std::string_view data, const std::string& file, const OpenFn& open);

}  // namespace dyad::read::testing
