// The split of the tagger's features that decoding relies on: the features that read only
// the words (and the first pass's classes) are the same whatever classes were chosen to
// the left, and with the ones that read those classes they are exactly the features
// training sees, index by index.
#include "tag/tagger_features.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace dyad::tag::internal {
namespace {

TEST(TaggerFeaturesTest, WordFeaturesIgnoreTheClassesToTheLeft) {
  const std::vector<std::string_view> forms = {"Russia", "denied", "the", "claims", "on", "Monday", "."};
  const Window win(forms, [](uint64_t h) { return h % 3 == 0 ? kNoAmbiguity : h % 5; });
  const int len = win.size();
  const std::vector<int> first_pass = {3, 1, 4, 1, 5, 9, 2};
  for (bool second : {false, true}) {
    const std::span<const int> right = second ? std::span<const int>(first_pass) : std::span<const int>();
    for (int i = 0; i < len; ++i) {
      uint64_t a[kMaxTagFeatures], b[kMaxTagFeatures], words[kMaxTagFeatures];
      const int n = ExtractTagFeatures(win, i, kStartTag, kStartTag, right, a);
      ASSERT_EQ(ExtractTagFeatures(win, i, TagAtom(7), TagAtom(2), right, b), n);
      ASSERT_EQ(ExtractWordTagFeatures(win, i, right, words), n) << i;
      ASSERT_LE(n, kMaxTagFeatures);
      // The indices whose features change with t1 and t2 are the ones the second step
      // writes; every other index holds the word step's feature.
      uint64_t choice[kMaxTagFeatures] = {};
      ExtractChoiceTagFeatures(win, i, TagAtom(7), TagAtom(2), right, choice);
      int changed = 0;
      for (int k = 0; k < n; ++k) {
        if (a[k] != b[k]) {
          ++changed;
          EXPECT_EQ(choice[k], b[k]) << "position " << i << " index " << k;
          EXPECT_EQ(words[k], 0u) << "position " << i << " index " << k;
        } else {
          EXPECT_EQ(words[k], a[k]) << "position " << i << " index " << k;
          EXPECT_EQ(choice[k], 0u) << "position " << i << " index " << k << " is written by both steps";
        }
      }
      EXPECT_EQ(changed, second ? 8 : 7) << i;
    }
  }
}

}  // namespace
}  // namespace dyad::tag::internal
