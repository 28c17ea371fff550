#include "knowledge/themes.h"

#include <gtest/gtest.h>

#include "text/segmenter.h"
#include "util/data_path.h"

namespace dyad::knowledge {
namespace {

const char kSmall[] = R"(# a small theme dictionary
[SANCTIONS] Sanctions
sanction*
asset freeze
[WAR] Armed conflict
war
invasion
~war game
[EXERCISES] Military exercises
war game
)";

std::vector<std::string> Codes(const Themes& themes, const std::string& sentence) {
  Document doc = text::Segment(sentence);
  std::vector<std::string> out;
  for (uint32_t t : themes.OfSentence(doc, 0)) out.push_back(themes.theme(t).code);
  return out;
}

TEST(Themes, MatchesPerSentence) {
  auto themes = Themes::Parse(kSmall);
  ASSERT_TRUE(themes.ok()) << themes.status().ToString();
  ASSERT_EQ(themes->size(), 3u);
  struct Case {
    const char* sentence;
    std::vector<std::string> codes;
  } cases[] = {
      {"The EU sanctioned three banks.", {"SANCTIONS"}},
      {"Washington announced new Sanctions and an asset freeze.", {"SANCTIONS"}},
      {"The invasion began a war.", {"WAR"}},
      {"The navy held a war game near the coast.", {"EXERCISES"}},  // ~war game cancels WAR only
      {"Two war games and a war.", {"WAR", "EXERCISES"}},
      {"The weather was fine.", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Codes(*themes, c.sentence), c.codes) << c.sentence;
}

TEST(Themes, ArticleCountsAndSentences) {
  auto themes = Themes::Parse(kSmall);
  ASSERT_TRUE(themes.ok());
  Document doc = text::Segment("Sanctions were imposed. The war went on. New sanctions followed the sanctions.");
  std::vector<ThemeCount> counts = themes->OfArticle(doc);
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(themes->theme(counts[0].theme).code, "SANCTIONS");
  EXPECT_EQ(counts[0].count, 3u);
  EXPECT_EQ(counts[0].sentences, (std::vector<uint32_t>{0, 2}));
  EXPECT_EQ(themes->theme(counts[1].theme).code, "WAR");
  EXPECT_EQ(counts[1].sentences, (std::vector<uint32_t>{1}));
}

TEST(Themes, ParseErrorsNameTheLine) {
  struct Case {
    const char* text;
    const char* message;
  } cases[] = {
      {"sanctions\n", "themes:1: phrase before the first [THEME] header"},
      {"[A] a\nx\n[A] again\n", "themes:3: theme A defined twice"},
      {"[] nothing\n", "themes:1: theme header wants [CODE] Label"},
      {"# only a comment\n", "themes: no themes"},
  };
  for (const Case& c : cases) {
    auto themes = Themes::Parse(c.text);
    ASSERT_FALSE(themes.ok()) << c.text;
    EXPECT_NE(themes.status().ToString().find(c.message), std::string::npos) << themes.status().ToString();
  }
}

TEST(Themes, PetrarchIssuesWithIgnorePhrases) {
  dict::Model model;
  auto phrase = [](std::vector<std::string> words) {
    dict::Phrase p;
    for (std::string& w : words) p.words.push_back({w, dict::WordMatch::kEndings, false});
    return p;
  };
  model.issues.push_back({"EDUCATION", phrase({"head", "start"}), "EARLY_CHILDHOOD_EDUCATION", false, {}});
  model.issues.push_back({"EDUCATION", phrase({"teacher"}), "TEACHERS", false, {}});
  model.issues.push_back({"", phrase({"a", "head", "start"}), "", true, {}});
  Themes themes = Themes::FromIssues(model);
  ASSERT_EQ(themes.size(), 2u);
  EXPECT_EQ(themes.theme(0).label, "EDUCATION");
  EXPECT_EQ(Codes(themes, "Teachers backed Head Start funding."),
            (std::vector<std::string>{"EARLY_CHILDHOOD_EDUCATION", "TEACHERS"}));
  EXPECT_EQ(Codes(themes, "The team got a head start."), std::vector<std::string>{});
}

TEST(Themes, ShippedDictionaryLoads) {
  auto themes = Themes::Load("");
  ASSERT_TRUE(themes.ok()) << themes.status().ToString();
  EXPECT_GE(themes->size(), 13u);
  EXPECT_EQ(Codes(*themes, "Pyongyang tested a ballistic missile despite the embargo."),
            (std::vector<std::string>{"SANCTIONS", "NUCLEAR_WEAPONS"}));
}

TEST(Themes, PhoenixIssueFile) {
  std::string shared = SharedRoot();
  if (shared.empty()) GTEST_SKIP() << "needs ../shared/data/petrarch";
  auto themes = Themes::Load(shared + "/data/petrarch/petrarch2/dictionaries/Phoenix.IssueCoding.txt");
  ASSERT_TRUE(themes.ok()) << themes.status().ToString();
  EXPECT_GT(themes->size(), 50u);
  EXPECT_FALSE(Codes(*themes, "The teachers went on strike at the university.").empty());
}

TEST(Themes, MissingFileIsNotFound) {
  auto themes = Themes::Load("no/such/themes.dict");
  ASSERT_FALSE(themes.ok());
  EXPECT_EQ(themes.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dyad::knowledge
