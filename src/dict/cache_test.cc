// The compiled cache: a faithful round trip, and every kind of bad cache rejected (then
// rebuilt by Load), never trusted.
#include "dict/cache.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "dict/load.h"
#include "dict/readers.h"

namespace dyad::dict {
namespace {

namespace fs = std::filesystem;

Model Sample() {
  Model m;
  ReadActors("GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBREB > 990816]\nAL GORE [TEN]\n", "a.actors",
             Notation::kTabari, &m);
  ReadAgents("!PERSON! = MAN, MEN\nPOLICE!PERSON! [~COP]\nHUMAN_RIGHTS_BODY_ [NGO~]\n", "a.txt",
             Notation::kPetrarch, &m);
  ReadVerbs("&CASH_\n+MONEY\n---  GIVE   [070]  ---\nGIVE {GAVE GIVEN}\n- * (FOR {MILITARY AID}) [0232]\n"
            "- + { WAS | WERE } * [:173]\n~ a (a b ATTACK) SAY = a b 015\n",
            "v.txt", Notation::kPetrarch, &m);
  ReadDiscards("+TYPHOON\n", "d.txt", &m);
  ReadIssues("<ISSUE CATEGORY=\"X\">\nn:school [S]\n</ISSUE>\n", "i.txt", &m);
  ReadTabariOptions("LABEL: 010=YIELD\nbroken\n", "o.options", &m);
  ReadDyad("generic countries\nmodifier former ELI\n", "g.dict", &m);
  return m;
}

TEST(Cache, RoundTripIsExact) {
  Model m = Sample();
  std::string bytes = SerializeModel(m, 42);
  Result<Model> back = DeserializeModel(bytes, 42);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(SerializeModel(*back, 42), bytes);
  EXPECT_EQ(back->actors.size(), m.actors.size());
  EXPECT_EQ(back->actors[0].codes[1].from, m.actors[0].codes[1].from);
  EXPECT_EQ(back->verbs[0].patterns[0].items.size(), 2u);
  EXPECT_EQ(back->transformations.size(), 1u);
  EXPECT_EQ(back->warnings.size(), m.warnings.size());
}

// The smallest records at the end of a payload: the reader's bound on how many records
// the bytes left can hold must not exceed what the writer writes (fuzz_dict_tabari found a
// model of many empty pattern items that would not read back).
TEST(Cache, SmallestRecordsReadBack) {
  Model m;
  VerbBlock block;  // every string empty: the smallest block
  VerbPattern p;
  p.items.resize(40);  // the smallest items
  block.patterns.push_back(p);
  m.verbs.push_back(block);
  m.verbs.push_back(VerbBlock{});
  const std::string bytes = SerializeModel(m, 3);
  Result<Model> back = DeserializeModel(bytes, 3);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(SerializeModel(*back, 3), bytes);
}

TEST(Cache, RejectsStaleCorruptTruncatedAndOtherVersions) {
  const std::string good = SerializeModel(Sample(), 7);
  EXPECT_EQ(DeserializeModel(good, 8).status().code(), StatusCode::kNotFound);  // sources changed
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x20;
  EXPECT_EQ(DeserializeModel(flipped, 7).status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(DeserializeModel(good.substr(0, good.size() - 1), 7).status().code(), StatusCode::kDataLoss);
  std::string version = good;
  version[8] = 99;
  EXPECT_EQ(DeserializeModel(version, 7).status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(DeserializeModel("", 7).status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(DeserializeModel("DYADDICT", 7).status().code(), StatusCode::kDataLoss);
}

TEST(Cache, RandomDamageNeverCrashes) {
  const std::string good = SerializeModel(Sample(), 1);
  std::mt19937 rng(5);
  for (int i = 0; i < 2000; ++i) {
    std::string bad = good;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) bad[rng() % bad.size()] = static_cast<char>(rng());
    if (rng() % 3 == 0) bad.resize(rng() % bad.size());
    Result<Model> r = DeserializeModel(bad, 1);
    if (bad != good) {
      EXPECT_FALSE(r.ok() && SerializeModel(*r, 1) != good);
    }
  }
}

class LoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad-dict-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Write("a.dict", "actor RUS\n  name Russia\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  fs::path dir_;
};

TEST_F(LoadTest, WritesUsesAndRebuildsTheCache) {
  LoadInfo first, second, third, fourth;
  ASSERT_TRUE(Load(dir_.string(), {}, &first).ok());
  EXPECT_FALSE(first.from_cache);
  EXPECT_EQ(first.cache_path, (dir_ / "dyad-dict.dyc").string());

  auto cached = Load(dir_.string(), {}, &second);
  ASSERT_TRUE(cached.ok());
  EXPECT_TRUE(second.from_cache);
  EXPECT_EQ((*cached)->Stats().actors, 1u);

  Write("a.dict", "actor RUS\n  name Russia\nactor UKR\n  name Ukraine\n");  // a source changes
  auto rebuilt = Load(dir_.string(), {}, &third);
  ASSERT_TRUE(rebuilt.ok());
  EXPECT_FALSE(third.from_cache);
  EXPECT_EQ((*rebuilt)->Stats().actors, 2u);

  {
    std::fstream f(dir_ / "dyad-dict.dyc", std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(60);
    f.put('\x7f');  // damage the payload
  }
  auto repaired = Load(dir_.string(), {}, &fourth);
  ASSERT_TRUE(repaired.ok());
  EXPECT_FALSE(fourth.from_cache);
  EXPECT_NE(fourth.cache_problem.find("checksum"), std::string::npos) << fourth.cache_problem;
  EXPECT_EQ((*repaired)->Stats().actors, 2u);
}

TEST_F(LoadTest, SpecErrors) {
  EXPECT_EQ(Load((dir_ / "missing").string()).status().code(), StatusCode::kNotFound);
  fs::create_directories(dir_ / "empty");
  EXPECT_EQ(Load((dir_ / "empty").string()).status().code(), StatusCode::kNotFound);
  Write("x.bin", "?");
  EXPECT_EQ(Load((dir_ / "x.bin").string()).status().code(), StatusCode::kUnsupported);
}

}  // namespace
}  // namespace dyad::dict
