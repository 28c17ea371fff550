// The tagger's feature templates, shared by decoding (tagger.cc) and training
// (tagger_train.cc). Positions outside the sentence read boundary atoms. The first pass
// sees the words and the classes already chosen to the left; the second pass also sees
// the first pass's classes to the right.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "tag/perceptron.h"
#include "tag/word_shape.h"

namespace dyad::tag::internal {

inline constexpr int kMaxTagFeatures = 56;
inline constexpr uint64_t kStartTag = 1000, kEndTag = 1001, kNoAmbiguity = 7;

inline uint64_t TagAtom(int cls) { return static_cast<uint64_t>(cls) + 1; }

struct Slot {
  WordAtoms atoms;
  uint64_t ambiguity = kNoAmbiguity;
};

// Positions -2 .. n+1 of one sentence; at(i) for i in [-2, n+2).
class Window {
 public:
  template <typename AmbiguityFn>
  Window(std::span<const std::string_view> forms, AmbiguityFn ambiguity) {
    static const Slot kBegin = Boundary("<s>"), kEnd = Boundary("</s>");
    slots_.reserve(forms.size() + 4);
    slots_.push_back(kBegin);
    slots_.push_back(kBegin);
    for (std::string_view f : forms) {
      Slot s;
      s.atoms = ComputeAtoms(f);
      s.ambiguity = ambiguity(s.atoms.norm);
      slots_.push_back(s);
    }
    slots_.push_back(kEnd);
    slots_.push_back(kEnd);
  }
  const Slot& at(int i) const { return slots_[i + 2]; }
  int size() const { return static_cast<int>(slots_.size()) - 4; }

 private:
  static Slot Boundary(std::string_view name) {
    Slot s;
    s.atoms = ComputeAtoms(name);
    s.atoms.norm = Mix(99, s.atoms.norm);
    s.ambiguity = Mix(98, s.atoms.norm);
    return s;
  }
  std::vector<Slot> slots_;
};

// Writes the features of position i into f and returns their count. t1, t2: atoms of the
// classes chosen at i-1, i-2. `right`: the first pass's classes for the whole sentence
// (empty in the first pass).
int ExtractTagFeatures(const Window& w, int i, uint64_t t1, uint64_t t2,
                       std::span<const int> right, uint64_t* f);

// The same features in two steps, for decoding, which knows a position's words (and the
// first pass's classes) before it knows the classes chosen to its left: the first writes
// every feature that does not read t1 or t2, each at the index ExtractTagFeatures gives
// it, with 0 at the others, and returns the count; the second writes the rest into their
// places.
int ExtractWordTagFeatures(const Window& w, int i, std::span<const int> right, uint64_t* f);
void ExtractChoiceTagFeatures(const Window& w, int i, uint64_t t1, uint64_t t2,
                              std::span<const int> right, uint64_t* f);

}  // namespace dyad::tag::internal
