// The knowledge endpoints on a store holding one article with hand-made knowledge rows:
// quotations by speaker code and name, people by code, and bad parameters refused.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "server/api.h"
#include "store/knowledge_rows.h"
#include "store/store.h"

namespace dyad::server {
namespace {

using Json = nlohmann::json;

std::string KnowledgeStore() {
  static const std::string path = [] {
    std::string p = ::testing::TempDir() + "dyad_knowledge_api_" + std::to_string(::getpid()) + ".db";
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((p + suffix).c_str());
    auto s = store::Store::Open(p, store::OpenMode::kReadWrite);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    Article a;
    a.id = "a1";
    a.published = Date{2023, 7, 27};
    a.text = "\"We share a border,\" Shoigu said. Kim Jong Un agreed.";
    EXPECT_TRUE(s->Add(a, {{{0, 0, 34, "\"We share a border,\" Shoigu said."}}}, {}).ok());
    knowledge::ArticleKnowledge k;
    k.date = Date{2023, 7, 27};
    knowledge::Quotation q;
    q.quote.begin = 1;
    q.quote.end = 18;
    q.text = "We share a border";
    q.has_speaker = true;
    q.speaker = {"Shoigu", {21, 27}, "Sergei Shoigu", "RUSMIL"};
    k.quotations.push_back(q);
    knowledge::Entity shoigu;
    shoigu.name = "Sergei Shoigu";
    shoigu.code = "RUSMIL";
    shoigu.spans = {{21, 27}};
    k.persons.push_back(shoigu);
    knowledge::Entity kim;
    kim.name = "Kim Jong Un";
    kim.code = "PRKGOV";
    kim.spans = {{34, 45}};
    k.persons.push_back(kim);
    k.themes.push_back({"SANCTIONS", "Sanctions", 2, {0}});
    EXPECT_TRUE(store::AddKnowledge(s->db(), "a1", k).ok());
    return p;
  }();
  return path;
}

TEST(KnowledgeApi, QuotesAndPeople) {
  auto api = Api::Open(KnowledgeStore(), {});
  ASSERT_TRUE(api.ok()) << api.status().ToString();
  auto quotes = (*api)->Quotes({{"actor", "rus"}});
  ASSERT_TRUE(quotes.ok()) << quotes.status().ToString();
  Json j = Json::parse(*quotes);
  ASSERT_EQ(j["quotes"].size(), 1u);
  EXPECT_EQ(j["quotes"][0]["text"], "We share a border");
  EXPECT_EQ(j["quotes"][0]["speaker"]["name"], "Sergei Shoigu");
  EXPECT_EQ(j["quotes"][0]["date"], "2023-07-27");
  EXPECT_EQ(Json::parse(*(*api)->Quotes({{"name", "Sergei Shoigu"}}))["quotes"].size(), 1u);
  EXPECT_EQ(Json::parse(*(*api)->Quotes({{"actor", "USA"}}))["quotes"].size(), 0u);
  EXPECT_EQ(Json::parse(*(*api)->Quotes({{"to", "2023-07-26"}}))["quotes"].size(), 0u);
  auto people = (*api)->People({{"actor", "PRK"}});
  ASSERT_TRUE(people.ok());
  Json pj = Json::parse(*people);
  ASSERT_EQ(pj["people"].size(), 1u);
  EXPECT_EQ(pj["people"][0]["name"], "Kim Jong Un");
  auto themes = (*api)->Themes({{"theme", "sanctions"}});
  ASSERT_TRUE(themes.ok()) << themes.status().ToString();
  Json tj = Json::parse(*themes);
  ASSERT_EQ(tj["articles"].size(), 1u);
  EXPECT_EQ(tj["articles"][0]["article_id"], "a1");
  EXPECT_EQ(Json::parse(*(*api)->Themes({{"theme", "TRADE"}}))["articles"].size(), 0u);
  EXPECT_FALSE((*api)->Themes({{"theme", "x y"}}).ok());
}

TEST(KnowledgeApi, BadParametersAreRefused) {
  auto api = Api::Open(KnowledgeStore(), {});
  ASSERT_TRUE(api.ok());
  const Params bad[] = {{{"actor", "RUS'; DROP"}}, {{"from", "2023-13-01"}}, {{"limit", "100000"}}, {{"bogus", "1"}}};
  for (const Params& p : bad) {
    auto r = (*api)->Quotes(p);
    ASSERT_FALSE(r.ok()) << p.begin()->first;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  }
}

}  // namespace
}  // namespace dyad::server
