// The averaged perceptron learns a separable problem, and its frozen weights score the
// same after a save/load round trip; damaged model bytes are rejected.
#include "tag/perceptron.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <random>
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

// Feature keys of small atoms (tags, labels, counts, the "none" marks) never coincide
// across templates, atoms or places: every key of templates below 300 and such atoms is
// different.
TEST(FeatureTest, TemplatesStayApart) {
  std::vector<uint64_t> atoms;
  for (uint64_t v = 0; v < 40; ++v) atoms.push_back(v);
  for (uint64_t v : {99ull, 1000ull, 1001ull, 0xffffull, 0x6e6f6e65ull, 0x726f6f74ull}) atoms.push_back(v);
  std::vector<uint64_t> keys;
  keys.reserve(300 * atoms.size() * atoms.size() * 3);
  for (uint64_t t = 0; t < 300; ++t)
    for (uint64_t a : atoms)
      for (uint64_t b : atoms)
        for (uint64_t c : {0ull, 1ull, 7ull}) keys.push_back(Feature(t, a, b, c));
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(std::adjacent_find(keys.begin(), keys.end()), keys.end());
  EXPECT_EQ(Feature(5, 77), Feature(5, 77, 0, 0));  // absent atoms are zeros
  EXPECT_NE(Feature(5, 77, 78), Feature(5, 78, 77));
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
  corrupt[7] = 0x7f;  // the class count becomes huge
  ByteReader in(corrupt);
  EXPECT_FALSE(Weights::Load(&in).ok());
  corrupt = bytes;
  corrupt[3] = 0x7f;  // the layout mark becomes a class count, as in the earliest layout
  ByteReader in2(corrupt);
  EXPECT_FALSE(Weights::Load(&in2).ok());
}

// The file's parts, as Save writes them: the layout mark, the shape, a bit per slot, the
// occupied slots' fingerprints and entry counts, then the entries.
struct Packed {
  int32_t layout = 0, num_classes = 0;
  uint64_t num_features = 0, capacity = 0;
  std::vector<uint8_t> occupied;
  std::vector<uint32_t> keys;
  std::vector<uint16_t> counts;
  std::vector<uint8_t> cls;
  std::vector<float> w;
};

Packed ReadPacked(const std::string& bytes) {
  Packed p;
  ByteReader in(bytes);
  EXPECT_TRUE(in.Get(&p.layout).ok());
  EXPECT_TRUE(in.Get(&p.num_classes).ok());
  EXPECT_TRUE(in.Get(&p.num_features).ok());
  EXPECT_TRUE(in.Get(&p.capacity).ok());
  EXPECT_TRUE(in.GetVector(&p.occupied).ok());
  EXPECT_TRUE(in.GetVector(&p.keys).ok());
  EXPECT_TRUE(in.GetVector(&p.counts).ok());
  EXPECT_TRUE(in.GetVector(&p.cls).ok());
  EXPECT_TRUE(in.GetVector(&p.w).ok());
  EXPECT_TRUE(in.done());
  return p;
}

std::string WritePacked(const Packed& p) {
  ByteWriter out;
  out.Put(p.layout);
  out.Put(p.num_classes);
  out.Put(p.num_features);
  out.Put(p.capacity);
  out.PutVector(p.occupied);
  out.PutVector(p.keys);
  out.PutVector(p.counts);
  out.PutVector(p.cls);
  out.PutVector(p.w);
  return out.bytes();
}

TEST(PerceptronTest, FilesHoldOnlyTheOccupiedSlots) {
  const Weights w = TrainToy();
  ByteWriter out;
  w.Save(&out);
  const Packed p = ReadPacked(out.bytes());
  EXPECT_EQ(p.layout, -2);
  EXPECT_EQ(p.num_classes, 3);
  EXPECT_EQ(p.keys.size(), w.num_features());
  EXPECT_GT(p.capacity, p.keys.size());  // the table in memory keeps empty slots
  EXPECT_EQ(p.occupied.size(), (p.capacity + 7) / 8);
  size_t entries = 0;
  for (uint16_t c : p.counts) entries += c;
  EXPECT_EQ(entries, p.cls.size());
  EXPECT_EQ(entries, w.num_entries());
}

