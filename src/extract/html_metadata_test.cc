// Page metadata: each source of a headline, date, byline, language and URL, and the
// order in which they are trusted.
#include "extract/html_metadata.h"

#include <gtest/gtest.h>

#include "extract/html_tree.h"

namespace dyad::extract {
namespace {

PageMetadata Meta(const std::string& html, std::string_view url = {}) {
  Result<HtmlTree> tree = HtmlTree::Parse(html);
  EXPECT_TRUE(tree.ok());
  return ReadMetadata(tree->root(), url);
}

TEST(ReadMetadataTest, Titles) {
  struct Case {
    std::string html, want;
  };
  const Case cases[] = {
      {"<title>Talks stall in Geneva | Example News</title>", "Talks stall in Geneva"},
      {"<title>Example News - Talks stall in Geneva</title>", "Talks stall in Geneva"},
      {"<title>Forbes.com: Lexus Readies Another Hybrid</title>", "Lexus Readies Another Hybrid"},
      {"<meta property=\"og:title\" content=\"Talks stall\"><title>Other</title>", "Talks stall"},
      {"<title>x</title><body><h1>Ceasefire holds for a third day</h1>", "Ceasefire holds for a third day"},
      {"<title>Site</title><body><h1>Logo</h1><h2>Talks stall</h2>", "Site"},
      {"<title>Talks stall - Site</title><body><h1>Site</h1><h2>Talks stall</h2>", "Talks stall"},
      {"<body><p>no title at all</p>", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Meta(c.html).title, c.want) << c.html;
}

TEST(ReadMetadataTest, Dates) {
  struct Case {
    std::string html, url, want;
  };
  const Case cases[] = {
      {"<meta property=\"article:published_time\" content=\"2019-11-18T10:00:00Z\">", "", "2019-11-18"},
      {"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\": "
       "\"2019-11-17T10:00:00Z\"}</script>", "", "2019-11-17"},
      {"<body><span itemprop=\"datePublished\" content=\"2019-11-16\">Nov 16</span>", "", "2019-11-16"},
      {"<meta name=\"date\" content=\"2019-11-15\"><body><time datetime=\"2019-01-01\">", "", "2019-11-15"},
      {"<body><time datetime=\"2019-11-14T08:00\">yesterday</time>", "", "2019-11-14"},
      {"<link rel=\"canonical\" href=\"https://e.com/2019/11/13/story\">", "", "2019-11-13"},
      {"<p>nothing</p>", "https://e.com/2019/11/12/story", "2019-11-12"},
      // Metadata in UTC a day after the URL's local day: the URL's day wins.
      {"<meta property=\"article:published_time\" content=\"2019-11-19T02:00:00Z\">",
       "https://e.com/2019/11/18/story", "2019-11-18"},
      // Far apart: the stated date wins.
      {"<meta property=\"article:published_time\" content=\"2019-12-19T02:00:00Z\">",
       "https://e.com/2019/11/18/story", "2019-12-19"},
      {"<p>nothing</p>", "", ""},
  };
  for (const Case& c : cases) {
    PageMetadata m = Meta(c.html, c.url);
    EXPECT_EQ(m.published ? m.published->ToString() : "", c.want) << c.html;
  }
}

TEST(ReadMetadataTest, BylineLanguageUrl) {
  PageMetadata m = Meta(
      "<html lang=\"pt-BR\"><head><meta name=\"author\" content=\"By Ana Silva\">"
      "<meta property=\"og:url\" content=\"https://e.com/a\"></head></html>");
  EXPECT_EQ(m.byline, "Ana Silva");
  EXPECT_EQ(m.language, "pt");
  EXPECT_EQ(m.canonical_url, "https://e.com/a");

  m = Meta("<head><meta name=\"author\" content=\"https://facebook.com/x\"><script "
           "type=\"application/ld+json\">{\"author\":{\"@type\":\"Person\",\"name\":\"Li Wei\"}}"
           "</script><meta property=\"og:locale\" content=\"ko_KR\"></head>");
  EXPECT_EQ(m.byline, "Li Wei");
  EXPECT_EQ(m.language, "ko");
  EXPECT_EQ(m.canonical_url, "");

  m = Meta("<body><span rel=\"author\">By Bryan Doe @bdoe Nov 18, 2019 at 9:24 pm ET \xE2\x80\xA2 2 min "
           "read</span>");
  EXPECT_EQ(m.byline, "Bryan Doe");
}

}  // namespace
}  // namespace dyad::extract
