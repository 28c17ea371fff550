// GreedyChoice gives tag::ArgMax's move over the scores spread over every move (0 for a
// move the table leaves out) with ArcHybrid::Allowed's moves: in every kind of state, for
// tables that keep every move or some, with ties and zeros of either sign. With a NaN
// among the sums (which only a damaged model could give) it still chooses a legal move.
#include "parse/greedy_choice.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "tag/perceptron.h"

namespace dyad::parse {
namespace {

// The decoder's answer before GreedyChoice: spread, fill the legal moves, ArgMax.
int Spread(const ArcHybrid& sys, std::span<const uint8_t> classes, const State& s, const float* sums) {
  const int moves = sys.num_moves();
  std::vector<float> scores(static_cast<size_t>(moves), 0.0f);
  if (classes.empty()) std::copy(sums, sums + moves, scores.begin());
  for (size_t c = 0; c < classes.size(); ++c) scores[classes[c]] = sums[c];
  bool allowed[256];
  sys.Allowed(s, std::span<bool>(allowed, static_cast<size_t>(moves)));
  return tag::ArgMax(scores, std::span<const bool>(allowed, static_cast<size_t>(moves)));
}

TEST(GreedyChoiceTest, ChoosesAsArgMaxOverTheSpreadScores) {
  std::mt19937 rng(3);
  const int labels = 7, root = 4;
  const ArcHybrid sys(labels, root);
  const int moves = sys.num_moves();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const std::vector<float> values = {-2.0f, -1.0f, -0.0f, 0.0f, 0.5f, 1.0f, 3.0f};
  int checked = 0, left_out_won = 0;
  for (int table = 0; table < 40; ++table) {
    // Every move, or a random subset (the shift and the root's right arc among those left
    // out in some tables).
    std::vector<uint8_t> classes;
    if (table % 4 != 0)
      for (int m = 0; m < moves; ++m)
        if (rng() % 3 != 0) classes.push_back(static_cast<uint8_t>(m));
    if (table % 4 != 0 && classes.empty()) classes.push_back(1);
    const int width = classes.empty() ? moves : static_cast<int>(classes.size());
    GreedyChoice choice(sys, classes);
    for (int sentence = 0; sentence < 10; ++sentence) {
      State s(1 + static_cast<int>(rng() % 7));
      while (!s.Terminal()) {
        const int kinds = ArcHybrid::LegalKinds(s);
        bool allowed[256];
        sys.Allowed(s, std::span<bool>(allowed, static_cast<size_t>(moves)));
        const int legal = static_cast<int>(std::count(allowed, allowed + moves, true));
        const int only = choice.OnlyMove(kinds);
        if (legal == 1) EXPECT_TRUE(allowed[only]);
        else EXPECT_EQ(only, -1);
        std::vector<float> sums(static_cast<size_t>(width));
        for (int trial = 0; trial < 4; ++trial) {
          for (float& x : sums) x = values[rng() % values.size()];
          if (trial == 3) std::fill(sums.begin(), sums.end(), -1.0f);  // a left-out move may win
          const int want = Spread(sys, classes, s, sums.data());
          ASSERT_EQ(choice.Best(kinds, sums.data()), want) << "table " << table << " kinds " << kinds;
          left_out_won += !classes.empty() && !std::binary_search(classes.begin(), classes.end(), static_cast<uint8_t>(want));
          ++checked;
          sums[rng() % sums.size()] = nan;
          const int move = choice.Best(kinds, sums.data());
          ASSERT_TRUE(move >= 0 && allowed[move]) << "with a NaN";
        }
        // A legal move, to go on.
        std::vector<int> legal_moves;
        for (int m = 0; m < moves; ++m)
          if (allowed[m]) legal_moves.push_back(m);
        sys.Apply(s, legal_moves[rng() % legal_moves.size()]);
      }
    }
  }
  EXPECT_GT(checked, 1000);
  EXPECT_GT(left_out_won, 50);  // the case the spread scores existed for is exercised
}

}  // namespace
}  // namespace dyad::parse
