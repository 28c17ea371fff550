// The arc-hybrid system with its dynamic oracle: following the cheapest move from the
// start rebuilds every projective gold tree exactly (heads and labels), and the oracle's
// costs count the arcs a wrong move loses.
#include "parse/arc_hybrid.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "tag/test_data.h"

namespace dyad::parse {
namespace {

// Follows the first zero-cost move until the end; returns false if none had zero cost.
bool FollowOracle(const ArcHybrid& sys, int n, const std::vector<int>& head,
                  const std::vector<int>& label, State* s) {
  std::vector<char> allowed(sys.num_moves());
  while (!s->Terminal()) {
    bool a[256];
    sys.Allowed(*s, std::span<bool>(a, sys.num_moves()));
    int move = -1;
    for (int m = 0; m < sys.num_moves() && move < 0; ++m)
      if (a[m] && sys.Cost(*s, m, head, label) == 0) move = m;
    if (move < 0) return false;
    sys.Apply(*s, move);
  }
  return true;
}

bool Projective(const std::vector<int>& head) {
  const int n = static_cast<int>(head.size()) - 1;
  for (int i = 1; i <= n; ++i)
    for (int j = 1; j <= n; ++j) {
      int a = std::min(i, head[i]), b = std::max(i, head[i]);
      int c = std::min(j, head[j]), d = std::max(j, head[j]);
      if (a < c && c < b && b < d) return false;
    }
  return true;
}

TEST(ArcHybridTest, OracleRebuildsHandMadeTrees) {
  // Trees as heads (index 0 unused); labels are the word index mod 3, root label 3.
  const std::vector<std::vector<int>> kTrees = {
      {-1, 0},                    // one word
      {-1, 2, 0, 2},              // "Kim laid flowers"
      {-1, 3, 3, 0, 5, 3, 3},     // "The United States accused Korea ."-like
      {-1, 2, 0, 4, 2, 4, 7, 5},  // chains to the right
      {-1, 0, 1, 2, 3, 4},        // all right-branching
      {-1, 5, 5, 5, 5, 0},        // all left dependents of the last word
  };
  const ArcHybrid sys(4, 3);
  for (const auto& head : kTrees) {
    const int n = static_cast<int>(head.size()) - 1;
    std::vector<int> label(n + 1, -1);
    for (int i = 1; i <= n; ++i) label[i] = head[i] == 0 ? 3 : i % 3;
    State s(n);
    ASSERT_TRUE(FollowOracle(sys, n, head, label, &s));
    for (int i = 1; i <= n; ++i) {
      EXPECT_EQ(s.head[i], head[i]) << "word " << i;
      EXPECT_EQ(s.label[i], label[i]) << "word " << i;
    }
  }
}

// The legal moves by their definitions: a shift while the buffer holds a word; a left arc
// (s0 to b0) while both exist and s0 is not the root; a right arc (s0 to s1) while s1 is a
// word; the root's label only on the last right arc, to the root.
TEST(ArcHybridTest, AllowedMovesFollowTheirDefinitions) {
  const int labels = 5, root = 2;
  const ArcHybrid sys(labels, root);
  for (int depth = 1; depth <= 4; ++depth)
    for (bool buffer : {false, true}) {
      if (depth == 1 && !buffer) continue;  // terminal
      State s(4);
      s.stack.assign(static_cast<size_t>(depth), 0);
      for (int k = 1; k < depth; ++k) s.stack[static_cast<size_t>(k)] = k;
      s.b = buffer ? depth : s.n + 1;
      bool a[256];
      std::fill(a, a + 256, true);
      sys.Allowed(s, std::span<bool>(a, sys.num_moves()));
      EXPECT_EQ(a[0], buffer) << depth;
      for (int l = 0; l < labels; ++l) {
        EXPECT_EQ(a[sys.Move(MoveKind::kLeft, l)], l != root && depth >= 2 && buffer) << depth << " " << l;
        EXPECT_EQ(a[sys.Move(MoveKind::kRight, l)], l == root ? depth == 2 && !buffer : depth >= 3)
            << depth << " " << buffer << " " << l;
      }
      EXPECT_TRUE(a[sys.num_moves()]) << "wrote past its moves";
      const int kinds = ArcHybrid::LegalKinds(s);
      for (int m = 0; m < sys.num_moves(); ++m) EXPECT_EQ(sys.Legal(kinds, m), a[m]) << depth << " " << m;
      EXPECT_EQ(sys.LegalCount(kinds), std::count(a, a + sys.num_moves(), true)) << depth << " " << buffer;
    }
}

TEST(ArcHybridTest, CostsCountLostArcs) {
  // "Kim laid flowers": heads 2, 0, 2. After SHIFT Kim, shifting "laid" loses both
  // Kim -> laid and root -> laid (Kim would stay below it on the stack).
  const std::vector<int> head = {-1, 2, 0, 2}, label = {-1, 0, 3, 1};
  const ArcHybrid sys(4, 3);
  State s(3);
  sys.Apply(s, 0);  // SHIFT Kim
  EXPECT_EQ(sys.Cost(s, 0, head, label), 2);                                   // SHIFT
  EXPECT_EQ(sys.Cost(s, sys.Move(MoveKind::kLeft, 0), head, label), 0);        // LEFT nsubj
  EXPECT_EQ(sys.Cost(s, sys.Move(MoveKind::kLeft, 1), head, label), 1);        // wrong label
  sys.Apply(s, sys.Move(MoveKind::kLeft, 0));
  EXPECT_EQ(s.head[1], 2);
  EXPECT_EQ(s.left1[2], 1);
  EXPECT_EQ(s.nleft[2], 1);
}

TEST(ArcHybridTest, EveryParseIsOneTree) {
  // Any sequence of allowed moves ends with exactly one word attached to the root.
  const ArcHybrid sys(4, 3);
  for (int n = 1; n <= 6; ++n)
    for (int pick = 0; pick < 4; ++pick) {
      State s(n);
      while (!s.Terminal()) {
        bool a[256];
        sys.Allowed(s, std::span<bool>(a, sys.num_moves()));
        std::vector<int> legal;
        for (int m = 0; m < sys.num_moves(); ++m)
          if (a[m]) legal.push_back(m);
        ASSERT_FALSE(legal.empty());
        sys.Apply(s, legal[(pick * 7 + s.b) % legal.size()]);
      }
      int roots = 0;
      for (int i = 1; i <= n; ++i) {
        EXPECT_GE(s.head[i], 0);
        roots += s.head[i] == 0;
      }
      EXPECT_EQ(roots, 1);
    }
}

TEST(ArcHybridTest, OracleRebuildsEveryProjectiveEwtDevTree) {
  auto dev = tag::testing::LoadTreebank(tag::testing::EwtPath("dev"));
  if (dev.empty()) GTEST_SKIP() << "needs ../shared/data/ud/UD_English-EWT";
  std::map<std::string, int> ids;
  for (const auto& s : dev)
    for (const auto& w : s.words) ids.emplace(w.deprel, 0);
  int next = 0;
  for (auto& [name, id] : ids) id = next++;
  const ArcHybrid sys(next, ids["root"]);
  int checked = 0;
  for (const auto& sent : dev) {
    const int n = static_cast<int>(sent.words.size());
    std::vector<int> head(n + 1, -1), label(n + 1, -1);
    int roots = 0;
    for (int i = 1; i <= n; ++i) {
      head[i] = sent.words[i - 1].head;
      label[i] = ids[sent.words[i - 1].deprel];
      roots += head[i] == 0;
    }
    if (roots != 1 || !Projective(head)) continue;
    State s(n);
    ASSERT_TRUE(FollowOracle(sys, n, head, label, &s)) << sent.Text();
    for (int i = 1; i <= n; ++i) ASSERT_EQ(s.head[i], head[i]) << sent.Text();
    ++checked;
  }
  EXPECT_GT(checked, 1500);
}

}  // namespace
}  // namespace dyad::parse
