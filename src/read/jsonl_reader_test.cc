// JSON Lines reader: fields, defaults, every kind of bad line, compression, a 50 MB
// line, and the allsides sample from ../shared.
#include "read/jsonl_reader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "read/read_testing.h"

namespace dyad::read {
namespace {

using testing::Drained;
using testing::ReadMemory;

std::unique_ptr<RecordReader> Open(std::unique_ptr<InputStream> in, std::string file) {
  return OpenJsonl(std::move(in), std::move(file));
}

TEST(JsonlReader, FieldsOneLineEach) {
  struct Case {
    std::string line;
    std::string id, title, text, raw, url, source, byline, date;
    ContentType type;
  } cases[] = {
      {R"({"id":"a1","text":"Body.","title":"T","url":"https://x.org/a","source":"Wire","date":"2025-03-04"})",
       "a1", "T", "Body.", "", "https://x.org/a", "Wire", "", "2025-03-04", ContentType::kText},
      {R"({"text":"No id."})", "feed.jsonl:1", "", "No id.", "", "", "", "", "", ContentType::kText},
      {R"({"id":42,"text":"Numeric id.","date":20240105})", "42", "", "Numeric id.", "", "", "", "", "2024-01-05",
       ContentType::kText},
      {R"({"id":"h","html":"<p>Page</p>"})", "h", "", "", "<p>Page</p>", "", "", "", "", ContentType::kHtml},
      {R"({"id":"b","text":"T.","html":"<p>T.</p>"})", "b", "", "T.", "<p>T.</p>", "", "", "", "",
       ContentType::kText},
      {R"({"id":"c","text":"A\nB \u00e9 \"q\"","authors":["Ann Lee","","Bo Chen"]})", "c", "", "A\nB \xC3\xA9 \"q\"",
       "", "", "", "Ann Lee, Bo Chen", "", ContentType::kText},
      {R"({"id":"d","text":"x","author":"Ann Lee","title":null,"extra":{"deep":[1,2,{"k":3}]}})", "d", "", "x", "",
       "", "", "Ann Lee", "", ContentType::kText},
      {R"(  {"id":"e","text":"padded","published":"2023-07-27T09:30:00Z"}  )", "e", "", "padded", "", "", "", "",
       "2023-07-27", ContentType::kText},
  };
  for (const Case& c : cases) {
    Drained d = ReadMemory(c.line + "\n", "in/feed.jsonl", Open);
    ASSERT_EQ(d.articles.size(), 1u) << c.line;
    EXPECT_TRUE(d.errors.empty()) << c.line << " " << d.ErrorStrings()[0];
    const Article& a = d.articles[0];
    EXPECT_EQ(a.id, c.id) << c.line;
    EXPECT_EQ(a.title, c.title) << c.line;
    EXPECT_EQ(a.text, c.text) << c.line;
    EXPECT_EQ(a.raw, c.raw) << c.line;
    EXPECT_EQ(a.url, c.url) << c.line;
    EXPECT_EQ(a.source, c.source) << c.line;
    EXPECT_EQ(a.byline, c.byline) << c.line;
    EXPECT_EQ(a.published ? a.published->ToString() : "", c.date) << c.line;
    EXPECT_EQ(a.content_type, c.type) << c.line;
    EXPECT_EQ(a.origin, "in/feed.jsonl:1");
  }
}

