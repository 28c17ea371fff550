// ReadAll over a real directory tree: walk order, hidden files, every format plain and
// compressed, and the bad inputs a user meets (missing, empty, truncated, broken
// links, unreadable entries).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "read/read_testing.h"
#include "read/reader.h"

namespace dyad::read {
namespace {

namespace fs = std::filesystem;

class ReadAllTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("dyad_read_all_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(root_ / "locked", fs::perms::owner_all, ec);
    fs::remove_all(root_, ec);
  }
  std::string Write(const std::string& rel, std::string_view bytes) {
    fs::path p = root_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p.string();
  }
  struct Run {
    Status status;
    std::vector<Article> articles;
    std::vector<std::string> errors;
    ReadStats stats;
    std::vector<std::string> ids() const {
      std::vector<std::string> out;
      for (const Article& a : articles) out.push_back(a.id);
      return out;
    }
  };
  Run Read(const std::vector<std::string>& paths, std::string_view forced = {}) {
    Run run;
    run.status = ReadAll(
        paths, [&](Article&& a) { run.articles.push_back(std::move(a)); },
        [&](const RecordError& e) { run.errors.push_back(e.ToString()); }, forced, &run.stats);
    EXPECT_EQ(run.stats.articles, run.articles.size());
    EXPECT_EQ(run.stats.problems, run.errors.size());
    return run;
  }
  std::string Rel(const std::string& error) const {
    std::string prefix = root_.string() + "/";
    return error.rfind(prefix, 0) == 0 ? error.substr(prefix.size()) : error;
  }
  fs::path root_;
};

const char kJsonl[] = "{\"id\":\"j1\",\"text\":\"One.\"}\n{\"id\":\"j2\",\"text\":\"Two.\"}\n";
const char kText[] = "Headline\n\nBody of the story.\n";
const char kXml[] = "<Sentences><Sentence id=\"p1\" date=\"20080101\"><Text>P.</Text></Sentence></Sentences>";
const char kTabari[] = "950101 T1\nTabari text.\n\n";

// Every format, plain, gzip and zstd, found by content or extension in a sorted walk.
TEST_F(ReadAllTest, DirectoryWalkEveryFormatAndCompression) {
  struct Variant {
    const char* suffix;
    std::string (*compress)(std::string_view);
  } variants[] = {{"", nullptr}, {".gz", &testing::Gzip}, {".zst", &testing::Zstd}};
  int n = 0;
  for (const Variant& v : variants) {
    auto bytes = [&](std::string_view s) { return v.compress ? v.compress(s) : std::string(s); };
    std::string dir = "d" + std::to_string(n++) + "/";
    Write(dir + "a.jsonl" + v.suffix, bytes(kJsonl));
    Write(dir + "b.txt" + v.suffix, bytes(kText));
    Write(dir + "c.xml" + v.suffix, bytes(kXml));
    Write(dir + "d.records" + v.suffix, bytes(kTabari));
  }
  Write(".hidden/secret.txt", "never read");
  Write("d0/.dotfile.txt", "never read");
  Run run = Read({root_.string()});
  EXPECT_TRUE(run.status.ok()) << run.status.ToString();
  EXPECT_TRUE(run.errors.empty()) << run.errors[0];
  std::vector<std::string> once = {"j1", "j2", "b.txt", "p1", "T1"};
  std::vector<std::string> want;
  for (int i = 0; i < 3; ++i) want.insert(want.end(), once.begin(), once.end());
  EXPECT_EQ(run.ids(), want);
  EXPECT_EQ(run.articles[2].title, "Headline");
  EXPECT_EQ(run.articles[7].title, "Headline");
  EXPECT_EQ(run.articles[14].published->ToString(), "1995-01-01");
}

TEST_F(ReadAllTest, MissingFilesAreErrorsAndTheRestIsRead) {
  std::string good = Write("good.jsonl", kJsonl);
  std::string missing = (root_ / "missing.jsonl").string();
  Run run = Read({missing, good});
  EXPECT_TRUE(run.status.ok());
  EXPECT_EQ(run.articles.size(), 2u);
  ASSERT_EQ(run.errors.size(), 1u);
  EXPECT_EQ(Rel(run.errors[0]), "missing.jsonl: not found: no such file");

  Run none = Read({missing});
  EXPECT_EQ(none.status.code(), StatusCode::kNotFound);
  EXPECT_EQ(Read({}).status.code(), StatusCode::kInvalidArgument);
}

// Progress counts the bytes of the files as stored, grows with every article and ends at
// the total, which leaves out hidden files and counts a file that could not be read.
TEST_F(ReadAllTest, ProgressGrowsToTheTotalBytes) {
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "{\"id\":\"m" + std::to_string(i) + "\",\"text\":\"Story number " + std::to_string(i) + ".\"}\n";
  const std::string a = Write("a.jsonl", many);
  const std::string b = Write("sub/b.jsonl.gz", testing::Gzip(many));
  Write("sub/.hidden.txt", std::string(5000, 'x'));
  Write("sub/notes.pdf", "%PDF-1.4 skipped");
  const uint64_t total = fs::file_size(a) + fs::file_size(b) + fs::file_size(root_ / "sub/notes.pdf");
  ReadProgress progress;
  std::vector<uint64_t> seen;
  ReadStats stats;
  Status st = ReadAll(
      {root_.string()}, [&](Article&&) { seen.push_back(progress.done_bytes.load()); },
      [](const RecordError&) {}, {}, &stats, &progress);
  ASSERT_TRUE(st.ok()) << st.ToString();
  ASSERT_EQ(seen.size(), 4000u);
  EXPECT_TRUE(progress.total_known.load());
  EXPECT_EQ(progress.total_bytes.load(), total);
  EXPECT_EQ(progress.done_bytes.load(), total);
  EXPECT_DOUBLE_EQ(progress.Fraction(), 1.0);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_GT(seen[0], 0u);
  EXPECT_LT(seen[1000], fs::file_size(a));  // the first file is read in steps, not at once
  EXPECT_LE(seen.back(), total);

  ReadProgress none;
  EXPECT_LT(none.Fraction(), 0);  // nothing known yet
}

TEST_F(ReadAllTest, EmptyFilesAndDirectories) {
  Write("empty.txt", "");
  Write("empty.jsonl", "");
  Write("empty.xml", "");
  Write("empty.txt.gz", testing::Gzip(""));
  fs::create_directories(root_ / "nothing");
  Run run = Read({root_.string()});
  EXPECT_TRUE(run.status.ok());
  EXPECT_TRUE(run.articles.empty());
  EXPECT_TRUE(run.errors.empty()) << run.errors[0];
  EXPECT_EQ(run.stats.files, 4u);
  EXPECT_EQ(run.stats.skipped, (std::map<std::string, uint64_t>{{"empty file", 2}}));
}

TEST_F(ReadAllTest, BrokenLinkAndUnreadableEntries) {
  Write("a.jsonl", kJsonl);
  fs::create_symlink(root_ / "nowhere.txt", root_ / "b-broken.txt");
  fs::create_directories(root_ / "c-loop");
  fs::create_directory_symlink(root_, root_ / "c-loop" / "back");  // not followed
  ASSERT_EQ(::mkfifo((root_ / "d-fifo").c_str(), 0600), 0);
  Run run = Read({root_.string()});
  EXPECT_TRUE(run.status.ok());
  EXPECT_EQ(run.ids(), (std::vector<std::string>{"j1", "j2"}));
  ASSERT_EQ(run.errors.size(), 2u);
  EXPECT_EQ(Rel(run.errors[0]), "b-broken.txt: not found: broken symbolic link or vanished file");
  EXPECT_EQ(Rel(run.errors[1]), "d-fifo: unsupported: not a regular file; skipped");
}

TEST_F(ReadAllTest, UnreadableFileAndDirectory) {
  if (::geteuid() == 0) GTEST_SKIP() << "permissions do not stop root";
  Write("locked/inner.txt", kText);
  std::string file = Write("secret.txt", kText);
  Write("z.jsonl", kJsonl);
  fs::permissions(file, fs::perms::none);
  fs::permissions(root_ / "locked", fs::perms::none);
  Run run = Read({root_.string()});
  fs::permissions(file, fs::perms::owner_all);
  EXPECT_TRUE(run.status.ok());
  EXPECT_EQ(run.ids(), (std::vector<std::string>{"j1", "j2"}));
  ASSERT_EQ(run.errors.size(), 2u);
  EXPECT_NE(run.errors[0].find("locked: i/o error: cannot list directory"), std::string::npos) << run.errors[0];
  EXPECT_NE(run.errors[1].find("secret.txt: i/o error"), std::string::npos) << run.errors[1];
}

// How many complete lines zlib can recover from a truncated gzip stream.
size_t RecoverableLines(const std::string& gz) {
  z_stream z{};
  inflateInit2(&z, 15 + 16);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  std::string out(1 << 16, '\0');
  size_t lines = 0;
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    int rc = inflate(&z, Z_NO_FLUSH);
    size_t produced = out.size() - z.avail_out;
    lines += static_cast<size_t>(std::count(out.begin(), out.begin() + static_cast<long>(produced), '\n'));
    if (rc != Z_OK || produced == 0) break;
  }
  inflateEnd(&z);
  return lines;
}

