// WARC archives built in the test: plain and per-record gzip, skipped record kinds,
// HTTP transfer details, and truncation at every byte of the last record.
#include "extract/warc_reader.h"

#include <zlib.h>

#include <gtest/gtest.h>

namespace dyad::extract {
namespace {

std::string Record(std::string_view type, std::string_view block, std::string_view uri = "https://e.com/a",
                   std::string_view content_type = "application/http; msgtype=response") {
  std::string r = "WARC/1.1\r\nWARC-Type: " + std::string(type) +
                  "\r\nWARC-Record-ID: <urn:uuid:0000-" + std::string(type) + ">\r\n"
                  "WARC-Date: 2023-07-28T10:00:00Z\r\nWARC-Target-URI: " + std::string(uri) +
                  "\r\nContent-Type: " + std::string(content_type) +
                  "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return r + std::string(block) + "\r\n\r\n";
}

std::string Http(std::string_view body, std::string_view type = "text/html; charset=utf-8",
                 std::string_view extra = "", std::string_view status = "200 OK") {
  return "HTTP/1.1 " + std::string(status) + "\r\nContent-Type: " + std::string(type) + "\r\n" +
         std::string(extra) + "\r\n" + std::string(body);
}

std::string Gzip(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

struct Drained {
  std::vector<Article> articles;
  std::vector<Status> errors;
  std::vector<std::string> records;  // record() at each error
  std::vector<std::pair<std::string, uint64_t>> skipped;
};

Drained Drain(const std::string& bytes) {
  auto reader = OpenWarc(OpenMemory(bytes), "test.warc");
  Drained d;
  for (int guard = 0; guard < 1000; ++guard) {
    Article a;
    Result<bool> more = reader->Next(&a);
    if (!more.ok()) {
      d.errors.push_back(more.status());
      d.records.push_back(reader->record());
      if (reader->fatal()) break;
      continue;
    }
    if (!*more) break;
    d.articles.push_back(std::move(a));
  }
  d.skipped = reader->Skipped();
  return d;
}

const std::string kPage = "<html><body><p>Hello from the archive.</p></body></html>";

TEST(WarcReaderTest, ResponsesBecomeArticlesOthersAreCounted) {
  std::string warc = Record("warcinfo", "software: test\r\n", "", "application/warc-fields") +
                     Record("request", "GET /a HTTP/1.1\r\n\r\n") + Record("response", Http(kPage)) +
                     Record("response", Http("{}", "application/json")) +
                     Record("response", Http(kPage, "text/html", "", "404 Not Found")) +
                     Record("metadata", "x: y\r\n", "https://e.com/a", "application/warc-fields");
  Drained d = Drain(warc);
  ASSERT_TRUE(d.errors.empty()) << d.errors[0].ToString();
  ASSERT_EQ(d.articles.size(), 1u);
  const Article& a = d.articles[0];
  EXPECT_EQ(a.id, "0000-response");
  EXPECT_EQ(a.url, "https://e.com/a");
  EXPECT_EQ(a.published->ToString(), "2023-07-28");
  EXPECT_EQ(a.content_type, ContentType::kHtml);
  EXPECT_EQ(a.origin, "test.warc:3");
  EXPECT_NE(a.raw.find("Hello from the archive."), std::string::npos);
  EXPECT_EQ(a.raw.find("HTTP/1.1"), std::string::npos);
  std::map<std::string, uint64_t> skipped(d.skipped.begin(), d.skipped.end());
  EXPECT_EQ(skipped["warcinfo records"], 1u);
  EXPECT_EQ(skipped["request records"], 1u);
  EXPECT_EQ(skipped["metadata records"], 1u);
  EXPECT_EQ(skipped["responses that are not HTML"], 1u);
  EXPECT_EQ(skipped["responses with HTTP status 404"], 1u);
}

TEST(WarcReaderTest, GzipMembersChunkedAndEncodedBodies) {
  std::string chunked = "1a\r\n" + kPage.substr(0, 26) + "\r\n" +
                        [] { char b[16]; std::snprintf(b, sizeof b, "%zx", kPage.size() - 26); return std::string(b); }() +
                        "\r\n" + kPage.substr(26) + "\r\n0\r\n\r\n";
  std::string warc = Gzip(Record("response", Http(chunked, "text/html", "Transfer-Encoding: chunked\r\n"))) +
                     Gzip(Record("response", Http(Gzip(kPage), "text/html", "Content-Encoding: gzip\r\n"))) +
                     Gzip(Record("resource", kPage, "https://e.com/b", "text/html"));
  Drained d = Drain(warc);
  ASSERT_TRUE(d.errors.empty()) << d.errors[0].ToString();
  ASSERT_EQ(d.articles.size(), 3u);
  for (const Article& a : d.articles) EXPECT_EQ(a.raw, kPage);
}

TEST(WarcReaderTest, HttpCharsetCarriedToPage) {
  Drained d = Drain(Record("response", Http("<p>caf\xE9</p>", "text/html; charset=ISO-8859-1")));
  ASSERT_EQ(d.articles.size(), 1u);
  EXPECT_EQ(d.articles[0].raw, "<meta charset=\"ISO-8859-1\"><p>caf\xE9</p>");
}

TEST(WarcReaderTest, TruncatedArchiveKeepsGoodRecordsThenErrors) {
  std::string good = Record("response", Http(kPage));
  std::string last = Record("response", Http(kPage, "text/html"), "https://e.com/last");
  // Cut the last record at every byte inside its headers and block.
  for (size_t cut = 1; cut + 4 < last.size(); cut += 7) {
    Drained d = Drain(good + last.substr(0, cut));
    ASSERT_EQ(d.articles.size(), 1u) << cut;
    ASSERT_EQ(d.errors.size(), 1u) << cut;
    EXPECT_EQ(d.errors[0].code(), StatusCode::kDataLoss);
    EXPECT_EQ(d.records[0], "2") << d.errors[0].message();
  }
  // A gzip member cut short is a clear error too.
  std::string gz = Gzip(good) + Gzip(last);
  Drained d = Drain(gz.substr(0, Gzip(good).size() + Gzip(last).size() / 2));
  EXPECT_EQ(d.articles.size(), 1u);
  ASSERT_FALSE(d.errors.empty());
}

TEST(WarcReaderTest, NotWarcIsFatal) {
  Drained d = Drain("hello world\n");
  EXPECT_TRUE(d.articles.empty());
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_NE(d.errors[0].message().find("not a WARC record"), std::string::npos);
}

TEST(WarcReaderTest, OversizedRecordSkippedWithError) {
  const std::string warc = Record("response", Http(kPage)) + Record("response", Http(kPage));
  auto reader = OpenWarc(OpenMemory(warc), "t.warc", WarcOptions{.max_record_bytes = 10});
  Article a;
  Result<bool> r = reader->Next(&a);
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(reader->fatal()) << r.status().ToString();
  r = reader->Next(&a);  // the next record is read (and is over the limit too)
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(reader->record(), "2");
}

TEST(SniffWarcTest, VersionLine) {
  EXPECT_TRUE(SniffWarc("WARC/1.0\r\n"));
  EXPECT_TRUE(SniffWarc("\r\nWARC/1.1\r\n"));
  EXPECT_FALSE(SniffWarc("<html>"));
}

}  // namespace
}  // namespace dyad::extract
