// The tagger's feature templates: words, affixes, shapes, ambiguity classes and the
// classes chosen around the position.
#include "tag/tagger_features.h"

namespace dyad::tag::internal {

// Features of position i given the classes chosen for i-1 (t1) and i-2 (t2).
int ExtractTagFeatures(const Window& w, int i, uint64_t t1, uint64_t t2,
                       std::span<const int> right, uint64_t* f) {
  const WordAtoms& a = w.at(i).atoms;
  const uint64_t w0 = a.norm, wm1 = w.at(i - 1).atoms.norm, wp1 = w.at(i + 1).atoms.norm;
  const uint64_t ac0 = w.at(i).ambiguity, acp1 = w.at(i + 1).ambiguity;
  int n = 0;
  f[n++] = Feature(0, 0);
  f[n++] = Feature(1, w0);
  f[n++] = Feature(2, wm1);
  f[n++] = Feature(3, wp1);
  f[n++] = Feature(4, w.at(i - 2).atoms.norm);
  f[n++] = Feature(5, w.at(i + 2).atoms.norm);
  for (int k = 0; k < 4; ++k) f[n++] = Feature(6 + k, a.suffix[k]);
  for (int k = 0; k < 3; ++k) f[n++] = Feature(10 + k, a.prefix[k]);
  f[n++] = Feature(13, a.shape);
  f[n++] = Feature(14, w.at(i - 1).atoms.shape);
  f[n++] = Feature(15, w.at(i + 1).atoms.shape);
  f[n++] = Feature(16, t1);
  f[n++] = Feature(17, t1, t2);
  f[n++] = Feature(18, t1, w0);
  f[n++] = Feature(19, wm1, w0);
  f[n++] = Feature(20, w0, wp1);
  f[n++] = Feature(21, w.at(i - 1).atoms.suffix[2]);
  f[n++] = Feature(22, w.at(i + 1).atoms.suffix[2]);
  f[n++] = Feature(23, ac0);
  f[n++] = Feature(24, acp1);
  f[n++] = Feature(25, w.at(i + 2).ambiguity);
  f[n++] = Feature(26, w.at(i - 1).ambiguity);
  f[n++] = Feature(27, t1, ac0);
  f[n++] = Feature(28, ac0, acp1);
  f[n++] = Feature(29, a.upper_initial | a.all_upper << 1 | a.has_digit << 2 | a.has_hyphen << 3 |
                           (i == 0) << 4);
  f[n++] = Feature(30, t1, a.suffix[2]);
  f[n++] = Feature(31, wp1, w.at(i + 2).atoms.norm);
  f[n++] = Feature(32, t1, acp1);
  f[n++] = Feature(33, a.shape, acp1);
  f[n++] = Feature(34, a.raw);
  f[n++] = Feature(35, w.at(i - 1).atoms.raw, a.upper_initial);
  f[n++] = Feature(36, t1, wp1);
  f[n++] = Feature(37, w.at(i - 1).ambiguity, ac0, acp1);
  if (!right.empty()) {
    const int len = static_cast<int>(right.size());
    const uint64_t r1 = i + 1 < len ? TagAtom(right[i + 1]) : kEndTag;
    const uint64_t r2 = i + 2 < len ? TagAtom(right[i + 2]) : kEndTag;
    f[n++] = Feature(40, r1);
    f[n++] = Feature(41, r1, r2);
    f[n++] = Feature(42, t1, r1);
    f[n++] = Feature(43, w0, r1);
    f[n++] = Feature(44, ac0, r1);
    f[n++] = Feature(45, TagAtom(right[i]));
    f[n++] = Feature(46, a.suffix[2], r1);
  }
  return n;
}

}  // namespace dyad::tag::internal
