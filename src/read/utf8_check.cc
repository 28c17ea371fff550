// See utf8_check.h for the policy.
#include "read/utf8_check.h"

#include "util/utf8.h"

namespace dyad::read {

Status RepairUtf8InPlace(std::string* s, std::string_view what, size_t base) {
  size_t bad = FirstInvalidUtf8(*s);
  if (bad == s->size()) return Status::Ok();
  *s = RepairUtf8(*s);
  return DataLoss("invalid UTF-8 at byte " + std::to_string(base + bad) + " of the " +
                  std::string(what) + " (invalid bytes replaced by U+FFFD)");
}

}  // namespace dyad::read
