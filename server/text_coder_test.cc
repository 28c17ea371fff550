// POST /api/code: the body checks (table-driven), the answer's JSON for a hand-made coded
// article, 503 when the coder did not load, 413 and 400 over HTTP, and (when the models
// and dictionaries are installed) a real text coded end to end within its limits.
#include "server/text_coder.h"

#include <gtest/gtest.h>

#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "server/http_server.h"
#include "server/server_testing.h"
#include "write/writer.h"

namespace dyad::server {
namespace {

using Json = nlohmann::json;

TEST(ParseCodeRequestTest, Bodies) {
  struct Case {
    const char* body;
    bool ok;
    const char* message_has;  // for errors
  };
  const Case cases[] = {
      {R"({"text": "Russia accused Ukraine."})", true, ""},
      {R"({"text": "x", "date": "2022-03-04", "title": "T"})", true, ""},
      {R"(not json)", false, "not valid JSON"},
      {R"(["text"])", false, "JSON object"},
      {R"({})", false, "text"},
      {R"({"text": ""})", false, "text"},
      {R"({"text": 7})", false, "text: must be a string"},
      {R"({"text": "x", "lang": "en"})", false, "unknown key 'lang'"},
      {R"({"text": "x", "date": "2022-02-30"})", false, "date"},
      {R"({"text": "x", "date": "yesterday"})", false, "date"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.body);
    Result<CodeRequest> r = ParseCodeRequest(c.body);
    EXPECT_EQ(r.ok(), c.ok) << r.status().ToString();
    if (!c.ok) {
      EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
      EXPECT_NE(r.status().message().find(c.message_has), std::string::npos) << r.status().message();
    }
  }
  Result<CodeRequest> full = ParseCodeRequest(R"({"text": "x", "date": "2022-03-04", "title": "T"})");
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(full->text, "x");
  EXPECT_EQ(full->title, "T");
  ASSERT_TRUE(full->date);
  EXPECT_EQ(full->date->ToString(), "2022-03-04");
}

TEST(CodedTextJsonTest, SentencesMentionsAndEventsWithOffsets) {
  pipeline::CodedArticle a;
  a.date = Date{2022, 3, 4};
  a.doc.text = "Russia accused Ukraine. Nothing more.";
  a.doc.sentences = {{0, 23, 0, 0, false, 0}, {24, 37, 0, 0, false, 0}};
  actors::Mention m;
  m.sentence = 0;
  m.byte_begin = 0;
  m.byte_end = 6;
  m.codes = {"RUS"};
  m.country = "RUS";
  m.kind = actors::MentionKind::kState;
  m.how = actors::Resolution::kPhrase;
  a.mentions.push_back(m);
  Event e;
  e.event_id = "text:0:0";
  e.article_id = "text";
  e.date = a.date;
  e.source.code = "RUS";
  e.target.code = "UKR";
  e.cameo = "112";
  e.quad_class = 3;
  a.events.push_back(e);

  Json j = Json::parse(CodedTextJson(a, "parsed"));
  EXPECT_EQ(j["date"], "2022-03-04");
  EXPECT_EQ(j["analysis"], "parsed");
  ASSERT_EQ(j["sentences"].size(), 2u);
  EXPECT_EQ(j["sentences"][1]["text"], "Nothing more.");
  EXPECT_EQ(j["sentences"][1]["begin"], 24);
  ASSERT_EQ(j["mentions"].size(), 1u);
  EXPECT_EQ(j["mentions"][0]["text"], "Russia");
  EXPECT_EQ(j["mentions"][0]["codes"], Json::array({"RUS"}));
  EXPECT_EQ(j["mentions"][0]["kind"], std::string(actors::MentionKindName(m.kind)));
  ASSERT_EQ(j["events"].size(), 1u);
  // The jsonl writer's own object, as `dyad code` prints it.
  std::string line;
  write::AppendJsonl(e, &line);
  EXPECT_EQ(j["events"][0], Json::parse(line));
}

TEST(TextCoderTest, FailedLoadAnswers503WithTheReason) {
  TextCoder c(nullptr, NotFound("models: no such folder 'nowhere'"), TextCoderOptions{});
  Result<std::string> r = c.Code(R"({"text": "Russia accused Ukraine."})");
  EXPECT_EQ(r.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(HttpStatus(r.status().code()), 503);
  EXPECT_NE(r.status().message().find("nowhere"), std::string::npos) << r.status().ToString();
  // A malformed body is the client's mistake whatever the coder's state.
  EXPECT_EQ(c.Code("{").status().code(), StatusCode::kInvalidArgument);
}

// The models and dictionaries, when installed; null (with the reason) otherwise.
std::shared_ptr<const pipeline::Coder> LoadedCoder(std::string* why) {
  static Result<std::shared_ptr<const pipeline::Coder>> coder = pipeline::Coder::Load({});
  if (!coder.ok()) *why = coder.status().ToString();
  return coder.ok() ? *coder : nullptr;
}

class CodeEndpointTest : public ::testing::Test {
 protected:
  void Serve(const TextCoder* coder) {
    Result<std::unique_ptr<Api>> api = Api::Open(SampleStorePath(), ApiOptions{});
    ASSERT_TRUE(api.ok()) << api.status().ToString();
    api_ = std::move(api).value();
    ServerOptions o;
    o.code.max_body_bytes = 4096;
    Install(server_, *api_, o, coder);
    port_ = server_.bind_to_any_port("127.0.0.1");
    ASSERT_GT(port_, 0);
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  void TearDown() override {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  httplib::Result Post(const std::string& body) {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c.Post("/api/code", body, "application/json");
  }

  std::unique_ptr<Api> api_;
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
};

TEST_F(CodeEndpointTest, WithoutACoderOnlyThisEndpointIsUnavailable) {
  TextCoder failed(nullptr, NotFound("dictionary: nothing at 'x'"), TextCoderOptions{});
  Serve(&failed);
  httplib::Result r = Post(R"({"text": "Russia accused Ukraine."})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  EXPECT_NE(Json::parse(r->body)["error"]["message"].get<std::string>().find("dictionary"), std::string::npos)
      << r->body;
  httplib::Client c("127.0.0.1", port_);
  httplib::Result summary = c.Get("/api/summary");
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->status, 200);
  // Size and syntax are checked before the coder is needed.
  r = Post(std::string(5000, ' ') + R"({"text": "x"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  r = Post("{\"text\": ");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
}

TEST_F(CodeEndpointTest, CodesTextWithoutStoringIt) {
  std::string why;
  std::shared_ptr<const pipeline::Coder> coder = LoadedCoder(&why);
  if (!coder) GTEST_SKIP() << "needs the models and dictionaries (../shared, models/): " << why;
  TextCoder text_coder(coder, Status::Ok(), TextCoderOptions{});
  Serve(&text_coder);
  const std::string text = "Russia accused Ukraine of shelling the plant.";
  httplib::Result r = Post(Json{{"text", text}, {"date", "2022-08-20"}}.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  Json j = Json::parse(r->body);
  EXPECT_EQ(j["date"], "2022-08-20");
  ASSERT_TRUE(j["events"].is_array() && j["mentions"].is_array() && j["sentences"].is_array());
  ASSERT_EQ(j["sentences"].size(), 1u);
  EXPECT_EQ(j["sentences"][0]["text"], text);
  // Whatever the coder finds must be in this text: its mentions' words, its events'
  // actors among the mentions' codes, their sentence the one given.
  std::set<std::string> codes;
  for (const Json& m : j["mentions"]) {
    EXPECT_EQ(text.substr(m["begin"].get<size_t>(), m["end"].get<size_t>() - m["begin"].get<size_t>()), m["text"]);
    for (const Json& c : m["codes"]) codes.insert(c.get<std::string>());
  }
  for (const Json& e : j["events"]) {
    EXPECT_NE(text.find(e["sentence"].get<std::string>()), std::string::npos) << e.dump();
    EXPECT_LE(e["date"].get<std::string>(), "2022-08-20") << e.dump();  // the day or one it names
    for (const char* side : {"source", "target"}) {
      std::string code = e[side]["code"].get<std::string>();
      if (!code.empty()) { EXPECT_TRUE(codes.count(code)) << side << " " << code << " in " << e.dump(); }
    }
  }
  // Nothing was stored: the sample store has no article "text".
  httplib::Client c("127.0.0.1", port_);
  httplib::Result stored = c.Get("/api/article?id=text");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->status, 404);
}

TEST(TextCoderTest, TimeLimitAnswers503) {
  std::string why;
  std::shared_ptr<const pipeline::Coder> coder = LoadedCoder(&why);
  if (!coder) GTEST_SKIP() << "needs the models and dictionaries (../shared, models/): " << why;
  TextCoder c(coder, Status::Ok(), {.concurrency = 1, .time_limit = std::chrono::milliseconds(1)});
  std::string text;
  for (int i = 0; i < 200; ++i) text += "Russia accused Ukraine of shelling the plant near the river. ";
  Result<std::string> r = c.Code(Json{{"text", text}}.dump());
  EXPECT_EQ(r.status().code(), StatusCode::kResourceExhausted) << r.status().ToString();
}

}  // namespace
}  // namespace dyad::server
