// The greedy parser's choice of a move: the legal move with the highest score, ties to
// the lowest move (tag::ArgMax over ArcHybrid::Allowed's moves), made from the sums over
// a table's classes without first spreading them over every move and filling an array of
// the legal ones. A greedy model's table leaves out the moves it has no weight for
// (tag::Weights::classes); such a move scores 0, so it is chosen where it is legal and no
// legal move with weights scores above 0 (or 0 at a lower move).
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "parse/arc_hybrid.h"

namespace dyad::parse {

class GreedyChoice {
 public:
  // `classes`: the move of each class of the table, in increasing order (empty: class c is
  // move c), as tag::Weights::classes gives them. Holds references to both.
  GreedyChoice(const ArcHybrid& system, std::span<const uint8_t> classes);

  // The one legal move of a state whose ArcHybrid::LegalKinds are `kinds`; -1 when more
  // than one (or none) is legal.
  int OnlyMove(int kinds) const;
  // The best legal move, from sums[0, width) over the table's classes (width: the number of
  // classes, or of moves when `classes` is empty); -1 when no move is legal.
  int Best(int kinds, const float* sums);

 private:
  struct Legal {
    std::array<bool, 256> classes;  // per class: its move is legal
    int first_without_weights;      // the first legal move the table leaves out, or -1
  };
  const Legal& For(int kinds);  // made at the first use of `kinds`
  int MoveOf(int c) const { return classes_.empty() ? c : classes_[static_cast<size_t>(c)]; }

  const ArcHybrid& system_;
  std::span<const uint8_t> classes_;
  int moves_, width_;
  uint16_t made_ = 0;  // bit k: legal_[k] is made
  std::array<Legal, 16> legal_;
};

}  // namespace dyad::parse
