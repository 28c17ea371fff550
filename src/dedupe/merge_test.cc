#include "dedupe/merge.h"

#include <gtest/gtest.h>

namespace dyad::dedupe {
namespace {

Event Make(std::string id, std::string article, std::string source, Date d, std::string src,
           std::string tgt, std::string code) {
  Event e;
  e.event_id = std::move(id);
  e.article_id = std::move(article);
  e.news_source = std::move(source);
  e.date = d;
  e.source.code = std::move(src);
  e.target.code = std::move(tgt);
  e.cameo = std::move(code);
  return e;
}

TEST(MergeEvents, SameDayDyadAndCodeBecomeOneEventWithCounts) {
  Date d{2023, 7, 27}, next{2023, 7, 28};
  std::vector<Event> events = {
      Make("a:1:0", "a", "Reuters", d, "RUS", "PRK", "042"),
      Make("b:0:0", "b", "AP", d, "RUS", "PRK", "042"),
      Make("b:3:0", "b", "AP", d, "RUS", "PRK", "042"),
      Make("c:2:0", "c", "Reuters", d, "RUS", "PRK", "042"),
      Make("c:2:1", "c", "Reuters", d, "PRK", "RUS", "043"),  // other direction and code
      Make("d:0:0", "d", "AP", next, "RUS", "PRK", "042"),    // other day
  };
  auto merged = MergeEvents(events);
  ASSERT_EQ(merged.size(), 3u);
  EXPECT_EQ(merged[0].event_id, "a:1:0");
  EXPECT_EQ(merged[0].num_mentions, 4u);
  EXPECT_EQ(merged[0].num_articles, 3u);
  EXPECT_EQ(merged[0].num_sources, 2u);
  ASSERT_EQ(merged[0].evidence.size(), 4u);
  EXPECT_EQ(merged[0].evidence[2].event_id, "b:3:0");
  EXPECT_EQ(merged[1].cameo, "043");
  EXPECT_EQ(merged[1].num_mentions, 1u);
  EXPECT_EQ(merged[2].date, next);
}

TEST(MergeEvents, MergingIsIdempotentAndKeepAllKeepsEverything) {
  Date d{2023, 7, 27};
  std::vector<Event> events = {Make("a:1:0", "a", "", d, "USA", "PRK", "112"),
                               Make("b:1:0", "b", "", d, "USA", "PRK", "112")};
  events[0].url = "https://example.org/a";
  events[1].url = "https://example.net/b";
  auto once = MergeEvents(events);
  ASSERT_EQ(once.size(), 1u);
  EXPECT_EQ(once[0].num_sources, 2u);  // hosts stand in for unknown outlets
  auto twice = MergeEvents(once);
  ASSERT_EQ(twice.size(), 1u);
  EXPECT_EQ(twice[0].num_mentions, 2u);
  EXPECT_EQ(twice[0].num_articles, 2u);
  auto all = MergeEvents(events, {.keep_all = true});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].evidence.size(), 1u);
}

}  // namespace
}  // namespace dyad::dedupe