TEST_F(ReadAllTest, TruncatedGzipKeepsRecordsThenReportsOnce) {
  std::string input;
  for (int i = 0; i < 20000; ++i)
    input += "{\"id\":\"n" + std::to_string(i) + "\",\"text\":\"Line " + std::to_string(i * 7919 % 10007) + "\"}\n";
  std::string gz = testing::Gzip(input);
  gz.resize(gz.size() / 2);
  Write("cut.jsonl.gz", gz);
  Write("next.txt", kText);
  Run run = Read({root_.string()});
  EXPECT_TRUE(run.status.ok());
  EXPECT_GT(run.articles.size(), 1000u);
  EXPECT_EQ(run.articles.size(), RecoverableLines(gz) + 1);  // every complete line, and next.txt
  EXPECT_EQ(run.articles.back().id, "next.txt");
  ASSERT_EQ(run.errors.size(), 1u);
  EXPECT_NE(run.errors[0].find("cut.jsonl.gz:"), std::string::npos);
  EXPECT_NE(run.errors[0].find("data loss: truncated gzip stream"), std::string::npos) << run.errors[0];
}

// Named files are always read; a walk reads only files it recognises.
TEST_F(ReadAllTest, UnknownExtensions) {
  std::string notes = Write("notes.md", "# Notes\n\nNot an article.\n");
  Write("table.csv", "a,b\n1,2\n");
  Write("story", "A story without an extension.\n");
  Write("hidden-json.dat", kJsonl);
  Run walk = Read({root_.string()});
  EXPECT_EQ(walk.ids(), (std::vector<std::string>{"j1", "j2", "story"}));
  EXPECT_TRUE(walk.errors.empty());
  EXPECT_EQ(walk.stats.skipped["files of no known format"], 2u);  // notes.md, table.csv
  Run named = Read({notes});
  EXPECT_EQ(named.ids(), (std::vector<std::string>{"notes.md"}));
  Run forced = Read({root_.string()}, "text");
  EXPECT_EQ(forced.articles.size(), 4u);
  EXPECT_TRUE(forced.errors.empty());
}

