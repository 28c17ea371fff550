// The tagger learns from a slice of EWT, and a model survives a save/load round trip.
#include "tag/tagger.h"

#include <gtest/gtest.h>

#include "tag/test_data.h"

namespace dyad::tag {
namespace {

TEST(TaggerTest, LearnsFromASliceOfEwtAndRoundTrips) {
  auto train = testing::LoadTreebank(testing::EwtPath("train"), 2000);
  if (train.empty()) GTEST_SKIP() << "needs ../shared/data/ud/UD_English-EWT";
  auto dev = testing::LoadTreebank(testing::EwtPath("dev"), 500);
  TrainOptions opts;
  opts.epochs = 3;
  auto tagger = Tagger::Train(train, dev, opts);
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  const Tagger::Accuracy acc = tagger->Evaluate(dev);
  // 2,000 sentences (~30k words) and 3 epochs; the full model is far above these floors.
  EXPECT_GT(acc.upos, 0.85);
  EXPECT_GT(acc.xpos, 0.84);

  auto again = Tagger::FromBytes(tagger->ToBytes());
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->ToBytes(), tagger->ToBytes());
  const Tagger::Accuracy acc2 = again->Evaluate(dev);
  EXPECT_EQ(acc2.upos, acc.upos);
  EXPECT_EQ(acc2.xpos, acc.xpos);
}

TEST(TaggerTest, TrainingIsDeterministic) {
  auto train = testing::LoadTreebank(testing::EwtPath("train"), 300);
  if (train.empty()) GTEST_SKIP() << "needs ../shared/data/ud/UD_English-EWT";
  TrainOptions opts;
  opts.epochs = 2;
  auto a = Tagger::Train(train, {}, opts);
  auto b = Tagger::Train(train, {}, opts);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->ToBytes(), b->ToBytes());
}

// Without dev data the weights below the given magnitude are dropped.
TEST(TaggerTest, TrainingWithoutDevPrunesByTheGivenThreshold) {
  auto train = testing::LoadTreebank(testing::EwtPath("train"), 300);
  if (train.empty()) GTEST_SKIP() << "needs ../shared/data/ud/UD_English-EWT";
  TrainOptions opts;
  opts.epochs = 2;
  auto all = Tagger::Train(train, {}, opts);
  opts.prune = 0.5f;
  auto pruned = Tagger::Train(train, {}, opts);
  ASSERT_TRUE(all.ok() && pruned.ok());
  EXPECT_LT(pruned->num_features(), all->num_features());
  EXPECT_GT(pruned->num_features(), 0u);
}

TEST(TaggerTest, RejectsEmptyTrainingDataAndForeignBytes) {
  EXPECT_EQ(Tagger::Train({}, {}, TrainOptions()).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Tagger::FromBytes("DYADLEM1 not a tagger").status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(Tagger::Load("/nonexistent/tagger.bin").status().code(), StatusCode::kNotFound);
}

TEST(TaggerTest, ShippedModelTagsADocument) {
  auto tagger = Tagger::Load(std::string(DYAD_SOURCE_DIR) + "/models/tagger.bin");
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  Document doc;
  doc.text = "North Korea denied the report.";
  const uint32_t spans[][2] = {{0, 5}, {6, 11}, {12, 18}, {19, 22}, {23, 29}, {29, 30}};
  for (const auto& s : spans) doc.tokens.push_back(Token{s[0], s[1]});
  doc.sentences.push_back(Sentence{0, 30, 0, 6});
  doc = tagger->Tag(std::move(doc));
  const Upos want[] = {Upos::kPROPN, Upos::kPROPN, Upos::kVERB,
                       Upos::kDET,   Upos::kNOUN,  Upos::kPUNCT};
  for (size_t i = 0; i < 6; ++i) EXPECT_EQ(doc.tokens[i].upos, want[i]) << i;
  EXPECT_EQ(XposName(doc.tokens[2].xpos), "VBD");
}

}  // namespace
}  // namespace dyad::tag
