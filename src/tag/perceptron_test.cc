// The averaged perceptron learns a separable problem, and its frozen weights score the
// same after a save/load round trip; damaged model bytes are rejected.
#include "tag/perceptron.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

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

namespace dyad::tag {
namespace {

// A table of 40 classes whose first features were updated for most classes, so that
// Freeze keeps them as dense rows; the rest stay sparse. Averaging makes weights that no
// 16-bit grid holds exactly.
Weights TrainWide(std::vector<uint64_t>* keys) {
  WeightsTrainer t(40);
  uint64_t rng = 12345;
  auto next = [&rng] { return rng = rng * 6364136223846793005ULL + 1442695040888963407ULL; };
  for (int i = 0; i < 3000; ++i) {
    const uint64_t f[] = {Feature(1, next() % 6), Feature(2, next() % 400)};
    t.Update(f, static_cast<int>(next() >> 33) % 40, static_cast<int>(next() >> 33) % 40);
    t.Tick();
  }
  for (uint64_t v = 0; v < 6; ++v) keys->push_back(Feature(1, v));
  for (uint64_t v = 0; v < 400; ++v) keys->push_back(Feature(2, v));
  return t.Freeze();
}

TEST(PerceptronTest, SixteenBitDenseRowsStayWithinTheirRowsScale) {
  std::vector<uint64_t> keys;
  const Weights w = TrainWide(&keys);
  Weights q = w;
  q.QuantizeDenseRows();
  size_t differ = 0;
  for (uint64_t k : keys) {
    float a[40] = {}, b[40] = {};
    w.Score(k, a);
    q.Score(std::span<const uint64_t>(&k, 1), b);
    float max_abs = 0.0f;
    for (float x : a) max_abs = std::max(max_abs, std::fabs(x));
    for (int c = 0; c < 40; ++c) {
      EXPECT_NEAR(a[c], b[c], max_abs / 32767.0f) << "key " << k << " class " << c;
      differ += a[c] != b[c];
    }
  }
  EXPECT_GT(differ, 0u) << "no dense row was scored in 16 bits";
  ByteWriter a, b;  // files keep the float weights
  w.Save(&a);
  q.Save(&b);
  EXPECT_EQ(a.bytes(), b.bytes());
}

TEST(PerceptronTest, ScoreEachAddsEveryKeyToItsOwnArray) {
  std::vector<uint64_t> keys;
  Weights w = TrainWide(&keys);
  for (bool quantized : {false, true}) {
    if (quantized) w.QuantizeDenseRows();
    // Three arrays, keys dealt round robin; more keys than one batch of 128.
    std::vector<float> each(3 * 40, 0.0f), one_by_one(3 * 40, 0.0f);
    std::vector<float*> out;
    for (size_t i = 0; i < keys.size(); ++i) {
      out.push_back(&each[(i % 3) * 40]);
      w.Score(std::span<const uint64_t>(&keys[i], 1), &one_by_one[(i % 3) * 40]);
    }
    w.ScoreEach(keys, out.data());
    EXPECT_EQ(each, one_by_one) << (quantized ? "16-bit rows" : "float rows");
  }
}

}  // namespace
}  // namespace dyad::tag
