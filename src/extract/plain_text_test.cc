// Edge boilerplate of scraped text: what goes, what stays, and that offsets survive.
#include "extract/plain_text.h"

#include <gtest/gtest.h>

namespace dyad::extract {
namespace {

constexpr std::string_view kPara1 =
    "Russia's defence minister arrived in Pyongyang on Wednesday for the anniversary.";
constexpr std::string_view kPara2 =
    "He laid flowers at monuments to former leaders, state media reported on Thursday.";

std::string Join(std::initializer_list<std::string_view> lines) {
  std::string out;
  for (std::string_view l : lines) {
    out += l;
    out += '\n';
  }
  return out;
}

TEST(TrimBoilerplateLinesTest, Cases) {
  struct Case {
    std::string name, input, want;
  };
  const std::string body = Join({"Headline of the story", "", kPara1, "", "Shoigu lays flowers", "", kPara2});
  const Case cases[] = {
      {"clean text unchanged", body, body},
      {"trailing labels cut", body + "\nShow More\n\nRelated Articles\nBack to top button\n", body},
      {"trailing sentence-less line cut", body + "%d bloggers like this:\n", body},
      {"leading menu blanked", Join({"Home", "World", "Headline of the story", "", kPara1}),
       Join({"    ", "     ", "Headline of the story", "", kPara1})},
      {"short headline kept", Join({"Talks stall", "", kPara1}), Join({"Talks stall", "", kPara1})},
      {"no prose: unchanged", "Home\nMenu\n", "Home\nMenu\n"},
      {"no final newline", std::string(kPara1) + "\nShare", std::string(kPara1) + "\n"},
      {"empty", "", ""},
  };
  for (const Case& c : cases) {
    std::string got = TrimBoilerplateLines(c.input);
    EXPECT_EQ(got, c.want) << c.name;
    // Offsets hold: the result is a prefix of the input up to blanked bytes.
    ASSERT_LE(got.size(), c.input.size()) << c.name;
    for (size_t i = 0; i < got.size(); ++i) {
      if (got[i] != ' ') ASSERT_EQ(got[i], c.input[i]) << c.name << " at " << i;
    }
  }
}

TEST(IsProseLineTest, Shapes) {
  EXPECT_TRUE(IsProseLine(kPara1));
  EXPECT_FALSE(IsProseLine("Related Articles"));
  EXPECT_FALSE(IsProseLine("Back to top button"));
  EXPECT_FALSE(IsProseLine("Shoigu lays flowers"));
  EXPECT_FALSE(IsProseLine("%d bloggers like this:"));
}

}  // namespace
}  // namespace dyad::extract
