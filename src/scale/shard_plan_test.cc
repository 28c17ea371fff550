// The shard plan: the inputs listed in read::ReadAll's order, files cut into shards of at
// most N records, the manifest written and read back, and a rerun refused when the inputs
// or settings changed.
#include "scale/shard_plan.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dyad::scale {
namespace {

namespace fs = std::filesystem;

class ShardPlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_shard_plan_" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "in" / "sub");
    std::ofstream f(dir_ / "in" / "b.jsonl");
    for (int i = 0; i < 5; ++i) f << R"({"id": "b)" << i << R"(", "text": "Text )" << i << R"(."})" "\n";
    f.close();
    std::ofstream(dir_ / "in" / "sub" / "a.txt") << "One article.\n";
    std::ofstream(dir_ / "in" / "empty.jsonl") << "";
    std::ofstream(dir_ / "in" / "README.md") << "# About these files\n";
    std::ofstream(dir_ / "in" / ".hidden.jsonl") << R"({"id": "h", "text": "Hidden."})" "\n";
    std::ofstream(dir_ / "named.md") << "Named files are read whatever they are.\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string P(const std::string& rel) const { return (dir_ / rel).string(); }

  std::vector<std::string> Paths(const std::vector<Source>& sources) {
    std::vector<std::string> out;
    for (const Source& s : sources) out.push_back(s.path);
    return out;
  }

  Result<std::vector<Source>> List(const std::vector<std::string>& paths, std::vector<std::string>* errors = nullptr) {
    return ListSources(paths, "", [&](const read::RecordError& e) {
      if (errors != nullptr) errors->push_back(e.ToString());
    });
  }

  fs::path dir_;
};

TEST_F(ShardPlanTest, ListsInputsAsReadAllReadsThem) {
  std::vector<std::string> errors;
  auto sources = List({P("in"), P("named.md"), P("missing.jsonl")}, &errors);
  ASSERT_TRUE(sources.ok()) << sources.status().ToString();
  // Sorted by name, hidden and unknown files skipped in the walk, a named file always read.
  EXPECT_EQ(Paths(*sources), (std::vector<std::string>{P("in/b.jsonl"), P("in/empty.jsonl"), P("in/sub/a.txt"),
                                                       P("named.md")}));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("missing.jsonl"), std::string::npos);
  EXPECT_EQ((*sources)[0].size, fs::file_size(dir_ / "in" / "b.jsonl"));
}

TEST_F(ShardPlanTest, ListingErrors) {
  EXPECT_EQ(List({"-"}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(List({P("missing.jsonl")}).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(List({}).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(ShardPlanTest, CutsFilesIntoShards) {
  auto sources = List({P("in")});
  ASSERT_TRUE(sources.ok());
  auto plan = MakePlan(*sources, "", 2, "format jsonl");
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  EXPECT_EQ(plan->records, (std::vector<uint64_t>{5, 0, 1}));
  EXPECT_EQ(plan->shards, (std::vector<Shard>{{0, 0, 2}, {0, 2, 2}, {0, 4, 1}, {2, 0, 1}}));
  auto whole = MakePlan(*sources, "", 100, "");
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(whole->shards, (std::vector<Shard>{{0, 0, 5}, {2, 0, 1}}));
  EXPECT_EQ(MakePlan(*sources, "", 0, "").status().code(), StatusCode::kInvalidArgument);
}

TEST_F(ShardPlanTest, ManifestRoundTrip) {
  auto sources = List({P("in")});
  ASSERT_TRUE(sources.ok());
  auto plan = MakePlan(*sources, "", 2, "format petr; db yes");
  ASSERT_TRUE(plan.ok());
  auto text = FormatPlan(*plan);
  ASSERT_TRUE(text.ok());
  auto back = ParsePlan(*text);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, *plan);

  ShardPlan tabbed = *plan;
  tabbed.files[0].path += "\tx";
  EXPECT_EQ(FormatPlan(tabbed).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(ShardPlanTest, MalformedManifests) {
  const std::string head = "dyad shard plan 1\nsettings\tx\nfile\t10\t5\t3\ta.jsonl\n";
  const struct {
    const char* name;
    std::string text;
  } cases[] = {
      {"not a plan", "something else\n"},
      {"truncated", head + "shard\t0\t0"},
      {"no settings", "dyad shard plan 1\n"},
      {"bad number", head + "shard\t0\tx\t1\n"},
      {"shard past its file", head + "shard\t0\t2\t2\n"},
      {"shard of no file", head + "shard\t1\t0\t1\n"},
      {"empty shard", head + "shard\t0\t0\t0\n"},
      {"unknown line", head + "other\t1\n"},
  };
  for (const auto& c : cases) EXPECT_EQ(ParsePlan(c.text).status().code(), StatusCode::kDataLoss) << c.name;
  EXPECT_TRUE(ParsePlan(head + "shard\t0\t0\t3\n").ok());
}

TEST_F(ShardPlanTest, RerunRefusedWhenInputsOrSettingsChanged) {
  auto sources = List({P("in")});
  ASSERT_TRUE(sources.ok());
  auto plan = MakePlan(*sources, "", 2, "format jsonl");
  ASSERT_TRUE(plan.ok());
  EXPECT_TRUE(CheckPlan(*plan, *sources, "format jsonl").ok());
  EXPECT_EQ(CheckPlan(*plan, *sources, "format petr").code(), StatusCode::kInvalidArgument);

  std::ofstream(dir_ / "in" / "c.jsonl") << R"({"id": "c", "text": "New."})" "\n";
  auto added = List({P("in")});
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(CheckPlan(*plan, *added, "format jsonl").code(), StatusCode::kInvalidArgument);
  fs::remove(dir_ / "in" / "c.jsonl");

  fs::last_write_time(dir_ / "in" / "b.jsonl", fs::last_write_time(dir_ / "in" / "b.jsonl") + std::chrono::seconds(5));
  auto touched = List({P("in")});
  ASSERT_TRUE(touched.ok());
  const Status s = CheckPlan(*plan, *touched, "format jsonl");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("b.jsonl"), std::string::npos);

  auto fewer = List({P("in/b.jsonl")});
  ASSERT_TRUE(fewer.ok());
  EXPECT_EQ(CheckPlan(*plan, *fewer, "format jsonl").code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace dyad::scale
