// Beam decoding: move scores with reused slot sums, top-K selection and the search.
#include "parse/beam.h"

#include <algorithm>

#include "tag/perceptron.h"
#include "tag/row_add.h"

namespace dyad::parse {

void MoveScorer::Reset(const SentenceAtoms* atoms) {
  atoms_ = atoms;
  if (sigs_.empty()) {
    sigs_.resize(1024);
    offsets_.resize(1024);
  }
  std::fill(sigs_.begin(), sigs_.end(), 0);
  used_ = 0;
  sums_.clear();
}

size_t MoveScorer::RowOf(uint64_t sig, bool* added) {
  if (2 * (used_ + 1) > sigs_.size()) {  // grow: re-insert every signature
    std::vector<uint64_t> old_sigs(sigs_.size() * 2, 0);
    std::vector<uint32_t> old_offsets(sigs_.size() * 2);
    old_sigs.swap(sigs_);
    old_offsets.swap(offsets_);
    const size_t mask = sigs_.size() - 1;
    for (size_t i = 0; i < old_sigs.size(); ++i) {
      if (old_sigs[i] == 0) continue;
      size_t j = old_sigs[i] & mask;
      while (sigs_[j] != 0) j = (j + 1) & mask;
      sigs_[j] = old_sigs[i];
      offsets_[j] = old_offsets[i];
    }
  }
  const size_t mask = sigs_.size() - 1;
  size_t j = sig & mask;
  for (; sigs_[j] != 0; j = (j + 1) & mask) {
    if (sigs_[j] == sig) {
      *added = false;
      return offsets_[j];
    }
  }
  sigs_[j] = sig;
  offsets_[j] = static_cast<uint32_t>(sums_.size());
  ++used_;
  sums_.resize(sums_.size() + moves_, 0.0f);
  *added = true;
  return offsets_[j];
}

void MoveScorer::Score(const State& s, float* scores) {
  uint64_t f[kMaxParseFeatures];
  float* out[kMaxParseFeatures];
  size_t offsets[kNumParseSlots];
  int words[kNumParseSlots];
  int fresh_slot[kNumParseSlots], fresh_begin[kNumParseSlots], fresh_count[kNumParseSlots];
  ParseSlotWords(s, words);
  int nf = 0, fresh = 0;
  for (int slot = 0; slot < kNumParseSlots; ++slot) {
    const int k = ExtractSlotFeatures(slot, words[slot], s, *atoms_, f + nf);
    uint64_t sig = tag::Mix(0x5107, static_cast<uint64_t>(slot));
    for (int i = 0; i < k; ++i) sig = tag::Mix(sig, f[nf + i]);
    bool added = false;
    offsets[slot] = RowOf(sig | 1, &added);
    if (!added) continue;  // scored before: its features are not kept
    fresh_slot[fresh] = slot;
    fresh_begin[fresh] = nf;
    fresh_count[fresh] = k;
    ++fresh;
    nf += k;
  }
  // sums_ has its final size for this state, so pointers into it stay valid.
  for (int j = 0; j < fresh; ++j)
    std::fill(out + fresh_begin[j], out + fresh_begin[j] + fresh_count[j],
              &sums_[offsets[fresh_slot[j]]]);
  const int joint = ExtractJointFeatures(s, *atoms_, f + nf, parts_);
  std::fill(out + nf, out + nf + joint, scores);
  std::fill(scores, scores + moves_, 0.0f);
  score_each_(std::span<const uint64_t>(f, nf + joint), out);
  const float* rows[kNumParseSlots];
  for (int slot = 0; slot < kNumParseSlots; ++slot) rows[slot] = &sums_[offsets[slot]];
  tag::AddRows(rows, kNumParseSlots, scores, moves_);
}

namespace {

bool Better(const BeamCandidate& a, const BeamCandidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.item != b.item) return a.item < b.item;
  return a.move < b.move;
}

}  // namespace

void BestCandidates::Offer(const BeamCandidate& c) {
  if (heap_.size() < width_) {
    heap_.push_back(c);
    std::push_heap(heap_.begin(), heap_.end(), Better);
  } else if (Better(c, heap_.front())) {
    std::pop_heap(heap_.begin(), heap_.end(), Better);
    heap_.back() = c;
    std::push_heap(heap_.begin(), heap_.end(), Better);
  }
}

const std::vector<BeamCandidate>& BestCandidates::Sorted() {
  std::sort_heap(heap_.begin(), heap_.end(), Better);
  return heap_;
}

void KeepBest(std::vector<BeamCandidate>* c, int width) {
  BestCandidates best;
  best.Reset(width);
  for (const BeamCandidate& x : *c) best.Offer(x);
  *c = best.Sorted();
}

void BeamParse(const ArcHybrid& system, int n, const StateScoreFn& score, int width,
               std::vector<int>* heads, std::vector<int>* labels) {
  struct Item {
    State s{0};
    double score = 0;
  };
  const int moves = system.num_moves();
  thread_local std::vector<Item> beam, next;
  thread_local BestCandidates best;
  beam.resize(1);
  beam[0].s = State(n);
  beam[0].score = 0;
  float scores[256];
  bool allowed[256];
  while (!beam[0].s.Terminal()) {
    best.Reset(width);
    for (int i = 0; i < static_cast<int>(beam.size()); ++i) {
      system.Allowed(beam[i].s, std::span<bool>(allowed, moves));
      score(beam[i].s, scores);
      for (int m = 0; m < moves; ++m)
        if (allowed[m]) best.Offer({beam[i].score + scores[m], i, m});
    }
    const std::vector<BeamCandidate>& cands = best.Sorted();
    next.resize(cands.size());
    for (size_t j = 0; j < cands.size(); ++j) {
      next[j].s = beam[cands[j].item].s;
      system.Apply(next[j].s, cands[j].move);
      next[j].score = cands[j].score;
    }
    std::swap(beam, next);
  }
  heads->assign(beam[0].s.head.begin() + 1, beam[0].s.head.end());
  labels->assign(beam[0].s.label.begin() + 1, beam[0].s.label.end());
}

}  // namespace dyad::parse
