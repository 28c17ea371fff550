// Calendar dates as dyad uses them: a proleptic Gregorian day, no time zone. Articles
// carry the day they were published; events carry the day they happened, with a
// precision saying how much of that day is known.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

struct Date {
  int32_t year = 0;
  int32_t month = 0;  // 1-12
  int32_t day = 0;    // 1-31

  auto operator<=>(const Date&) const = default;

  bool valid() const;

  // Days since 1970-01-01 (negative before). Requires valid().
  int64_t ToDays() const;
  static Date FromDays(int64_t days);

  // "2023-07-27".
  std::string ToString() const;

  // Accepts "YYYY-MM-DD", "YYYYMMDD", and ISO 8601 timestamps whose first ten
  // characters are a date ("2023-07-27T09:30:00Z"). Returns nullopt for anything else,
  // including impossible days such as 2023-02-29.
  static std::optional<Date> Parse(std::string_view text);
};

enum class DatePrecision { kDay, kWeek, kMonth, kYear };

// "day", "week", "month", "year": the names the output formats and the store use.
constexpr std::string_view DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kWeek: return "week";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "day";
}

}  // namespace dyad
