// Pronoun and reference-phrase types, and resolution by number, gender and type.
#include "actors/references.h"

#include <gtest/gtest.h>

#include <functional>

#include "actors/testing.h"

namespace dyad::actors {
namespace {

TEST(PronounType, Table) {
  const std::pair<const char*, RefType> rows[] = {
      {"he", RefType::kMasculine}, {"his", RefType::kMasculine}, {"her", RefType::kFeminine},
      {"its", RefType::kNeuter},   {"their", RefType::kPlural},  {"them", RefType::kPlural},
      {"we", RefType::kNone},      {"the", RefType::kNone},      {"He", RefType::kNone},  // callers lower-case
  };
  for (const auto& [word, type] : rows) EXPECT_EQ(PronounType(word), type) << word;
}

TEST(ChunkReference, Table) {
  const std::pair<const char*, RefType> rows[] = {
      {"the two countries", RefType::kPair}, {"both sides", RefType::kPair},
      {"the two nations", RefType::kPair},   {"the country", RefType::kCountry},
      {"a country", RefType::kNone},         {"two weeks", RefType::kNone},
      {"the countries", RefType::kNone},     {"countries", RefType::kNone},
  };
  for (const auto& [text, type] : rows) {
    const Document doc = testing::Annotated({text});
    const Chunk all{0, static_cast<uint32_t>(doc.tokens.size()), static_cast<uint32_t>(doc.tokens.size() - 1)};
    EXPECT_EQ(ChunkReference(doc, all), type) << text;
  }
}

TEST(ExpletiveIt, PointsToNothing) {
  const std::pair<const char*, bool> rows[] = {
      {"It/PRON/PRP/2/expl seems/VERB/VBZ/0/root that/SCONJ/IN/5/mark Russia/PROPN/NNP/5/nsubj "
       "won/VERB/VBD/2/ccomp", true},
      {"it/PRON/PRP/3/nsubj is/AUX/VBZ/3/cop important/ADJ/JJ/0/root to/PART/TO/5/mark "
       "recognize/VERB/VB/3/xcomp it/PRON/PRP/5/obj", true},
      {"it/PRON/PRP/4/nsubj 's/AUX/VBZ/4/cop a/DET/DT/4/det case/NOUN/NN/0/root to/PART/TO/6/mark "
       "make/VERB/VB/4/acl", true},
      {"it/PRON/PRP/2/nsubj attacked/VERB/VBD/0/root Russia/PROPN/NNP/2/obj", false},
      {"it/PRON/PRP/3/nsubj is/AUX/VBZ/3/cop ready/ADJ/JJ/0/root", false},
  };
  for (const auto& [text, want] : rows) {
    const Document doc = testing::Annotated({text});
    ASSERT_FALSE(doc.tokens.empty()) << text;
    EXPECT_EQ(ExpletiveIt(doc, doc.sentences[0], 0), want) << text;
  }
  // A verb of seeming or turning out, read by its lemma.
  auto doc = DocumentFromConllu(
      "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tturns\tturn\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
      "3\tout\tout\tADP\tRP\t_\t2\tcompound:prt\t_\t_\n\n");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(ExpletiveIt(*doc, doc->sentences[0], 0));
  EXPECT_FALSE(ExpletiveIt(*doc, doc->sentences[0], 1));  // not "it" at all
}

Mention Coded(uint32_t sentence, uint32_t begin, MentionKind kind, std::vector<std::string> codes,
              Number number = Number::kSingular) {
  Mention m;
  m.sentence = sentence, m.begin = begin, m.end = begin + 1;
  m.kind = kind, m.codes = std::move(codes), m.number = number, m.how = Resolution::kPhrase;
  return m;
}

TEST(ResolveReference, ByTypeAndRecency) {
  std::vector<Mention> base = {
      Coded(0, 0, MentionKind::kState, {"PRK"}),  Coded(0, 2, MentionKind::kState, {"RUS"}),
      Coded(0, 4, MentionKind::kPerson, {"RUSMIL"}), Coded(1, 10, MentionKind::kState, {"CHN"}),
      Coded(1, 12, MentionKind::kState, {"EUR"}, Number::kPlural),
  };
  struct Row {
    RefType type;
    uint32_t sentence;
    std::vector<uint32_t> antecedents;
    std::vector<std::string> codes;
  };
  const Row rows[] = {
      {RefType::kMasculine, 2, {2}, {"RUSMIL"}}, {RefType::kNeuter, 2, {3}, {"CHN"}},
      {RefType::kPlural, 2, {4}, {"EUR"}},       {RefType::kPair, 2, {1, 3}, {"RUS", "CHN"}},
      {RefType::kCountry, 2, {3}, {"CHN"}},      {RefType::kFeminine, 2, {}, {}},
      {RefType::kMasculine, 9, {}, {}},  // beyond the window
  };
  base[2].gender = Gender::kMale;
  for (const Row& r : rows) {
    std::vector<Mention> m = base;
    Mention ref;
    ref.sentence = r.sentence, ref.begin = 20 + r.sentence, ref.end = ref.begin + 1;
    ref.kind = MentionKind::kPronoun;
    m.push_back(ref);
    EXPECT_EQ(ResolveReference(m, m.size() - 1, r.type, 6), !r.antecedents.empty()) << static_cast<int>(r.type);
    EXPECT_EQ(m.back().antecedents, r.antecedents) << static_cast<int>(r.type);
    EXPECT_EQ(m.back().codes, r.codes) << static_cast<int>(r.type);
  }
}

// A personal pronoun's antecedent in its own sentence is the nearest fit; in a sentence
// before, the fit nearest that sentence's root, the earliest of equals ("Mr Pompeo warned
// there would be no aid for areas controlled by Bashar al-Assad. He also criticised
// Obama": Pompeo, though Assad was named last).
TEST(ResolveReference, EarlierSentencesFromTheirMainClause) {
  std::vector<Mention> base = {
      Coded(0, 0, MentionKind::kPerson, {"USAGOV"}),  // Pompeo, the subject
      Coded(0, 9, MentionKind::kPerson, {"SYRGOV"}),  // Assad, deep in a relative clause
  };
  for (Mention& m : base) m.gender = Gender::kMale;
  auto resolve = [](std::vector<Mention> m, uint32_t sentence, uint32_t begin,
                    const std::function<int(const Mention&)>& depth) {
    Mention ref;
    ref.sentence = sentence, ref.begin = begin, ref.end = begin + 1;
    ref.kind = MentionKind::kPronoun;
    m.push_back(ref);
    EXPECT_TRUE(ResolveReference(m, m.size() - 1, RefType::kMasculine, 6, depth));
    return m.back().codes;
  };
  const std::vector<std::string> pompeo = {"USAGOV"}, assad = {"SYRGOV"};
  EXPECT_EQ(resolve(base, 1, 20, {}), pompeo);  // no parse: the first of the sentence
  auto by_depth = [](const Mention& m) { return m.begin == 0 ? 1 : 4; };
  EXPECT_EQ(resolve(base, 1, 20, by_depth), pompeo);
  auto assad_main = [](const Mention& m) { return m.begin == 0 ? 3 : 0; };
  EXPECT_EQ(resolve(base, 1, 20, assad_main), assad);  // the one the main clause names
  EXPECT_EQ(resolve(base, 0, 15, by_depth), assad);  // in its own sentence: the nearest
}

}  // namespace
}  // namespace dyad::actors
