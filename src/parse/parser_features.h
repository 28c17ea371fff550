// The parser's feature templates, after Zhang and Nivre (2011) adapted to the arc-hybrid
// system: words and tags of the top three stack items and the first three buffer items,
// their leftmost and rightmost dependents and those dependents' labels, the distance
// between s0 and b0, dependent counts (valency) and the sets of labels already attached.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "parse/arc_hybrid.h"

namespace dyad::parse {

inline constexpr int kMaxParseFeatures = 112;

// Per-word atoms of one sentence: index 0 is the root, 1..n the words.
struct SentenceAtoms {
  std::vector<uint64_t> word, tag;
};

// Atoms of a tagged sentence: the normalised form and the UPOS+XPOS pair of each word.
SentenceAtoms ComputeSentenceAtoms(std::span<const std::string_view> forms,
                                   std::span<const std::string_view> upos,
                                   std::span<const std::string_view> xpos);

// Writes the features of `s` into f; returns their count (at most kMaxParseFeatures):
// the slot features of every slot, then the joint features.
int ExtractParseFeatures(const State& s, const SentenceAtoms& atoms, uint64_t* f);

// Positions whose templates read one word only: the top three stack items, the first
// three buffer items and the dependents that the templates look at. The slots s0 and b0
// also carry the templates of that word with its own dependents (their tags, labels and
// counts). A word's features at a slot depend on its atoms, on its label for a
// dependent (fixed once the word is attached) and, at s0 and b0, on its dependents,
// which only ever grow: within a sentence, the same word at the same slot with the same
// SlotVersion always gives the same features, so their summed scores can be computed
// once and reused.
enum ParseSlot : int {
  kSlotS0, kSlotN0, kSlotN1, kSlotN2, kSlotS1, kSlotS2,
  kSlotS0l, kSlotS0r, kSlotN0l, kSlotS1r, kSlotS1l, kSlotS0l2, kSlotS0r2, kSlotN0l2,
};
inline constexpr int kNumParseSlots = 14;
inline constexpr int kMaxSlotFeatures = 13;

// The number of dependents of `word` that its features at `slot` read: 0 except at s0
// and b0.
inline int SlotVersion(const State& s, int slot, int word) {
  if (word <= 0 || (slot != kSlotS0 && slot != kSlotN0)) return 0;
  return s.nleft[word] + s.nright[word];
}

// Writes into words[0, kNumParseSlots) the word at each slot of `s` (-1: absent).
void ParseSlotWords(const State& s, int* words);
// Writes the features of `slot` holding `word` (-1: absent) into f; returns their count
// (at most kMaxSlotFeatures). Requires word < s.n + 1.
int ExtractSlotFeatures(int slot, int word, const State& s, const SentenceAtoms& atoms, uint64_t* f);
// Writes the features that combine slots or read counts and distances into f; returns
// their count.
int ExtractJointFeatures(const State& s, const SentenceAtoms& atoms, uint64_t* f);

// The features of the label of an arc from `head` to `dep` (`left`: the head is to the
// right of its dependent, a LEFT move) in state `s`; returns their count (at most
// kMaxLabelFeatures). For parsers that choose a move's kind and its label apart.
inline constexpr int kMaxLabelFeatures = 48;
int ExtractLabelFeatures(const State& s, const SentenceAtoms& atoms, int head, int dep, bool left,
                         uint64_t* f);

}  // namespace dyad::parse
