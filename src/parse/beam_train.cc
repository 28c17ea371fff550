// Beam training: the search of BeamParse with the oracle's costs alongside, the latent
// gold sequence, and the max-violation update.
#include "parse/beam_train.h"

#include <algorithm>

#include "parse/beam.h"

namespace dyad::parse {

int AllowedMoveCosts(const ArcHybrid& system, const State& s, std::span<const int> gold_head,
                     std::span<const int> gold_label, const bool* allowed, int* cost) {
  // memo[kind][gold label?]: -1 until computed.
  int memo[3][2] = {{-1, -1}, {-1, -1}, {-1, -1}};
  const int s0 = s.stack.back();
  int least = 1 << 30;
  for (int m = 0; m < system.num_moves(); ++m) {
    if (!allowed[m]) continue;
    const int kind = static_cast<int>(system.Kind(m));
    const int gold = kind != 0 && system.Label(m) == gold_label[s0];
    int& c = memo[kind][gold];
    if (c < 0) c = system.Cost(s, m, gold_head, gold_label);
    cost[m] = c;
    least = std::min(least, c);
  }
  return least;
}

namespace {

struct Back {  // one step of a beam item's history
  int parent;  // the previous step's entry, -1 at the first move
  int move;
};

struct Hyp {
  State s{0};
  double score = 0;
  int loss = 0;  // moves taken that cost more than the cheapest at their state
  int id = -1;   // its last history entry
};

std::vector<int> MovesOf(const std::vector<Back>& history, int id) {
  std::vector<int> moves;
  for (; id >= 0; id = history[id].parent) moves.push_back(history[id].move);
  std::reverse(moves.begin(), moves.end());
  return moves;
}

// +1 for the states of `gold` with their moves, -1 for those of `pred`; both start at
// the first state of an n-word sentence and have the same length.
void UpdatePaths(const ArcHybrid& system, const SentenceAtoms& atoms, int n,
                 const std::vector<int>& gold, const std::vector<int>& pred,
                 tag::WeightsTrainer* trainer) {
  uint64_t f[kMaxParseFeatures];
  State a(n), b(n);
  bool same = true;  // a and b are one state
  for (size_t i = 0; i < gold.size(); ++i) {
    if (same) {
      if (gold[i] != pred[i]) {
        const int nf = ExtractParseFeatures(a, atoms, f);
        trainer->Update(std::span<const uint64_t>(f, nf), gold[i], pred[i]);
        same = false;
      }
    } else {
      int nf = ExtractParseFeatures(a, atoms, f);
      trainer->Add(std::span<const uint64_t>(f, nf), gold[i], 1.0f);
      nf = ExtractParseFeatures(b, atoms, f);
      trainer->Add(std::span<const uint64_t>(f, nf), pred[i], -1.0f);
    }
    system.Apply(a, gold[i]);
    system.Apply(b, pred[i]);
  }
}

class BeamTrainer {
 public:
  BeamTrainer(const ArcHybrid& system, int width, tag::WeightsTrainer* trainer)
      : system_(system),
        width_(width),
        trainer_(trainer),
        scorer_(
            [trainer](std::span<const uint64_t> keys, float* const* outs) {
              for (size_t i = 0; i < keys.size(); ++i) trainer->Score(keys.subspan(i, 1), outs[i]);
            },
            system.num_moves()) {}

  // Decodes one sentence and updates the weights when its best parse is wrong. Returns
  // {right, updated}.
  std::pair<bool, bool> Train(const BeamTrainSentence& t);

 private:
  void ExtendGold(const BeamTrainSentence& t);

