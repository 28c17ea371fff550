// Commands go through redisCommandArgv with explicit lengths, so article text with any
// bytes (including NUL and newlines) is sent as is.
#include "stream/redis_client.h"

#include <charconv>
#include <sys/time.h>

namespace dyad::stream {

Result<HostPort> ParseHostPort(std::string_view spec) {
  const std::string whole(spec);
  std::string_view host = spec, port;
  bool has_port = false;
  if (!spec.empty() && spec.front() == '[') {  // [IPv6]:PORT
    const size_t close = spec.find(']');
    if (close == std::string_view::npos) return InvalidArgument("unclosed '[' in '" + whole + "'");
    host = spec.substr(1, close - 1);
    const std::string_view rest = spec.substr(close + 1);
    if (!rest.empty() && rest.front() != ':') return InvalidArgument("expected ':' after ']' in '" + whole + "'");
    has_port = !rest.empty();
    if (has_port) port = rest.substr(1);
  } else if (const size_t colon = spec.rfind(':'); colon != std::string_view::npos) {
    host = spec.substr(0, colon);
    port = spec.substr(colon + 1);
    has_port = true;
  }
  if (host.empty()) return InvalidArgument("no host in '" + whole + "'");
  HostPort hp{std::string(host), 6379};
  if (has_port) {
    int p = 0;
    auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), p);
    if (ec != std::errc() || end != port.data() + port.size() || p < 1 || p > 65535) {
      return InvalidArgument("bad port '" + std::string(port) + "' in '" + whole + "'");
    }
    hp.port = p;
  }
  return hp;
}

Result<RedisClient> RedisClient::Connect(std::string_view address, std::chrono::milliseconds timeout) {
  ASSIGN_OR_RETURN(HostPort hp, ParseHostPort(address));
  timeval tv{static_cast<time_t>(timeout.count() / 1000), static_cast<suseconds_t>((timeout.count() % 1000) * 1000)};
  redisContext* c = redisConnectWithTimeout(hp.host.c_str(), hp.port, tv);
  if (c == nullptr) return IoError("cannot allocate a Redis connection");
  RedisClient client(c);
  if (c->err) return IoError("cannot connect to Redis at " + std::string(address) + ": " + c->errstr);
  if (redisSetTimeout(c, tv) != REDIS_OK) return IoError("cannot set the Redis timeout: " + std::string(c->errstr));
  return client;
}

Result<Reply> RedisClient::Command(const std::vector<std::string>& argv) {
  std::vector<const char*> args;
  std::vector<size_t> lens;
  for (const std::string& a : argv) {
    args.push_back(a.data());
    lens.push_back(a.size());
  }
  Reply r(static_cast<redisReply*>(
      redisCommandArgv(ctx_.get(), static_cast<int>(args.size()), args.data(), lens.data())));
  if (!r) return IoError("Redis " + (argv.empty() ? std::string() : argv[0]) + ": " + ctx_->errstr);
  if (r->type == REDIS_REPLY_ERROR) return Status(StatusCode::kInternal, std::string(r->str, r->len));
  return r;
}

std::string_view ReplyText(const redisReply* r) {
  if (r == nullptr) return {};
  switch (r->type) {
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
      return {r->str, r->len};
    default:
      return {};
  }
}

}  // namespace dyad::stream