// Tables keyed by the feature hash before 2026-12-02 (the packed layout marked -1, or the
// layout before it, whose first field is the class count) hold none of today's keys:
// Load refuses them with a reason rather than score nothing.
TEST(PerceptronTest, RefusesTablesOfEarlierKeys) {
  ByteWriter out;
  TrainToy().Save(&out);
  Packed p = ReadPacked(out.bytes());
  p.layout = -1;
  const std::string earlier = WritePacked(p);
  ByteReader in(earlier);
  auto loaded = Weights::Load(&in);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().ToString().find("earlier feature hash"), std::string::npos) << loaded.status().ToString();
  ByteWriter earliest;  // the class count first
  earliest.Put(p.num_classes);
  earliest.Put(p.num_features);
  const std::string earliest_bytes = earliest.bytes();
  ByteReader in2(earliest_bytes);
  loaded = Weights::Load(&in2);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().ToString().find("earlier feature hash"), std::string::npos);
}

TEST(PerceptronTest, RejectsInconsistentPackedTables) {
  ByteWriter out;
  TrainToy().Save(&out);
  const Packed good = ReadPacked(out.bytes());
  auto rejected = [](const Packed& p) {
    const std::string bytes = WritePacked(p);
    ByteReader in(bytes);
    return !Weights::Load(&in).ok();
  };
  ASSERT_FALSE(rejected(good));
  Packed p = good;
  p.counts[0] += 1;  // the counts claim more entries than there are
  EXPECT_TRUE(rejected(p));
  p = good;
  p.keys[0] = 0;  // an occupied slot without a fingerprint
  EXPECT_TRUE(rejected(p));
  p = good;
  p.capacity *= 2;  // the bits no longer cover the table
  EXPECT_TRUE(rejected(p));
  p = good;
  p.capacity = 3;  // not a power of two
  EXPECT_TRUE(rejected(p));
  p = good;
  std::fill(p.occupied.begin(), p.occupied.end(), 0xff);  // no empty slot ends a probe
  p.keys.resize(p.capacity, 1);
  p.counts.resize(p.capacity, 0);
  EXPECT_TRUE(rejected(p));
  p = good;
  p.occupied[0] ^= 1;  // one slot more or less than there are fingerprints
  EXPECT_TRUE(rejected(p));
  p = good;
  p.cls[0] = 3;  // a class the model does not have
  EXPECT_TRUE(rejected(p));
}

TEST(PerceptronTest, ArgMaxHonoursAllowedAndTies) {
  const float s[] = {1.0f, 3.0f, 3.0f, 2.0f};
  EXPECT_EQ(ArgMax(s), 1);
  const bool allowed[] = {true, false, false, true};
  EXPECT_EQ(ArgMax(s, allowed), 3);
  const bool none[] = {false, false, false, false};
  EXPECT_EQ(ArgMax(s, none), -1);
}

// ArgMax reads four classes at a time; every length, tie and mask must give the plain
// scan's answer.
TEST(PerceptronTest, ArgMaxAgreesWithAPlainScan) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 20000; ++trial) {
    const size_t n = rng() % 131;
    std::vector<float> s(n);
    // Few distinct values, so that ties are common; sometimes -0 beside +0.
    for (float& v : s) v = static_cast<float>(static_cast<int>(rng() % 7) - 3) * 0.5f;
    if (n > 0 && rng() % 4 == 0) s[rng() % n] = -0.0f;
    std::unique_ptr<bool[]> allowed(new bool[n + 1]);
    const int density = static_cast<int>(rng() % 5);  // 0: none allowed ... 4: all
    for (size_t c = 0; c < n; ++c) allowed[c] = static_cast<int>(rng() % 4) < density;
    const bool masked = rng() % 3 != 0;
    int want = -1;
    for (size_t c = 0; c < n; ++c) {
      if (masked && !allowed[c]) continue;
      if (want < 0 || s[c] > s[want]) want = static_cast<int>(c);
    }
    const int got = masked ? ArgMax(s, std::span<const bool>(allowed.get(), n)) : ArgMax(s);
    ASSERT_EQ(got, want) << "trial " << trial << ", " << n << " classes";
  }
}

