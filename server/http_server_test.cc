// The API over HTTP on 127.0.0.1 with a free port: status codes and JSON errors, the
// security headers, path traversal attempts, and the size limits.
#include "server/http_server.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/assets.h"
#include "server/server_testing.h"

namespace dyad::server {
namespace {

using Json = nlohmann::json;

class HttpServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::unique_ptr<Api>> api = Api::Open(SampleStorePath(), ApiOptions{});
    ASSERT_TRUE(api.ok()) << api.status().ToString();
    api_ = std::move(api).value().release();
    server_ = new httplib::Server();
    ServerOptions o;
    o.max_body_bytes = 1024;
    Install(*server_, *api_, o);
    port_ = server_->bind_to_any_port("127.0.0.1");
    ASSERT_GT(port_, 0);
    thread_ = new std::thread([] { server_->listen_after_bind(); });
    while (!server_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
    delete api_;
  }

  httplib::Client Client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(10, 0);
    c.set_tcp_nodelay(true);
    return c;
  }

  // The status of a raw request line sent as is (httplib's client would normalise it).
  static std::string Raw(const std::string& request) {
    std::string out;
    // Send the request on a plain socket: httplib's client would escape the path.
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port_));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) return "connect failed";
    (void)!write(fd, request.data(), request.size());
    char buf[4096];
    ssize_t n;
    // Reads one whole response: httplib keeps a connection it could not parse open until
    // its read timeout, so waiting for the end of the stream would wait for that.
    while ((n = read(fd, buf, sizeof buf)) > 0) {
      out.append(buf, static_cast<size_t>(n));
      size_t end = out.find("\r\n\r\n");
      if (end == std::string::npos) continue;
      size_t at = out.find("Content-Length: ");
      size_t length = at < end ? std::stoul(out.substr(at + 16)) : 0;
      if (out.size() >= end + 4 + length) break;
    }
    close(fd);
    return out;
  }

  static Api* api_;
  static httplib::Server* server_;
  static std::thread* thread_;
  static int port_;
};
Api* HttpServerTest::api_ = nullptr;
httplib::Server* HttpServerTest::server_ = nullptr;
std::thread* HttpServerTest::thread_ = nullptr;
int HttpServerTest::port_ = 0;

TEST_F(HttpServerTest, EveryEndpointAnswersJson) {
  const char* paths[] = {"/api/summary",
                         "/api/events?dyad=RUS,UKR&limit=2",
                         "/api/timeline?actor=USA&bucket=week",
                         "/api/network?from=2024-01-01&to=2024-06-30",
                         "/api/places?actor=ISR",
                         "/api/actors?limit=5",
                         "/api/dyads?limit=5",
                         "/api/article?id=sample-01",
                         "/api/openapi.json"};
  httplib::Client c = Client();
  for (const char* path : paths) {
    auto res = c.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << path;
    EXPECT_FALSE(Json::parse(res->body, nullptr, false).is_discarded()) << path;
  }
}

TEST_F(HttpServerTest, SecurityHeadersOnEveryResponse) {
  httplib::Client c = Client();
  for (const char* path : {"/api/summary", "/api/events?limit=99999", "/nothing-here"}) {
    auto res = c.Get(path);
    ASSERT_TRUE(res) << path;
    std::string csp = res->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << path;
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
  }
}

