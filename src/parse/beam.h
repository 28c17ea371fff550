// Beam search over arc-hybrid transitions (Zhang and Clark 2008, Zhang and Nivre 2011):
// instead of committing to the best move at each step, the parser keeps the `width` best
// partial parses by the sum of their move scores and extends each by every legal move.
// Every arc-hybrid parse of n words takes 2n moves, so all items of a beam finish at
// the same step and their total scores compare directly.
//
// MoveScorer gives the scores of every move of a state with the same features and the
// same float sums as the greedy parser; the slot sums it reuses are keyed by the slot's
// feature keys themselves, since items of one beam can hold the same word at the same
// slot with different dependents.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "parse/arc_hybrid.h"
#include "parse/parser_features.h"

namespace dyad::parse {

// Adds the weights of keys[i] to outs[i][0, num_moves) for every i (tag::Weights::ScoreEach).
using ScoreEachFn = std::function<void(std::span<const uint64_t> keys, float* const* outs)>;

// Move scores for the states of one sentence. The weights behind `score_each` must not
// change while a MoveScorer is in use: the sums of slot features are computed once per
// distinct slot content and reused.
class MoveScorer {
 public:
  MoveScorer(ScoreEachFn score_each, int num_moves)
      : score_each_(std::move(score_each)), moves_(num_moves) {}

  // Scores with `score_each` from now on (a thread's scorer serves any model), reading
  // the joint features of `parts` (parse::JointPart bits).
  void Bind(ScoreEachFn score_each, int num_moves, int parts = kJointAll) {
    score_each_ = std::move(score_each);
    moves_ = num_moves;
    parts_ = parts;
  }
  // Starts a sentence: forgets the sums kept for the previous one. `atoms` must outlive
  // the calls to Score until the next Reset.
  void Reset(const SentenceAtoms* atoms);
  // Writes the score of every move of `s` (legal or not) into scores[0, num_moves): the
  // joint features' sum plus each slot's sum, added in slot order as the greedy parser does.
  void Score(const State& s, float* scores);

 private:
  ScoreEachFn score_each_;
  int moves_;
  int parts_ = kJointAll;
  // The offset in sums_ of the row of slot signature `sig`, or of a new zeroed row for it
  // (then *added is true).
  size_t RowOf(uint64_t sig, bool* added);

  const SentenceAtoms* atoms_ = nullptr;
  // Open addressing from slot signatures (never 0) to row offsets in sums_; at most half full.
  std::vector<uint64_t> sigs_;
  std::vector<uint32_t> offsets_;
  size_t used_ = 0;
  std::vector<float> sums_;
};

// One extension of a beam item.
struct BeamCandidate {
  double score;  // the item's total score plus the move's
  int item, move;
};

// The `width` best of the candidates offered since Reset: higher score first, then lower
// item, then lower move, so that a width of 1 picks what the greedy parser's ArgMax picks.
// Once `width` are held, an offer that is not better than the worst costs one comparison.
class BestCandidates {
 public:
  void Reset(int width) {
    width_ = static_cast<size_t>(width);
    heap_.clear();
  }
  void Offer(const BeamCandidate& c);
  // The kept candidates, best first. Valid until the next Reset or Offer.
  const std::vector<BeamCandidate>& Sorted();

 private:
  size_t width_ = 1;
  std::vector<BeamCandidate> heap_;  // a heap whose front is the worst kept
};

// Keeps the `width` best of `c`, best first, in the order of BestCandidates.
void KeepBest(std::vector<BeamCandidate>* c, int width);

// Writes the score of every move of a state (legal or not) into scores[0, num_moves).
using StateScoreFn = std::function<void(const State& s, float* scores)>;

// Parses one sentence of `n` words with a beam of `width` >= 1, each state's moves scored
// by `score` (MoveScorer::Score for a model of labelled moves); heads and labels as
// Parser::ParseSentence gives them. Always a single tree.
void BeamParse(const ArcHybrid& system, int n, const StateScoreFn& score, int width,
               std::vector<int>* heads, std::vector<int>* labels);

}  // namespace dyad::parse
