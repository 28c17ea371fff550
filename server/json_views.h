// JSON bodies of the API's responses (docs/api.md shows each). Events are written by the
// native JSON Lines writer (write/writer.h), so an event looks the same in the API as in
// `dyad query` output.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "server/extra_queries.h"
#include "store/query.h"

namespace dyad::server {

// {"events":[...],"next_cursor":"..."|null}
std::string EventsJson(const store::EventPage& page);

// {"bucket":"month","split":"quad_class"|"none","points":[{"period","quad_class","events",
// "goldstein_sum","goldstein_mean"}]}
std::string TimelineJson(std::string_view bucket, bool by_quad_class, std::span<const store::TimelinePoint> points);

// {"nodes":[{"id","events","as_source","as_target"}],"edges":[{"source","target","events",
// "goldstein_sum","goldstein_mean"}]}: the nodes are the edges' ends, most events first.
std::string NetworkJson(std::span<const store::DyadCount> edges);

// {"places":[{"name","country","lat","lon","events","goldstein_sum"}]}
std::string PlacesJson(std::span<const PlacePoint> places);

// {"actors":[{"code","as_source","as_target","events"}]}
std::string ActorsJson(std::span<const store::ActorCount> actors);

// {"dyads":[{"source","target","events","goldstein_sum"}]}
std::string DyadsJson(std::span<const store::DyadCount> dyads);

// {"article":{...},"sentences":[{"index","start","end","text"}],"events":[...]}
std::string ArticleJson(const ArticleView& a);

// {"events","articles","first","last"}
std::string SummaryJson(const StoreSummary& s);

// {"error":{"code":"invalid_argument","message":"..."}}
std::string ErrorJson(const Status& s);

}  // namespace dyad::server
