// Plain text: one article per file. The text is the file's bytes unchanged, so every
// offset a later stage computes is an offset into the file; when the first line is
// followed by a blank line it is also taken as the headline.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "read/reader.h"

namespace dyad::read {

struct TextOptions {
  // Files larger than this are refused with ResourceExhausted rather than read.
  size_t max_bytes = size_t{256} << 20;
};

// Reads the single article of `in`. Its id is SourceName(file); an empty or
// whitespace-only file yields no article (counted in Skipped() as "empty file").
// Invalid UTF-8 is repaired (see utf8_check.h) and reported through TakeWarnings().
std::unique_ptr<RecordReader> OpenText(std::unique_ptr<InputStream> in, std::string file,
                                       TextOptions options = {});

// The headline of `text`: its first line, trimmed, when a blank line follows it and it
// is a plausible headline (non-empty, at most 300 bytes); else empty.
std::string_view TextHeadline(std::string_view text);

}  // namespace dyad::read