TEST_F(HttpServerTest, BadInputIsA4xxWithAMessage) {
  struct Case {
    const char* path;
    int status;
    const char* code;
  };
  const Case cases[] = {
      {"/api/events?limit=1000000", 400, "invalid_argument"},
      {"/api/events?from=2024-99-99", 400, "invalid_argument"},
      {"/api/events?actor=NOSUCH", 404, "not_found"},
      {"/api/timeline?bucket=decade", 400, "invalid_argument"},
      {"/api/events?actor=%27%3B%20DROP%20TABLE%20events", 400, "invalid_argument"},
      {"/api/article?id=missing", 404, "not_found"},
      {"/api/unknown", 404, "not_found"},
  };
  httplib::Client c = Client();
  for (const auto& tc : cases) {
    auto res = c.Get(tc.path);
    ASSERT_TRUE(res) << tc.path;
    EXPECT_EQ(res->status, tc.status) << tc.path << ": " << res->body;
    Json j = Json::parse(res->body, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << res->body;
    EXPECT_EQ(j["error"]["code"], tc.code) << tc.path;
    EXPECT_FALSE(j["error"]["message"].get<std::string>().empty());
  }
}

TEST_F(HttpServerTest, PostEventsTakesAJsonFilter) {
  httplib::Client c = Client();
  auto ok = c.Post("/api/events", R"({"dyad":"RUS,UKR","directed":true,"limit":2})", "application/json");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
  Json j = Json::parse(ok->body);
  EXPECT_EQ(j["events"].size(), 2u);
  EXPECT_FALSE(j["next_cursor"].is_null());

  struct Case {
    const char* body;
    const char* message;
  };
  const Case cases[] = {{"{not json", "not valid JSON"},
                        {"[1,2]", "must be a JSON object"},
                        {R"({"actor":{"nested":1}})", "must be a string"},
                        {R"({"limit":1e9})", "must be a string"},
                        {R"({"actor":"USA","bogus":"1"})", "unknown parameter"},
                        {"", "not valid JSON"}};
  for (const auto& tc : cases) {
    auto res = c.Post("/api/events", tc.body, "application/json");
    ASSERT_TRUE(res) << tc.body;
    EXPECT_EQ(res->status, 400) << tc.body << ": " << res->body;
    EXPECT_NE(res->body.find(tc.message), std::string::npos) << tc.body << ": " << res->body;
  }
}

TEST_F(HttpServerTest, SizeLimits) {
  httplib::Client c = Client();
  auto big = c.Post("/api/events", std::string(4096, ' ') + "{}", "application/json");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  std::string long_path = "/api/events?text=";
  long_path.append(20000, 'a');
  auto long_uri = c.Get(long_path.c_str());
  ASSERT_TRUE(long_uri);
  EXPECT_EQ(long_uri->status, 414);
  std::string long_value_path = "/api/events?text=";
  long_value_path.append(300, 'a');
  auto long_value = c.Get(long_value_path.c_str());
  ASSERT_TRUE(long_value);
  EXPECT_EQ(long_value->status, 400);
  EXPECT_NE(long_value->body.find("longer than"), std::string::npos) << long_value->body;
  std::string many = "/api/events?";
  for (int i = 0; i < 40; ++i) {
    many += 'p';
    many += std::to_string(i);
    many += "=1&";
  }
  auto many_params = c.Get(many.c_str());
  ASSERT_TRUE(many_params);
  EXPECT_EQ(many_params->status, 400);
}

TEST_F(HttpServerTest, PathTraversalReachesNothing) {
  const char* requests[] = {
      "GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET /%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET /%2E%2E%2F%2E%2E%2Fetc%2Fpasswd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET /..%5c..%5cserver%5cCMakeLists.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET //etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET /etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET /index.html%00.png HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET /app.js%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET /api/../../server/openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET /./index.html/. HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET http://127.0.0.1/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
  };
  for (const char* req : requests) {
    std::string res = Raw(req);
    EXPECT_EQ(res.find("HTTP/1.1 200"), std::string::npos) << req << "\n" << res.substr(0, 200);
    EXPECT_EQ(res.find("root:"), std::string::npos) << req;
    EXPECT_EQ(res.find("add_library"), std::string::npos) << req;
    EXPECT_NE(res.find("HTTP/1.1 4"), std::string::npos) << req << "\n" << res.substr(0, 200);
  }
}

TEST_F(HttpServerTest, EmbeddedAssetsAreServedWithTheirTypes) {
  httplib::Client c = Client();
  for (const Asset& a : Assets()) {
    auto res = c.Get(std::string(a.path).c_str());
    ASSERT_TRUE(res) << a.path;
    EXPECT_EQ(res->status, 200) << a.path;
    EXPECT_EQ(res->body, a.data) << a.path;
    EXPECT_EQ(res->get_header_value("Content-Type"), a.content_type) << a.path;
  }
  auto root = c.Get("/");
  ASSERT_TRUE(root);
  EXPECT_EQ(root->status, HasDashboard() ? 200 : 404);
}

TEST_F(HttpServerTest, OtherMethodsGetJsonErrors) {
  const char* requests[] = {
      "DELETE /api/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "PUT /api/events HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
      "BREW /api/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      "GET /api/events HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n",
  };
  for (const char* req : requests) {
    std::string res = Raw(req);
    EXPECT_NE(res.find("HTTP/1.1 4"), std::string::npos) << req << "\n" << res.substr(0, 200);
    EXPECT_NE(res.find("\"error\""), std::string::npos) << req << "\n" << res.substr(0, 400);
  }
}

// Many clients at once share the store connections; every answer matches the one a lone
// client gets.
TEST_F(HttpServerTest, ConcurrentClientsGetTheSameAnswers) {
  const std::string paths[] = {"/api/events?dyad=RUS,UKR", "/api/timeline?actor=ISR&bucket=week",
                               "/api/places?actor=CHN", "/api/article?id=sample-05", "/api/events?limit=99999"};
  std::vector<std::string> want;
  for (const auto& p : paths) {
    auto res = Client().Get(p.c_str());
    ASSERT_TRUE(res);
    want.push_back(std::to_string(res->status) + res->body);
  }
  std::atomic<int> mismatches{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 8; ++t) {
    clients.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", port_);
      c.set_tcp_nodelay(true);
      for (int i = 0; i < 25; ++i) {
        size_t k = static_cast<size_t>(t + i) % std::size(paths);
        auto res = c.Get(paths[k].c_str());
        if (!res || std::to_string(res->status) + res->body != want[k]) mismatches++;
      }
    });
  }
  for (auto& c : clients) c.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(HttpStatusTest, EveryCodeMaps) {
  EXPECT_EQ(HttpStatus(StatusCode::kInvalidArgument), 400);
  EXPECT_EQ(HttpStatus(StatusCode::kUnsupported), 400);
  EXPECT_EQ(HttpStatus(StatusCode::kNotFound), 404);
  EXPECT_EQ(HttpStatus(StatusCode::kResourceExhausted), 503);
  EXPECT_EQ(HttpStatus(StatusCode::kDataLoss), 500);
  EXPECT_EQ(HttpStatus(StatusCode::kIoError), 500);
  EXPECT_EQ(HttpStatus(StatusCode::kInternal), 500);
}

}  // namespace
}  // namespace dyad::server
