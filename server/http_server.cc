// Every response passes through Reply, which is where a Status turns into an HTTP status
// and a JSON error body (TooLarge answers the POST routes' own size limits). Assets are looked up by exact path in the embedded table; no
// handler touches the file system.
#include "server/http_server.h"

#include <algorithm>
#include <cstdio>

#include "server/assets.h"
#include "server/json_views.h"

namespace dyad::server {
namespace {

constexpr const char kJson[] = "application/json";

// Scripts, styles, images and requests from this origin only; nothing inline, no
// plugins, no framing. Charts set element styles from script, which CSP allows.
constexpr const char kCsp[] =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'";

struct Body {
  std::string text;
  std::string content_type = kJson;
};

// The one place where a Status becomes an HTTP response.
void Reply(const Result<Body>& r, httplib::Response& res) {
  if (r.ok()) {
    res.status = 200;
    res.set_content(r->text, r->content_type);
    return;
  }
  res.status = HttpStatus(r.status().code());
  res.set_content(ErrorJson(r.status()), kJson);
}

Result<Body> JsonBody(Result<std::string> r) {
  if (!r.ok()) return r.status();
  return Body{std::move(r).value()};
}

Result<Body> ServeAsset(const std::string& path) {
  const Asset* a = FindAsset(path);
  if (a == nullptr) {
    if ((path == "/" || path == "/index.html") && !HasDashboard()) {
      return NotFound("this dyad was built without the dashboard (node and npm were not found); the API is at /api/");
    }
    return NotFound("no such page");
  }
  return Body{std::string(a->data), std::string(a->content_type)};
}

// 413 with a JSON body, for a POST route whose own limit is below httplib's.
void TooLarge(size_t limit, httplib::Response& res) {
  res.status = 413;
  res.set_content(ErrorJson(InvalidArgument("the request body is larger than " + std::to_string(limit) + " bytes")),
                  kJson);
}

using Endpoint = Result<std::string> (Api::*)(const Params&);

}  // namespace

int HttpStatus(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return 200;
    case StatusCode::kInvalidArgument:
    case StatusCode::kUnsupported: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kResourceExhausted: return 503;
    case StatusCode::kDataLoss:
    case StatusCode::kIoError:
    case StatusCode::kInternal: return 500;
  }
  return 500;
}

void Install(httplib::Server& server, Api& api, const ServerOptions& o, const TextCoder* coder) {
  int threads = o.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_read_timeout(o.read_timeout.count(), 0);
  server.set_write_timeout(o.write_timeout.count(), 0);
  server.set_keep_alive_timeout(o.keep_alive_timeout.count());
  server.set_keep_alive_max_count(1000);
  // One limit for httplib; each POST route checks its own below.
  server.set_payload_max_length(std::max(o.max_body_bytes, o.code.max_body_bytes));
  server.set_tcp_nodelay(true);
  server.set_default_headers({{"Content-Security-Policy", kCsp},
                              {"X-Content-Type-Options", "nosniff"},
                              {"X-Frame-Options", "DENY"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cache-Control", "no-store"}});

  const std::pair<const char*, Endpoint> endpoints[] = {
      {"/api/summary", &Api::Summary},   {"/api/events", &Api::Events},   {"/api/timeline", &Api::Timeline},
      {"/api/network", &Api::Network},   {"/api/places", &Api::Places},   {"/api/actors", &Api::Actors},
      {"/api/dyads", &Api::Dyads},       {"/api/article", &Api::Article},
      {"/api/quotes", &Api::Quotes},     {"/api/people", &Api::People},   {"/api/themes", &Api::Themes}};
  for (const auto& [path, fn] : endpoints) {
    server.Get(path, [&api, fn = fn](const httplib::Request& req, httplib::Response& res) {
      Reply(JsonBody((api.*fn)(req.params)), res);
    });
  }
  server.Post("/api/events", [&api, limit = o.max_body_bytes](const httplib::Request& req, httplib::Response& res) {
    if (req.body.size() > limit) return TooLarge(limit, res);
    Result<Params> p = ParamsFromJsonBody(req.body);
    Reply(p.ok() ? JsonBody(api.Events(*p)) : Result<Body>(p.status()), res);
  });
  server.Post("/api/code", [coder, limit = o.code.max_body_bytes](const httplib::Request& req, httplib::Response& res) {
    if (req.body.size() > limit) return TooLarge(limit, res);
    if (coder == nullptr) return Reply(Result<Body>(ResourceExhausted("text coding is not set up on this server")), res);
    Reply(JsonBody(coder->Code(req.body)), res);
  });
  server.Get(".*", [](const httplib::Request& req, httplib::Response& res) { Reply(ServeAsset(req.path), res); });

  // httplib's own refusals (413 body too large, 414 URI too long, 400 malformed request,
  // 404 for an unrouted method) get a JSON body too.
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = res.status == 413   ? "the request body is too large"
                          : res.status == 414 ? "the request URI is too long"
                          : res.status == 404 ? "no such resource"
                                              : "the request could not be handled";
    res.set_content(ErrorJson(InvalidArgument(message)), kJson);
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    Reply(Result<Body>(Internal("unexpected error while handling the request")), res);
  });
}

Status Serve(const std::string& db_path, const ServerOptions& o, const std::function<void(int)>& on_listening) {
  ApiOptions api_options;
  api_options.connections = o.connections;
  api_options.query_time_limit = o.query_time_limit;
  ASSIGN_OR_RETURN(std::unique_ptr<Api> api, Api::Open(db_path, api_options));
  std::unique_ptr<TextCoder> coder = TextCoder::Load(o.coder, o.code);
  if (!coder->load_status().ok()) {
    std::fprintf(stderr, "dyad serve: POST /api/code will answer 503: the coder did not load: %s\n",
                 coder->load_status().ToString().c_str());
  }
  httplib::Server server;
  Install(server, *api, o, coder.get());
  int port = o.port;
  if (port == 0) {
    port = server.bind_to_any_port(o.host);
  } else if (!server.bind_to_port(o.host, port)) {
    port = -1;
  }
  if (port < 0) return IoError("cannot listen on " + o.host + ":" + std::to_string(o.port));
  if (on_listening) on_listening(port);
  if (!server.listen_after_bind()) return IoError("the server stopped with an error");
  return Status::Ok();
}

}  // namespace dyad::server
