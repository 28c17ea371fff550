// dyad serve --db FILE: the HTTP API and the dashboard (docs/api.md) over a store opened
// read-only, on 127.0.0.1 unless --host says otherwise, and POST /api/code with the coder
// loaded from --dict and --models. Runs until interrupted.
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "server/http_server.h"

namespace dyad::cli {

void AddServeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "Serve the HTTP API and the dashboard over an event store");
  struct Options {
    std::string db;
    server::ServerOptions server;
    int query_ms = 2000;
    int code_ms = 10000;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--db", o->db, "The event store (SQLite), opened read-only")->required();
  cmd->add_option("--host", o->server.host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", o->server.port, "Port to listen on; 0 picks a free one")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", o->server.threads, "HTTP worker threads (the most clients served at once)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--connections", o->server.connections, "Store connections (the most queries run at once)")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->add_option("--query-ms", o->query_ms, "Time limit for one request's queries, in milliseconds")
      ->capture_default_str()
      ->check(CLI::Range(1, 600000));
  cmd->add_option("--dict", o->server.coder.dict,
                  "Dictionaries for POST /api/code (a SPEC as for dyad code); default: the installed ones");
  cmd->add_option("--models", o->server.coder.models, "Model folder for POST /api/code; default: the installed one");
  cmd->add_option("--code-ms", o->code_ms, "Time limit for coding one POST /api/code text, in milliseconds")
      ->capture_default_str()
      ->check(CLI::Range(1, 600000));
  cmd->add_option("--code-jobs", o->server.code.concurrency, "Texts POST /api/code codes at once")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->callback([o] {
    o->server.query_time_limit = std::chrono::milliseconds(o->query_ms);
    o->server.code.time_limit = std::chrono::milliseconds(o->code_ms);
    Status s = server::Serve(o->db, o->server, [&](int port) {
      // The one line a caller (or a test) reads to learn the address.
      std::printf("dyad serve: listening on http://%s:%d/\n", o->server.host.c_str(), port);
      std::fflush(stdout);
    });
    if (!s.ok()) {
      std::fprintf(stderr, "dyad serve: %s\n", s.ToString().c_str());
      throw CLI::RuntimeError(kExitFailure);
    }
  });
}

}  // namespace dyad::cli
