// SourceReader: record positions count articles and bad records alike, so reading a file
// in pieces from chosen positions gives what reading it whole (read::ReadAll) gives.
#include "scale/source_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dyad::scale {
namespace {

namespace fs = std::filesystem;

class SourceReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_source_reader_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    path_ = (dir_ / "news.jsonl").string();
    std::ofstream(path_) << R"({"id": "a", "text": "Alpha."})" "\n"
                         << R"({"id": "b", "text": "Beta."})" "\n"
                         << R"({"id": "broken", "text": )" "\n"
                         << R"({"id": "c", "text": "Gamma."})" "\n"
                         << R"({"id": "d", "text": "Delta."})" "\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // "id" for an article, "!record" for a bad record, over positions [first, first + count).
  std::vector<std::string> Piece(SourceReader& r, uint64_t first, uint64_t count) {
    EXPECT_TRUE(r.SkipTo(first).ok());
    std::vector<std::string> out;
    Article a;
    read::RecordError e;
    while (r.position() < first + count) {
      SourceReader::Kind k = r.Next(&a, &e, nullptr);
      if (k == SourceReader::Kind::kEnd) break;
      out.push_back(k == SourceReader::Kind::kArticle ? a.id : "!" + e.record);
    }
    return out;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(SourceReaderTest, CountsArticlesAndBadRecords) {
  auto n = CountRecords(path_);
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  EXPECT_EQ(*n, 5u);
}

TEST_F(SourceReaderTest, PiecesFromAnyPositionJoinIntoTheWhole) {
  auto whole = SourceReader::Open(path_);
  ASSERT_TRUE(whole.ok());
  const std::vector<std::string> all = Piece(**whole, 0, 100);
  ASSERT_EQ(all, (std::vector<std::string>{"a", "b", "!3", "c", "d"}));
  EXPECT_TRUE((*whole)->known());
  // Cuts at every position, read with one reader going forward and with fresh readers.
  for (uint64_t cut = 0; cut <= 5; ++cut) {
    auto one = SourceReader::Open(path_);
    auto fresh = SourceReader::Open(path_);
    ASSERT_TRUE(one.ok() && fresh.ok());
    std::vector<std::string> joined = Piece(**one, 0, cut);
    std::vector<std::string> rest = Piece(**one, cut, 100);
    joined.insert(joined.end(), rest.begin(), rest.end());
    EXPECT_EQ(joined, all) << "cut at " << cut;
    EXPECT_EQ(Piece(**fresh, cut, 100), rest) << "fresh reader from " << cut;
  }
}

TEST_F(SourceReaderTest, CannotGoBack) {
  auto r = SourceReader::Open(path_);
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE((*r)->SkipTo(3).ok());
  EXPECT_EQ((*r)->position(), 3u);
  EXPECT_EQ((*r)->SkipTo(1).code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE((*r)->SkipTo(99).ok());  // stops at the end
  EXPECT_EQ((*r)->position(), 5u);
}

TEST_F(SourceReaderTest, OpenErrors) {
  EXPECT_EQ(SourceReader::Open((dir_ / "missing.jsonl").string()).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(SourceReader::Open("-").status().code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(SourceReader::Open(path_, "no-such-format").ok());
}

TEST_F(SourceReaderTest, UnknownFilesAreNotKnownUnlessForced) {
  const std::string notes = (dir_ / "notes.md").string();
  std::ofstream(notes) << "# Notes\n\nNot an article.\n";
  auto plain = SourceReader::Open(notes);
  auto forced = SourceReader::Open(notes, "text");
  ASSERT_TRUE(plain.ok() && forced.ok());
  EXPECT_FALSE((*plain)->known());
  EXPECT_TRUE((*forced)->known());
}

}  // namespace
}  // namespace dyad::scale
