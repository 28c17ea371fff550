// The HTTP face of the Api: routes, limits, security headers, and the one place where a
// Status becomes an HTTP response. Built on cpp-httplib; the handlers only translate a
// request into an Api call.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include <httplib.h>

#include "dyad/status.h"
#include "server/api.h"
#include "server/text_coder.h"

namespace dyad::server {

struct ServerOptions {
  std::string host = "127.0.0.1";  // loopback unless asked otherwise
  int port = 8080;
  // httplib gives each open connection a worker for as long as it is kept alive, so there
  // are more workers than store connections; a worker waits for a free connection.
  int threads = 32;                 // HTTP worker threads: the most connections served at once
  int connections = 4;              // store connections: the most queries run at once
  std::chrono::milliseconds query_time_limit{2000};
  std::chrono::seconds read_timeout{5}, write_timeout{5}, keep_alive_timeout{5};
  size_t max_body_bytes = 16 * 1024;  // POST /api/events bodies; larger ones get 413
  // POST /api/code: the coder `dyad serve` loads at startup, and the endpoint's limits.
  pipeline::CoderOptions coder;
  TextCoderOptions code;
};

// The HTTP status for a failed Status: 400 bad input, 404 not found, 503 time limit,
// 500 for the store's own failures.
int HttpStatus(StatusCode code);

// Sets limits, timeouts, the worker pool, default security headers and error pages on
// `server`, and routes every path to `api`, `coder` (POST /api/code; null: it answers
// 503) or the embedded assets. `api` and `coder` must outlive `server`'s use.
void Install(httplib::Server& server, Api& api, const ServerOptions& options, const TextCoder* coder = nullptr);

// Opens the store read-only, loads the coder (options.coder; a failed load leaves only
// POST /api/code answering 503, and is reported on stderr), listens on
// options.host:options.port and serves until the process is stopped. Calls
// `on_listening(port)` once the socket is bound (port 0 asks the system for a free one).
// IoError when the port cannot be bound; Store::Open's errors.
Status Serve(const std::string& db_path, const ServerOptions& options,
             const std::function<void(int)>& on_listening = nullptr);

}  // namespace dyad::server