// A NaN score (a damaged model's weights) never wins; an allowed class is still chosen.
TEST(PerceptronTest, ArgMaxPassesOverNaN) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const float first[] = {nan, 1.0f, 3.0f, 2.0f, 0.0f};
  EXPECT_EQ(ArgMax(first), 2);
  const float only[] = {nan, nan, nan, nan, nan, nan};
  EXPECT_EQ(ArgMax(only), 0);
  const bool allowed[] = {false, false, false, false, true, true};
  EXPECT_EQ(ArgMax(only, allowed), 4);
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
// With `rare` values of the second feature spread over 3,000 updates, most of those keep
// a few entries each and stay sparse.
Weights TrainWide(std::vector<uint64_t>* keys, uint64_t rare = 400, uint64_t seed = 12345) {
  WeightsTrainer t(40);
  uint64_t rng = seed;
  auto next = [&rng] { return rng = rng * 6364136223846793005ULL + 1442695040888963407ULL; };
  for (int i = 0; i < 3000; ++i) {
    const uint64_t f[] = {Feature(1, next() % 6), Feature(2, next() % rare)};
    t.Update(f, static_cast<int>(next() >> 33) % 40, static_cast<int>(next() >> 33) % 40);
    t.Tick();
  }
  for (uint64_t v = 0; v < 6; ++v) keys->push_back(Feature(1, v));
  for (uint64_t v = 0; v < rare; ++v) keys->push_back(Feature(2, v));
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

namespace dyad::tag {
namespace {

// The scores of `keys[i]` read plainly from a file's packed layout: linear probing over
// the slots from the key's own, each feature's entries added in their order.
std::vector<float> ReadByHand(const Packed& p, std::span<const uint64_t> keys) {
  std::vector<size_t> record(p.capacity, SIZE_MAX), first(p.capacity, 0);
  size_t next = 0, entry = 0;
  for (size_t s = 0; s < p.capacity; ++s) {
    if (!(p.occupied[s / 8] >> (s % 8) & 1)) continue;
    record[s] = next;
    first[s] = entry;
    entry += p.counts[next++];
  }
  std::vector<float> scores(keys.size() * p.num_classes, 0.0f);
  for (size_t i = 0; i < keys.size(); ++i) {
    const uint32_t fp = static_cast<uint32_t>(keys[i] >> 32) | 1u;
    for (uint64_t s = keys[i] & (p.capacity - 1); record[s] != SIZE_MAX; s = (s + 1) & (p.capacity - 1)) {
      if (p.keys[record[s]] != fp) continue;
      for (size_t e = first[s]; e < first[s] + p.counts[record[s]]; ++e)
        scores[i * p.num_classes + p.cls[e]] += p.w[e];
      break;
    }
  }
  return scores;
}

// Scoring reads the probe form (one record per slot, each feature's sparse weights in one
// block, frequent features' dense rows) that Densify and Load build: it must give the sums
// of a plain reading of the file, to the bit, for a trained table and a loaded one, for
// seen and unseen features, and a loaded table must write the same file back.
TEST(PerceptronTest, ProbeFormScoresAsTheFileReads) {
  // Six frequent features (dense rows) and 3,000 rare ones (a few entries each).
  std::vector<uint64_t> keys;
  const Weights w = TrainWide(&keys, 3000, 777);
  for (uint64_t v = 3000; v < 3500; ++v) keys.push_back(Feature(2, v));  // never seen
  ByteWriter file;
  w.Save(&file);
  const Packed p = ReadPacked(file.bytes());
  const std::vector<float> reference = ReadByHand(p, keys);
  ByteReader in(file.bytes());
  auto loaded = Weights::Load(&in);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ByteWriter again;
  loaded->Save(&again);
  EXPECT_EQ(again.bytes(), file.bytes());
  EXPECT_EQ(loaded->num_entries(), w.num_entries());
  for (const Weights* table : std::vector<const Weights*>{&w, &*loaded}) {
    std::vector<float> probed(keys.size() * 40, 0.0f);
    std::vector<float*> out;
    for (size_t i = 0; i < keys.size(); ++i) out.push_back(&probed[i * 40]);
    table->ScoreEach(keys, out.data());
    EXPECT_EQ(probed, reference);
  }
}

// A table of 255 classes and more has no dense rows (a row's class byte marks them) and
// scores from its arrays; class 255 is an ordinary class there.
TEST(PerceptronTest, TablesOfManyClassesKeepTheirArrays) {
  WeightsTrainer t(256);
  const uint64_t f[] = {Feature(1, 1), Feature(2, 2)};
  for (int i = 0; i < 5; ++i) {
    t.Update(f, 255, 0);
    t.Tick();
  }
  const Weights w = t.Freeze();
  ByteWriter file;
  w.Save(&file);
  ByteReader in(file.bytes());
  auto loaded = Weights::Load(&in);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  for (const Weights* table : std::vector<const Weights*>{&w, &*loaded}) {
    std::vector<float> s(256, 0.0f);
    table->Score(f, s.data());
    EXPECT_EQ(ArgMax(s), 255);
    EXPECT_LT(s[0], 0.0f);
  }
}

// A table loaded without its classes that have no weight (Load's drop_empty_classes)
// scores its other classes to the bit as the whole table does, in 16 bits too, and
// writes the same file back.
TEST(PerceptronTest, DroppedClassesLeaveTheOthersScoresAlone) {
  WeightsTrainer t(40);  // only the even classes are ever updated
  uint64_t rng = 99;
  auto next = [&rng] { return rng = rng * 6364136223846793005ULL + 1442695040888963407ULL; };
  std::vector<uint64_t> keys;
  for (int i = 0; i < 3000; ++i) {
    const uint64_t f[] = {Feature(1, next() % 6), Feature(2, next() % 500)};
    t.Update(f, 2 * (static_cast<int>(next() >> 33) % 20), 2 * (static_cast<int>(next() >> 33) % 20));
    t.Tick();
  }
  for (uint64_t v = 0; v < 6; ++v) keys.push_back(Feature(1, v));
  for (uint64_t v = 0; v < 600; ++v) keys.push_back(Feature(2, v));  // some never seen
  ByteWriter file;
  t.Freeze().Save(&file);
  ByteReader in_all(file.bytes()), in_some(file.bytes());
  auto all = Weights::Load(&in_all);
  auto some = Weights::Load(&in_some, /*drop_empty_classes=*/true);
  ASSERT_TRUE(all.ok() && some.ok());
  EXPECT_TRUE(all->classes().empty());
  ASSERT_EQ(some->num_classes(), 20);
  EXPECT_EQ(some->file_classes(), 40);
  for (int j = 0; j < 20; ++j) EXPECT_EQ(some->classes()[static_cast<size_t>(j)], 2 * j);
  for (bool quantized : {false, true}) {
    if (quantized) {
      all->QuantizeDenseRows();
      some->QuantizeDenseRows();
    }
    for (uint64_t k : keys) {
      float a[40] = {}, b[20] = {};
      all->Score(k, a);
      some->Score(k, b);
      for (int c = 0; c < 40; ++c) {
        if (c % 2) {
          EXPECT_EQ(a[c], 0.0f);
        } else {
          EXPECT_EQ(a[c], b[c / 2]) << "key " << k << " class " << c << (quantized ? " (16 bits)" : "");
        }
      }
    }
  }
  ByteWriter again;
  some->Save(&again);
  EXPECT_EQ(again.bytes(), file.bytes());
}

}  // namespace
}  // namespace dyad::tag
