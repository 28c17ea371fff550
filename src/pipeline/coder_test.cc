// The whole pipeline on the example article of ../shared/seed with dyad's own
// dictionaries, as of its date: the events the article reports, with their dates, and
// none from the boilerplate after it. Plus plain-text coding and event ids.
#include "pipeline/coder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "actors/analyser.h"
#include "parse/model_set.h"
#include "util/data_path.h"

namespace dyad::pipeline {
namespace {

std::shared_ptr<const Coder> Shipped() {
  static std::shared_ptr<const Coder> coder = [] {
    auto c = Coder::Load({.dict = std::string(DYAD_SOURCE_DIR) + "/data/dict"});
    return c.ok() ? *c : nullptr;
  }();
  return coder;
}

bool Has(const std::vector<Event>& events, std::string_view src, std::string_view tgt, std::string_view code_prefix) {
  return std::any_of(events.begin(), events.end(), [&](const Event& e) {
    return e.source.code.substr(0, src.size()) == src && e.target.code.substr(0, tgt.size()) == tgt &&
           std::string_view(e.cameo).substr(0, code_prefix.size()) == code_prefix;
  });
}

std::string Describe(const std::vector<Event>& events) {
  std::string s;
  for (const Event& e : events)
    s += "  s" + std::to_string(e.sentence_index) + " " + e.source.code + " " + e.target.code + " " + e.cameo + " " +
         e.date.ToString() + "\n";
  return s;
}

TEST(CoderTest, SeedArticleEvents) {
  const std::string path = SharedRoot() + "/seed/north-korea-russia-2023-07-27.txt";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "needs " << path;
  auto coder = Shipped();
  ASSERT_NE(coder, nullptr);
  if (coder->analysis_level() != "parsed") GTEST_SKIP() << "needs the shipped models";
  std::stringstream text;
  text << in.rdbuf();
  auto coded = coder->CodeText(text.str(), Date::Parse("2023-07-27"));
  ASSERT_TRUE(coded.ok()) << coded.status().ToString();
  const auto& ev = coded->events;
  struct Want {
    const char *src, *tgt, *code, *what;
  } wants[] = {
      {"RUS", "PRK", "042", "Shoigu traveled to North Korea"},
      {"PRK", "RUS", "043", "North Korea hosts the visit"},
      {"RUS", "PRK", "031", "the two countries want to strengthen defense exchanges"},
      {"PRK", "RUS", "031", "... both ways"},
      {"RUS", "PRK", "051", "North Korea is an important partner, Shoigu said"},
      {"USA", "PRK", "112", "the United States accused North Korea"},
      {"PRK", "USA", "016", "North Korea denied the allegation"},
      {"RUS", "USA", "016", "Russia denied the allegation"},
      {"CHN", "PRK", "061", "Chinese exports to North Korea"},
      {"PRK", "RUSUAF", "06", "a delivery of rockets went to the Wagner mercenaries"},
      {"RUS", "USA", "129", "prevented by the two countries with their veto"},
      {"CHN", "USA", "129", "... China too"},
      {"RUS", "", "025", "pushed for the relaxation of sanctions"},
      {"CHN", "", "025", "... China too"},
      {"RUS", "PRK", "026", "tried to persuade North Korea to resume talks"},
      {"CHN", "PRK", "026", "... China too"},
      {"PRK", "", "164", "denuclearization talks that broke down in 2019"},
  };
  for (const Want& w : wants)
    EXPECT_TRUE(Has(ev, w.src, w.tgt, w.code)) << w.what << ": " << w.src << " " << w.tgt << " " << w.code
                                               << " missing from\n" << Describe(ev);
  // The boilerplate after the article ("Show More", "Back to top button", ...) codes nothing.
  const size_t body_end = coded->article.text.find("Show More");
  ASSERT_NE(body_end, std::string::npos);
  for (const Event& e : ev) EXPECT_LT(e.verb.begin, body_end) << e.sentence;
  // Dates: the exports are dated June 2023 at month precision, the delivery November 2022,
  // the breakdown of the talks 2019, the rest the article's day.
  for (const Event& e : ev) {
    if (e.cameo == "061" && e.source.code == "CHN") {
      EXPECT_EQ(e.date.ToString(), "2023-06-01");
      EXPECT_EQ(e.date_precision, DatePrecision::kMonth);
    }
    if (e.cameo == "042" && e.source.code.starts_with("RUS")) { EXPECT_EQ(e.date.ToString(), "2023-07-27"); }
    if (e.verb.text == "delivery") {
      EXPECT_EQ(e.date.ToString(), "2022-11-01");
      EXPECT_EQ(e.date_precision, DatePrecision::kMonth);
    }
    // The talks broke down in 2019: the year alone is known.
    if (e.cameo == "164") {
      EXPECT_EQ(e.date.ToString(), "2019-01-01");
      EXPECT_EQ(e.date_precision, DatePrecision::kYear);
    }
    // The visit and its hosting are placed in Pyongyang.
    if ((e.cameo == "042" || e.cameo == "043") && e.verb.text == "traveled") {
      ASSERT_TRUE(e.location.has_value());
      EXPECT_EQ(e.location->name, "Pyongyang");
    }
  }
}

TEST(CoderTest, CodesPlainTextWithStableIds) {
  auto coder = Shipped();
  ASSERT_NE(coder, nullptr);
  if (coder->analysis_level() != "parsed") GTEST_SKIP() << "needs the shipped models";
  auto coded = coder->CodeText("Nothing happened today. Russia attacked Ukraine on Monday.", Date::Parse("2024-03-06"));
  ASSERT_TRUE(coded.ok());
  ASSERT_FALSE(coded->events.empty()) << Describe(coded->events);
  const Event& e = coded->events[0];
  EXPECT_EQ(e.event_id, "text:1:0");
  EXPECT_EQ(e.article_id, "text");
  EXPECT_EQ(e.source.code, "RUS");
  EXPECT_EQ(e.target.code, "UKR");
  EXPECT_EQ(e.root(), "19");
  EXPECT_EQ(e.date.ToString(), "2024-03-04");  // the Monday before the Wednesday of publication
  EXPECT_EQ(e.date_text, "Monday");
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->country, "UKR");
  ASSERT_EQ(e.evidence.size(), 1u);
  // The same text twice gives the same events.
  auto again = coder->CodeText("Nothing happened today. Russia attacked Ukraine on Monday.", Date::Parse("2024-03-06"));
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->events.size(), coded->events.size());
}

