// Invariants of FindMentions on random input: random words (dictionary names, agents,
// pronouns, function words, noise) with random tags and random heads, or none. Whatever
// the analysis, every mention lies inside its sentence, its head inside its span, its
// bytes match its tokens, references point only at earlier coded mentions, compounds at
// mentions inside them, and the result is the same on a second run.
#include <gtest/gtest.h>

#include <random>

#include "actors/find_mentions.h"
#include "actors/testing.h"

namespace dyad::actors {
namespace {

const char* const kWords[] = {"Russia", "North", "Korea", "Korean", "Chinese", "troops", "leader", "former",
                              "Shoigu", "Kim", "Jong", "Un", "he", "his", "they", "their", "its", "the",
                              "two", "countries", "country", "and", ",", "of", "in", "'s", "minister",
                              "Wagner", "mercenaries", "said", "met", "Zorblax", "both", "sides", "."};
const char* const kTags[] = {"PROPN/NNP", "NOUN/NN", "NOUN/NNS", "ADJ/JJ", "DET/DT", "PRON/PRP",
                             "PRON/PRP$", "CCONJ/CC", "ADP/IN", "PART/POS", "VERB/VBD", "PUNCT/."};
const char* const kRels[] = {"nsubj", "obj", "det", "amod", "compound", "flat", "nmod:poss", "appos",
                             "conj", "cc", "case", "nmod", "nmod:desc", "punct"};

std::string RandomSentence(std::mt19937& rng, int mode) {
  const int n = 1 + static_cast<int>(rng() % 14);
  std::string out;
  for (int i = 1; i <= n; ++i) {
    std::string tok = kWords[rng() % std::size(kWords)];
    if (mode >= 1) tok += std::string("/") + kTags[rng() % std::size(kTags)];
    if (mode == 2) {
      const int head = i == 1 ? 0 : static_cast<int>(rng() % (n + 1));
      tok += "/" + std::to_string(head == i ? 0 : head) + "/" + (head == 0 || head == i ? "root" : kRels[rng() % std::size(kRels)]);
    }
    out += tok + " ";
  }
  return out;
}

TEST(FindMentionsInvariants, RandomDocuments) {
  auto dict = testing::ShippedDictionary();
  ASSERT_NE(dict, nullptr);
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    const int mode = round % 3;  // untagged, tagged, parsed
    std::vector<std::string> text;
    for (int s = 0, n = 1 + static_cast<int>(rng() % 5); s < n; ++s) text.push_back(RandomSentence(rng, mode));
    const Document doc = testing::Annotated(std::vector<std::string_view>(text.begin(), text.end()));
    ASSERT_EQ(doc.sentences.size(), text.size()) << round;
    const std::vector<Mention> m = FindMentions(doc, *dict, Date{2023, 7, 27}, {.unknown = true});
    for (size_t i = 0; i < m.size(); ++i) {
      const Mention& x = m[i];
      ASSERT_LT(x.sentence, doc.sentences.size());
      const Sentence& s = doc.sentences[x.sentence];
      EXPECT_TRUE(s.token_begin <= x.begin && x.begin < x.end && x.end <= s.token_end) << round << ":" << i;
      EXPECT_TRUE(x.begin <= x.head && x.head < x.end) << round << ":" << i;
      EXPECT_EQ(x.byte_begin, doc.tokens[x.begin].begin);
      EXPECT_EQ(x.byte_end, doc.tokens[x.end - 1].end);
      if (i > 0) {
        EXPECT_LE(m[i - 1].begin, x.begin) << round << ":" << i;  // text order
      }
      for (uint32_t a : x.antecedents) {
        ASSERT_LT(a, i) << round;
        EXPECT_TRUE(m[a].coded());
        EXPECT_LE(m[a].end, x.end);
      }
      for (uint32_t p : x.parts) {
        ASSERT_LT(p, m.size());
        EXPECT_TRUE(x.begin <= m[p].begin && m[p].end <= x.end) << round;
      }
      if (x.how == Resolution::kReference) { EXPECT_FALSE(x.antecedents.empty()); }
      if (x.kind == MentionKind::kCompound) { EXPECT_GE(x.parts.size(), 2u); }
    }
    const std::vector<Mention> again = FindMentions(doc, *dict, Date{2023, 7, 27}, {.unknown = true});
    EXPECT_EQ(testing::Render(doc, again), testing::Render(doc, m));
    MentionIndex index(m, doc.tokens.size());
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      for (uint32_t i : index.Covering(t)) EXPECT_TRUE(m[i].begin <= t && t < m[i].end);
    }
  }
}

}  // namespace
}  // namespace dyad::actors
