// UTF-8 checks and repairs. Readers validate every article's text; invalid bytes are
// an error naming the record, or, where a reader chooses to repair, each invalid
// sequence becomes U+FFFD so that offsets stay meaningful.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// True when `s` is well-formed UTF-8 (simdjson's validator: several GB/s).
bool IsValidUtf8(std::string_view s);

// Offset of the first byte that makes `s` invalid UTF-8, or s.size() when valid.
size_t FirstInvalidUtf8(std::string_view s);

// Returns `s` with every invalid sequence replaced by U+FFFD.
std::string RepairUtf8(std::string_view s);

// Decodes the code point at s[i] (requires valid UTF-8 there) and advances *i.
char32_t DecodeUtf8(std::string_view s, size_t* i);

// Appends the UTF-8 encoding of `cp` to *out.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace dyad
