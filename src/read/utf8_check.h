// The one policy every reader applies to text that is not valid UTF-8: repair it,
// keep the record, and report where the first bad byte was. Dropping a whole article
// for one stray Latin-1 byte loses more than it protects; the warning keeps the repair
// visible, and U+FFFD (three bytes) keeps later offsets pointing into the repaired text.
#pragma once

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::read {

// Returns OK when *s is valid UTF-8. Otherwise replaces each invalid sequence in *s by
// U+FFFD and returns DataLoss naming the byte offset of the first invalid byte, counted
// from the start of `what` ("text", "line", "file") plus `base` bytes.
Status RepairUtf8InPlace(std::string* s, std::string_view what, size_t base = 0);

}  // namespace dyad::read
