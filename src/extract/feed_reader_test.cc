// RSS and Atom feeds: fields of each item, content kinds, skipped items, bad feeds.
#include "extract/feed_reader.h"

#include <gtest/gtest.h>

#include "extract/extract.h"

namespace dyad::extract {
namespace {

std::vector<Article> ReadFeed(const std::string& xml, std::unique_ptr<read::RecordReader>* keep = nullptr) {
  auto reader = OpenFeed(OpenMemory(xml), "feed.xml");
  std::vector<Article> out;
  for (;;) {
    Article a;
    Result<bool> more = reader->Next(&a);
    EXPECT_TRUE(more.ok()) << more.status().ToString();
    if (!more.ok() || !*more) break;
    out.push_back(std::move(a));
  }
  if (keep != nullptr) *keep = std::move(reader);
  return out;
}

TEST(FeedReaderTest, Rss) {
  std::unique_ptr<read::RecordReader> reader;
  auto items = ReadFeed(
      "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>News</title>"
      "<item><title>Talks stall</title><link>https://e.com/1</link><guid>e-1</guid>"
      "<pubDate>Thu, 27 Jul 2023 09:00:00 GMT</pubDate><dc:creator>Jane Roe</dc:creator>"
      "<description>&lt;p&gt;Short.&lt;/p&gt;</description>"
      "<content:encoded><![CDATA[<p>The talks stalled on Thursday, officials said, after "
      "both sides left the room.</p>]]></content:encoded></item>"
      "<item><link>https://e.com/empty</link></item>"
      "<item><title>Second</title><description>Plain summary, no tags.</description></item>"
      "</channel></rss>",
      &reader);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].id, "e-1");
  EXPECT_EQ(items[0].title, "Talks stall");
  EXPECT_EQ(items[0].url, "https://e.com/1");
  EXPECT_EQ(items[0].byline, "Jane Roe");
  EXPECT_EQ(items[0].published->ToString(), "2023-07-27");
  EXPECT_EQ(items[0].content_type, ContentType::kHtml);
  Result<Article> x = Extract(items[0]);
  ASSERT_TRUE(x.ok());
  EXPECT_EQ(x->text, "The talks stalled on Thursday, officials said, after both sides left the room.");
  EXPECT_EQ(items[1].id, "feed.xml:3");
  auto skipped = reader->Skipped();
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_EQ(skipped[0].second, 1u);
}

TEST(FeedReaderTest, Atom) {
  auto items = ReadFeed(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>News</title>"
      "<entry><id>urn:e:1</id><title>One</title><link rel=\"alternate\" href=\"https://e.com/1\"/>"
      "<published>2023-07-27T09:00:00Z</published><author><name>Li Wei</name></author>"
      "<content type=\"html\">&lt;p&gt;Body of the first entry, with enough words.&lt;/p&gt;</content></entry>"
      "<entry><id>urn:e:2</id><title>Two</title><updated>2023-07-28T09:00:00Z</updated>"
      "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>XHTML body.</p></div></content></entry>"
      "<entry><id>urn:e:3</id><title>Three</title><summary>Plain text summary.</summary></entry>"
      "</feed>");
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].url, "https://e.com/1");
  EXPECT_EQ(items[0].byline, "Li Wei");
  EXPECT_EQ(items[0].published->ToString(), "2023-07-27");
  EXPECT_NE(items[0].raw.find("<p>Body"), std::string::npos);
  EXPECT_NE(items[1].raw.find("XHTML body."), std::string::npos);
  EXPECT_EQ(items[1].published->ToString(), "2023-07-28");
  EXPECT_EQ(items[2].content_type, ContentType::kText);
  EXPECT_EQ(items[2].text, "Plain text summary.");
}

TEST(FeedReaderTest, UnreadableFeedIsOneFatalError) {
  auto reader = OpenFeed(OpenMemory(""), "bad.xml");
  Article a;
  Result<bool> r = reader->Next(&a);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(reader->fatal());
  Result<bool> again = reader->Next(&a);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(*again);
}

TEST(FeedReaderTest, ExternalEntitiesNotLoaded) {
  auto items = ReadFeed(
      "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
      "<rss><channel><item><title>T &x;</title><description>d</description></item></channel></rss>");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].title.find("root:"), std::string::npos);
}

TEST(SniffFeedTest, Roots) {
  EXPECT_TRUE(SniffRss("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"));
  EXPECT_TRUE(SniffRss("<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\">"));
  EXPECT_FALSE(SniffRss("<html><body>"));
  EXPECT_TRUE(SniffAtom("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
  EXPECT_FALSE(SniffAtom("<feed>"));
}

}  // namespace
}  // namespace dyad::extract
