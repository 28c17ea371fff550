// Arc-hybrid moves, their preconditions, and the costs of the dynamic oracle.
#include "parse/arc_hybrid.h"

#include <algorithm>

namespace dyad::parse {

State::State(int words)
    : n(words),
      stack{0},
      head(words + 1, -1),
      label(words + 1, -1),
      left1(words + 1, 0),
      left2(words + 1, 0),
      right1(words + 1, 0),
      right2(words + 1, 0),
      nleft(words + 1, 0),
      nright(words + 1, 0),
      left_labels(words + 1, 0),
      right_labels(words + 1, 0) {}

void ArcHybrid::Allowed(const State& s, std::span<bool> allowed) const {
  // Each kind of move is all allowed or all not, but for the root's label: filled in runs
  // (a loop testing every label cost more than the rest of a cheap move).
  const int kinds = LegalKinds(s);
  bool* const left = allowed.data() + Move(MoveKind::kLeft, 0);
  bool* const right = allowed.data() + Move(MoveKind::kRight, 0);
  allowed[0] = kinds & kLegalShift;
  std::fill(left, left + num_labels_, (kinds & kLegalLeft) != 0);
  std::fill(right, right + num_labels_, (kinds & kLegalRight) != 0);
  left[root_label_] = false;
  right[root_label_] = (kinds & kLegalRootRight) != 0;
}

void ArcHybrid::Apply(State& s, int move) const {
  const MoveKind kind = Kind(move);
  if (kind == MoveKind::kShift) {
    s.stack.push_back(s.b++);
    return;
  }
  const int dep = s.stack.back();
  s.stack.pop_back();
  const int l = Label(move);
  const int h = kind == MoveKind::kLeft ? s.b : s.stack.back();
  s.head[dep] = h;
  s.label[dep] = l;
  if (h == 0) return;
  const uint64_t bit = uint64_t{1} << (l & 63);
  if (dep < h) {  // each new left dependent is further left than the earlier ones
    s.left2[h] = s.left1[h];
    s.left1[h] = dep;
    ++s.nleft[h];
    s.left_labels[h] |= bit;
  } else {  // each new right dependent is further right
    s.right2[h] = s.right1[h];
    s.right1[h] = dep;
    ++s.nright[h];
    s.right_labels[h] |= bit;
  }
}

int ArcHybrid::Cost(const State& s, int move, std::span<const int> gold_head,
                    std::span<const int> gold_label) const {
  const MoveKind kind = Kind(move);
  const int n = s.n;
  if (kind == MoveKind::kShift) {
    // b0 can no longer take a head or dependents from the stack, except its head s0.
    const int b0 = s.b;
    const int s0 = s.stack.back();
    int cost = 0;
    for (int k : s.stack) {
      if (gold_head[k] == b0) ++cost;
      if (k != s0 && gold_head[b0] == k) ++cost;
    }
    return cost;
  }
  const int s0 = s.stack.back();
  const int s1 = s.stack.size() >= 2 ? s.stack[s.stack.size() - 2] : -1;
  const int g = gold_head[s0];
  int cost = 0;
  for (int k = s.b; k <= n; ++k)
    if (gold_head[k] == s0) ++cost;  // s0's dependents still in the buffer
  if (kind == MoveKind::kLeft) {
    if (g != s.b && (g == s1 || g > s.b)) ++cost;
    if (g == s.b && Label(move) != gold_label[s0]) ++cost;
  } else {
    if (g != s1 && g >= s.b) ++cost;
    if (g == s1 && Label(move) != gold_label[s0]) ++cost;
  }
  return cost;
}

}  // namespace dyad::parse
