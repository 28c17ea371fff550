// A small synchronous Redis client over hiredis: one connection, commands given as
// argument vectors (never formatted into a command string, so any bytes are safe), and
// replies owned by a RAII handle. The stream worker (stream/stream_consumer.h) is its
// only user; it needs nothing asynchronous.
#pragma once

#include <hiredis/hiredis.h>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::stream {

struct HostPort {
  std::string host;
  int port = 6379;
};

// Parses "HOST:PORT", "HOST" (port 6379) or "[V6ADDR]:PORT". InvalidArgument for an
// empty host or a port outside 1..65535.
Result<HostPort> ParseHostPort(std::string_view spec);

struct ReplyDeleter {
  void operator()(redisReply* r) const { freeReplyObject(r); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

class RedisClient {
 public:
  // Connects to `address` ("HOST:PORT"). `timeout` bounds the connect and each command
  // (a blocking read must ask for less). IoError when the server cannot be reached.
  static Result<RedisClient> Connect(std::string_view address, std::chrono::milliseconds timeout);

  RedisClient(RedisClient&&) = default;
  RedisClient& operator=(RedisClient&&) = default;

  // Sends one command and returns its reply. An error reply ("ERR ...", "BUSYGROUP ...")
  // is returned as a Status of code kInternal whose message is the server's text; a lost
  // connection is IoError (the client cannot be used after that).
  Result<Reply> Command(const std::vector<std::string>& argv);

 private:
  struct ContextDeleter {
    void operator()(redisContext* c) const { redisFree(c); }
  };
  explicit RedisClient(redisContext* c) : ctx_(c) {}
  std::unique_ptr<redisContext, ContextDeleter> ctx_;
};

// The text of a string or status reply; "" for others.
std::string_view ReplyText(const redisReply* r);

}  // namespace dyad::stream
