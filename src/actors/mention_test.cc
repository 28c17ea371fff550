// MentionIndex: covering mentions per token (outermost first), heads, names.
#include "actors/mention.h"

#include <gtest/gtest.h>

namespace dyad::actors {
namespace {

Mention Span(uint32_t b, uint32_t e, uint32_t head, bool coded) {
  Mention m;
  m.begin = b, m.end = e, m.head = head;
  if (coded) m.codes = {"RUS"};
  return m;
}

TEST(MentionIndex, CoveringOutermostHead) {
  // 0: compound over tokens 0-4, 1: "North Korea" 0-2, 2: "Russia" 3, 3: uncoded 6-8.
  const std::vector<Mention> m = {Span(0, 4, 1, true), Span(0, 2, 1, true), Span(3, 4, 3, true),
                                  Span(6, 8, 7, false)};
  MentionIndex index(m, 9);
  struct Row {
    uint32_t token;
    std::vector<uint32_t> covering;
    int32_t outermost, with_head;
  };
  const Row rows[] = {
      {0, {0, 1}, 0, -1}, {1, {0, 1}, 0, 0}, {2, {0}, 0, -1}, {3, {0, 2}, 0, 2},
      {5, {}, -1, -1},    {7, {3}, -1, 3},   {8, {}, -1, -1}, {99, {}, -1, -1},
  };
  for (const Row& r : rows) {
    auto c = index.Covering(r.token);
    EXPECT_EQ(std::vector<uint32_t>(c.begin(), c.end()), r.covering) << r.token;
    EXPECT_EQ(index.Outermost(r.token), r.outermost) << r.token;
    EXPECT_EQ(index.WithHead(r.token), r.with_head) << r.token;
  }
}

TEST(MentionNames, Distinct) {
  EXPECT_EQ(MentionKindName(MentionKind::kAgentOnly), "agent");
  EXPECT_EQ(MentionKindName(MentionKind::kCompound), "compound");
  EXPECT_EQ(ResolutionName(Resolution::kComposed), "composed");
  EXPECT_EQ(ResolutionName(Resolution::kReference), "reference");
}

}  // namespace
}  // namespace dyad::actors
