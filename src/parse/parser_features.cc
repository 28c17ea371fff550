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

namespace {

// The item at word i (-1: absent). A word's label is set once, when it is attached.
Item ItemAt(const State& s, const SentenceAtoms& a, int i) {
  Item it;
  if (i < 0) return it;
  it.w = a.word[i];
  it.p = a.tag[i];
  if (i > 0 && s.label[i] >= 0) it.l = static_cast<uint64_t>(s.label[i]);
  return it;
}

}  // namespace

void ParseSlotWords(const State& s, int* words) {
  auto child = [&](int i, const std::vector<int>& which) {
    return i > 0 && which[i] > 0 ? which[i] : -1;
  };
  const int s0 = s.S(0), s1 = s.S(1), n0 = s.B(0);
  words[kSlotS0] = s0;
  words[kSlotN0] = n0;
  words[kSlotN1] = s.B(1);
  words[kSlotN2] = s.B(2);
  words[kSlotS1] = s1;
  words[kSlotS2] = s.S(2);
  words[kSlotS0l] = child(s0, s.left1);
  words[kSlotS0r] = child(s0, s.right1);
  words[kSlotN0l] = child(n0, s.left1);
  words[kSlotS1r] = child(s1, s.right1);
  words[kSlotS1l] = child(s1, s.left1);
  words[kSlotS0l2] = child(s0, s.left2);
  words[kSlotS0r2] = child(s0, s.right2);
  words[kSlotN0l2] = child(n0, s.left2);
}

int ExtractSlotFeatures(int slot, int word, const State& s, const SentenceAtoms& a, uint64_t* f) {
  const Item it = ItemAt(s, a, word);
  // Template ids of the word, the tag and the label (0: not a template of this slot)
  // and of the word+tag pair.
  struct Templates {
    uint64_t wp, w, p, l;
  };
  static constexpr Templates kTemplates[kNumParseSlots] = {
      {1, 2, 3, 0},       {4, 5, 6, 0},       {7, 8, 9, 0},       {10, 11, 12, 0},
      {13, 14, 15, 0},    {0, 17, 16, 0},     {0, 80, 81, 82},    {0, 83, 84, 85},
      {0, 86, 87, 88},    {0, 0, 0, 0},       {0, 0, 0, 0},       {0, 100, 101, 102},
      {0, 103, 104, 105}, {0, 106, 107, 108},
  };
  if (slot == kSlotS1r || slot == kSlotS1l) {  // the tag with the label, one feature
    f[0] = Feature(slot == kSlotS1r ? 89 : 90, it.p, it.l);
    return 1;
  }
  const Templates& t = kTemplates[slot];
  int n = 0;
  if (t.wp) f[n++] = Feature(t.wp, Mix(it.w, it.p));
  f[n++] = Feature(t.w, it.w);
  f[n++] = Feature(t.p, it.p);
  if (t.l) f[n++] = Feature(t.l, it.l);
  if (slot != kSlotS0 && slot != kSlotN0) return n;
  // The word with its own dependents: valency, label sets and the tags of the nearest two.
  auto dep = [&](const std::vector<int>& which) {
    return ItemAt(s, a, word > 0 && which[word] > 0 ? which[word] : -1);
  };
  const uint64_t vl = word > 0 ? s.nleft[word] : 99, sl = word > 0 ? s.left_labels[word] : 1;
  const Item l1 = dep(s.left1), l2 = dep(s.left2);
  if (slot == kSlotN0) {
    f[n++] = Feature(74, it.w, vl);
    f[n++] = Feature(75, it.p, vl);
    f[n++] = Feature(111, it.p, l1.p, l2.p);
    f[n++] = Feature(124, it.w, sl);
    f[n++] = Feature(125, it.p, sl);
    return n;
  }
  const uint64_t vr = word > 0 ? s.nright[word] : 99, sr = word > 0 ? s.right_labels[word] : 1;
  const Item r1 = dep(s.right1), r2 = dep(s.right2);
  f[n++] = Feature(70, it.w, vr);
  f[n++] = Feature(71, it.p, vr);
  f[n++] = Feature(72, it.w, vl);
  f[n++] = Feature(73, it.p, vl);
  f[n++] = Feature(109, it.p, l1.p, l2.p);
  f[n++] = Feature(110, it.p, r1.p, r2.p);
  f[n++] = Feature(120, it.w, sr);
  f[n++] = Feature(121, it.p, sr);
  f[n++] = Feature(122, it.w, sl);
  f[n++] = Feature(123, it.p, sl);
  return n;
}

int ExtractJointFeatures(const State& s, const SentenceAtoms& a, uint64_t* f) {
  int w[kNumParseSlots];
  ParseSlotWords(s, w);
  auto item = [&](int slot) { return ItemAt(s, a, w[slot]); };
  const int s0i = w[kSlotS0], s1i = w[kSlotS1], n0i = w[kSlotN0];
  const Item S0 = item(kSlotS0), S1 = item(kSlotS1), S2 = item(kSlotS2);
  const Item N0 = item(kSlotN0), N1 = item(kSlotN1), N2 = item(kSlotN2);
  const Item S0l = item(kSlotS0l), S0r = item(kSlotS0r), N0l = item(kSlotN0l);
  const Item S1l = item(kSlotS1l), S1r = item(kSlotS1r);
  uint64_t dist = 0;
  if (s0i > 0 && n0i > 0) dist = std::min(n0i - s0i, 6);
  uint64_t dist10 = 0;
  if (s1i > 0 && s0i > 0) dist10 = std::min(s0i - s1i, 6);
  const uint64_t S0wp = Mix(S0.w, S0.p), N0wp = Mix(N0.w, N0.p);
  const uint64_t S1wp = Mix(S1.w, S1.p);

  int n = 0;
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
  // Labels with the pair they would link.
  f[n++] = Feature(130, S0.p, N0.p, S0l.l);
  f[n++] = Feature(131, S1.p, S0.p, S0l.l);
  f[n++] = Feature(132, S1.p, S0.p, S1r.l);
  f[n++] = Feature(133, S0.p, N0.p, N0l.l);
  return n;
}

int ExtractParseFeatures(const State& s, const SentenceAtoms& a, uint64_t* f) {
  int w[kNumParseSlots];
  ParseSlotWords(s, w);
  int n = 0;
  for (int slot = 0; slot < kNumParseSlots; ++slot) n += ExtractSlotFeatures(slot, w[slot], s, a, f + n);
  return n + ExtractJointFeatures(s, a, f + n);
}

}  // namespace dyad::parse
