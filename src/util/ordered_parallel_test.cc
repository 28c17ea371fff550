#include "util/ordered_parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace dyad {
namespace {

std::vector<std::string> Squares(int threads, int n, std::atomic<int>* peak = nullptr) {
  int i = 0;
  std::atomic<int> live{0};
  std::vector<std::string> out;
  RunOrdered(
      threads, 4,
      [&]() -> std::optional<int> {
        if (i == n) return std::nullopt;
        int now = ++live;
        if (peak && now > *peak) *peak = now;
        return i++;
      },
      [](int x) {
        // Uneven work so that later items often finish first.
        if (x % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
        return std::to_string(x * x);
      },
      [&](std::string&& s) {
        --live;
        out.push_back(std::move(s));
      });
  return out;
}

TEST(RunOrdered, SameOutputInInputOrderForAnyThreadCount) {
  auto one = Squares(1, 500);
  ASSERT_EQ(one.size(), 500u);
  EXPECT_EQ(one[12], "144");
  EXPECT_EQ(Squares(2, 500), one);
  EXPECT_EQ(Squares(4, 500), one);
}

TEST(RunOrdered, BoundsItemsInFlight) {
  std::atomic<int> peak{0};
  Squares(4, 300, &peak);
  EXPECT_LE(peak.load(), 4);
  EXPECT_GE(peak.load(), 1);
}

TEST(RunOrdered, EmptyInput) {
  EXPECT_TRUE(Squares(1, 0).empty());
  EXPECT_TRUE(Squares(3, 0).empty());
}

}  // namespace
}  // namespace dyad
