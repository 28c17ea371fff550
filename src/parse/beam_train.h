// Global training of the beam parser: a structured averaged perceptron over whole
// transition sequences (Collins and Roark 2004, Zhang and Clark 2008) with the
// max-violation update of Huang, Fayong and Guo (2012).
//
// The gold sequence is latent: at each step it is the best-scoring beam item whose moves
// have all been among the dynamic oracle's cheapest (Goldberg and Nivre 2013), so that a
// non-projective tree is learned as the best tree the transition system can reach, and
// any of the equivalent move orders that build it counts as right. When no such item is
// left in the beam, the gold sequence goes on by itself along the cheapest moves (the
// best-scoring one where several tie). The update comes at the step where the best item
// outscores the gold sequence the most: +1 for the features of the gold prefix's states
// with their moves, -1 for those of the best item's prefix.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "parse/arc_hybrid.h"
#include "parse/parser_features.h"
#include "tag/perceptron.h"

namespace dyad::parse {

// One training tree: its atoms and its gold heads and labels, indexed by word (index 0
// unused; a label of -1 is one the parser has no class for, never right).
struct BeamTrainSentence {
  const SentenceAtoms* atoms;
  std::span<const int> head, label;
};

struct BeamEpochStats {
  size_t sentences = 0;
  size_t right = 0;    // sentences whose best final item took only cheapest moves
  size_t updates = 0;  // sentences that changed the weights
};

// Trains `trainer` (whose classes are `system`'s moves) on data[order[0]], data[order[1]],
// ... in turn, decoding each with a beam of `width` >= 1 under the current weights and
// updating once per sentence at most. One Tick per sentence. Deterministic.
BeamEpochStats TrainBeamEpoch(const ArcHybrid& system, std::span<const BeamTrainSentence> data,
                              std::span<const size_t> order, int width,
                              tag::WeightsTrainer* trainer);

// The dynamic oracle's cost of every move allowed in `s` (allowed[m]) into cost[m];
// returns the least. Equals ArcHybrid::Cost move by move, with five calls per state
// instead of one per move: a move's cost depends on its label only through whether it
// is the gold label.
int AllowedMoveCosts(const ArcHybrid& system, const State& s, std::span<const int> gold_head,
                     std::span<const int> gold_label, const bool* allowed, int* cost);

}  // namespace dyad::parse
