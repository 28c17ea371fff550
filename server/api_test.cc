// The endpoints in process, on the hand-written sample store: their answers are checked
// against counts taken from the sample's rows, and bad requests against their errors.
#include "server/api.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "server/server_testing.h"

namespace dyad::server {
namespace {

using Json = nlohmann::json;

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::unique_ptr<Api>> api = Api::Open(SampleStorePath(), ApiOptions{});
    ASSERT_TRUE(api.ok()) << api.status().ToString();
    api_ = std::move(api).value().release();
  }
  static void TearDownTestSuite() { delete api_; }

  static Json Call(Result<std::string> r) {
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    if (!r.ok()) return Json();
    Json j = Json::parse(*r, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << *r;
    return j;
  }

  static Api* api_;
};
Api* ApiTest::api_ = nullptr;

TEST_F(ApiTest, Summary) {
  Json j = Call(api_->Summary({}));
  EXPECT_EQ(j["events"], 33);
  EXPECT_EQ(j["articles"], 12);
  EXPECT_EQ(j["first"], "2024-01-12");
  EXPECT_EQ(j["last"], "2024-06-21");
}

TEST_F(ApiTest, EventsForADyadInDateOrder) {
  Json j = Call(api_->Events({{"dyad", "RUS,UKR"}}));
  ASSERT_EQ(j["events"].size(), 6u);
  EXPECT_TRUE(j["next_cursor"].is_null());
  std::string last;
  for (const Json& e : j["events"]) {
    std::string date = e["date"];
    EXPECT_LE(last, date);
    last = date;
    std::string src = e["source"]["code"], tgt = e["target"]["code"];
    EXPECT_TRUE((src.rfind("RUS", 0) == 0 && tgt.rfind("UKR", 0) == 0) ||
                (src.rfind("UKR", 0) == 0 && tgt.rfind("RUS", 0) == 0))
        << src << " " << tgt;
  }
  Json directed = Call(api_->Events({{"dyad", "RUS,UKR"}, {"directed", "true"}}));
  EXPECT_EQ(directed["events"].size(), 4u);
}

TEST_F(ApiTest, EventsPaginateWithCursorAndOffset) {
  std::vector<std::string> ids;
  Params p = {{"actor", "RUS"}, {"limit", "5"}};
  for (int page = 0; page < 10; ++page) {
    Json j = Call(api_->Events(p));
    for (const Json& e : j["events"]) ids.push_back(e["event_id"]);
    if (j["next_cursor"].is_null()) break;
    p = {{"actor", "RUS"}, {"limit", "5"}, {"cursor", j["next_cursor"]}};
  }
  EXPECT_EQ(ids.size(), 12u);
  Json second = Call(api_->Events({{"actor", "RUS"}, {"limit", "5"}, {"offset", "5"}}));
  ASSERT_EQ(second["events"].size(), 5u);
  EXPECT_EQ(second["events"][0]["event_id"], ids[5]);
}

TEST_F(ApiTest, EventsCarryEvidenceOffsets) {
  Json j = Call(api_->Events({{"dyad", "PRK,RUS"}, {"cameo", "057"}}));
  ASSERT_EQ(j["events"].size(), 1u);
  const Json& e = j["events"][0];
  std::string sentence = e["sentence"];
  Json article = Call(api_->Article({{"id", e["article_id"]}}));
  int base = article["sentences"][e["sentence_index"].get<int>()]["start"];
  auto span = [&](const Json& a) {
    return sentence.substr(a["start"].get<int>() - base, a["end"].get<int>() - a["start"].get<int>());
  };
  EXPECT_EQ(span(e["source"]), "North Korea");
  EXPECT_EQ(span(e["target"]), "Russia");
  EXPECT_EQ(span(e["verb"]), "signed");
  EXPECT_EQ(e["quad_class"], 1);
  EXPECT_DOUBLE_EQ(e["goldstein"].get<double>(), 8.0);
}

TEST_F(ApiTest, TimelineByMonthAndQuadClass) {
  Json j = Call(api_->Timeline({{"dyad", "RUS,UKR"}}));
  EXPECT_EQ(j["bucket"], "month");
  struct Want {
    const char* period;
    int quad, events;
    double goldstein;
  };
  const Want want[] = {{"2024-01", 3, 2, -4.0}, {"2024-01", 4, 1, -10.0}, {"2024-03", 3, 1, -4.4},
                       {"2024-03", 4, 1, -10.0}, {"2024-05", 4, 1, -10.0}};
  ASSERT_EQ(j["points"].size(), std::size(want));
  for (size_t i = 0; i < std::size(want); ++i) {
    const Json& p = j["points"][i];
    EXPECT_EQ(p["period"], want[i].period);
    EXPECT_EQ(p["quad_class"], want[i].quad);
    EXPECT_EQ(p["events"], want[i].events);
    EXPECT_NEAR(p["goldstein_sum"].get<double>(), want[i].goldstein, 1e-9);
  }
  Json weeks = Call(api_->Timeline({{"actor", "PRK"}, {"bucket", "week"}, {"split", "none"}}));
  ASSERT_EQ(weeks["points"].size(), 2u);
  EXPECT_EQ(weeks["points"][0]["period"], "2024-03-04");  // a Monday
  EXPECT_EQ(weeks["points"][0]["events"], 2);
  EXPECT_EQ(weeks["points"][1]["period"], "2024-06-17");
}

TEST_F(ApiTest, NetworkNodesAreEdgeEnds) {
  Json j = Call(api_->Network({{"from", "2024-01-01"}, {"to", "2024-01-31"}}));
  ASSERT_FALSE(j["edges"].empty());
  std::set<std::string> nodes;
  for (const Json& n : j["nodes"]) nodes.insert(n["id"].get<std::string>());
  int64_t total = 0;
  for (const Json& e : j["edges"]) {
    EXPECT_TRUE(nodes.count(e["source"])) << e.dump();
    EXPECT_TRUE(nodes.count(e["target"])) << e.dump();
    total += e["events"].get<int64_t>();
  }
  EXPECT_EQ(total, 5);  // January: three events in sample-01, two in sample-02
}

TEST_F(ApiTest, PlacesCountEventsPerPlace) {
  Json j = Call(api_->Places({{"actor", "ISR"}}));
  ASSERT_FALSE(j["places"].empty());
  EXPECT_EQ(j["places"][0]["name"], "Gaza");
  EXPECT_EQ(j["places"][0]["events"], 3);
  EXPECT_NEAR(j["places"][0]["lat"].get<double>(), 31.5, 1e-9);
  int64_t total = 0;
  for (const Json& p : j["places"]) total += p["events"].get<int64_t>();
  EXPECT_EQ(total, 9);  // every ISR event in the sample has a place
}

TEST_F(ApiTest, TopActorsAndDyads) {
  Json actors = Call(api_->Actors({{"limit", "3"}}));
  ASSERT_EQ(actors["actors"].size(), 3u);
  EXPECT_GE(actors["actors"][0]["events"], actors["actors"][1]["events"]);
  Json dyads = Call(api_->Dyads({{"actor", "CHN"}, {"limit", "50"}}));
  int64_t total = 0;
  for (const Json& d : dyads["dyads"]) total += d["events"].get<int64_t>();
  EXPECT_EQ(total, 6);
}

TEST_F(ApiTest, ArticleWithSentencesAndEvents) {
  Json j = Call(api_->Article({{"id", "sample-07"}}));
  EXPECT_EQ(j["article"]["id"], "sample-07");
  EXPECT_EQ(j["article"]["published"], "2024-04-02");
  ASSERT_EQ(j["sentences"].size(), 3u);
  ASSERT_EQ(j["events"].size(), 3u);
  EXPECT_EQ(j["events"][1]["cameo"], "195");
}

struct BadCase {
  Result<std::string> (Api::*endpoint)(const Params&);
  Params params;
  StatusCode code;
  std::string message;  // substring
};

TEST_F(ApiTest, BadRequests) {
  const BadCase cases[] = {
      {&Api::Events, {{"limit", "100000"}}, StatusCode::kInvalidArgument, "limit: 100000 is out of range 1..1000"},
      {&Api::Events, {{"limit", "0"}}, StatusCode::kInvalidArgument, "out of range"},
      {&Api::Events, {{"offset", "-1"}}, StatusCode::kInvalidArgument, "offset"},
      {&Api::Events, {{"cursor", "garbage"}}, StatusCode::kInvalidArgument, "malformed cursor"},
      {&Api::Events, {{"cursor", "1.2"}, {"offset", "3"}}, StatusCode::kInvalidArgument, "not both"},
      {&Api::Events, {{"from", "2024-02-31"}}, StatusCode::kInvalidArgument, "is not a date"},
      {&Api::Events, {{"actor", "ZZZ"}}, StatusCode::kNotFound, "unknown actor 'ZZZ'"},
      {&Api::Events, {{"dyad", "USA,ZZZ"}}, StatusCode::kNotFound, "unknown actor 'ZZZ'"},
      {&Api::Events, {{"text", "\"unbalanced"}}, StatusCode::kInvalidArgument, "bad text query"},
      {&Api::Events, {{"colour", "red"}}, StatusCode::kInvalidArgument, "unknown parameter 'colour'"},
      {&Api::Timeline, {{"bucket", "year"}}, StatusCode::kInvalidArgument, "unknown period 'year'"},
      {&Api::Timeline, {{"split", "root"}}, StatusCode::kInvalidArgument, "split"},
      {&Api::Timeline, {{"actor", "XYZGOV"}}, StatusCode::kNotFound, "unknown actor"},
      {&Api::Network, {{"limit", "501"}}, StatusCode::kInvalidArgument, "out of range"},
      {&Api::Places, {{"limit", "5001"}}, StatusCode::kInvalidArgument, "out of range"},
      {&Api::Actors, {{"limit", "abc"}}, StatusCode::kInvalidArgument, "not an integer"},
      {&Api::Article, {}, StatusCode::kInvalidArgument, "id"},
      {&Api::Article, {{"id", "no-such-article"}}, StatusCode::kNotFound, "no article with id"},
      {&Api::Summary, {{"x", "1"}}, StatusCode::kInvalidArgument, "unknown parameter"},
  };
  for (const auto& c : cases) {
    std::string shown = c.params.empty() ? "(none)" : c.params.begin()->first + "=" + c.params.begin()->second;
    Result<std::string> r = (api_->*c.endpoint)(c.params);
    ASSERT_FALSE(r.ok()) << shown;
    EXPECT_EQ(r.status().code(), c.code) << shown << ": " << r.status().ToString();
    EXPECT_NE(r.status().message().find(c.message), std::string::npos) << shown << ": " << r.status().message();
  }
}

TEST_F(ApiTest, EmptyAnswerForAKnownActorIsNotAnError) {
  Json j = Call(api_->Events({{"actor", "RUS"}, {"from", "2023-01-01"}, {"to", "2023-12-31"}}));
  EXPECT_TRUE(j["events"].empty());
}

TEST(ApiOpenTest, MissingStoreIsAnError) {
  Result<std::unique_ptr<Api>> api = Api::Open(::testing::TempDir() + "no/such/dir/store.db", ApiOptions{});
  EXPECT_FALSE(api.ok());
}

TEST(ApiOpenTest, StoreIsOpenedReadOnly) {
  Result<std::unique_ptr<StorePool>> pool = StorePool::Open(SampleStorePath(), 1, std::chrono::milliseconds(1000));
  ASSERT_TRUE(pool.ok()) << pool.status().ToString();
  StorePool::Lease lease = (*pool)->Acquire();
  Status s = lease.store().db().Exec("DELETE FROM events");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("readonly"), std::string::npos) << s.message();
}

TEST(ApiOpenTest, QueriesPastTheTimeLimitAreResourceExhausted) {
  Result<std::unique_ptr<StorePool>> pool = StorePool::Open(SampleStorePath(), 1, std::chrono::milliseconds(20));
  ASSERT_TRUE(pool.ok()) << pool.status().ToString();
  StorePool::Lease lease = (*pool)->Acquire();
  // A query that runs far longer than 20 ms: a recursive count to a billion.
  Result<int64_t> n = lease.store().db().QueryInt(
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) FROM c");
  ASSERT_FALSE(n.ok());
  Status s = lease.Check(n.status());
  EXPECT_EQ(s.code(), StatusCode::kResourceExhausted) << s.ToString();
  EXPECT_NE(s.message().find("20 ms"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace dyad::server