TEST_F(ReadAllTest, ForcedFormat) {
  std::string p = Write("records.jsonl", kJsonl);
  Run as_text = Read({p}, "text");
  ASSERT_EQ(as_text.articles.size(), 1u);
  EXPECT_EQ(as_text.articles[0].text, kJsonl);
  Run bad = Read({p}, "nonsense");
  EXPECT_EQ(bad.status.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(bad.articles.empty());
}

TEST_F(ReadAllTest, BadRecordsAreReportedWithFileAndLine) {
  std::string p = Write("mixed.jsonl", std::string(kJsonl) + "{broken\n{\"id\":\"j3\",\"text\":\"Three.\"}\n");
  Run run = Read({p});
  EXPECT_EQ(run.ids(), (std::vector<std::string>{"j1", "j2", "j3"}));
  ASSERT_EQ(run.errors.size(), 1u);
  EXPECT_EQ(Rel(run.errors[0]).rfind("mixed.jsonl:3: data loss: invalid JSON: ", 0), 0u) << run.errors[0];
}

TEST_F(ReadAllTest, StandardInput) {
  std::string p = Write("piped.jsonl.gz", testing::Gzip("{\"text\":\"From a pipe.\"}\n"));
  ASSERT_NE(std::freopen(p.c_str(), "rb", stdin), nullptr);
  Run run = Read({"-"});
  EXPECT_TRUE(run.status.ok());
  ASSERT_EQ(run.articles.size(), 1u);
  EXPECT_EQ(run.articles[0].id, "stdin:1");
  EXPECT_EQ(run.articles[0].origin, "<stdin>:1");
  EXPECT_EQ(run.articles[0].text, "From a pipe.");
}

// The bundled examples read cleanly: three text files, four JSON Lines records, two pages.
TEST_F(ReadAllTest, BundledExamples) {
  std::string examples = DYAD_SOURCE_DIR "/examples";
  Run run = Read({examples});
  EXPECT_TRUE(run.status.ok());
  EXPECT_TRUE(run.errors.empty()) << run.errors[0];
  EXPECT_EQ(run.stats.skipped["files of no known format"], 1u);  // README.md
  EXPECT_EQ(run.articles.size(), 9u);
  size_t dated = 0;
  for (const Article& a : run.articles) {
    EXPECT_FALSE(a.text.empty() && a.raw.empty()) << a.id;
    dated += a.published.has_value();
  }
  EXPECT_EQ(dated, 4u);  // the JSON Lines records carry dates
}

}  // namespace
}  // namespace dyad::read
