// Noun-phrase chunks from a parse, from tags, and from dictionary matches alone.
#include "actors/noun_phrases.h"

#include <gtest/gtest.h>

#include "actors/testing.h"

namespace dyad::actors {
namespace {

// Chunks rendered as "[text]" with the head in capitals of its position: "text@head".
std::vector<std::string> Chunks(const Document& doc, std::span<const Span> matches = {}) {
  std::vector<std::string> out;
  for (const Chunk& c : NounPhrases(doc, doc.sentences[0], matches)) {
    std::string s;
    for (uint32_t t = c.begin; t < c.end; ++t) s += (s.empty() ? "" : " ") + std::string(doc.Form(doc.tokens[t]));
    out.push_back(s + "@" + std::string(doc.Form(doc.tokens[c.head])));
  }
  return out;
}

struct Case {
  const char* sentence;
  Analysis analysis;
  std::vector<std::string> chunks;
};

const Case kCases[] = {
    {"Russia/PROPN/NNP/5/nmod:poss 's/PART/POS/1/case Defense/PROPN/NNP/4/compound "
     "Minister/PROPN/NNP/5/compound Shoigu/PROPN/NNP/6/nsubj traveled/VERB/VBD/0/root to/ADP/IN/8/case "
     "Pyongyang/PROPN/NNP/6/obl",
     Analysis::kParsed,
     {"Russia 's Defense Minister Shoigu@Shoigu", "Pyongyang@Pyongyang"}},
    {"North/PROPN/NNP/2/compound Korea/PROPN/NNP/5/nsubj and/CCONJ/CC/4/cc Russia/PROPN/NNP/2/conj "
     "plan/VERB/VBP/0/root talks/NOUN/NNS/5/obj",
     Analysis::kParsed,
     {"North Korea@Korea", "Russia@Russia", "talks@talks"}},
    {"North/PROPN/NNP/2/compound Korean/ADJ/JJ/3/amod leader/NOUN/NN/7/nsubj Kim/PROPN/NNP/3/appos "
     "Jong/PROPN/NNP/4/flat Un/PROPN/NNP/4/flat visited/VERB/VBD/0/root",
     Analysis::kParsed,
     {"North Korean leader Kim Jong Un@leader"}},
    // A name cut off from the noun it was hung on by a conjunct of its own is a chunk of its
    // own; a phrase whose head lies elsewhere gives none.
    {"to/ADP/IN/4/case the/DET/DT/4/det Kenya/PROPN/NNP/4/compound Company/PROPN/NNP/7/compound "
     "and/CCONJ/CC/6/cc fund/NOUN/NN/4/conj scholarships/NOUN/NNS/0/root",
     Analysis::kParsed,
     {"the Kenya Company@Company", "fund@fund", "scholarships@scholarships"}},
    {"the/DET/DT/3/det Kenya/PROPN/NNP/5/compound said/VERB/VBD/0/root ,/PUNCT/,/3/punct "
     "Company/PROPN/NNP/3/obj",
     Analysis::kParsed,
     {"Company@Company"}},
    {"the/DET/DT two/NUM/CD countries/NOUN/NNS gave/VERB/VBD Russia/PROPN/NNP the/DET/DT arms/NOUN/NNS",
     Analysis::kTagged,
     {"the two countries@countries", "Russia@Russia", "the arms@arms"}},
    {"his/PRON/PRP$ North/PROPN/NNP Korean/ADJ/JJ counterpart/NOUN/NN agreed/VERB/VBD",
     Analysis::kTagged,
     {"his North Korean counterpart@counterpart"}},
};

TEST(NounPhrases, Table) {
  for (const Case& c : kCases) {
    const Document doc = testing::Annotated({c.sentence});
    EXPECT_EQ(AnalysisOf(doc, doc.sentences[0]), c.analysis) << c.sentence;
    EXPECT_EQ(Chunks(doc), c.chunks) << c.sentence;
  }
}

TEST(NounPhrases, UntaggedJoinsAdjacentMatches) {
  const Document doc = testing::Annotated({"the Russian Wagner mercenaries fought for Russia 's army"});
  const Span matches[] = {{1, 2}, {2, 3}, {3, 4}, {6, 7}, {8, 9}};
  EXPECT_EQ(AnalysisOf(doc, doc.sentences[0]), Analysis::kNone);
  EXPECT_EQ(Chunks(doc, matches),
            (std::vector<std::string>{"Russian Wagner mercenaries@mercenaries", "Russia 's army@army"}));
}

TEST(NounPhrases, MatchesWidenTaggedChunks) {
  // A tagger that split "Minas Tirith border police" still yields one chunk.
  const Document doc = testing::Annotated({"Minas/PROPN/NNP Tirith/VERB/VBZ border/NOUN/NN police/NOUN/NN"});
  const Span matches[] = {{0, 4}};
  EXPECT_EQ(Chunks(doc, matches), (std::vector<std::string>{"Minas Tirith border police@police"}));
}

// A dictionary name the tagger took for a preposition of the phrase after it starts that
// phrase; a real preposition, or a name that is no dictionary match, does not.
TEST(NounPhrases, NameTakenForAPrepositionJoinsItsPhrase) {
  const struct {
    const char* what;
    const char* sentence;
    std::vector<Span> matches;
    std::vector<std::string> want;
  } kCases[] = {
      {"a matched name",
       "Arnor/ADP/IN/3/case security/NOUN/NN/3/compound officials/NOUN/NNS/4/nsubj met/VERB/VBD/0/root",
       {{0, 1}},
       {"Arnor security officials@officials"}},
      {"a matched name hung beside the phrase as a subordinator",
       "Arnor/ADP/IN/5/mark security/NOUN/NN/3/compound officials/NOUN/NNS/5/nsubj are/AUX/VBP/5/cop "
       "about/ADJ/JJ/0/root",
       {{0, 1}},
       {"Arnor security officials@officials"}},
      {"a matched name as a subordinator of another head",
       "Arnor/ADP/IN/5/mark security/NOUN/NN/3/compound officials/NOUN/NNS/4/nsubj met/VERB/VBD/0/root "
       "about/ADJ/JJ/4/xcomp",
       {{0, 1}},
       {"Arnor@Arnor", "security officials@officials"}},
      {"a preposition",
       "In/ADP/IN/3/case security/NOUN/NN/3/compound talks/NOUN/NNS/4/obl met/VERB/VBD/0/root",
       {},
       {"security talks@talks"}},
      {"a lower-case match",
       "in/ADP/IN/3/case security/NOUN/NN/3/compound talks/NOUN/NNS/4/obl met/VERB/VBD/0/root",
       {{0, 1}},
       {"in@in", "security talks@talks"}},
  };
  for (const auto& c : kCases) {
    const Document doc = testing::Annotated({c.sentence});
    EXPECT_EQ(Chunks(doc, c.matches), c.want) << c.what;
  }
}

TEST(NounPhrases, MatchOfItsOwnTakesTheDeterminerBeforeIt) {
  // "the West and especially the USA" with "West" tagged ADJ and both determiners hung on
  // "USA": "West" is no chunk's, and takes its determiner.
  const struct {
    const char* sentence;
    std::vector<Span> matches;
    std::vector<std::string> chunks;
  } kCases[] = {
      {"the/DET/DT/5/det West/ADJ/JJ/5/amod and/CCONJ/CC/5/cc the/DET/DT/5/det USA/PROPN/NNP/0/root",
       {{1, 2}, {4, 5}},
       {"the West@West", "the USA@USA"}},
      {"and/CCONJ/CC/4/cc West/ADJ/JJ/4/amod and/CCONJ/CC/4/cc USA/PROPN/NNP/0/root",
       {{1, 2}, {3, 4}},
       {"West@West", "USA@USA"}},
  };
  for (const auto& c : kCases) {
    const Document doc = testing::Annotated({c.sentence});
    EXPECT_EQ(Chunks(doc, c.matches), c.chunks) << c.sentence;
  }
}

}  // namespace
}  // namespace dyad::actors
