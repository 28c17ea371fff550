// Lemma edit rules, and the shipped lemmatizer on the verb forms event coding depends on.
#include "tag/lemmatizer.h"

#include <gtest/gtest.h>

#include "tag/test_data.h"

namespace dyad::tag {
namespace {

TEST(LemmaRuleTest, BetweenAndApplyAgree) {
  const struct {
    const char *form, *lemma, *encoded;
  } kCases[] = {
      {"accused", "accuse", "L|1|"},
      {"countries", "country", "L|3|y"},
      {"went", "go", "L|4|go"},
      {"Bush", "Bush", "K|0|"},
      {"The", "the", "L|0|"},
      {"laid", "lay", "L|2|y"},
      {"children", "child", "L|3|"},
      {"1,993,045", "1993045", "N|0|"},
  };
  for (const auto& c : kCases) {
    const LemmaRule r = LemmaRule::Between(c.form, c.lemma);
    EXPECT_EQ(r.Encode(), c.encoded) << c.form;
    EXPECT_EQ(r.Apply(c.form), c.lemma) << c.form;
    EXPECT_EQ(LemmaRule::Decode(r.Encode()).Apply(c.form), c.lemma) << c.form;
  }
  EXPECT_EQ(LemmaRule::Decode("L|9|x").Apply("abc"), "abc");  // strip longer than the form
}

TEST(LemmatizerTest, ShippedModelGetsVerbFormsRight) {
  auto lem = Lemmatizer::Load(std::string(DYAD_SOURCE_DIR) + "/models/lemmatizer.bin");
  ASSERT_TRUE(lem.ok()) << lem.status().ToString();
  const struct {
    const char *form, *upos, *xpos, *lemma;
  } kCases[] = {
      {"accused", "VERB", "VBD", "accuse"},   {"accused", "VERB", "VBN", "accuse"},
      {"laid", "VERB", "VBD", "lay"},         {"laid", "VERB", "VBN", "lay"},
      {"broke", "VERB", "VBD", "break"},      {"went", "VERB", "VBD", "go"},
      {"denied", "VERB", "VBD", "deny"},      {"sent", "VERB", "VBD", "send"},
      {"pushed", "VERB", "VBD", "push"},      {"tried", "VERB", "VBD", "try"},
      {"prevented", "VERB", "VBN", "prevent"}, {"was", "AUX", "VBD", "be"},
      {"were", "AUX", "VBD", "be"},           {"has", "AUX", "VBZ", "have"},
      {"supplying", "VERB", "VBG", "supply"}, {"countries", "NOUN", "NNS", "country"},
      {"Accused", "VERB", "VBD", "accuse"},   {"Pyongyang", "PROPN", "NNP", "Pyongyang"},
      // Words absent from the treebank go through the rule classifier.
      {"bombarded", "VERB", "VBD", "bombard"}, {"sanctioning", "VERB", "VBG", "sanction"},
      {"militias", "NOUN", "NNS", "militia"},
  };
  for (const auto& c : kCases)
    EXPECT_EQ(lem->Lemmatize(c.form, c.upos, c.xpos), c.lemma) << c.form << "/" << c.xpos;
}

TEST(LemmatizerTest, SaveLoadRoundTripAndSmallTraining) {
  auto train = testing::LoadTreebank(testing::EwtPath("train"), 1500);
  if (train.empty()) GTEST_SKIP() << "needs ../shared/data/ud/UD_English-EWT";
  auto dev = testing::LoadTreebank(testing::EwtPath("dev"), 500);
  TrainOptions opts;
  opts.epochs = 3;
  auto lem = Lemmatizer::Train(train, dev, opts);
  ASSERT_TRUE(lem.ok()) << lem.status().ToString();
  // A model from 1,500 sentences already gets nine lemmas in ten right with gold tags.
  EXPECT_GT(lem->Evaluate(dev), 0.90);
  auto again = Lemmatizer::FromBytes(lem->ToBytes());
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->ToBytes(), lem->ToBytes());
  EXPECT_EQ(again->Evaluate(dev), lem->Evaluate(dev));
}

}  // namespace
}  // namespace dyad::tag
