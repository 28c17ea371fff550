#include "util/utf8.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Utf8, ValidatesAndLocatesErrors) {
  EXPECT_TRUE(IsValidUtf8("Kim Jong Un \xE2\x80\x9CVictory Day\xE2\x80\x9D"));
  EXPECT_FALSE(IsValidUtf8("ab\xC3"));
  EXPECT_EQ(FirstInvalidUtf8("ab\xC3"), 2u);
  EXPECT_EQ(FirstInvalidUtf8("ab\xED\xA0\x80z"), 2u);  // a surrogate
  EXPECT_EQ(FirstInvalidUtf8("ab\xC0\xAF"), 2u);       // an overlong slash
  EXPECT_EQ(FirstInvalidUtf8("abc"), 3u);
}

TEST(Utf8, RepairReplacesEachBadByte) {
  EXPECT_EQ(RepairUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(RepairUtf8("ok"), "ok");
}

TEST(Utf8, DecodeAndEncodeRoundTrip) {
  for (char32_t cp : {U'a', U'\u00e9', U'\u2019', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(cp, &s);
    size_t i = 0;
    EXPECT_EQ(DecodeUtf8(s, &i), cp);
    EXPECT_EQ(i, s.size());
  }
}

}  // namespace
}  // namespace dyad
