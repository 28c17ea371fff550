// Export tests: every format's output is exactly what src/write produces for the stored
// events (the store reuses it), CSV quotes its cells, and a bad format is refused.
#include "store/export.h"

#include <gtest/gtest.h>

#include "store/generate.h"
#include "store/test_util.h"
#include "write/writer.h"

namespace dyad::store {
namespace {

class ExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Store> s = Store::Open(FreshDbPath("x"), OpenMode::kReadWrite);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_.emplace(std::move(s).value());
    GenerateOptions o;
    o.events_per_article = 6;
    for (uint64_t i = 0; i < 3; ++i) {
      GeneratedArticle g = GenerateArticle(o, i);
      ASSERT_TRUE(store_->Add(g.article, g.sentences, g.events).ok());
      for (Event& e : g.events) events_.push_back(std::move(e));
    }
    std::stable_sort(events_.begin(), events_.end(),
                     [](const Event& a, const Event& b) { return a.date < b.date; });
  }

  Result<std::string> Export(std::string_view format, const EventFilter& f = {}) {
    std::string out;
    int chunks = 0;
    Status s = ExportEvents(*store_, f, format, [&](std::string_view chunk) {
      out += chunk;
      ++chunks;
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return out;
  }

  std::optional<Store> store_;
  std::vector<Event> events_;  // in query order
};

TEST_F(ExportTest, WriterFormatsMatchTheWriter) {
  for (const char* name : {"jsonl", "petr", "phoenix", "gdelt", "plover"}) {
    write::Format f = *write::ParseFormat(name);
    std::string want = write::Header(f);
    for (const Event& e : events_) write::AppendEvent(e, f, &want);
    Result<std::string> got = Export(name);
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    EXPECT_EQ(*got, want) << name;
  }
}

TEST_F(ExportTest, CsvHasAHeaderAndOneQuotedRowPerEvent) {
  Result<std::string> got = Export("csv", {.quad_class = 4});
  ASSERT_TRUE(got.ok());
  size_t want_rows = 0;
  for (const Event& e : events_) want_rows += e.quad_class == 4;
  ASSERT_GT(want_rows, 0u);
  EXPECT_EQ(static_cast<size_t>(std::count(got->begin(), got->end(), '\n')), want_rows + 1);
  EXPECT_EQ(got->substr(0, CsvHeader().size()), CsvHeader());

  Event e;
  e.event_id = "a:0:0";
  e.date = {2024, 5, 6};
  e.sentence = "He said \"no\", twice.";
  e.goldstein = -2.5;
  std::string row;
  AppendCsv(e, &row);
  EXPECT_NE(row.find(",-2.5,"), std::string::npos) << row;
  EXPECT_EQ(row.substr(row.size() - 26), ",\"He said \"\"no\"\", twice.\"\n");
}

TEST_F(ExportTest, UnknownFormatIsRefused) {
  Result<std::string> got = Export("parquet");
  EXPECT_EQ(got.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(got.status().message().find("csv"), std::string::npos);
}

TEST_F(ExportTest, SinkErrorStopsTheExport) {
  int calls = 0;
  Status s = ExportEvents(*store_, {}, "jsonl", [&](std::string_view) {
    ++calls;
    return IoError("disk full");
  });
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace dyad::store
