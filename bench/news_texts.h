// The article texts of a news JSON Lines file (plain or gzip-compressed), which every
// benchmark reads its input from.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace dyad::bench {

// The "text" field of the first `limit` records of `path` that have one, in file order
// (records without a text, or that are not JSON, are passed over). Empty when the file
// cannot be opened (../shared absent): the caller skips.
std::vector<std::string> ReadNewsTexts(const std::string& path,
                                       size_t limit = std::numeric_limits<size_t>::max());

}  // namespace dyad::bench
