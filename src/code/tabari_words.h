// Small word helpers shared by the TABARI coder's files: lower-casing, determiners and
// the '/'-separated codes of a TABARI actor entry.
#pragma once

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "util/ascii.h"

namespace dyad::code::tabari {

// "ROH/GON" -> {"ROH", "GON"}; empty parts dropped.
inline std::vector<std::string> SplitCodes(std::string_view code) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= code.size()) {
    const size_t slash = code.find('/', start);
    const std::string_view part = code.substr(start, slash == std::string_view::npos ? slash : slash - start);
    if (!part.empty()) out.emplace_back(part);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

inline bool IsDeterminer(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

}  // namespace dyad::code::tabari
