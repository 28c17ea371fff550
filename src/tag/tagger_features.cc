// The tagger's feature templates: words, affixes, shapes, ambiguity classes and the
// classes chosen around the position.
#include "tag/tagger_features.h"

namespace dyad::tag::internal {

namespace {

// The first pass's class at position k as an atom (the end past the sentence).
uint64_t RightTag(std::span<const int> right, int k) {
  return k < static_cast<int>(right.size()) ? TagAtom(right[static_cast<size_t>(k)]) : kEndTag;
}

}  // namespace

// The features of position i that read only the words around it (and, in the second
// pass, the first pass's classes): every index but those ExtractChoiceTagFeatures writes,
// which hold 0.
int ExtractWordTagFeatures(const Window& w, int i, std::span<const int> right, uint64_t* f) {
  const WordAtoms& a = w.at(i).atoms;
  const uint64_t w0 = a.norm, wm1 = w.at(i - 1).atoms.norm, wp1 = w.at(i + 1).atoms.norm;
  const uint64_t ac0 = w.at(i).ambiguity, acp1 = w.at(i + 1).ambiguity;
  f[0] = Feature(0, 0);
  f[1] = Feature(1, w0);
  f[2] = Feature(2, wm1);
  f[3] = Feature(3, wp1);
  f[4] = Feature(4, w.at(i - 2).atoms.norm);
  f[5] = Feature(5, w.at(i + 2).atoms.norm);
  for (int k = 0; k < 4; ++k) f[6 + k] = Feature(6 + k, a.suffix[k]);
  for (int k = 0; k < 3; ++k) f[10 + k] = Feature(10 + k, a.prefix[k]);
  f[13] = Feature(13, a.shape);
  f[14] = Feature(14, w.at(i - 1).atoms.shape);
  f[15] = Feature(15, w.at(i + 1).atoms.shape);
  // 16, 17, 18, 27, 30, 32, 36 (and 40 in the second pass) read the classes to the left:
  // 0 until ExtractChoiceTagFeatures writes them.
  f[16] = f[17] = f[18] = f[27] = f[30] = f[32] = f[36] = 0;
  f[19] = Feature(19, wm1, w0);
  f[20] = Feature(20, w0, wp1);
  f[21] = Feature(21, w.at(i - 1).atoms.suffix[2]);
  f[22] = Feature(22, w.at(i + 1).atoms.suffix[2]);
  f[23] = Feature(23, ac0);
  f[24] = Feature(24, acp1);
  f[25] = Feature(25, w.at(i + 2).ambiguity);
  f[26] = Feature(26, w.at(i - 1).ambiguity);
  f[28] = Feature(28, ac0, acp1);
  f[29] = Feature(29, a.upper_initial | a.all_upper << 1 | a.has_digit << 2 | a.has_hyphen << 3 |
                          (i == 0) << 4);
  f[31] = Feature(31, wp1, w.at(i + 2).atoms.norm);
  f[33] = Feature(33, a.shape, acp1);
  f[34] = Feature(34, a.raw);
  f[35] = Feature(35, w.at(i - 1).atoms.raw, a.upper_initial);
  f[37] = Feature(37, w.at(i - 1).ambiguity, ac0, acp1);
  if (right.empty()) return 38;
  const uint64_t r1 = RightTag(right, i + 1), r2 = RightTag(right, i + 2);
  f[38] = Feature(40, r1);
  f[39] = Feature(41, r1, r2);
  f[40] = 0;
  f[41] = Feature(43, w0, r1);
  f[42] = Feature(44, ac0, r1);
  f[43] = Feature(45, TagAtom(right[i]));
  f[44] = Feature(46, a.suffix[2], r1);
  return 45;
}

// The features of position i that read the classes chosen at i-1 (t1) and i-2 (t2).
void ExtractChoiceTagFeatures(const Window& w, int i, uint64_t t1, uint64_t t2,
                              std::span<const int> right, uint64_t* f) {
  const WordAtoms& a = w.at(i).atoms;
  f[16] = Feature(16, t1);
  f[17] = Feature(17, t1, t2);
  f[18] = Feature(18, t1, a.norm);
  f[27] = Feature(27, t1, w.at(i).ambiguity);
  f[30] = Feature(30, t1, a.suffix[2]);
  f[32] = Feature(32, t1, w.at(i + 1).ambiguity);
  f[36] = Feature(36, t1, w.at(i + 1).atoms.norm);
  if (right.empty()) return;
  f[40] = Feature(42, t1, RightTag(right, i + 1));
}

// Features of position i given the classes chosen for i-1 (t1) and i-2 (t2).
int ExtractTagFeatures(const Window& w, int i, uint64_t t1, uint64_t t2,
                       std::span<const int> right, uint64_t* f) {
  const int n = ExtractWordTagFeatures(w, i, right, f);
  ExtractChoiceTagFeatures(w, i, t1, t2, right, f);
  return n;
}

}  // namespace dyad::tag::internal
