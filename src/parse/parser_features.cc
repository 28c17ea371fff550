// Parser feature extraction. Absent positions read fixed "none" atoms, so a template
// still fires (and learns) when, say, the stack holds a single word.
#include "parse/parser_features.h"

#include <algorithm>

#include "tag/perceptron.h"
#include "tag/word_shape.h"

namespace dyad::parse {
namespace {

using tag::Feature;
using tag::Mix;

constexpr uint64_t kNone = 0x6e6f6e65, kNoLabel = 0xffff;

struct Item {
  uint64_t w = kNone, p = kNone, l = kNoLabel;
};

}  // namespace

SentenceAtoms ComputeSentenceAtoms(std::span<const std::string_view> forms,
                                   std::span<const std::string_view> upos,
                                   std::span<const std::string_view> xpos) {
  SentenceAtoms a;
  a.word.reserve(forms.size() + 1);
  a.tag.reserve(forms.size() + 1);
  a.word.push_back(0x726f6f74);  // the root
  a.tag.push_back(0x726f6f74);
  for (size_t i = 0; i < forms.size(); ++i) {
    a.word.push_back(tag::HashString(tag::NormalizeWord(forms[i])));
    a.tag.push_back(Mix(tag::HashString(upos[i]), tag::HashString(xpos[i])));
  }
  return a;
}

int ExtractParseFeatures(const State& s, const SentenceAtoms& a, uint64_t* f) {
  auto item = [&](int i) {
    Item it;
    if (i < 0) return it;
    it.w = a.word[i];
    it.p = a.tag[i];
    if (i > 0 && s.label[i] >= 0) it.l = static_cast<uint64_t>(s.label[i]);
    return it;
  };
  auto child = [&](int i, const std::vector<int>& which) {
    return i > 0 && which[i] > 0 ? item(which[i]) : Item();
  };
  const int s0i = s.S(0), s1i = s.S(1), n0i = s.B(0);
  const Item S0 = item(s0i), S1 = item(s1i), S2 = item(s.S(2));
  const Item N0 = item(n0i), N1 = item(s.B(1)), N2 = item(s.B(2));
  const Item S0l = child(s0i, s.left1), S0l2 = child(s0i, s.left2);
  const Item S0r = child(s0i, s.right1), S0r2 = child(s0i, s.right2);
  const Item N0l = child(n0i, s.left1), N0l2 = child(n0i, s.left2);
  const Item S1l = child(s1i, s.left1), S1r = child(s1i, s.right1);
  uint64_t dist = 0;
  if (s0i > 0 && n0i > 0) dist = std::min(n0i - s0i, 6);
  uint64_t dist10 = 0;
  if (s1i > 0 && s0i > 0) dist10 = std::min(s0i - s1i, 6);
  const uint64_t s0vl = s0i > 0 ? s.nleft[s0i] : 99, s0vr = s0i > 0 ? s.nright[s0i] : 99;
  const uint64_t n0vl = n0i > 0 ? s.nleft[n0i] : 99;
  const uint64_t s0sl = s0i > 0 ? s.left_labels[s0i] : 1, s0sr = s0i > 0 ? s.right_labels[s0i] : 1;
  const uint64_t n0sl = n0i > 0 ? s.left_labels[n0i] : 1;
  const uint64_t S0wp = Mix(S0.w, S0.p), N0wp = Mix(N0.w, N0.p), N1wp = Mix(N1.w, N1.p);
  const uint64_t S1wp = Mix(S1.w, S1.p);

  int n = 0;
  // Single items.
  f[n++] = Feature(1, S0wp);
  f[n++] = Feature(2, S0.w);
  f[n++] = Feature(3, S0.p);
  f[n++] = Feature(4, N0wp);
  f[n++] = Feature(5, N0.w);
  f[n++] = Feature(6, N0.p);
  f[n++] = Feature(7, N1wp);
  f[n++] = Feature(8, N1.w);
  f[n++] = Feature(9, N1.p);
  f[n++] = Feature(10, Mix(N2.w, N2.p));
  f[n++] = Feature(11, N2.w);
  f[n++] = Feature(12, N2.p);
  f[n++] = Feature(13, S1wp);
  f[n++] = Feature(14, S1.w);
  f[n++] = Feature(15, S1.p);
  f[n++] = Feature(16, S2.p);
  f[n++] = Feature(17, S2.w);
  // Pairs.
  f[n++] = Feature(20, S0wp, N0wp);
  f[n++] = Feature(21, S0wp, N0.w);
  f[n++] = Feature(22, S0.w, N0wp);
  f[n++] = Feature(23, S0wp, N0.p);
  f[n++] = Feature(24, S0.p, N0wp);
  f[n++] = Feature(25, S0.w, N0.w);
  f[n++] = Feature(26, S0.p, N0.p);
  f[n++] = Feature(27, N0.p, N1.p);
  f[n++] = Feature(28, S1wp, S0wp);
  f[n++] = Feature(29, S1.w, S0.w);
  f[n++] = Feature(30, S1.p, S0.p);
  f[n++] = Feature(31, S1.p, S0wp);
  f[n++] = Feature(32, S1wp, S0.p);
  f[n++] = Feature(33, S1.p, N0.p);
  f[n++] = Feature(34, S1.w, N0.w);
  f[n++] = Feature(35, N0.w, N1.w);
  f[n++] = Feature(36, N0wp, N1.p);
  // Triples of tags.
  f[n++] = Feature(40, N0.p, N1.p, N2.p);
  f[n++] = Feature(41, S0.p, N0.p, N1.p);
  f[n++] = Feature(42, S1.p, S0.p, N0.p);
  f[n++] = Feature(43, S0.p, S0l.p, N0.p);
  f[n++] = Feature(44, S0.p, S0r.p, N0.p);
  f[n++] = Feature(45, S0.p, N0.p, N0l.p);
  f[n++] = Feature(46, S2.p, S1.p, S0.p);
  f[n++] = Feature(47, S1.p, S1r.p, S0.p);
  f[n++] = Feature(48, S1.p, S1l.p, S0.p);
  f[n++] = Feature(49, S1.p, S0.p, S0r.p);
  f[n++] = Feature(50, S0.w, N0.p, N1.p);
  f[n++] = Feature(51, S0.p, N0.w, N1.p);
  f[n++] = Feature(52, S1.w, S0.p, N0.p);
  f[n++] = Feature(53, S1.p, S0.w, N0.p);
  // Distance.
  f[n++] = Feature(60, S0.w, dist);
  f[n++] = Feature(61, S0.p, dist);
  f[n++] = Feature(62, N0.w, dist);
  f[n++] = Feature(63, N0.p, dist);
  f[n++] = Feature(64, Mix(S0.w, N0.w), dist);
  f[n++] = Feature(65, Mix(S0.p, N0.p), dist);
  f[n++] = Feature(66, Mix(S1.p, S0.p), dist10);
  f[n++] = Feature(67, Mix(S1.w, S0.w), dist10);
  // Valency.
  f[n++] = Feature(70, S0.w, s0vr);
  f[n++] = Feature(71, S0.p, s0vr);
  f[n++] = Feature(72, S0.w, s0vl);
  f[n++] = Feature(73, S0.p, s0vl);
  f[n++] = Feature(74, N0.w, n0vl);
  f[n++] = Feature(75, N0.p, n0vl);
  // Dependents (second order).
  f[n++] = Feature(80, S0l.w);
  f[n++] = Feature(81, S0l.p);
  f[n++] = Feature(82, S0l.l);
  f[n++] = Feature(83, S0r.w);
  f[n++] = Feature(84, S0r.p);
  f[n++] = Feature(85, S0r.l);
  f[n++] = Feature(86, N0l.w);
  f[n++] = Feature(87, N0l.p);
  f[n++] = Feature(88, N0l.l);
  f[n++] = Feature(89, S1r.p, S1r.l);
  f[n++] = Feature(90, S1l.p, S1l.l);
  // Third order.
  f[n++] = Feature(100, S0l2.w);
  f[n++] = Feature(101, S0l2.p);
  f[n++] = Feature(102, S0l2.l);
  f[n++] = Feature(103, S0r2.w);
  f[n++] = Feature(104, S0r2.p);
  f[n++] = Feature(105, S0r2.l);
  f[n++] = Feature(106, N0l2.w);
  f[n++] = Feature(107, N0l2.p);
  f[n++] = Feature(108, N0l2.l);
  f[n++] = Feature(109, S0.p, S0l.p, S0l2.p);
  f[n++] = Feature(110, S0.p, S0r.p, S0r2.p);
  f[n++] = Feature(111, N0.p, N0l.p, N0l2.p);
  // Label sets.
  f[n++] = Feature(120, S0.w, s0sr);
  f[n++] = Feature(121, S0.p, s0sr);
  f[n++] = Feature(122, S0.w, s0sl);
  f[n++] = Feature(123, S0.p, s0sl);
  f[n++] = Feature(124, N0.w, n0sl);
  f[n++] = Feature(125, N0.p, n0sl);
  // Labels with the pair they would link.
  f[n++] = Feature(130, S0.p, N0.p, S0l.l);
  f[n++] = Feature(131, S1.p, S0.p, S0l.l);
  f[n++] = Feature(132, S1.p, S0.p, S1r.l);
  f[n++] = Feature(133, S0.p, N0.p, N0l.l);
  return n;
}

}  // namespace dyad::parse
