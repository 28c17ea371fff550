// The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez and Satta 2011) with a
// dynamic oracle (Goldberg and Nivre 2013). Words are numbered 1..n and 0 is the root,
// which starts on the stack. Three kinds of move, each arc move carrying a label:
//   SHIFT    push the front of the buffer (b0) onto the stack;
//   LEFT-l   pop s0 and make it a dependent of b0 with label l;
//   RIGHT-l  pop s0 and make it a dependent of s1 with label l.
// The root takes exactly one dependent: RIGHT onto the root is allowed only as the very
// last move, so every parse is a single tree.
//
// Moves are numbered 0 (SHIFT), 1..L (LEFT with label 0..L-1), L+1..2L (RIGHT).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace dyad::parse {

enum class MoveKind : uint8_t { kShift, kLeft, kRight };

struct State {
  explicit State(int n);

  int n;                    // words 1..n
  std::vector<int> stack;   // bottom is the root (0)
  int b = 1;                // buffer front; the buffer is [b, n], empty when b > n
  std::vector<int> head;    // per word (index 0 unused): -1 until attached
  std::vector<int> label;   // per word: label index, -1 until attached
  // Two leftmost and two rightmost dependents (0 = none) and dependent counts.
  std::vector<int> left1, left2, right1, right2, nleft, nright;
  std::vector<uint64_t> left_labels, right_labels;  // bit sets of dependents' labels

  bool Terminal() const { return b > n && stack.size() == 1; }
  int S(int k) const {  // k-th stack item from the top, -1 when absent
    return k < static_cast<int>(stack.size()) ? stack[stack.size() - 1 - k] : -1;
  }
  int B(int k) const { return b + k <= n ? b + k : -1; }  // k-th buffer item, -1 when absent
};

class ArcHybrid {
 public:
  // `root_label` is the label index that attaches to the root (and only there).
  ArcHybrid(int num_labels, int root_label) : num_labels_(num_labels), root_label_(root_label) {}
  int num_moves() const { return 1 + 2 * num_labels_; }
  MoveKind Kind(int move) const {
    return move == 0 ? MoveKind::kShift : move <= num_labels_ ? MoveKind::kLeft : MoveKind::kRight;
  }
  int Label(int move) const { return move <= num_labels_ ? move - 1 : move - 1 - num_labels_; }
  int Move(MoveKind k, int label) const {
    return k == MoveKind::kShift ? 0 : k == MoveKind::kLeft ? 1 + label : 1 + num_labels_ + label;
  }

  // Which moves are legal in `s`, by kind (a move of a kind is legal for every label but
  // the root's, which only a RIGHT arc onto the root may carry, as the last move): bits
  // kLegalShift, kLegalLeft, kLegalRight and kLegalRootRight.
  static constexpr int kLegalShift = 1, kLegalLeft = 2, kLegalRight = 4, kLegalRootRight = 8;
  static int LegalKinds(const State& s) {
    const bool buffer = s.b <= s.n;
    const size_t depth = s.stack.size();
    return (buffer ? kLegalShift : 0) | (depth >= 2 && buffer ? kLegalLeft : 0) |
           (depth >= 3 ? kLegalRight : 0) | (depth == 2 && !buffer ? kLegalRootRight : 0);
  }
  // Whether `move` is legal in a state whose LegalKinds are `kinds`.
  bool Legal(int kinds, int move) const {
    const MoveKind kind = Kind(move);
    if (kind == MoveKind::kShift) return kinds & kLegalShift;
    const bool root = Label(move) == root_label_;
    if (kind == MoveKind::kLeft) return !root && (kinds & kLegalLeft);
    return (kinds & (root ? kLegalRootRight : kLegalRight)) != 0;
  }
  // How many moves are legal in a state whose LegalKinds are `kinds`.
  int LegalCount(int kinds) const {
    return (kinds & kLegalShift ? 1 : 0) + (kinds & kLegalLeft ? num_labels_ - 1 : 0) +
           (kinds & kLegalRight ? num_labels_ - 1 : 0) + (kinds & kLegalRootRight ? 1 : 0);
  }
  // Fills allowed[0, num_moves) with the moves legal in `s`. Requires !s.Terminal().
  void Allowed(const State& s, std::span<bool> allowed) const;
  // Applies a legal move.
  void Apply(State& s, int move) const;
  // Dynamic oracle: the number of gold arcs (a wrong label counts as lost) that `move`
  // makes unreachable. gold_head and gold_label are indexed by word (index 0 unused).
  int Cost(const State& s, int move, std::span<const int> gold_head,
           std::span<const int> gold_label) const;

 private:
  int num_labels_, root_label_;
};

}  // namespace dyad::parse
