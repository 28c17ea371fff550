#include "dyad/date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Date, ParsesTheFormsReadersMeet) {
  struct Case {
    const char* in;
    const char* out;  // nullptr: rejected
  } cases[] = {
      {"2023-07-27", "2023-07-27"},
      {"20230727", "2023-07-27"},
      {"2023-07-27T09:30:00Z", "2023-07-27"},
      {"2023-07-27 09:30", "2023-07-27"},
      {"2024-02-29", "2024-02-29"},
      {"2023-02-29", nullptr},
      {"2023-13-01", nullptr},
      {"2023-7-27", nullptr},
      {"July 27", nullptr},
      {"", nullptr},
      {"2023-07-27X", nullptr},
  };
  for (const auto& c : cases) {
    auto d = Date::Parse(c.in);
    if (c.out == nullptr) {
      EXPECT_FALSE(d.has_value()) << c.in;
    } else {
      ASSERT_TRUE(d.has_value()) << c.in;
      EXPECT_EQ(d->ToString(), c.out);
    }
  }
}

TEST(Date, DayArithmeticCrossesMonthsYearsAndLeapDays) {
  Date d{2024, 2, 28};
  EXPECT_EQ(Date::FromDays(d.ToDays() + 1).ToString(), "2024-02-29");
  EXPECT_EQ(Date::FromDays(d.ToDays() + 2).ToString(), "2024-03-01");
  EXPECT_EQ(Date::FromDays(Date{2022, 12, 31}.ToDays() + 1).ToString(), "2023-01-01");
  EXPECT_EQ((Date{1970, 1, 1}.ToDays()), 0);
  EXPECT_LT((Date{2019, 1, 1}), (Date{2019, 1, 2}));
}

}  // namespace
}  // namespace dyad
