// Date arithmetic on std::chrono's civil calendar.
#include "dyad/date.h"

#include <chrono>
#include <cstdio>

namespace dyad {
namespace {

std::chrono::year_month_day Ymd(const Date& d) {
  return std::chrono::year_month_day{std::chrono::year{d.year},
                                     std::chrono::month{static_cast<unsigned>(d.month)},
                                     std::chrono::day{static_cast<unsigned>(d.day)}};
}

bool ParseDigits(std::string_view s, int32_t* out) {
  if (s.empty()) return false;
  int32_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

}  // namespace

bool Date::valid() const {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < -9999 || year > 9999) return false;
  return Ymd(*this).ok();
}

int64_t Date::ToDays() const {
  return std::chrono::sys_days{Ymd(*this)}.time_since_epoch().count();
}

Date Date::FromDays(int64_t days) {
  std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days}}};
  return Date{static_cast<int32_t>(ymd.year()), static_cast<int32_t>(unsigned(ymd.month())),
              static_cast<int32_t>(unsigned(ymd.day()))};
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> Date::Parse(std::string_view text) {
  Date d;
  if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
    if (!ParseDigits(text.substr(0, 4), &d.year) || !ParseDigits(text.substr(5, 2), &d.month) ||
        !ParseDigits(text.substr(8, 2), &d.day))
      return std::nullopt;
  } else if (text.size() == 8) {
    if (!ParseDigits(text.substr(0, 4), &d.year) || !ParseDigits(text.substr(4, 2), &d.month) ||
        !ParseDigits(text.substr(6, 2), &d.day))
      return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (!d.valid()) return std::nullopt;
  return d;
}

}  // namespace dyad