  const ArcHybrid& system_;
  int width_;
  tag::WeightsTrainer* trainer_;
  MoveScorer scorer_;
  std::vector<Hyp> beam_, next_;
  BestCandidates best_;
  std::vector<int> extra_;  // per item and move: cost above the item's cheapest move
  std::vector<Back> history_;
  State gold_{0};
  double gold_score_ = 0;
  std::vector<int> gold_moves_;
  float scores_[256];
  bool allowed_[256];
  int cost_[256];
};

void BeamTrainer::ExtendGold(const BeamTrainSentence& t) {
  const int moves = system_.num_moves();
  system_.Allowed(gold_, std::span<bool>(allowed_, moves));
  scorer_.Score(gold_, scores_);
  const int least = AllowedMoveCosts(system_, gold_, t.head, t.label, allowed_, cost_);
  int best = -1;
  for (int m = 0; m < moves; ++m)
    if (allowed_[m] && cost_[m] == least && (best < 0 || scores_[m] > scores_[best])) best = m;
  gold_score_ += scores_[best];
  system_.Apply(gold_, best);
  gold_moves_.push_back(best);
}

std::pair<bool, bool> BeamTrainer::Train(const BeamTrainSentence& t) {
  const int n = static_cast<int>(t.atoms->word.size()) - 1;
  const int moves = system_.num_moves();
  scorer_.Reset(t.atoms);
  history_.clear();
  beam_.resize(1);
  beam_[0].s = State(n);
  beam_[0].score = 0;
  beam_[0].loss = 0;
  beam_[0].id = -1;
  gold_ = State(n);
  gold_score_ = 0;
  gold_moves_.clear();
  double worst = -1;  // the largest violation so far (-1: none)
  std::vector<int> update_gold, update_pred;
  while (!beam_[0].s.Terminal()) {
    best_.Reset(width_);
    extra_.assign(beam_.size() * moves, 0);
    for (int i = 0; i < static_cast<int>(beam_.size()); ++i) {
      const Hyp& h = beam_[i];
      system_.Allowed(h.s, std::span<bool>(allowed_, moves));
      scorer_.Score(h.s, scores_);
      if (h.loss == 0) {  // only a still-right item needs the oracle
        const int least = AllowedMoveCosts(system_, h.s, t.head, t.label, allowed_, cost_);
        for (int m = 0; m < moves; ++m)
          if (allowed_[m]) extra_[i * moves + m] = cost_[m] - least;
      }
      for (int m = 0; m < moves; ++m)
        if (allowed_[m]) best_.Offer({h.score + scores_[m], i, m});
    }
    const std::vector<BeamCandidate>& cands = best_.Sorted();
    next_.resize(cands.size());
    int right = -1;  // the best item still right
    for (size_t j = 0; j < cands.size(); ++j) {
      const BeamCandidate& c = cands[j];
      const Hyp& parent = beam_[c.item];
      Hyp& h = next_[j];
      h.s = parent.s;
      system_.Apply(h.s, c.move);
      h.score = c.score;
      h.loss = parent.loss + (parent.loss == 0 ? extra_[c.item * moves + c.move] : 1);
      h.id = static_cast<int>(history_.size());
      history_.push_back({parent.id, c.move});
      if (h.loss == 0 && right < 0) right = static_cast<int>(j);
    }
    std::swap(beam_, next_);
    if (right >= 0) {  // the gold sequence is the best right item
      gold_ = beam_[right].s;
      gold_score_ = beam_[right].score;
      gold_moves_ = MovesOf(history_, beam_[right].id);
    } else {
      ExtendGold(t);
    }
    if (right != 0) {
      const double violation = beam_[0].score - gold_score_;
      if (violation >= 0 && violation > worst) {
        worst = violation;
        update_gold = gold_moves_;
        update_pred = MovesOf(history_, beam_[0].id);
      }
    }
  }
  const bool ok = beam_[0].loss == 0;
  const bool update = !ok && worst >= 0;
  if (update) UpdatePaths(system_, *t.atoms, n, update_gold, update_pred, trainer_);
  trainer_->Tick();
  return {ok, update};
}

}  // namespace

BeamEpochStats TrainBeamEpoch(const ArcHybrid& system, std::span<const BeamTrainSentence> data,
                              std::span<const size_t> order, int width,
                              tag::WeightsTrainer* trainer) {
  BeamTrainer bt(system, width, trainer);
  BeamEpochStats stats;
  for (size_t si : order) {
    const auto [ok, updated] = bt.Train(data[si]);
    ++stats.sentences;
    stats.right += ok;
    stats.updates += updated;
  }
  return stats;
}

}  // namespace dyad::parse
