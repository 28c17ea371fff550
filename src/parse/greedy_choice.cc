// See greedy_choice.h.
#include "parse/greedy_choice.h"

#include <cmath>
#include <limits>

#include "tag/perceptron.h"

namespace dyad::parse {

GreedyChoice::GreedyChoice(const ArcHybrid& system, std::span<const uint8_t> classes)
    : system_(system),
      classes_(classes),
      moves_(system.num_moves()),
      width_(classes.empty() ? system.num_moves() : static_cast<int>(classes.size())) {}

int GreedyChoice::OnlyMove(int kinds) const {
  if (system_.LegalCount(kinds) != 1) return -1;
  for (int m = 0; m < moves_; ++m)
    if (system_.Legal(kinds, m)) return m;
  return -1;
}

const GreedyChoice::Legal& GreedyChoice::For(int kinds) {
  Legal& legal = legal_[static_cast<size_t>(kinds)];
  if (made_ >> kinds & 1) return legal;
  for (int c = 0; c < width_; ++c) legal.classes[static_cast<size_t>(c)] = system_.Legal(kinds, MoveOf(c));
  legal.first_without_weights = -1;
  for (int m = 0, c = 0; m < moves_; ++m) {
    if (c < width_ && MoveOf(c) == m) {  // a move of the table (classes increase)
      ++c;
      continue;
    }
    if (system_.Legal(kinds, m)) {
      legal.first_without_weights = m;
      break;
    }
  }
  made_ |= static_cast<uint16_t>(1u << kinds);
  return legal;
}

int GreedyChoice::Best(int kinds, const float* sums) {
  const Legal& legal = For(kinds);
  const int c = tag::ArgMax(std::span<const float>(sums, static_cast<size_t>(width_)),
                            std::span<const bool>(legal.classes.data(), static_cast<size_t>(width_)));
  const int best = c >= 0 ? MoveOf(c) : -1;
  const int zero = legal.first_without_weights;
  if (zero < 0) return best;
  if (best < 0) return zero;
  // The left-out move's 0 against the best score with weights; a NaN never wins.
  const float score = sums[c];
  if (std::isnan(score) || score < 0.0f || (score == 0.0f && zero < best)) return zero;
  return best;
}

}  // namespace dyad::parse
