// The worker's pieces that need no server: addresses, the stream entries of a reply (fed
// to hiredis's own reply parser as RESP bytes), and JSON records read as articles. The
// whole worker against a real redis-server is tests/cli/worker_test.py.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stream/redis_client.h"
#include "stream/stream_consumer.h"
#include "stream/worker.h"

namespace dyad::stream {
namespace {

TEST(ParseHostPortTest, Table) {
  const struct {
    const char* spec;
    bool ok;
    const char* host;
    int port;
  } cases[] = {
      {"127.0.0.1:6380", true, "127.0.0.1", 6380},
      {"redis.example", true, "redis.example", 6379},
      {"[::1]:7000", true, "::1", 7000},
      {"[::1]", true, "::1", 6379},
      {"localhost:0", false, "", 0},
      {"localhost:65536", false, "", 0},
      {"localhost:12x", false, "", 0},
      {":6379", false, "", 0},
      {"", false, "", 0},
      {"[::1", false, "", 0},
  };
  for (const auto& c : cases) {
    Result<HostPort> hp = ParseHostPort(c.spec);
    ASSERT_EQ(hp.ok(), c.ok) << c.spec;
    if (!c.ok) continue;
    EXPECT_EQ(hp->host, c.host) << c.spec;
    EXPECT_EQ(hp->port, c.port) << c.spec;
  }
}

// The reply hiredis builds from `resp`.
Reply ParseResp(const std::string& resp) {
  redisReader* reader = redisReaderCreate();
  EXPECT_EQ(redisReaderFeed(reader, resp.data(), resp.size()), REDIS_OK);
  void* reply = nullptr;
  EXPECT_EQ(redisReaderGetReply(reader, &reply), REDIS_OK);
  redisReaderFree(reader);
  return Reply(static_cast<redisReply*>(reply));
}

TEST(ParseEntriesTest, Table) {
  const struct {
    const char* name;
    std::string resp;
    std::vector<std::string> ids, articles;
  } cases[] = {
      {"two entries", "*2\r\n*2\r\n$3\r\n1-0\r\n*2\r\n$7\r\narticle\r\n$2\r\n{}\r\n"
                      "*2\r\n$3\r\n2-0\r\n*4\r\n$1\r\nx\r\n$1\r\ny\r\n$7\r\narticle\r\n$3\r\n{\"a\r\n",
       {"1-0", "2-0"}, {"{}", "{\"a"}},
      {"no article field", "*1\r\n*2\r\n$3\r\n5-1\r\n*2\r\n$4\r\ntext\r\n$2\r\nhi\r\n", {"5-1"}, {""}},
      {"deleted entry (nil fields) left out", "*2\r\n*2\r\n$3\r\n1-0\r\n*-1\r\n*2\r\n$3\r\n2-0\r\n*2\r\n$7\r\narticle\r\n$1\r\n1\r\n",
       {"2-0"}, {"1"}},
      {"empty", "*0\r\n", {}, {}},
      {"not an array", "$2\r\nok\r\n", {}, {}},
  };
  for (const auto& c : cases) {
    Reply r = ParseResp(c.resp);
    ASSERT_NE(r, nullptr) << c.name;
    std::vector<StreamEntry> entries = ParseEntries(r.get());
    std::vector<std::string> ids, articles;
    for (const StreamEntry& e : entries) {
      ids.push_back(e.id);
      articles.push_back(e.article);
      EXPECT_EQ(e.has_article, !e.article.empty()) << c.name;
    }
    EXPECT_EQ(ids, c.ids) << c.name;
    EXPECT_EQ(articles, c.articles) << c.name;
  }
}

TEST(ParseRecordTest, Table) {
  const struct {
    const char* json;
    bool ok;
    const char* id;
    const char* text;
  } cases[] = {
      {R"({"id": "a1", "text": "Kenya hosted Finland.", "date": "2025-03-12"})", true, "a1", "Kenya hosted Finland."},
      {R"({"text": "No id here."})", true, "1700000000000-0:1", "No id here."},
      {R"({"id": 7, "text": "Numeric id."})", true, "7", "Numeric id."},
      {R"({"id": "b"})", false, "", ""},
      {R"(not json)", false, "", ""},
      {"", false, "", ""},
  };
  for (const auto& c : cases) {
    Result<Article> a = ParseRecord(c.json, "1700000000000-0");
    ASSERT_EQ(a.ok(), c.ok) << c.json;
    if (!c.ok) continue;
    EXPECT_EQ(a->id, c.id) << c.json;
    EXPECT_EQ(a->text, c.text) << c.json;
  }
}

TEST(RedisClientTest, ConnectingToNothingFailsWithIoError) {
  // Port 1 on loopback: nothing listens there, so the connection is refused at once.
  Result<RedisClient> c = RedisClient::Connect("127.0.0.1:1", std::chrono::milliseconds(500));
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace dyad::stream
