// The example article (../shared/seed) through the installed analysis and dyad's own
// dictionaries: the references and compositions that the seed golden test shows, checked
// one by one so that a model change elsewhere in the output does not hide them.
#include <gtest/gtest.h>

#include <algorithm>

#include "actors/analyser.h"
#include "actors/find_mentions.h"
#include "actors/testing.h"
#include "dict/testing.h"
#include "parse/model_set.h"

namespace dyad::actors {
namespace {

struct Fact {
  const char* anchor;  // text that starts with the mention
  const char* mention;
  std::vector<std::string> codes;  // in any order
  MentionKind kind;
};

const Fact kFacts[] = {
    {"He emphasized", "He", {"RUSMIL"}, MentionKind::kPronoun},
    {"the two countries, which", "the two countries", {"PRK", "RUS"}, MentionKind::kReference},
    {"his North Korean counterpart", "his", {"RUSMIL"}, MentionKind::kPronoun},
    {"his North Korean counterpart", "his North Korean counterpart", {"PRKMIL"}, MentionKind::kState},
    {"North Korean leader Kim Jong Un", "North Korean leader Kim Jong Un", {"PRKGOV"}, MentionKind::kPerson},
    {"the Russian Wagner mercenaries", "the Russian Wagner mercenaries", {"RUSUAF"}, MentionKind::kGroup},
    {"the two countries with their veto", "the two countries", {"CHN", "RUS"}, MentionKind::kReference},
    {"They also tried", "They", {"CHN", "RUS"}, MentionKind::kPronoun},
    {"former North Korean leaders", "former North Korean leaders", {"PRKELI"}, MentionKind::kState},
    {"the Russian Defense Ministry", "the Russian Defense Ministry", {"RUSMIL"}, MentionKind::kState},
    {"Chinese troops", "Chinese troops", {"CHNMIL"}, MentionKind::kState},
};

TEST(Seed, References) {
  const std::string rel = "seed/north-korea-russia-2023-07-27.txt";
  if (!dict::testing::HaveShared(rel)) GTEST_SKIP() << "needs ../shared/" << rel;
  const std::string text = dict::testing::ReadShared(rel);
  auto analyser = Analyser::Load(parse::DefaultModelDir());
  ASSERT_TRUE(analyser.ok()) << analyser.status().ToString();
  auto dict = testing::ShippedDictionary();
  ASSERT_NE(dict, nullptr);
  const Document doc = analyser->Analyse(text);
  const std::vector<Mention> mentions = FindMentions(doc, *dict, Date{2023, 7, 27});
  for (const Fact& f : kFacts) {
    const size_t pos = text.find(f.anchor);
    ASSERT_NE(pos, std::string::npos) << f.anchor;
    const size_t end = pos + std::string_view(f.mention).size();
    auto it = std::find_if(mentions.begin(), mentions.end(),
                           [&](const Mention& m) { return m.byte_begin == pos && m.byte_end == end; });
    ASSERT_NE(it, mentions.end()) << "no mention \"" << f.mention << "\" at " << f.anchor;
    std::vector<std::string> codes = it->codes;
    std::sort(codes.begin(), codes.end());
    EXPECT_EQ(codes, f.codes) << f.anchor;
    EXPECT_EQ(it->kind, f.kind) << f.anchor;
  }
}

}  // namespace
}  // namespace dyad::actors
