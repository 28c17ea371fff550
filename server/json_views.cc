// nlohmann's ordered_json keeps keys in the order written, so responses read in the order
// docs/api.md lists them. Invalid UTF-8 from a store is replaced, never thrown on. The
// busiest bodies (events, timelines) are written by write::JsonOut straight into the
// response text instead; it gives the same bytes as ordered_json would.
#include "server/json_views.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "write/json_out.h"
#include "write/writer.h"

namespace dyad::server {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

double Mean(double sum, int64_t n) { return n == 0 ? 0.0 : sum / static_cast<double>(n); }

// Appends events as a JSON array, each written by the native writer without its newline.
void AppendEventArray(std::span<const Event> events, std::string* out) {
  *out += '[';
  for (size_t i = 0; i < events.size(); ++i) {
    if (i) *out += ',';
    write::AppendJsonl(events[i], out);
    out->pop_back();
  }
  *out += ']';
}

Json DateOrNull(const std::optional<Date>& d) { return d ? Json(d->ToString()) : Json(nullptr); }

}  // namespace

std::string EventsJson(const store::EventPage& page) {
  // About 700 bytes of fields an event besides its sentence: one allocation, not a dozen.
  size_t size = 64;
  for (const Event& e : page.events) size += 768 + e.sentence.size();
  std::string out;
  out.reserve(size);
  out = "{\"events\":";
  AppendEventArray(page.events, &out);
  out += ",\"next_cursor\":";
  write::JsonOut(&out).StringOrNull(page.next_cursor);
  out += '}';
  return out;
}

std::string TimelineJson(std::string_view bucket, bool by_quad_class, std::span<const store::TimelinePoint> points) {
  std::string out;
  out.reserve(64 + 100 * points.size());
  write::JsonOut j(&out);
  j.BeginObject();
  j.Key("bucket").String(bucket);
  j.Key("split").String(by_quad_class ? "quad_class" : "none");
  j.Key("points").BeginArray();
  for (const auto& p : points) {
    j.BeginObject();
    j.Key("period").String(p.period);
    j.Key("quad_class").Int(p.quad_class);
    j.Key("events").Int(p.events);
    j.Key("goldstein_sum").Double(p.goldstein_sum);
    j.Key("goldstein_mean").Double(Mean(p.goldstein_sum, p.events));
    j.EndObject();
  }
  j.EndArray();
  j.EndObject();
  return out;
}

std::string NetworkJson(std::span<const store::DyadCount> edges) {
  struct Node {
    int64_t as_source = 0, as_target = 0;
  };
  std::map<std::string, Node> nodes;
  Json j;
  Json& e = j["edges"] = Json::array();
  for (const auto& d : edges) {
    if (d.source.empty() || d.target.empty()) continue;  // an unknown actor is no node
    nodes[d.source].as_source += d.events;
    nodes[d.target].as_target += d.events;
    e.push_back({{"source", d.source},
                 {"target", d.target},
                 {"events", d.events},
                 {"goldstein_sum", d.goldstein_sum},
                 {"goldstein_mean", Mean(d.goldstein_sum, d.events)}});
  }
  std::vector<std::pair<std::string, Node>> sorted(nodes.begin(), nodes.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.second.as_source + a.second.as_target > b.second.as_source + b.second.as_target;
  });
  Json n = Json::array();
  for (const auto& [id, node] : sorted) {
    n.push_back({{"id", id},
                 {"events", node.as_source + node.as_target},
                 {"as_source", node.as_source},
                 {"as_target", node.as_target}});
  }
  Json out;
  out["nodes"] = std::move(n);
  out["edges"] = std::move(e);
  return Dump(out);
}

std::string PlacesJson(std::span<const PlacePoint> places) {
  Json j;
  Json& arr = j["places"] = Json::array();
  for (const auto& p : places) {
    arr.push_back({{"name", p.name},
                   {"country", p.country},
                   {"lat", p.lat},
                   {"lon", p.lon},
                   {"events", p.events},
                   {"goldstein_sum", p.goldstein_sum}});
  }
  return Dump(j);
}

std::string ActorsJson(std::span<const store::ActorCount> actors) {
  Json j;
  Json& arr = j["actors"] = Json::array();
  for (const auto& a : actors) {
    arr.push_back({{"code", a.code}, {"as_source", a.as_source}, {"as_target", a.as_target}, {"events", a.total()}});
  }
  return Dump(j);
}

std::string DyadsJson(std::span<const store::DyadCount> dyads) {
  Json j;
  Json& arr = j["dyads"] = Json::array();
  for (const auto& d : dyads) {
    arr.push_back({{"source", d.source}, {"target", d.target}, {"events", d.events}, {"goldstein_sum", d.goldstein_sum}});
  }
  return Dump(j);
}

std::string ArticleJson(const ArticleView& a) {
  Json art = {{"id", a.id},
              {"url", a.url},
              {"title", a.title},
              {"source", a.source},
              {"published", DateOrNull(a.published)}};
  Json sentences = Json::array();
  for (const auto& s : a.sentences) {
    sentences.push_back({{"index", s.index}, {"start", s.begin}, {"end", s.end}, {"text", s.text}});
  }
  std::string out = "{\"article\":" + Dump(art) + ",\"sentences\":" + Dump(sentences) + ",\"events\":";
  AppendEventArray(a.events, &out);
  out += '}';
  return out;
}

std::string SummaryJson(const StoreSummary& s) {
  Json j = {{"events", s.events}, {"articles", s.articles}, {"first", DateOrNull(s.first)}, {"last", DateOrNull(s.last)}};
  return Dump(j);
}

std::string ErrorJson(const Status& s) {
  std::string code(StatusCodeName(s.code()));
  std::replace(code.begin(), code.end(), ' ', '_');
  Json j = {{"error", {{"code", code}, {"message", s.message()}}}};
  return Dump(j);
}

}  // namespace dyad::server
