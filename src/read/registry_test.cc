// Format choice: content first, extension second (ignoring compression suffixes),
// plain text last, a forced name over everything; and the names articles get.
#include <gtest/gtest.h>

#include "read/reader.h"

namespace dyad::read {
namespace {

TEST(ChooseFormat, Table) {
  struct Case {
    const char* path;
    std::string head;
    const char* forced;
    const char* want;
  } cases[] = {
      // content decides
      {"x.txt", "{\"id\":\"a\",\"text\":\"b\"}\n", "", "jsonl"},
      {"x", "<?xml version=\"1.0\"?>\n<Sentences>\n", "", "petrarch-xml"},
      {"x.dat", "\n# suite\n\n950101 DEMO-01\nArnor is\n", "", "tabari"},
      // extension decides when content does not, compression suffixes ignored
      {"news.jsonl", "", "", "jsonl"},
      {"news.NDJSON.gz", "", "", "jsonl"},
      {"dir.v2/records.xml.zst", "<!-- a long comment that the head cuts", "", "petrarch-xml"},
      {"story.txt.zstd", "", "", "text"},
      // plain text is the fallback
      {"story", "Ministers met.\n", "", "text"},
      {"story.unknown", "Ministers met.\n", "", "text"},
      {"-", "Ministers met.\n", "", "text"},
      {"story.txt", "", "", "text"},
      // a forced name overrides content and extension
      {"news.jsonl", "{\"id\":1}", "text", "text"},
      {"x.txt", "950101 A\nB\n", "tabari", "tabari"},
  };
  for (const Case& c : cases) {
    auto f = ChooseFormat(c.path, c.head, c.forced);
    ASSERT_TRUE(f.ok()) << c.path << ": " << f.status().ToString();
    EXPECT_EQ((*f)->name, c.want) << c.path << " / " << c.head;
  }
}

TEST(ChooseFormat, UnknownForcedFormat) {
  auto f = ChooseFormat("x.txt", "", "yaml");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(f.status().message().find("known: jsonl, petrarch-xml"), std::string::npos) << f.status().ToString();
}

// Every reader in the table yields nothing from empty input and comes to an end
// (formats may report an empty source as an error; the plain ones do not).
TEST(Formats, EveryFormatEndsOnEmptyInput) {
  for (const Format& f : Formats()) {
    ASSERT_NE(f.open, nullptr) << f.name;
    auto reader = f.open(OpenMemory(""), "empty");
    Article a;
    bool ended = false;
    for (int calls = 0; calls < 3 && !ended; ++calls) {
      auto more = reader->Next(&a);
      ASSERT_TRUE(!more.ok() || !*more) << f.name << " made an article from nothing";
      ended = more.ok() || reader->fatal();
    }
    EXPECT_TRUE(ended) << f.name;
    if (f.sniff != nullptr) {
      EXPECT_FALSE(f.sniff("")) << f.name;
    }
  }
  for (std::string_view plain : {"jsonl", "petrarch-xml", "tabari", "text"}) {
    auto format = ChooseFormat("", "", plain);
    ASSERT_TRUE(format.ok());
    auto reader = (*format)->open(OpenMemory(""), "empty");
    Article a;
    auto more = reader->Next(&a);
    ASSERT_TRUE(more.ok()) << plain << ": " << more.status().ToString();
    EXPECT_FALSE(*more) << plain;
  }
  EXPECT_EQ(Formats().back().name, "text");
}

TEST(SourceName, Table) {
  struct Case {
    const char* path;
    const char* want;
  } cases[] = {
      {"news.jsonl", "news.jsonl"},      {"in/news.jsonl.gz", "news.jsonl"}, {"a/b/c.TXT.ZST", "c.TXT"},
      {"x.zstd", "x"},                   {"-", "stdin"},                     {"<stdin>", "stdin"},
      {".gz", ".gz"},                    {"dir/", "dir"},                    {"plain", "plain"},
  };
  for (const Case& c : cases) EXPECT_EQ(SourceName(c.path), c.want) << c.path;
}

TEST(RecordError, ToString) {
  EXPECT_EQ((RecordError{"news.jsonl", "17", DataLoss("invalid JSON: x")}).ToString(),
            "news.jsonl:17: data loss: invalid JSON: x");
  EXPECT_EQ((RecordError{"gone.txt", "", NotFound("no such file")}).ToString(),
            "gone.txt: not found: no such file");
}

}  // namespace
}  // namespace dyad::read
