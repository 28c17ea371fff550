// Looking at the start of a stream without consuming it. Format detection needs the
// first few KiB of the decompressed bytes, and the chosen reader then needs the whole
// stream from its first byte; PeekHead gives both.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "util/input.h"

namespace dyad::read {

struct PeekedStream {
  std::string head;                      // up to n bytes from the start of the stream
  std::unique_ptr<InputStream> stream;   // yields `head` again, then the rest
};

// Reads up to `n` bytes of `in`. Never fails: a read error (a truncated or corrupt
// compressed stream) is kept and returned by `stream` once the bytes before it have
// been read, so the records before a fault are still delivered.
PeekedStream PeekHead(std::unique_ptr<InputStream> in, size_t n);

}  // namespace dyad::read
