// The store's knowledge tables (store/knowledge_rows.h): rows written from an
// ArticleKnowledge, replaced on a second write, and the three queries' filters.
#include <gtest/gtest.h>

#include <filesystem>

#include "store/knowledge_rows.h"
#include "store/store.h"

namespace dyad::store {
namespace {

std::string FreshPath() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string path = ::testing::TempDir() + "dyad_knowledge_" + info->name() + ".db";
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix);
  return path;
}

knowledge::ArticleKnowledge Sample(Date date, const std::string& speaker, const std::string& code) {
  knowledge::ArticleKnowledge k;
  k.date = date;
  knowledge::Entity person{knowledge::EntityKind::kPerson, speaker, code, {"Defense Minister"}, {{10, 16}, {40, 46}}};
  k.persons.push_back(person);
  k.organisations.push_back({knowledge::EntityKind::kOrganisation, "UN Security Council", "IGOUNOSEC", {}, {{60, 79}}});
  k.locations.push_back({"Pyongyang", "PRK", 1871859, 39.03, 125.75, {{80, 89}}});
  k.themes.push_back({"SANCTIONS", "Sanctions", 2, {1, 3}});
  knowledge::Quotation q;
  q.quote.begin = 100;
  q.quote.end = 120;
  q.quote.sentence_first = q.quote.sentence_last = 4;
  q.text = "We share a border";
  q.has_speaker = true;
  q.speaker = {"Shoigu", {125, 131}, speaker, code};
  k.quotations.push_back(q);
  return k;
}

Article MakeArticle(const std::string& id, Date date) {
  Article a;
  a.id = id;
  a.title = "title of " + id;
  a.published = date;
  a.text = std::string(200, 'x');
  return a;
}

TEST(KnowledgeStore, WriteReplaceAndQuery) {
  auto s = Store::Open(FreshPath(), OpenMode::kReadWrite);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  const Date d1{2023, 7, 27}, d2{2023, 9, 1};
  ASSERT_TRUE(s->Add(MakeArticle("a1", d1), {}, {}).ok());
  ASSERT_TRUE(s->Add(MakeArticle("a2", d2), {}, {}).ok());
  ASSERT_TRUE(AddKnowledge(s->db(), "a1", Sample(d1, "Sergei Shoigu", "RUSMIL")).ok());
  ASSERT_TRUE(AddKnowledge(s->db(), "a2", Sample(d2, "Sergei Shoigu", "RUSMIL")).ok());
  // A second write replaces the first.
  ASSERT_TRUE(AddKnowledge(s->db(), "a2", Sample(d2, "Kim Jong Un", "PRKGOV")).ok());
  EXPECT_EQ(AddKnowledge(s->db(), "missing", Sample(d1, "x", "")).code(), StatusCode::kNotFound);

  struct Case {
    KnowledgeFilter filter;
    std::vector<std::string> articles;
  } quote_cases[] = {
      {{.actor = "RUS"}, {"a1"}},
      {{.name = "Kim Jong Un"}, {"a2"}},
      {{}, {"a2", "a1"}},  // newest first
      {{.from = Date{2023, 8, 1}}, {"a2"}},
      {{.to = Date{2023, 8, 1}}, {"a1"}},
      {{.actor = "USA"}, {}},
  };
  for (const Case& c : quote_cases) {
    auto quotes = QueryQuotes(s->db(), c.filter);
    ASSERT_TRUE(quotes.ok()) << quotes.status().ToString();
    std::vector<std::string> got;
    for (const StoredQuote& q : *quotes) got.push_back(q.article_id);
    EXPECT_EQ(got, c.articles) << c.filter.actor << c.filter.name;
  }
  auto quotes = QueryQuotes(s->db(), {.actor = "RUSMIL"});
  ASSERT_TRUE(quotes.ok());
  ASSERT_EQ(quotes->size(), 1u);
  EXPECT_EQ((*quotes)[0].date, "2023-07-27");
  EXPECT_EQ((*quotes)[0].text, "We share a border");
  EXPECT_EQ((*quotes)[0].begin, 100u);
  EXPECT_EQ((*quotes)[0].speaker_text, "Shoigu");

  auto people = QueryPeople(s->db(), {});
  ASSERT_TRUE(people.ok());
  ASSERT_EQ(people->size(), 3u);  // UN Security Council in both articles comes first
  EXPECT_EQ((*people)[0].name, "UN Security Council");
  EXPECT_EQ((*people)[0].articles, 2);
  auto places = QueryPeople(s->db(), {.name = "Pyongyang"}, true);
  ASSERT_TRUE(places.ok());
  ASSERT_EQ(places->size(), 1u);
  EXPECT_EQ((*places)[0].mentions, 2);
  EXPECT_EQ((*places)[0].first_date, "2023-07-27");
  EXPECT_EQ((*places)[0].last_date, "2023-09-01");

  auto themes = QueryThemes(s->db(), {.country = "PRK", .theme = "SANCTIONS"});
  ASSERT_TRUE(themes.ok());
  ASSERT_EQ(themes->size(), 2u);
  EXPECT_EQ((*themes)[0].article_id, "a2");
  EXPECT_EQ((*themes)[0].title, "title of a2");
  auto none = QueryThemes(s->db(), {.country = "USA", .theme = "SANCTIONS"});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  EXPECT_EQ(QueryThemes(s->db(), {.limit = 0}).status().code(), StatusCode::kInvalidArgument);
}

TEST(KnowledgeStore, RowsGoWithTheirArticle) {
  auto s = Store::Open(FreshPath(), OpenMode::kReadWrite);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(s->Add(MakeArticle("a1", Date{2023, 7, 27}), {}, {}).ok());
  ASSERT_TRUE(AddKnowledge(s->db(), "a1", Sample(Date{2023, 7, 27}, "Sergei Shoigu", "RUSMIL")).ok());
  ASSERT_TRUE(s->db().Exec("DELETE FROM articles WHERE id = 'a1'").ok());
  EXPECT_EQ(*s->db().QueryInt("SELECT COUNT(*) FROM quotes"), 0);
  EXPECT_EQ(*s->db().QueryInt("SELECT COUNT(*) FROM entities"), 0);
  EXPECT_EQ(*s->db().QueryInt("SELECT COUNT(*) FROM article_themes"), 0);
}

}  // namespace
}  // namespace dyad::store
