// Parser feature extraction. Absent positions read fixed "none" atoms, so a template
// still fires (and learns) when, say, the stack holds a single word.
#include "parse/parser_features.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

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
                                   std::span<const std::string_view> xpos, const WordList* known) {
  const bool shapes = known != nullptr && !known->empty();
  SentenceAtoms a;
  a.word.reserve(forms.size() + 1);
  a.tag.reserve(forms.size() + 1);
  a.word.push_back(0x726f6f74);  // the root
  a.tag.push_back(0x726f6f74);
  for (size_t i = 0; i < forms.size(); ++i) {
    const uint64_t norm = tag::HashNormalized(forms[i]);  // HashString(NormalizeWord(form))
    a.word.push_back(shapes && !known->Contains(norm) ? UnknownWordAtom(forms[i]) : norm);
    a.tag.push_back(Mix(tag::HashString(upos[i]), tag::HashString(xpos[i])));
  }
  return a;
}

WordList DropRareWords(std::span<SentenceAtoms> atoms,
                       std::span<const std::span<const std::string_view>> forms, float rate,
                       uint64_t seed) {
  std::unordered_map<uint64_t, int> counts;
  for (const SentenceAtoms& a : atoms)
    for (size_t i = 1; i < a.word.size(); ++i) ++counts[a.word[i]];
  std::vector<uint64_t> words;
  words.reserve(counts.size());
  for (const auto& [w, n] : counts) words.push_back(w);
  for (size_t si = 0; si < atoms.size(); ++si) {
    std::vector<uint64_t>& word = atoms[si].word;
    for (size_t i = 1; i < word.size(); ++i) {
      if (counts.at(word[i]) != 1) continue;
      const uint64_t coin = Mix(Mix(seed, si), i);
      if (static_cast<double>(coin >> 11) * 0x1.0p-53 < rate) word[i] = UnknownWordAtom(forms[si][i - 1]);
    }
  }
  return WordList(std::move(words));
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

int ExtractSlotFeatures(int slot, int word, const State& s, const SentenceAtoms& a, uint64_t* f,
                        const int* words) {
  if (slot == kSlotStack || slot == kSlotBuffer) {
    const int parts = slot == kSlotStack ? kJointStack : kJointBuffer;
    return words ? ExtractJointFeatures(s, a, words, f, parts) : ExtractJointFeatures(s, a, f, parts);
  }
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

int ExtractJointFeatures(const State& s, const SentenceAtoms& a, uint64_t* f, int parts) {
  int w[kNumParseSlots];
  ParseSlotWords(s, w);
  return ExtractJointFeatures(s, a, w, f, parts);
}

int ExtractJointFeatures(const State& s, const SentenceAtoms& a, const int* w, uint64_t* f, int parts) {
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

  const bool cross = parts & kJointCrossTags, stack = parts & kJointStack, buffer = parts & kJointBuffer;
  const bool words = parts & kJointCrossWords;
  int n = 0;
  // Pairs.
  if (words) {
    f[n++] = Feature(20, S0wp, N0wp);
    f[n++] = Feature(21, S0wp, N0.w);
    f[n++] = Feature(22, S0.w, N0wp);
    f[n++] = Feature(23, S0wp, N0.p);
    f[n++] = Feature(24, S0.p, N0wp);
    f[n++] = Feature(25, S0.w, N0.w);
  }
  if (cross) f[n++] = Feature(26, S0.p, N0.p);
  if (buffer) f[n++] = Feature(27, N0.p, N1.p);
  if (stack) {
    f[n++] = Feature(28, S1wp, S0wp);
    f[n++] = Feature(29, S1.w, S0.w);
    f[n++] = Feature(30, S1.p, S0.p);
    f[n++] = Feature(31, S1.p, S0wp);
    f[n++] = Feature(32, S1wp, S0.p);
  }
  if (cross) f[n++] = Feature(33, S1.p, N0.p);
  if (words) f[n++] = Feature(34, S1.w, N0.w);
  if (buffer) {
    f[n++] = Feature(35, N0.w, N1.w);
    f[n++] = Feature(36, N0wp, N1.p);
    // Triples of tags.
    f[n++] = Feature(40, N0.p, N1.p, N2.p);
  }
  if (cross) {
    f[n++] = Feature(41, S0.p, N0.p, N1.p);
    f[n++] = Feature(42, S1.p, S0.p, N0.p);
    f[n++] = Feature(43, S0.p, S0l.p, N0.p);
    f[n++] = Feature(44, S0.p, S0r.p, N0.p);
    f[n++] = Feature(45, S0.p, N0.p, N0l.p);
  }
  if (stack) {
    f[n++] = Feature(46, S2.p, S1.p, S0.p);
    f[n++] = Feature(47, S1.p, S1r.p, S0.p);
    f[n++] = Feature(48, S1.p, S1l.p, S0.p);
    f[n++] = Feature(49, S1.p, S0.p, S0r.p);
  }
  if (words) {
    f[n++] = Feature(50, S0.w, N0.p, N1.p);
    f[n++] = Feature(51, S0.p, N0.w, N1.p);
    f[n++] = Feature(52, S1.w, S0.p, N0.p);
    f[n++] = Feature(53, S1.p, S0.w, N0.p);
  }
  // Distance.
  if (words) f[n++] = Feature(60, S0.w, dist);
  if (cross) f[n++] = Feature(61, S0.p, dist);
  if (words) f[n++] = Feature(62, N0.w, dist);
  if (cross) f[n++] = Feature(63, N0.p, dist);
  if (words) f[n++] = Feature(64, Mix(S0.w, N0.w), dist);
  if (cross) f[n++] = Feature(65, Mix(S0.p, N0.p), dist);
  if (stack) {
    f[n++] = Feature(66, Mix(S1.p, S0.p), dist10);
    f[n++] = Feature(67, Mix(S1.w, S0.w), dist10);
  }
  // Labels with the pair they would link.
  if (cross) f[n++] = Feature(130, S0.p, N0.p, S0l.l);
  if (stack) {
    f[n++] = Feature(131, S1.p, S0.p, S0l.l);
    f[n++] = Feature(132, S1.p, S0.p, S1r.l);
  }
  if (cross) f[n++] = Feature(133, S0.p, N0.p, N0l.l);
  return n;
}

int ExtractLabelFeatures(const State& s, const SentenceAtoms& a, int head, int dep, bool left,
                         uint64_t* f) {
  const uint64_t d = left ? 1 : 2;
  const uint64_t hw = a.word[head], hp = a.tag[head], dw = a.word[dep], dp = a.tag[dep];
  const uint64_t dist = head == 0 ? 7 : std::min(std::abs(head - dep), 6);
  const uint64_t dl = s.left_labels[dep], dr = s.right_labels[dep];
  const uint64_t hl = head > 0 ? (s.left_labels[head] | s.right_labels[head]) : 0;
  const uint64_t prev = dep > 1 ? a.tag[dep - 1] : kNone;
  const uint64_t next = dep < s.n ? a.tag[dep + 1] : kNone;
  auto lab = [&](int i) { return i > 0 ? static_cast<uint64_t>(s.label[i]) : kNoLabel; };
  const uint64_t hpdp = Mix(hp, dp);
  int n = 0;
  f[n++] = Feature(200, d, hw);
  f[n++] = Feature(201, d, hp);
  f[n++] = Feature(202, d, dw);
  f[n++] = Feature(203, d, dp);
  f[n++] = Feature(204, d, hpdp);
  f[n++] = Feature(205, d, Mix(hw, dp));
  f[n++] = Feature(206, d, Mix(hp, dw));
  f[n++] = Feature(207, d, Mix(hw, dw));
  f[n++] = Feature(208, d, hpdp, dist);
  f[n++] = Feature(209, d, dp, Mix(dl, dr));
  f[n++] = Feature(210, d, hpdp, hl);
  f[n++] = Feature(211, d, dp, prev);
  f[n++] = Feature(212, d, dp, next);
  f[n++] = Feature(213, d, dp, Mix(lab(s.left1[dep]), lab(s.right1[dep])));
  f[n++] = Feature(214, d, dw, dist);
  f[n++] = Feature(215, d, Mix(dw, dp), hpdp);
  auto tagof = [&](int i) { return i > 0 ? a.tag[i] : kNone; };
  auto wordof = [&](int i) { return i > 0 ? a.word[i] : kNone; };
  const int dl1 = s.left1[dep], dr1 = s.right1[dep];
  const int hl1 = head > 0 ? s.left1[head] : 0, hr1 = head > 0 ? s.right1[head] : 0;
  f[n++] = Feature(216, d, dw, Mix(dl, dr));
  f[n++] = Feature(217, d, dp, Mix(s.nleft[dep], s.nright[dep]));
  f[n++] = Feature(218, d, hpdp, Mix(prev, next));
  f[n++] = Feature(219, d, hp, Mix(head > 1 ? a.tag[head - 1] : kNone, head > 0 && head < s.n ? a.tag[head + 1] : kNone));
  f[n++] = Feature(220, d, dp, Mix(tagof(dl1), lab(dl1)));
  f[n++] = Feature(221, d, dp, Mix(tagof(dr1), lab(dr1)));
  f[n++] = Feature(222, d, hpdp, lab(hl1));
  f[n++] = Feature(223, d, hpdp, lab(hr1));
  f[n++] = Feature(224, d, dp, wordof(dl1));
  f[n++] = Feature(225, d, hp, Mix(dp, wordof(dl1)));
  f[n++] = Feature(226, d, hw, wordof(dl1));
  f[n++] = Feature(227, d, dp, dep < s.n ? a.word[dep + 1] : kNone);
  f[n++] = Feature(228, d, dp, dep > 1 ? a.word[dep - 1] : kNone);
  f[n++] = Feature(229, d, Mix(dw, hp), dist);
  // The other word the dependent could have attached to: s1 for a LEFT move, b0 for a RIGHT.
  const int other = left ? s.S(1) : s.B(0);
  const uint64_t op = other >= 0 ? a.tag[other] : kNone, ow = other >= 0 ? a.word[other] : kNone;
  f[n++] = Feature(230, d, dp, op);
  f[n++] = Feature(231, d, hpdp, op);
  f[n++] = Feature(232, d, dw, op);
  f[n++] = Feature(233, d, Mix(dp, ow), hp);
  f[n++] = Feature(234, d, dp, Mix(lab(s.left2[dep]), lab(dl1)));
  f[n++] = Feature(235, d, hpdp, Mix(s.nleft[dep], s.nright[dep]));
  // The neighbourhood of the state: the buffer after the head and the stack under it.
  const int b0 = s.B(0), b1 = s.B(1), s2 = left ? s.S(1) : s.S(2);
  const uint64_t b0p = b0 >= 0 ? a.tag[b0] : kNone, b1p = b1 >= 0 ? a.tag[b1] : kNone;
  const uint64_t s2p = s2 >= 0 ? a.tag[s2] : kNone;
  f[n++] = Feature(236, d, hpdp, Mix(b0p, b1p));
  f[n++] = Feature(237, d, dp, Mix(b0p, b1p));
  f[n++] = Feature(238, d, hpdp, s2p);
  f[n++] = Feature(239, d, dw, Mix(hp, b1p));
  return n;
}

int ExtractParseFeatures(const State& s, const SentenceAtoms& a, uint64_t* f, int parts) {
  int w[kNumParseSlots];
  ParseSlotWords(s, w);
  int n = 0;
  for (int slot = 0; slot < kNumParseSlots; ++slot) n += ExtractSlotFeatures(slot, w[slot], s, a, f + n);
  return n + ExtractJointFeatures(s, a, f + n, parts);
}

}  // namespace dyad::parse
