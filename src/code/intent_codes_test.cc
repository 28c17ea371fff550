#include "code/intent_codes.h"

#include <gtest/gtest.h>

#include "dict/testing.h"

namespace dyad::code {
namespace {

TEST(IntentCodes, IntentIsTheActsCategoryUnderIntend) {
  const IntentCodes got = ReadIntentCodes(
      "# comment\n030:0x3000#Intend\n031:0x3070\n0352:0x320C\n0353:0x320D\n"
      "060:0x0070#MaterialCoop\n0841:0x020C\n084:0x0250\n042:0xB002\n"
      "121:-0xFFFF+0x0070\n110:0x1007f#0xFFFF+0x0080\nbad line\n");
  const IntentCodes want = {{"060", "031"}, {"0841", "0352"}};
  EXPECT_EQ(got, want);  // 084 (0x3250) and 042 (not an act itself) have none; sums skipped
}

TEST(IntentCodes, UniversalPetrarchFile) {
  const std::string rel = "data/petrarch/universal-petrarch/dictionaries/PETR.Internal.Coding.Ontology.txt";
  if (!dict::testing::HaveShared(rel)) GTEST_SKIP() << "needs ../shared/" << rel;
  const IntentCodes codes = ReadIntentCodes(dict::testing::ReadShared(rel));
  EXPECT_EQ(codes.at("0841"), "0352");
  EXPECT_EQ(codes.at("061"), "0311");
  EXPECT_EQ(codes.at("085"), "0354");
  EXPECT_FALSE(codes.contains("042"));
}

}  // namespace
}  // namespace dyad::code
