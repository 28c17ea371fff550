// The split of the parser's features that scoring relies on: a state's features are its
// slot features (one word each) plus its joint features, and a word's slot features are
// the same in every state that holds it at that slot with the same SlotVersion, so their
// summed scores can be computed once per sentence and version and reused; so are the
// joint features of the stack alone (kSlotStack, fixed by s0) and of the buffer alone
// (kSlotBuffer, fixed by b0).
#include "parse/parser_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace dyad::parse {
namespace {

struct Case {
  const char* name;
  int words;
  uint64_t seed;
};

constexpr const char* kForms[] = {"the", "talks", "broke", "down", "in", "Geneva", "."};

constexpr Case kCases[] = {
    {"one word", 1, 1}, {"three words", 3, 2}, {"short", 8, 3}, {"long", 40, 4}, {"repeats", 25, 5},
};

TEST(ParserFeaturesTest, SlotAndJointFeaturesMakeUpEveryStatesFeatures) {
  const ArcHybrid sys(5, 0);
  const int moves = sys.num_moves();
  for (const Case& c : kCases) {
    // Forms and tags from a few values, so that words and tags repeat.
    std::vector<std::string> form_text, upos_text, xpos_text;
    uint64_t rng = c.seed;
    auto next = [&rng] { return (rng = rng * 6364136223846793005ULL + 1442695040888963407ULL) >> 33; };
    for (int i = 0; i < c.words; ++i) {
      form_text.push_back(kForms[next() % std::size(kForms)]);
      upos_text.push_back(next() % 2 ? "NOUN" : "VERB");
      xpos_text.push_back(next() % 2 ? "NN" : "VB");
    }
    std::vector<std::string_view> forms(form_text.begin(), form_text.end());
    std::vector<std::string_view> upos(upos_text.begin(), upos_text.end());
    std::vector<std::string_view> xpos(xpos_text.begin(), xpos_text.end());
    const SentenceAtoms atoms = ComputeSentenceAtoms(forms, upos, xpos);

    State s(c.words);
    // (slot, word, version) -> features
    std::map<std::tuple<int, int, int>, std::vector<uint64_t>> seen;
    int states = 0;
    while (!s.Terminal()) {
      uint64_t all[kMaxParseFeatures], parts[kMaxParseFeatures];
      const int n = ExtractParseFeatures(s, atoms, all);
      EXPECT_LE(n, kMaxParseFeatures);
      int words[kNumParseSlots];
      ParseSlotWords(s, words);
      int m = 0;
      for (int slot = 0; slot < kNumParseSlots; ++slot) {
        EXPECT_GE(words[slot], -1) << c.name;
        EXPECT_LE(words[slot], c.words) << c.name;
        const int k = ExtractSlotFeatures(slot, words[slot], s, atoms, parts + m);
        EXPECT_LE(k, kMaxSlotFeatures);
        const std::vector<uint64_t> got(parts + m, parts + m + k);
        auto [it, fresh] =
            seen.emplace(std::make_tuple(slot, words[slot], SlotVersion(s, slot, words[slot])), got);
        EXPECT_EQ(it->second, got) << c.name << ": slot " << slot << " word " << words[slot]
                                   << " changed its features after " << states << " states";
        m += k;
      }
      const int joint = ExtractJointFeatures(s, atoms, parts + m);
      // The one-sided slots are fixed by s0 (with its version) and by b0, as the word
      // slots are; with the joint features that read both sides they make up the joint
      // features, each part in the order of the whole.
      uint64_t split[kMaxParseFeatures];
      int k = ExtractJointFeatures(s, atoms, split, kJointCross);
      const int side_word[] = {words[kSlotS0], words[kSlotN0]};
      for (int slot : {kSlotStack, kSlotBuffer}) {
        const int word = side_word[slot - kSlotStack];
        const int got_n = ExtractSlotFeatures(slot, word, s, atoms, split + k);
        EXPECT_LE(got_n, kMaxSlotFeatures);
        uint64_t given[kMaxParseFeatures];  // with the slots' words worked out beforehand
        ASSERT_EQ(ExtractSlotFeatures(slot, word, s, atoms, given, words), got_n);
        EXPECT_TRUE(std::equal(given, given + got_n, split + k)) << c.name << ": slot " << slot;
        const std::vector<uint64_t> got(split + k, split + k + got_n);
        auto [it, fresh] = seen.emplace(std::make_tuple(slot, word, SlotVersion(s, slot, word)), got);
        EXPECT_EQ(it->second, got) << c.name << ": slot " << slot << " word " << word
                                   << " changed its features after " << states << " states";
        k += got_n;
      }
      ASSERT_EQ(k, joint) << c.name;
      std::vector<uint64_t> whole(parts + m, parts + m + joint), pieces(split, split + k);
      for (uint64_t key : pieces) EXPECT_EQ(std::count(whole.begin(), whole.end(), key), 1) << c.name;
      for (int part : {kJointCross, kJointCrossTags, kJointCrossWords, kJointStack, kJointBuffer, kJointLean}) {
        uint64_t only[kMaxParseFeatures];
        const int np = ExtractJointFeatures(s, atoms, only, part);
        uint64_t given[kMaxParseFeatures];
        ASSERT_EQ(ExtractJointFeatures(s, atoms, words, given, part), np);
        EXPECT_TRUE(std::equal(given, given + np, only)) << c.name << ": part " << part;
        std::vector<size_t> at;
        for (int i = 0; i < np; ++i) at.push_back(std::find(whole.begin(), whole.end(), only[i]) - whole.begin());
        EXPECT_TRUE(std::is_sorted(at.begin(), at.end())) << c.name << ": part " << part;
      }
      // The lean set is the whole less the 14 templates that read a word across: the
      // parse features with kJointLean are those with kJointAll less kJointCrossWords's.
      {
        uint64_t lean[kMaxParseFeatures], cross_words[kMaxParseFeatures];
        const int nl = ExtractParseFeatures(s, atoms, lean, kJointLean);
        const int nw = ExtractJointFeatures(s, atoms, cross_words, kJointCrossWords);
        EXPECT_EQ(nw, 14) << c.name;
        EXPECT_EQ(nl + nw, n) << c.name;
        std::vector<uint64_t> rest;
        for (int i = 0; i < n; ++i)
          if (std::find(cross_words, cross_words + nw, all[i]) == cross_words + nw) rest.push_back(all[i]);
        EXPECT_EQ(rest, std::vector<uint64_t>(lean, lean + nl)) << c.name;
        uint64_t tags[kMaxParseFeatures];
        EXPECT_EQ(ExtractJointFeatures(s, atoms, tags, kJointCrossTags) + nw,
                  ExtractJointFeatures(s, atoms, tags, kJointCross)) << c.name;
      }
      m += joint;
      ASSERT_EQ(m, n) << c.name;
      std::vector<uint64_t> a(all, all + n), b(parts, parts + m);
      EXPECT_EQ(a, b) << c.name;
      std::sort(a.begin(), a.end());
      EXPECT_EQ(std::adjacent_find(a.begin(), a.end()), a.end()) << c.name << ": a repeated feature";
      // A random legal move.
      bool allowed[256];
      sys.Allowed(s, std::span<bool>(allowed, moves));
      std::vector<int> legal;
      for (int mv = 0; mv < moves; ++mv)
        if (allowed[mv]) legal.push_back(mv);
      ASSERT_FALSE(legal.empty());
      sys.Apply(s, legal[next() % legal.size()]);
      ++states;
    }
    EXPECT_EQ(states, 2 * c.words) << c.name;
  }
}

// The label features of an arc: a fixed count within the bound, read from the arc's two
// words and its direction, and changed by what the dependent already holds.
TEST(ParserFeaturesTest, LabelFeaturesReadTheArcAndItsDirection) {
  const ArcHybrid sys(5, 0);
  const std::vector<std::string_view> forms = {"the", "talks", "broke", "down"};
  const std::vector<std::string_view> upos = {"DET", "NOUN", "VERB", "ADP"};
  const std::vector<std::string_view> xpos = {"DT", "NNS", "VBD", "RP"};
  const SentenceAtoms atoms = ComputeSentenceAtoms(forms, upos, xpos);
  State s(4);
  sys.Apply(s, 0);  // shift "the"
  uint64_t left[kMaxLabelFeatures], right[kMaxLabelFeatures], again[kMaxLabelFeatures];
  // "the" <- "talks" (LEFT) against "the" -> root (RIGHT)
  const int nl = ExtractLabelFeatures(s, atoms, 2, 1, true, left);
  const int nr = ExtractLabelFeatures(s, atoms, 0, 1, false, right);
  EXPECT_EQ(nl, nr);
  EXPECT_LE(nl, kMaxLabelFeatures);
  EXPECT_EQ(ExtractLabelFeatures(s, atoms, 2, 1, true, again), nl);
  EXPECT_TRUE(std::equal(left, left + nl, again));
  for (int i = 0; i < nl; ++i) EXPECT_EQ(std::count(right, right + nr, left[i]), 0) << i;
  // "talks" with "the" attached to it reads its dependent's label.
  sys.Apply(s, sys.Move(MoveKind::kLeft, 1));
  sys.Apply(s, 0);  // shift "talks"
  const int before = ExtractLabelFeatures(s, atoms, 3, 2, true, left);
  State bare(4);
  bare.stack = {0, 2};
  bare.b = 3;
  ExtractLabelFeatures(bare, atoms, 3, 2, true, right);
  EXPECT_FALSE(std::equal(left, left + before, right));
}

}  // namespace
}  // namespace dyad::parse
