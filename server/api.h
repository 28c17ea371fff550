// Api: the HTTP API's endpoints as plain functions from query parameters to a JSON body.
// Each endpoint checks its parameters (server/params.h), takes a store connection with a
// time limit, calls the store's query functions and renders the result
// (server/json_views.h). No endpoint knows about HTTP; server/http_server.cc maps paths
// to these functions and a Status to a response, in one place.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "dyad/status.h"
#include "server/params.h"
#include "server/store_pool.h"

namespace dyad::server {

struct ApiOptions {
  int connections = 4;                                // concurrent queries
  std::chrono::milliseconds query_time_limit{2000};   // per request
};

// Maximum page and list sizes; larger requests are InvalidArgument.
inline constexpr int kMaxEventsLimit = 1000;
inline constexpr int64_t kMaxOffset = 100000;  // deeper pages use the cursor
inline constexpr int kMaxNetworkEdges = 500;
inline constexpr int kMaxPlaces = 5000;
inline constexpr int kMaxTopList = 500;

class Api {
 public:
  // Opens the store at `db_path` read-only. Errors are StorePool::Open's.
  static Result<std::unique_ptr<Api>> Open(const std::string& db_path, const ApiOptions& options);

  // Every endpoint returns InvalidArgument for bad parameters, NotFound for an actor or
  // dyad member that no event has (when the answer is empty) or a missing article, and
  // ResourceExhausted when the query ran past the time limit.

  // GET /api/summary: event and article counts and the date range.
  Result<std::string> Summary(const Params& p);
  // GET /api/events: filters, limit (1-1000, default 50), offset or cursor.
  Result<std::string> Events(const Params& p);
  // GET /api/timeline: filters, bucket (day|week|month), split (quad_class|none).
  Result<std::string> Timeline(const Params& p);
  // GET /api/network: filters, limit (edges, 1-500, default 40).
  Result<std::string> Network(const Params& p);
  // GET /api/places: filters, limit (1-5000, default 500).
  Result<std::string> Places(const Params& p);
  // GET /api/actors: filters, limit (1-500, default 20): top actors.
  Result<std::string> Actors(const Params& p);
  // GET /api/dyads: filters, limit (1-500, default 20): top directed dyads.
  Result<std::string> Dyads(const Params& p);
  // GET /api/article: id; the article, its sentences and its events.
  Result<std::string> Article(const Params& p);
  // GET /api/quotes: actor (code prefix), name (speaker), from, to, limit (1-500, 50):
  // quotations of stored articles, newest first (server/knowledge_api.cc).
  Result<std::string> Quotes(const Params& p);
  // GET /api/people: the same parameters: persons and organisations, most articles first.
  Result<std::string> People(const Params& p);
  // GET /api/themes: theme (code), country (ISO alpha-3), from, to, limit: the articles on
  // a theme, optionally naming a country, newest first.
  Result<std::string> Themes(const Params& p);

 private:
  explicit Api(std::unique_ptr<StorePool> pool) : pool_(std::move(pool)) {}
  // NotFound naming the first actor of `f` (actor, dyad members) that no event has.
  Status CheckActorsKnown(StorePool::Lease& lease, const store::EventFilter& f);

  std::unique_ptr<StorePool> pool_;
};

}  // namespace dyad::server
