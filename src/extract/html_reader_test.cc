// Saved pages as input files: sniffing and the one article they hold.
#include "extract/html_reader.h"

#include <gtest/gtest.h>

namespace dyad::extract {
namespace {

TEST(SniffHtmlTest, Heads) {
  struct Case {
    std::string_view head;
    bool want;
  };
  const Case cases[] = {
      {"<!DOCTYPE html><html>", true},
      {"\n  <HTML lang=en>", true},
      {"<!-- saved page --><html>", true},
      {"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
      {"\xEF\xBB\xBF<html>", true},
      {std::string_view("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14), true},
      {"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><description><html>", false},
      {"{\"id\": \"a\", \"html\": \"<html>\"}", false},
      {"Plain text with <html> mentioned.", false},
      {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(SniffHtml(c.head), c.want) << c.head;
}

TEST(HtmlReaderTest, OneArticlePerFile) {
  auto reader = OpenHtml(OpenMemory("<html><body><p>x</p></body></html>"), "in/page.html.gz");
  Article a;
  Result<bool> r = reader->Next(&a);
  ASSERT_TRUE(r.ok() && *r);
  EXPECT_EQ(a.id, "page.html");
  EXPECT_EQ(a.content_type, ContentType::kHtml);
  EXPECT_EQ(a.raw, "<html><body><p>x</p></body></html>");
  r = reader->Next(&a);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(*r);
}

TEST(HtmlReaderTest, EmptyFileSkipped) {
  auto reader = OpenHtml(OpenMemory("  \n"), "e.html");
  Article a;
  Result<bool> r = reader->Next(&a);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(*r);
  ASSERT_EQ(reader->Skipped().size(), 1u);
}

}  // namespace
}  // namespace dyad::extract
