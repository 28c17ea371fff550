// Pronoun and reference-phrase types, and resolution by number, gender and type.
#include "actors/references.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace dyad::actors
