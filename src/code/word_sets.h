// Membership of a word in a short written-out list ("if", "unless", "whether"): the coder's
// rules name their words this way.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace dyad::code {

inline bool IsAny(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

}  // namespace dyad::code
