// The names of the months and of the days of the week, lower-cased: words that look like
// names ("Sunday", "May") and like subjects to a parser ("said Sunday[nsubj] that"), but
// name no one.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace dyad {

// `lower` (already lower-cased) is a month or a weekday.
inline bool IsCalendarWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 19> kWords = {
      "january", "february", "march",  "april",  "may",      "june",     "july",
      "august",  "september", "october", "november", "december", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday"};
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

}  // namespace dyad
