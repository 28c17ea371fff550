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
#include "parse/word_list.h"

namespace dyad::parse {

inline constexpr int kMaxParseFeatures = 112;

// Per-word atoms of one sentence: index 0 is the root, 1..n the words.
struct SentenceAtoms {
  std::vector<uint64_t> word, tag;
};

// Atoms of a tagged sentence: the normalised form and the UPOS+XPOS pair of each word.
// With a non-empty `known` (a parser trained with word dropout), a word not in it takes
// UnknownWordAtom instead of its form's atom.
SentenceAtoms ComputeSentenceAtoms(std::span<const std::string_view> forms,
                                   std::span<const std::string_view> upos,
                                   std::span<const std::string_view> xpos,
                                   const WordList* known = nullptr);

// Word dropout over the atoms of training sentences (ComputeSentenceAtoms without a list;
// forms[s] the words of atoms[s]): each position of a word seen once in all of them takes
// UnknownWordAtom with probability `rate`, fixed by `seed`, the sentence's index and the
// position. Returns the list of the words seen.
WordList DropRareWords(std::span<SentenceAtoms> atoms,
                       std::span<const std::span<const std::string_view>> forms, float rate,
                       uint64_t seed);

// Which joint features ExtractJointFeatures writes: those that read both sides of the
// state through tags, labels and distances alone, those of the stack alone, those of the
// buffer alone, and those that read both sides and a word (bits; kJointCross: both kinds
// that read both sides; kJointAll: every one, in one fixed order, which training relies
// on). A lean parser (Parser::Train's `lean`) reads kJointLean: the 14 templates of
// kJointCrossWords (a word of s0, s1 or b0 with the other side: 20-25, 34, 50-53, 60, 62,
// 64) are left out, and the pairs across the stack and the buffer are read through their
// tags alone.
enum JointPart : int {
  kJointCrossTags = 1,
  kJointStack = 2,
  kJointBuffer = 4,
  kJointCrossWords = 8,
  kJointCross = kJointCrossTags | kJointCrossWords,
  kJointAll = 15,
  kJointLean = kJointAll & ~kJointCrossWords,
};

// Writes the features of `s` into f; returns their count (at most kMaxParseFeatures):
// the slot features of every slot, then the joint features of `parts` (JointPart above:
// kJointAll, or kJointLean for a lean parser).
int ExtractParseFeatures(const State& s, const SentenceAtoms& atoms, uint64_t* f, int parts = kJointAll);

// Positions whose templates read one word only: the top three stack items, the first
// three buffer items and the dependents that the templates look at. The slots s0 and b0
// also carry the templates of that word with its own dependents (their tags, labels and
// counts). A word's features at a slot depend on its atoms, on its label for a
// dependent (fixed once the word is attached) and, at s0 and b0, on its dependents,
// which only ever grow: within a sentence, the same word at the same slot with the same
// SlotVersion always gives the same features, so their summed scores can be computed
// once and reused.
//
// Two more slots hold joint features that read one side of the state only. While a word
// is on top of the stack, nothing beneath it changes (a move that attaches or pops
// anything below pops it first), so the joint features of the stack alone (s0, s1, s2
// and their dependents) are fixed by s0 and its SlotVersion: kSlotStack. The buffer is
// the words from b0 on, in order, so the joint features of b0, b1 and b2 (words and tags
// only) are fixed by b0: kSlotBuffer. They are slots for scoring only: training and the
// beam read them as joint features (ExtractJointFeatures with kJointAll).
enum ParseSlot : int {
  kSlotS0, kSlotN0, kSlotN1, kSlotN2, kSlotS1, kSlotS2,
  kSlotS0l, kSlotS0r, kSlotN0l, kSlotS1r, kSlotS1l, kSlotS0l2, kSlotS0r2, kSlotN0l2,
  kSlotStack, kSlotBuffer,
};
inline constexpr int kNumParseSlots = 14;    // the word slots
inline constexpr int kNumScoredSlots = 16;   // with kSlotStack and kSlotBuffer
inline constexpr int kMaxSlotFeatures = 13;

// The number of dependents of `word` that its features at `slot` read: 0 except at s0
// and b0 (and kSlotStack, which reads s0's).
inline int SlotVersion(const State& s, int slot, int word) {
  if (word <= 0 || (slot != kSlotS0 && slot != kSlotN0 && slot != kSlotStack)) return 0;
  return s.nleft[word] + s.nright[word];
}

// Writes into words[0, kNumParseSlots) the word at each slot of `s` (-1: absent).
void ParseSlotWords(const State& s, int* words);
// Writes the features of `slot` holding `word` (-1: absent) into f; returns their count
// (at most kMaxSlotFeatures). Requires word < s.n + 1, and for kSlotStack and kSlotBuffer
// the word at s0 or b0 of `s` (their features are read from the state).
// `words`, when given, is ParseSlotWords of `s` (for kSlotStack and kSlotBuffer, which
// would otherwise work it out again).
int ExtractSlotFeatures(int slot, int word, const State& s, const SentenceAtoms& atoms, uint64_t* f,
                        const int* words = nullptr);
// Writes the features of `parts` (JointPart above) that combine slots or read counts and
// distances into f; returns their count.
int ExtractJointFeatures(const State& s, const SentenceAtoms& atoms, uint64_t* f, int parts = kJointAll);
// The same with `words`, ParseSlotWords of `s`, already worked out.
int ExtractJointFeatures(const State& s, const SentenceAtoms& atoms, const int* words, uint64_t* f,
                         int parts);

// The features of the label of an arc from `head` to `dep` (`left`: the head is to the
// right of its dependent, a LEFT move) in state `s`; returns their count (at most
// kMaxLabelFeatures). For parsers that choose a move's kind and its label apart.
inline constexpr int kMaxLabelFeatures = 48;
int ExtractLabelFeatures(const State& s, const SentenceAtoms& atoms, int head, int dep, bool left,
                         uint64_t* f);

}  // namespace dyad::parse
