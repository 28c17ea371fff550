// The averaged perceptron learns a separable problem, and its frozen weights score the
// same after a save/load round trip; damaged model bytes are rejected.
#include "tag/perceptron.h"

#include <gtest/gtest.h>

namespace dyad::tag {
namespace {

// Class c is signalled by feature c+10; feature 99 fires for every instance.
std::vector<uint64_t> Instance(int c) { return {Feature(1, c + 10), Feature(2, 99)}; }

Weights TrainToy() {
  WeightsTrainer t(3);
  for (int epoch = 0; epoch < 3; ++epoch)
    for (int c = 0; c < 3; ++c) {
      auto f = Instance(c);
      float s[3] = {};
      t.Score(f, s);
      t.Update(f, c, ArgMax(s));
      t.Tick();
    }
  return t.Freeze();
}

TEST(PerceptronTest, LearnsSeparableClasses) {
  Weights w = TrainToy();
  for (int c = 0; c < 3; ++c) {
    float s[3] = {};
    w.Score(Instance(c), s);
    EXPECT_EQ(ArgMax(s), c);
  }
}

TEST(PerceptronTest, SaveLoadRoundTripScoresIdentically) {
  Weights w = TrainToy();
  ByteWriter out;
  w.Save(&out);
  ByteReader in(out.bytes());
  auto loaded = Weights::Load(&in);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_TRUE(in.done());
  EXPECT_EQ(loaded->num_features(), w.num_features());
  for (int c = 0; c < 3; ++c) {
    float a[3] = {}, b[3] = {};
    w.Score(Instance(c), a);
    loaded->Score(Instance(c), b);
    for (int k = 0; k < 3; ++k) EXPECT_EQ(a[k], b[k]);
  }
  float none[3] = {};
  loaded->Score(Feature(7, 12345), none);  // an unseen feature adds nothing
  EXPECT_EQ(none[0] + none[1] + none[2], 0.0f);
}

TEST(PerceptronTest, RejectsTruncatedAndCorruptBytes) {
  ByteWriter out;
  TrainToy().Save(&out);
  const std::string bytes = out.bytes();
  for (size_t cut : {size_t{0}, size_t{3}, bytes.size() / 2, bytes.size() - 1}) {
    ByteReader in(std::string_view(bytes).substr(0, cut));
    EXPECT_FALSE(Weights::Load(&in).ok()) << "cut at " << cut;
  }
  std::string corrupt = bytes;
  corrupt[3] = 0x7f;  // the class count becomes huge
  ByteReader in(corrupt);
  EXPECT_FALSE(Weights::Load(&in).ok());
}

TEST(PerceptronTest, ArgMaxHonoursAllowedAndTies) {
  const float s[] = {1.0f, 3.0f, 3.0f, 2.0f};
  EXPECT_EQ(ArgMax(s), 1);
  const bool allowed[] = {true, false, false, true};
  EXPECT_EQ(ArgMax(s, allowed), 3);
  const bool none[] = {false, false, false, false};
  EXPECT_EQ(ArgMax(s, none), -1);
}

}  // namespace
}  // namespace dyad::tag

namespace dyad::tag {
namespace {

TEST(PerceptronTest, PrunedDropsSmallEntriesOnly) {
  Weights w = TrainToy();
  Weights same = w.Pruned(0.0f), none = w.Pruned(1e9f);
  EXPECT_EQ(same.num_entries(), w.num_entries());
  EXPECT_EQ(none.num_entries(), 0u);
  EXPECT_EQ(none.num_features(), 0u);
  for (int c = 0; c < 3; ++c) {
    float a[3] = {}, b[3] = {};
    w.Score(Instance(c), a);
    same.Score(Instance(c), b);
    for (int k = 0; k < 3; ++k) EXPECT_EQ(a[k], b[k]);
  }
}

}  // namespace
}  // namespace dyad::tag
