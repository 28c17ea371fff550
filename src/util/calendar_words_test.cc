#include "util/calendar_words.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(CalendarWords, MonthsAndWeekdaysOnly) {
  for (std::string_view w : {"january", "may", "december", "monday", "sunday"}) EXPECT_TRUE(IsCalendarWord(w)) << w;
  for (std::string_view w : {"Sunday", "today", "mayor", "trump", ""}) EXPECT_FALSE(IsCalendarWord(w)) << w;
}

}  // namespace
}  // namespace dyad
