#include "dedupe/near_duplicates.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::dedupe {
namespace {

const std::string kStory =
    "Russian Defence Minister Sergei Shoigu arrived in Pyongyang on Wednesday for talks on "
    "military cooperation with North Korean officials, state media reported. The visit marks "
    "the seventieth anniversary of the armistice that ended the fighting of the Korean War. "
    "Chinese Politburo member Li Hongzhong also attended the ceremonies in the capital.";

TEST(NearDuplicates, CopiesAndSmallEditsGroupUnrelatedStoriesDoNot) {
  std::string wire_copy = "PYONGYANG (Wire) - " + kStory;
  std::string updated = kStory + " Officials gave no further details.";
  std::string other =
      "The European Union agreed on Thursday to extend sanctions against Iran for another "
      "six months, diplomats said, after ministers met in Brussels to discuss the nuclear "
      "programme and the detention of foreign nationals in Tehran prisons.";
  std::vector<Signature> sigs = {MinHash(kStory), MinHash(other), MinHash(wire_copy),
                                 MinHash(updated), MinHash("")};
  EXPECT_GT(Similarity(sigs[0], sigs[2]), 0.8);
  EXPECT_LT(Similarity(sigs[0], sigs[1]), 0.1);
  auto groups = GroupNearDuplicates(sigs);
  std::vector<uint32_t> expected = {0, 1, 0, 0, 4};
  EXPECT_EQ(groups, expected);
}

TEST(NearDuplicates, CaseAndPunctuationDoNotMatter) {
  EXPECT_DOUBLE_EQ(Similarity(MinHash("North Korea and Russia plan closer cooperation."),
                              MinHash("NORTH KOREA AND RUSSIA PLAN CLOSER COOPERATION")),
                   1.0);
}

TEST(NearDuplicates, ThresholdIsAnOption) {
  std::string half = kStory.substr(0, kStory.size() / 2);
  std::vector<Signature> sigs = {MinHash(kStory), MinHash(half)};
  EXPECT_EQ(GroupNearDuplicates(sigs, {.threshold = 0.95})[1], 1u);
  EXPECT_EQ(GroupNearDuplicates(sigs, {.threshold = 0.3})[1], 0u);
}

// A signature does not depend on the processor's version of the hashing (AVX-512, AVX2 or
// the baseline) nor on anything but the text: these values were computed before the hashing
// was vectorised, and a change of them would regroup every corpus coded before.
TEST(NearDuplicates, SignaturesAreStable) {
  const Signature sig = MinHash("North Korea and Russia want to work together, Shoigu said in Pyongyang on Wednesday.");
  EXPECT_EQ(sig[0], 0x1c57c22480535bf2ULL);
  EXPECT_EQ(sig[1], 0x06f5a4a8aa6e5c1fULL);
  EXPECT_EQ(sig[64], 0x0e5af2face03183bULL);
  EXPECT_EQ(sig[127], 0x27f12b46fdd832efULL);
}

}  // namespace
}  // namespace dyad::dedupe