// Each bad line is reported with its line number and the lines around it still read.
TEST(JsonlReader, BadLinesAreReportedAndSkipped) {
  struct Case {
    std::string line;
    StatusCode code;
    std::string message_part;
  } cases[] = {
      {R"({"id":"x","text":"unterminated)", StatusCode::kDataLoss, "invalid JSON"},
      {R"({"id":"x" "text":"no colon"})", StatusCode::kDataLoss, "invalid JSON"},
      {R"({"id":"x","text":"t"} trailing)", StatusCode::kDataLoss, "invalid JSON"},
      {R"({"id":"x","text":"t"} {})", StatusCode::kDataLoss, "invalid JSON"},
      {R"(["not","an","object"])", StatusCode::kInvalidArgument, "not a JSON object"},
      {R"("just a string")", StatusCode::kInvalidArgument, "not a JSON object"},
      {R"({"id":"x","title":"no text"})", StatusCode::kInvalidArgument, "neither \"text\" nor \"html\""},
      {R"({"id":"x","text":17})", StatusCode::kInvalidArgument, "field \"text\" is not a string"},
      {R"({"id":"x","html":["a"]})", StatusCode::kInvalidArgument, "field \"html\" is not a string"},
  };
  for (const Case& c : cases) {
    std::string input = "{\"id\":\"before\",\"text\":\"B\"}\n\n" + c.line + "\n{\"id\":\"after\",\"text\":\"A\"}\n";
    Drained d = ReadMemory(input, "f.jsonl", Open);
    ASSERT_EQ(d.articles.size(), 2u) << c.line;
    EXPECT_EQ(d.articles[0].id, "before");
    EXPECT_EQ(d.articles[1].id, "after");
    EXPECT_EQ(d.articles[1].origin, "f.jsonl:4");
    ASSERT_EQ(d.errors.size(), 1u) << c.line;
    EXPECT_EQ(d.errors[0].record, "3");
    EXPECT_EQ(d.errors[0].status.code(), c.code) << d.errors[0].ToString();
    EXPECT_NE(d.errors[0].ToString().find(c.message_part), std::string::npos) << d.errors[0].ToString();
    EXPECT_EQ(d.errors[0].ToString().rfind("f.jsonl:3: ", 0), 0u) << d.errors[0].ToString();
  }
}

// Problems with metadata keep the article and are reported as warnings.
TEST(JsonlReader, MetadataProblemsAreWarnings) {
  struct Case {
    std::string line;
    std::string message_part;
  } cases[] = {
      {R"({"id":"w","text":"t","date":"last Tuesday"})", "unrecognised date \"last Tuesday\""},
      {R"({"id":"w","text":"t","date":"2023-02-29"})", "unrecognised date"},
      {R"({"id":"w","text":"t","title":5})", "field \"title\" is not a string"},
      {R"({"id":"w","text":"t","authors":[1,2]})", "an array of strings"},
      {"{\"id\":\"w\",\"text\":\"caf\xE9\"}", "invalid UTF-8 at byte 21 of the line"},
  };
  for (const Case& c : cases) {
    Drained d = ReadMemory(c.line, "m.jsonl", Open);
    ASSERT_EQ(d.articles.size(), 1u) << c.line;
    EXPECT_EQ(d.articles[0].id, "w");
    ASSERT_EQ(d.errors.size(), 1u) << c.line;
    EXPECT_EQ(d.errors[0].record, "1");
    EXPECT_NE(d.errors[0].ToString().find(c.message_part), std::string::npos) << d.errors[0].ToString();
  }
  Drained d = ReadMemory("{\"id\":\"u\",\"text\":\"caf\xE9 \xFF\"}\n", "u.jsonl", Open);
  ASSERT_EQ(d.articles.size(), 1u);
  EXPECT_EQ(d.articles[0].text, "caf\xEF\xBF\xBD \xEF\xBF\xBD");
}

TEST(JsonlReader, BlankLinesByteOrderMarkAndCrlf) {
  std::string input = "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}\r\n\r\n   \n{\"id\":\"b\",\"text\":\"y\"}";
  Drained d = ReadMemory(input, "b.jsonl", Open);
  ASSERT_EQ(d.articles.size(), 2u);
  EXPECT_TRUE(d.errors.empty());
  EXPECT_EQ(d.articles[1].origin, "b.jsonl:4");
  EXPECT_TRUE(ReadMemory("", "e.jsonl", Open).articles.empty());
  EXPECT_TRUE(ReadMemory("", "e.jsonl", Open).errors.empty());
}

TEST(JsonlReader, CompressedInputsReadTheSame) {
  std::string input;
  for (int i = 0; i < 500; ++i)
    input += "{\"id\":\"n" + std::to_string(i) + "\",\"text\":\"Sentence number " + std::to_string(i) + ".\"}\n";
  for (const std::string& bytes : {input, testing::Gzip(input), testing::Zstd(input)}) {
    Drained d = ReadMemory(bytes, "n.jsonl.gz", Open);
    ASSERT_EQ(d.articles.size(), 500u);
    EXPECT_TRUE(d.errors.empty());
    EXPECT_EQ(d.articles[499].id, "n499");
    EXPECT_EQ(d.articles[499].text, "Sentence number 499.");
  }
}

