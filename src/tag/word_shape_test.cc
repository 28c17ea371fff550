// Word normalisation and shapes, and the hashes the per-token paths compute without
// building strings: each must equal HashString of the string it stands for.
#include "tag/word_shape.h"

#include <gtest/gtest.h>

#include "tag/perceptron.h"

namespace dyad::tag {
namespace {

TEST(WordShapeTest, StringsAndTheirHashesAgree) {
  const struct {
    const char *form, *lower, *norm, *shape;
  } kCases[] = {
      {"McCain", "mccain", "mccain", "XxXx"},
      {"1990s", "1990s", "0000s", "dx"},
      {"U.S.", "u.s.", "u.s.", "X.X."},
      {"", "", "", ""},
      {"1,200", "1,200", "0,000", "d,d"},
      {"Zürich", "zürich", "zürich", "Xux"},  // UTF-8 bytes are kept and shaped 'u'
      {"a-B-c-D-e-F", "a-b-c-d-e-f", "a-b-c-d-e-f", "x-X-x-X-"},  // shapes stop at 8 bytes
      {"AAAA", "aaaa", "aaaa", "X"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(AsciiLower(c.form), c.lower) << c.form;
    EXPECT_EQ(NormalizeWord(c.form), c.norm) << c.form;
    EXPECT_EQ(WordShape(c.form), c.shape) << c.form;
    EXPECT_EQ(HashLower(c.form), HashString(c.lower)) << c.form;
    EXPECT_EQ(HashNormalized(c.form), HashString(c.norm)) << c.form;
    EXPECT_EQ(HashShape(c.form), HashString(c.shape)) << c.form;
  }
}

TEST(WordShapeTest, AtomsHashTheNormalisedAffixes) {
  const WordAtoms a = ComputeAtoms("Sanctions1");
  EXPECT_EQ(a.norm, HashString("sanctions0"));
  EXPECT_EQ(a.shape, HashString("Xxd"));
  EXPECT_EQ(a.suffix[0], Mix(1, HashString("0")));
  EXPECT_EQ(a.suffix[3], Mix(4, HashString("ons0")));
  EXPECT_EQ(a.prefix[2], Mix(13, HashString("san")));
  EXPECT_TRUE(a.upper_initial);
  EXPECT_FALSE(a.all_upper);
  EXPECT_TRUE(a.has_digit);
  const WordAtoms b = ComputeAtoms("G7");  // shorter than the longest affix
  EXPECT_EQ(b.suffix[3], Mix(4, HashString("g0")));
  EXPECT_EQ(b.prefix[2], Mix(13, HashString("g0")));
  EXPECT_TRUE(b.all_upper);
}

}  // namespace
}  // namespace dyad::tag
