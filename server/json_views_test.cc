// Response bodies: shapes, derived values (means, node totals) and error codes.
#include "server/json_views.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include <nlohmann/json.hpp>

namespace dyad::server {
namespace {

using Json = nlohmann::json;

TEST(JsonViewsTest, ErrorCodes) {
  struct Case {
    Status status;
    const char* code;
  };
  const Case cases[] = {{InvalidArgument("bad"), "invalid_argument"},
                        {NotFound("gone"), "not_found"},
                        {ResourceExhausted("slow"), "resource_exhausted"},
                        {Internal("bug"), "internal_error"}};
  for (const auto& c : cases) {
    Json j = Json::parse(ErrorJson(c.status));
    EXPECT_EQ(j["error"]["code"], c.code);
    EXPECT_EQ(j["error"]["message"], c.status.message());
  }
}

TEST(JsonViewsTest, ErrorMessagesWithInvalidUtf8StayJson) {
  Json j = Json::parse(ErrorJson(InvalidArgument("bad \xff value")));
  EXPECT_FALSE(j["error"]["message"].get<std::string>().empty());
}

TEST(JsonViewsTest, NetworkNodesSumTheirEdges) {
  std::vector<store::DyadCount> edges = {
      {"USA", "CHN", 5, -10.0}, {"CHN", "USA", 2, 4.0}, {"RUS", "USA", 1, -2.0}, {"", "USA", 9, 0.0}};
  Json j = Json::parse(NetworkJson(edges));
  ASSERT_EQ(j["edges"].size(), 3u);  // the edge from an unknown actor is left out
  EXPECT_DOUBLE_EQ(j["edges"][0]["goldstein_mean"].get<double>(), -2.0);
  ASSERT_EQ(j["nodes"].size(), 3u);
  EXPECT_EQ(j["nodes"][0]["id"], "USA");
  EXPECT_EQ(j["nodes"][0]["events"], 8);
  EXPECT_EQ(j["nodes"][0]["as_source"], 5);
  EXPECT_EQ(j["nodes"][0]["as_target"], 3);
  EXPECT_EQ(j["nodes"][1]["id"], "CHN");
  EXPECT_EQ(j["nodes"][2]["id"], "RUS");
}

TEST(JsonViewsTest, TimelineMeans) {
  std::vector<store::TimelinePoint> points = {{"2024-01", 1, 4, 10.0}, {"2024-01", 4, 2, -20.0}};
  Json j = Json::parse(TimelineJson("month", true, points));
  EXPECT_EQ(j["split"], "quad_class");
  EXPECT_DOUBLE_EQ(j["points"][0]["goldstein_mean"].get<double>(), 2.5);
  EXPECT_DOUBLE_EQ(j["points"][1]["goldstein_mean"].get<double>(), -10.0);
}

// The timeline is written by write::JsonOut: the same text as the ordered_json document
// it replaced, for any periods, counts and sums.
TEST(JsonViewsTest, TimelineTextIsTheOrderedJsonDocument) {
  std::mt19937 rng(5);
  std::uniform_real_distribution<double> sum(-500, 500);
  std::uniform_int_distribution<int64_t> count(0, 3000);
  const std::string periods[] = {"2024-01", "2015-12-28", "", "bad \xff \"period\"\n"};
  for (int i = 0; i < 200; ++i) {
    std::vector<store::TimelinePoint> points;
    for (int k = i % 13; k > 0; --k) {
      points.push_back({periods[k % 4], k % 5, count(rng), k % 3 ? std::round(sum(rng) * 10) / 10 : sum(rng)});
    }
    const bool split = i % 2;
    nlohmann::ordered_json j;
    j["bucket"] = "week";
    j["split"] = split ? "quad_class" : "none";
    auto& arr = j["points"] = nlohmann::ordered_json::array();
    for (const auto& p : points) {
      arr.push_back({{"period", p.period},
                     {"quad_class", p.quad_class},
                     {"events", p.events},
                     {"goldstein_sum", p.goldstein_sum},
                     {"goldstein_mean", p.events ? p.goldstein_sum / static_cast<double>(p.events) : 0.0}});
    }
    ASSERT_EQ(TimelineJson("week", split, points), j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  }
}

TEST(JsonViewsTest, EventsUseTheNativeRecord) {
  store::EventPage page;
  Event e;
  e.event_id = "a:1:0";
  e.article_id = "a";
  e.sentence = "Quote \" and newline\n inside.";
  e.date = *Date::Parse("2024-02-03");
  e.cameo = "042";
  page.events = {e, e};
  page.next_cursor = "19756.7";
  Json j = Json::parse(EventsJson(page));
  ASSERT_EQ(j["events"].size(), 2u);
  EXPECT_EQ(j["events"][0]["sentence"], e.sentence);
  EXPECT_EQ(j["events"][1]["date"], "2024-02-03");
  EXPECT_EQ(j["next_cursor"], "19756.7");
  EXPECT_TRUE(Json::parse(EventsJson(store::EventPage{}))["next_cursor"].is_null());
}

TEST(JsonViewsTest, SummaryOfAnEmptyStore) {
  Json j = Json::parse(SummaryJson(StoreSummary{}));
  EXPECT_EQ(j["events"], 0);
  EXPECT_TRUE(j["first"].is_null());
}

}  // namespace
}  // namespace dyad::server