// The lines before the cut are kept; then one clear error ends the file.
TEST(JsonlReader, TruncatedCompressionKeepsEarlierRecords) {
  std::string input;
  for (int i = 0; i < 20000; ++i)
    input += "{\"id\":\"n" + std::to_string(i) + "\",\"text\":\"Line " + std::to_string(i * 7919 % 10007) + "\"}\n";
  struct Case {
    std::string bytes;
    const char* message;
  } cases[] = {{testing::Gzip(input), "truncated gzip stream"}, {testing::Zstd(input), "truncated zstd stream"}};
  for (Case& c : cases) {
    c.bytes.resize(c.bytes.size() * 3 / 4);
    auto reader = OpenJsonl(OpenMemory(c.bytes), "cut.jsonl");
    Drained d = testing::Drain(*reader, "cut.jsonl");
    EXPECT_GT(d.articles.size(), 1000u) << c.message;
    EXPECT_LT(d.articles.size(), 20000u) << c.message;
    for (size_t i = 0; i < d.articles.size(); ++i) ASSERT_EQ(d.articles[i].id, "n" + std::to_string(i));
    ASSERT_EQ(d.errors.size(), 1u) << c.message;
    EXPECT_TRUE(reader->fatal());
    EXPECT_EQ(d.errors[0].status.code(), StatusCode::kDataLoss);
    EXPECT_NE(d.errors[0].ToString().find(c.message), std::string::npos) << d.errors[0].ToString();
  }
}

// A user with one huge article wants it read, not dropped: the default limit is 256 MiB.
TEST(JsonlReader, FiftyMegabyteLineIsReadWhole) {
  std::string body(50u << 20, 'a');
  for (size_t i = 100; i < body.size(); i += 101) body[i] = ' ';
  std::string input = "{\"id\":\"big\",\"text\":\"" + body + "\"}\n{\"id\":\"next\",\"text\":\"n\"}\n";
  Drained d = ReadMemory(input, "big.jsonl", Open);
  ASSERT_EQ(d.articles.size(), 2u);
  EXPECT_TRUE(d.errors.empty());
  EXPECT_EQ(d.articles[0].text.size(), body.size());
  EXPECT_EQ(d.articles[0].text, body);
  EXPECT_EQ(d.articles[1].id, "next");
}

TEST(JsonlReader, LineOverTheLimitIsSkippedWithAClearMessage) {
  std::string input = "{\"id\":\"a\",\"text\":\"" + std::string(5000, 'x') + "\"}\n{\"id\":\"b\",\"text\":\"y\"}\n";
  auto reader = OpenJsonl(OpenMemory(input), "l.jsonl", JsonlOptions{.max_line_bytes = 1000});
  Drained d = testing::Drain(*reader, "l.jsonl");
  ASSERT_EQ(d.articles.size(), 1u);
  EXPECT_EQ(d.articles[0].id, "b");
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].ToString(),
            "l.jsonl:1: resource exhausted: line longer than the record limit of 1000 bytes; skipped");
}

TEST(JsonlReader, SniffTable) {
  struct Case {
    std::string head;
    bool want;
  } cases[] = {{"{\"id\":1}", true}, {"  \n\t{", true}, {"\xEF\xBB\xBF{", true}, {"[1,2]", false},
               {"<Sentences>", false}, {"", false}, {"   ", false}, {"950101 X\n", false}};
  for (const Case& c : cases) EXPECT_EQ(SniffJsonl(c.head), c.want) << c.head;
}

TEST(JsonlReader, AllsidesSample) {
  std::string path = testing::SharedPath("data/news/allsides/sample-200.jsonl");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "needs ../shared/data/news/allsides/sample-200.jsonl";
  auto in = OpenInput(path);
  ASSERT_TRUE(in.ok());
  auto reader = OpenJsonl(std::move(in).value(), path);
  Drained d = testing::Drain(*reader, path);
  EXPECT_EQ(d.articles.size(), 200u);
  EXPECT_TRUE(d.errors.empty()) << d.ErrorStrings()[0];
  size_t dated = 0;
  for (const Article& a : d.articles) {
    EXPECT_FALSE(a.id.empty());
    EXPECT_FALSE(a.text.empty()) << a.id;
    EXPECT_FALSE(a.source.empty()) << a.id;
    dated += a.published.has_value();
  }
  EXPECT_GT(dated, 150u);
}

}  // namespace
}  // namespace dyad::read
