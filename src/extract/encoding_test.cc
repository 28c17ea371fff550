// Charset sniffing and conversion: declarations found where pages put them, and bytes
// decoded the way browsers decode them.
#include "extract/encoding.h"

#include <gtest/gtest.h>

namespace dyad::extract {
namespace {

TEST(SniffCharsetTest, FindsDeclarations) {
  struct Case {
    std::string_view page, content_type, want;
  };
  const Case cases[] = {
      {"\xEF\xBB\xBF<html>", "", "utf-8"},
      {"\xFF\xFE<\0h\0", "", "utf-16le"},
      {"\xFE\xFF\0<\0h", "", "utf-16be"},
      {"<html><head><meta charset=\"windows-1252\">", "", "windows-1252"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "", "iso-8859-1"},
      {"<META CHARSET=Shift_JIS>", "", "shift_jis"},
      {"<meta name=\"description\" content=\"x\"><p>charset=koi8-r in text</p>", "", ""},
      {"<html>", "text/html; charset=EUC-KR", "euc-kr"},
      {"\xEF\xBB\xBF<meta charset=latin1>", "text/html; charset=koi8-r", "utf-8"},
      {"<p>nothing declared</p>", "", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SniffCharset(c.page, c.content_type), c.want) << c.page;
  }
}

TEST(DecodeToUtf8Test, Converts) {
  struct Case {
    std::string_view bytes, charset, want;
  };
  const Case cases[] = {
      {"caf\xC3\xA9", "", "caf\xC3\xA9"},                  // undeclared, valid UTF-8
      {"caf\xE9 \x93quoted\x94", "", "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D"},  // not UTF-8
      {"\x93x\x94", "iso-8859-1", "\xE2\x80\x9Cx\xE2\x80\x9D"},  // latin-1 label means 1252
      {"\xEF\xBB\xBFhi", "utf-8", "hi"},                   // BOM dropped
      {std::string_view("\xFF\xFEh\0i\0", 6), "utf-16le", "hi"},
      {std::string_view("\xFE\xFF\0h\0i", 6), "utf-16be", "hi"},
      {"a\xFF" "b", "utf-8", "a\xEF\xBF\xBD" "b"},          // declared UTF-8, repaired
      {"\xE9t\xE9", "no-such-charset", "\xC3\xA9t\xC3\xA9"},  // unknown label: undeclared rule
      {"plain", "utf-16", "plain"},                        // a <meta> cannot declare UTF-16
      {"\xC1\xD2", "koi8-r", "\xD0\xB0\xD1\x80"},
  };
  for (const Case& c : cases) {
    Result<std::string> got = DecodeToUtf8(c.bytes, c.charset);
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    EXPECT_EQ(*got, c.want) << c.charset;
  }
}

TEST(CharsetFromContentTypeTest, ReadsParameter) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=\"UTF-8\""), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
}

}  // namespace
}  // namespace dyad::extract
