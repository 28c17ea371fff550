// Extract end to end on pages generated here: charsets, odd sizes, empty pages, plain
// text. Every case gives a result or a clear error, never a crash.
#include "extract/extract.h"

#include <gtest/gtest.h>

namespace dyad::extract {
namespace {

const std::string kBody =
    "<p>The minister arrived in Pyongyang on Wednesday, the agency said, to mark the "
    "anniversary of the armistice that ended the fighting in the peninsula.</p>"
    "<p>He met his counterpart, toured an exhibition, and watched a parade, officials said "
    "in a statement released in the evening.</p>";

Article Html(std::string raw) {
  Article a;
  a.content_type = ContentType::kHtml;
  a.raw = std::move(raw);
  return a;
}

TEST(ExtractTest, HtmlFillsTextAndMetadata) {
  Result<Article> a = Extract(Html(
      "<html lang=\"en-GB\"><head><title>Minister visits - Example News</title>"
      "<meta property=\"article:published_time\" content=\"2023-07-26T22:10:00+09:00\">"
      "<meta name=\"author\" content=\"Jane Roe\">"
      "<link rel=\"canonical\" href=\"https://example.com/news/minister-visits\"></head>"
      "<body><h1>Minister visits Pyongyang for anniversary</h1><article>" + kBody +
      "</article></body></html>"));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Minister visits Pyongyang for anniversary");
  EXPECT_EQ(a->byline, "Jane Roe");
  EXPECT_EQ(a->language, "en");
  EXPECT_EQ(a->url, "https://example.com/news/minister-visits");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToString(), "2023-07-26");
  EXPECT_NE(a->text.find("arrived in Pyongyang"), std::string::npos);
  EXPECT_NE(a->text.find("\n\nHe met"), std::string::npos);
}

TEST(ExtractTest, ReaderValuesKeptExceptLaterDate) {
  Article in = Html("<html><head><meta name=\"date\" content=\"2023-07-20\"><title>Page title here"
                    "</title></head><body>" + kBody + "</body></html>");
  in.title = "Given title";
  in.published = Date{2023, 7, 27};  // e.g. a crawl date
  Result<Article> a = Extract(in);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Given title");
  EXPECT_EQ(a->published->ToString(), "2023-07-20");
}

TEST(ExtractTest, Windows1252Page) {
  Result<Article> a = Extract(Html(
      "<html><head><meta charset=\"windows-1252\"></head><body><p>The caf\xE9 owner said "
      "\x93we are open\x94 on Monday, despite the strike that closed most shops in town.</p>"
      "</body></html>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("caf\xC3\xA9 owner said \xE2\x80\x9Cwe are open\xE2\x80\x9D"), std::string::npos)
      << a->text;
}

TEST(ExtractTest, Utf16PageWithBom) {
  std::string ascii = "<html><body>" + kBody + "</body></html>";
  std::string utf16 = "\xFF\xFE";
  for (char c : ascii) {
    utf16 += c;
    utf16 += '\0';
  }
  Result<Article> a = Extract(Html(utf16));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_NE(a->text.find("arrived in Pyongyang"), std::string::npos) << a->text;
}

TEST(ExtractTest, PageWithNoText) {
  for (const std::string& page : std::vector<std::string>{"", "<html></html>", "<html><body><img src=x></body></html>",
                           std::string("\0\0\0", 3), "<<<>>>", "<!DOCTYPE html>"}) {
    Result<Article> a = Extract(Html(page));
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->text, "");
  }
}

TEST(ExtractTest, HundredMegabytePage) {
  std::string page = "<html><body><article>" + kBody;
  std::string filler = "<p>";
  while (filler.size() < 8000) filler += "Filler sentence with some words, commas, and a full stop. ";
  filler += "</p>\n";
  page.reserve(size_t{100} << 20);
  while (page.size() < (size_t{100} << 20)) page += filler;
  page += "</article></body></html>";
  Result<Article> a = Extract(Html(std::move(page)));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_NE(a->text.find("arrived in Pyongyang"), std::string::npos);
  EXPECT_GT(a->text.size(), size_t{50} << 20);
}

TEST(ExtractTest, OversizedPageIsAnError) {
  Article in = Html(std::string((size_t{256} << 20) + 1, 'a'));
  Result<Article> a = Extract(std::move(in));
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kResourceExhausted);
}

TEST(ExtractTest, HtmlInTextWhenRawEmpty) {
  Article in;
  in.content_type = ContentType::kHtml;
  in.text = "<html><body>" + kBody + "</body></html>";
  Result<Article> a = Extract(in);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->raw, in.text);
  EXPECT_EQ(a->text.find('<'), std::string::npos);
}

TEST(ExtractTest, PlainTextTrimmed) {
  Article in;
  in.text = "A paragraph long enough to count as prose, ending with a full stop.\nShow More\n";
  Result<Article> a = Extract(in);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, "A paragraph long enough to count as prose, ending with a full stop.\n");
}

TEST(ExtractTest, XmlUnchanged) {
  Article in;
  in.content_type = ContentType::kXml;
  in.text = "<Sentences/>";
  Result<Article> a = Extract(in);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, "<Sentences/>");
}

}  // namespace
}  // namespace dyad::extract
