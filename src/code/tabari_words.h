// Small word helpers shared by the TABARI coder's files: lower-casing, determiners and
// the '/'-separated codes of a TABARI actor entry.
#pragma once

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::code::tabari {

inline std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

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
