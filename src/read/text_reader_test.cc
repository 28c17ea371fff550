// Plain-text reader: headline rule, byte-identical text, empty files, bad UTF-8, size
// limit, and the same input gzip- and zstd-compressed.
#include "read/text_reader.h"

#include <gtest/gtest.h>

#include "read/read_testing.h"

namespace dyad::read {
namespace {

using testing::Drained;
using testing::ReadMemory;

std::unique_ptr<RecordReader> Open(std::unique_ptr<InputStream> in, std::string file) {
  return OpenText(std::move(in), std::move(file));
}

TEST(TextHeadline, Table) {
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"Ministers meet in Oslo\n\nThe foreign ministers met.", "Ministers meet in Oslo"},
      {"Ministers meet in Oslo\r\n\r\nBody.", "Ministers meet in Oslo"},
      {"  Padded headline  \n \t \nBody.", "Padded headline"},
      {"No blank line follows\nBody.", ""},
      {"One line only", ""},
      {"One line then newline\n", ""},
      {"\n\nBody after blank lines.", ""},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(TextHeadline(c.text), c.want) << c.text;
  std::string long_line(301, 'x');
  EXPECT_EQ(TextHeadline(long_line + "\n\nBody."), "");
  EXPECT_EQ(TextHeadline(long_line.substr(1) + "\n\nBody."), long_line.substr(1));
}

TEST(TextReader, TextIsTheWholeFileInEveryCompression) {
  const std::string file = "Leaders sign accord\n\nThe two leaders signed an accord on Tuesday.\n";
  struct Case {
    const char* name;
    std::string bytes;
  } cases[] = {
      {"accord.txt", file},
      {"accord.txt.gz", testing::Gzip(file)},
      {"accord.txt.zst", testing::Zstd(file)},
  };
  for (const Case& c : cases) {
    Drained d = ReadMemory(c.bytes, std::string("in/") + c.name, Open);
    ASSERT_EQ(d.articles.size(), 1u) << c.name;
    EXPECT_TRUE(d.errors.empty()) << c.name;
    const Article& a = d.articles[0];
    EXPECT_EQ(a.id, "accord.txt") << c.name;
    EXPECT_EQ(a.title, "Leaders sign accord") << c.name;
    EXPECT_EQ(a.text, file) << c.name;
    EXPECT_EQ(a.origin, std::string("in/") + c.name);
    EXPECT_EQ(a.content_type, ContentType::kText);
    EXPECT_FALSE(a.published.has_value());
  }
}

TEST(TextReader, EmptyFilesYieldNoArticle) {
  for (std::string bytes : {std::string(), std::string(" \n\t\r\n"), testing::Gzip("")}) {
    auto reader = OpenText(OpenMemory(bytes), "empty.txt");
    Drained d = testing::Drain(*reader, "empty.txt");
    EXPECT_TRUE(d.articles.empty());
    EXPECT_TRUE(d.errors.empty());
    ASSERT_EQ(reader->Skipped().size(), 1u);
    EXPECT_EQ(reader->Skipped()[0].first, "empty file");
    EXPECT_EQ(reader->Skipped()[0].second, 1u);
  }
}

TEST(TextReader, InvalidUtf8IsRepairedAndReported) {
  std::string bytes = "Caf\xE9 talks\n\nBody \xFF\xFE end.";
  Drained d = ReadMemory(bytes, "bad.txt", Open);
  ASSERT_EQ(d.articles.size(), 1u);
  EXPECT_EQ(d.articles[0].text, "Caf\xEF\xBF\xBD talks\n\nBody \xEF\xBF\xBD\xEF\xBF\xBD end.");
  EXPECT_EQ(d.articles[0].title, "Caf\xEF\xBF\xBD talks");
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].file, "bad.txt");
  EXPECT_EQ(d.errors[0].status.code(), StatusCode::kDataLoss);
  EXPECT_NE(d.errors[0].status.message().find("byte 3 of the file"), std::string::npos)
      << d.errors[0].ToString();
}

TEST(TextReader, FileOverTheLimitIsRefused) {
  std::string bytes(5000, 'a');
  auto reader = OpenText(OpenMemory(bytes), "big.txt", TextOptions{.max_bytes = 4096});
  Drained d = testing::Drain(*reader, "big.txt");
  EXPECT_TRUE(d.articles.empty());
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].status.code(), StatusCode::kResourceExhausted);
  EXPECT_TRUE(reader->fatal());
}

TEST(TextReader, TruncatedGzipIsAnError) {
  std::string gz = testing::Gzip("Headline\n\nA body that will be cut short by truncation.\n");
  gz.resize(gz.size() / 2);
  Drained d = ReadMemory(gz, "cut.txt.gz", Open);
  EXPECT_TRUE(d.articles.empty());
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].status.code(), StatusCode::kDataLoss);
  EXPECT_NE(d.errors[0].ToString().find("truncated gzip"), std::string::npos) << d.errors[0].ToString();
}

}  // namespace
}  // namespace dyad::read
