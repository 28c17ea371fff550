// Shards coded one by one and joined (shard_coder.h, shard_merge.h) give the events and
// the store of coding the file in one go: the bundled examples/wire.jsonl cut into shards
// of every size. A shard is done only once its files are complete; leftovers of an
// interrupted attempt are removed.
#include "scale/shard_coder.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "scale/shard_merge.h"
#include "scale/shard_plan.h"
#include "store/store.h"

namespace dyad::scale {
namespace {

namespace fs = std::filesystem;

std::shared_ptr<const pipeline::Coder> Shipped() {
  static std::shared_ptr<const pipeline::Coder> coder = [] {
    auto c = pipeline::Coder::Load({.dict = std::string(DYAD_SOURCE_DIR) + "/data/dict"});
    return c.ok() ? *c : nullptr;
  }();
  return coder;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class ShardCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(Shipped(), nullptr) << "the shipped dictionaries and models do not load";
    dir_ = fs::temp_directory_path() / ("dyad_shard_coder_" + std::to_string(::getpid()));
    input_ = std::string(DYAD_SOURCE_DIR) + "/examples/wire.jsonl";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A fresh run directory with the plan of examples/wire.jsonl in shards of `n` records.
  ShardPlan Plan(uint64_t n, const std::string& run) {
    fs::create_directories(dir_ / run / "shards");
    auto sources = ListSources({input_}, "", [](const read::RecordError&) {});
    EXPECT_TRUE(sources.ok());
    auto plan = MakePlan(*sources, "", n, "");
    EXPECT_TRUE(plan.ok());
    return *plan;
  }

  ShardOptions Options(const std::string& run) {
    ShardOptions o;
    o.dir = (dir_ / run).string();
    o.format = write::Format::kJsonl;
    o.store = true;
    o.dictionary_version = Shipped()->version();
    return o;
  }

  // Codes every shard of `plan` with one reader going forward, as a rank does.
  void CodeAll(const ShardPlan& plan, const ShardOptions& o) {
    auto reader = SourceReader::Open(input_);
    ASSERT_TRUE(reader.ok());
    for (uint32_t i = 0; i < plan.shards.size(); ++i) {
      auto s = CodeShard(*Shipped(), i, plan.shards[i].first, plan.shards[i].count, **reader, o);
      ASSERT_TRUE(s.ok()) << s.status().ToString();
    }
  }

  fs::path dir_;
  std::string input_;
};

TEST_F(ShardCoderTest, ShardsJoinIntoTheEventsOfOneRun) {
  // The events of coding every article in order, as dyad code -j 1 writes them.
  std::string expected = write::Header(write::Format::kJsonl);
  uint64_t articles = 0;
  Status st = read::ReadAll(
      {input_},
      [&](Article&& a) {
        auto c = Shipped()->Code(std::move(a));
        ASSERT_TRUE(c.ok());
        ++articles;
        for (const Event& e : c->events) write::AppendEvent(e, write::Format::kJsonl, &expected);
      },
      [](const read::RecordError&) {});
  ASSERT_TRUE(st.ok());
  ASSERT_EQ(articles, 4u);
  ASSERT_GT(expected.size(), 100u);

  for (uint64_t n : {1, 3}) {  // four shards of one; one of three and one of one
    const std::string run = "run" + std::to_string(n);
    const ShardPlan plan = Plan(n, run);
    const ShardOptions o = Options(run);
    EXPECT_EQ(PendingShards(plan, o.dir).size(), plan.shards.size());
    CodeAll(plan, o);
    EXPECT_TRUE(PendingShards(plan, o.dir).empty());
    const std::string out = o.dir + "/events.jsonl";
    ASSERT_TRUE(JoinEvents(plan, o.dir, write::Header(write::Format::kJsonl), out).ok());
    EXPECT_EQ(Slurp(out), expected) << "shards of " << n;

    std::vector<dedupe::Signature> signatures;
    auto total = SumShards(plan, o.dir, &signatures);
    ASSERT_TRUE(total.ok());
    EXPECT_EQ(total->articles, 4u);
    EXPECT_EQ(signatures.size(), 4u);
    EXPECT_FALSE(total->bad_records);

    auto db = store::Store::Open(o.dir + "/all.db", store::OpenMode::kReadWrite,
                                 {.dictionary_version = Shipped()->version()});
    ASSERT_TRUE(db.ok());
    auto merged = MergeShardStores(plan, o.dir, *db);
    ASSERT_TRUE(merged.ok()) << merged.status().ToString();
    EXPECT_EQ(merged->inserted, 4u);
    EXPECT_EQ(merged->events, total->events);
  }
}

TEST_F(ShardCoderTest, LeftoversOfAnInterruptedAttemptAreRemoved) {
  const ShardPlan plan = Plan(2, "run");
  ShardOptions o = Options("run");
  const ShardFiles files(o.dir, 1);
  for (const std::string& p : {files.events, files.done, files.store}) std::ofstream(p + ".tmp") << "partial";
  EXPECT_FALSE(ShardDone(o.dir, 1));
  EXPECT_EQ(JoinEvents(plan, o.dir, "", o.dir + "/out").code(), StatusCode::kInvalidArgument);

  uint64_t seen = 0;
  o.after_article = [&](uint64_t n) { seen = n; };
  auto reader = SourceReader::Open(input_);
  ASSERT_TRUE(reader.ok());
  auto s = CodeShard(*Shipped(), 1, plan.shards[1].first, plan.shards[1].count, **reader, o);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(seen, 2u);
  EXPECT_TRUE(ShardDone(o.dir, 1));
  EXPECT_FALSE(ShardDone(o.dir, 0));
  EXPECT_EQ(PendingShards(plan, o.dir), std::vector<uint32_t>{0});
  for (const std::string& p : {files.events, files.done, files.store}) EXPECT_FALSE(fs::exists(p + ".tmp")) << p;
  auto back = ReadShardSummary(o.dir, 1);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, *s);
  EXPECT_EQ(back->articles, 2u);
}

TEST_F(ShardCoderTest, BadRecordsCountInTheSummary) {
  fs::create_directories(dir_ / "bad" / "shards");
  const std::string input = (dir_ / "bad" / "in.jsonl").string();
  std::ofstream(input) << R"({"id": "ok", "text": "France condemned Germany."})" "\n"
                       << R"({"id": "broken", "text": )" "\n";
  ShardOptions o = Options("bad");
  o.store = false;
  std::vector<std::string> problems;
  o.on_problem = [&](const read::RecordError& e) { problems.push_back(e.ToString()); };
  auto reader = SourceReader::Open(input);
  ASSERT_TRUE(reader.ok());
  auto s = CodeShard(*Shipped(), 0, 0, 2, **reader, o);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->articles, 1u);
  EXPECT_EQ(s->errors, 1u);
  EXPECT_TRUE(s->bad_records);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("in.jsonl:2"), std::string::npos) << problems[0];
  EXPECT_FALSE(fs::exists(ShardFiles(o.dir, 0).store));
}

}  // namespace
}  // namespace dyad::scale