// A document analysed beforehand codes as Code codes the article: same events, ids, dates.
TEST(CoderTest, CodesAnAnalysedDocumentAsItCodesTheArticle) {
  auto coder = Shipped();
  ASSERT_NE(coder, nullptr);
  if (coder->analysis_level() != "parsed") GTEST_SKIP() << "needs the shipped models";
  auto analyser = actors::Analyser::Load(parse::DefaultModelDir());
  ASSERT_TRUE(analyser.ok()) << analyser.status().ToString();
  Article a;
  a.id = "a1";
  a.text = "MOSCOW (Reuters) - Russia attacked Ukraine on Monday. China criticized Japan.";
  a.published = Date::Parse("2024-03-06");
  auto whole = coder->Code(a);
  ASSERT_TRUE(whole.ok()) << whole.status().ToString();
  ASSERT_GE(whole->events.size(), 2u) << Describe(whole->events);
  Document doc = analyser->Analyse(a.text);
  const CodedArticle parts = coder->CodeAnalysed(a, std::move(doc));
  ASSERT_EQ(parts.events.size(), whole->events.size()) << Describe(parts.events);
  for (size_t i = 0; i < parts.events.size(); ++i) {
    EXPECT_EQ(parts.events[i].event_id, whole->events[i].event_id);
    EXPECT_EQ(parts.events[i].cameo, whole->events[i].cameo);
    EXPECT_EQ(parts.events[i].source.code, whole->events[i].source.code);
    EXPECT_EQ(parts.events[i].target.code, whole->events[i].target.code);
    EXPECT_EQ(parts.events[i].date, whole->events[i].date);
  }
  EXPECT_EQ(parts.doc.sentences.size(), whole->doc.sentences.size());
}

TEST(CoderTest, KnowledgeAndThemesOnRequest) {
  auto coder = Coder::Load({.dict = std::string(DYAD_SOURCE_DIR) + "/data/dict", .knowledge = true});
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  if ((*coder)->analysis_level() != "parsed") GTEST_SKIP() << "needs the shipped models";
  auto coded = (*coder)->CodeText(
      "Russian Defense Minister Sergei Shoigu visited Pyongyang. \"We will deepen our military cooperation,\" "
      "Shoigu said. The United States imposed new sanctions on North Korea.",
      Date::Parse("2023-07-27"));
  ASSERT_TRUE(coded.ok());
  ASSERT_TRUE(coded->knowledge.has_value());
  const auto& persons = coded->knowledge->persons;
  EXPECT_TRUE(std::any_of(persons.begin(), persons.end(), [](const auto& p) { return p.name == "Sergei Shoigu"; }));
  EXPECT_FALSE(coded->knowledge->quotations.empty());
  // Events carry the themes of their sentence.
  bool sanctions = false;
  for (const Event& e : coded->events)
    if (e.root() == "16") sanctions = !e.issues.empty();
  EXPECT_TRUE(sanctions) << Describe(coded->events);
  // Without the option, no knowledge.
  auto plain = Shipped()->CodeText("Shoigu visited Pyongyang.", Date::Parse("2023-07-27"));
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain->knowledge.has_value());
}

TEST(CoderTest, DatelineDatesUndatedText) {
  EXPECT_EQ(DatelineDate("NAIROBI, March 12, 2025 - Finnish President Alexander Stubb arrived")->ToString(), "2025-03-12");
  EXPECT_EQ(DatelineDate("UNITED NATIONS, September 2, 2025 \u2014 Russia vetoed")->ToString(), "2025-09-02");
  EXPECT_FALSE(DatelineDate("Russia vetoed a draft - again.").has_value());
  EXPECT_FALSE(DatelineDate("").has_value());
  EXPECT_EQ(DatelineDate("Stubb visits Nairobi\n\nNAIROBI, March 12, 2025 - Finnish")->ToString(), "2025-03-12");
  EXPECT_FALSE(DatelineDate("A, not a date - x").has_value());
}

TEST(CoderTest, BadDictionaryIsAClearError) {
  auto c = Coder::Load({.dict = "/nonexistent/dictionary/folder"});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("dictionary"), std::string::npos) << c.status().ToString();
}

}  // namespace
}  // namespace dyad::pipeline
