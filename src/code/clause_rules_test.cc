#include "code/clause_rules.h"

#include <gtest/gtest.h>

namespace dyad::code {
namespace {

TEST(ClauseRules, Reframe) {
  struct Row {
    ClauseFrame frame;
    const char* code;
    const char* want;
  } rows[] = {
      {ClauseFrame::kIntent, "042", "036"},   {ClauseFrame::kIntent, "062", "0312"},
      {ClauseFrame::kIntent, "061", "0311"},  {ClauseFrame::kIntent, "085", "0354"},
      {ClauseFrame::kIntent, "190", "138"}, {ClauseFrame::kIntent, "010", ""},      {ClauseFrame::kIntent, "138", "138"},
      {ClauseFrame::kRefusal, "046", "125"},  {ClauseFrame::kRefusal, "062", "1212"},
      {ClauseFrame::kAppeal, "046", "026"},   {ClauseFrame::kAppeal, "085", "0254"},
      {ClauseFrame::kAppeal, "087", "0256"},  {ClauseFrame::kAppeal, "071", "0231"},
      {ClauseFrame::kNone, "190", "190"},
  };
  for (const Row& r : rows) EXPECT_EQ(Reframe(r.frame, r.code), r.want) << r.code;
}

TEST(ClauseRules, FramesOfGoverningVerbs) {
  EXPECT_EQ(FrameOfGoverning("want"), ClauseFrame::kIntent);
  EXPECT_EQ(FrameOfGoverning("agree"), ClauseFrame::kIntent);
  EXPECT_EQ(FrameOfGoverning("refuse"), ClauseFrame::kRefusal);
  EXPECT_EQ(FrameOfGoverning("try"), ClauseFrame::kNone);
}

TEST(ClauseRules, NarrowByTopic) {
  EXPECT_EQ(NarrowByTopic("030", {"work", "defense", "issue"}), "0312");
  EXPECT_EQ(NarrowByTopic("060", {"trade"}), "061");
  EXPECT_EQ(NarrowByTopic("060", {"trade", "military"}), "060");  // both: left general
  EXPECT_EQ(NarrowByTopic("190", {"military"}), "190");
}

TEST(ClauseRules, VerbClasses) {
  EXPECT_TRUE(IsObjectControlVerb("urge"));
  EXPECT_FALSE(IsObjectControlVerb("want"));
  EXPECT_TRUE(IsSpeechVerb("say"));
  EXPECT_TRUE(IsCooperativeComplement("work"));
  EXPECT_TRUE(IsReportingVerb("say"));
  EXPECT_FALSE(IsReportingVerb("warn"));
}

}  // namespace
}  // namespace dyad::code
