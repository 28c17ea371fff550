// The JSON formats: dyad's native JSON Lines record and PLOVER's JSON record.
#include <nlohmann/json.hpp>

#include "write/actor_code.h"
#include "write/writer.h"

namespace dyad::write {
namespace {

using Json = nlohmann::ordered_json;

Json ActorJson(const EventActor& a) {
  Json j;
  j["code"] = a.code.empty() ? Json(nullptr) : Json(a.code);
  j["country"] = a.country.empty() ? Json(nullptr) : Json(a.country);
  j["text"] = a.text;
  j["start"] = a.begin;
  j["end"] = a.end;
  return j;
}

Json PlaceJson(const Place& p) {
  Json j;
  j["name"] = p.name;
  j["country"] = p.country;
  if (!p.region.empty()) j["region"] = p.region;
  j["lat"] = p.lat;
  j["lon"] = p.lon;
  if (p.geonames_id) j["geonames_id"] = p.geonames_id;
  j["level"] = PlaceLevelName(p.level);
  if (!p.text.empty()) {
    j["text"] = p.text;
    j["start"] = p.begin;
    j["end"] = p.end;
  }
  return j;
}

void Append(const Json& j, std::string* out) {
  // Invalid UTF-8 cannot reach here (readers validate), but never throw on output.
  *out += j.dump(-1, ' ', false, Json::error_handler_t::replace);
  *out += '\n';
}

// PLOVER entity: country code, sector, the text. PLOVER puts IGOs etc. in `code`.
Json PloverEntity(const EventActor& a) {
  ActorCodeParts parts = SplitActorCode(a.code);
  Json j;
  j["code"] = parts.root;
  j["sector"] = parts.agent;
  j["entity_text"] = a.text;
  return j;
}

}  // namespace

void AppendJsonl(const Event& e, std::string* out) {
  Json j;
  j["event_id"] = e.event_id;
  j["article_id"] = e.article_id;
  j["sentence_index"] = e.sentence_index;
  j["sentence"] = e.sentence;
  j["date"] = e.date.ToString();
  j["date_precision"] = DatePrecisionName(e.date_precision);
  if (!e.date_text.empty()) j["date_text"] = e.date_text;
  j["source"] = ActorJson(e.source);
  j["target"] = ActorJson(e.target);
  j["cameo"] = e.cameo;
  j["root"] = e.root();
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = e.plover.empty() ? Json(nullptr) : Json(e.plover);
  Json verb;
  verb["text"] = e.verb.text;
  verb["lemma"] = e.verb.lemma;
  verb["start"] = e.verb.begin;
  verb["end"] = e.verb.end;
  j["verb"] = verb;
  j["negated"] = e.negated;
  j["location"] = e.location ? PlaceJson(*e.location) : Json(nullptr);
  j["pattern"] = e.pattern;
  j["url"] = e.url.empty() ? Json(nullptr) : Json(e.url);
  if (!e.issues.empty()) j["issues"] = e.issues;
  if (e.num_mentions != 1 || e.num_sources != 1 || e.num_articles != 1) {
    j["num_mentions"] = e.num_mentions;
    j["num_sources"] = e.num_sources;
    j["num_articles"] = e.num_articles;
  }
  Append(j, out);
}

void AppendPlover(const Event& e, std::string* out) {
  Json j;
  j["id"] = e.event_id;
  j["date"] = e.date.ToString();
  auto group = [](const std::vector<EventActor>& g, const EventActor& one) {
    Json list = Json::array();
    if (g.empty()) {
      if (!one.code.empty()) list.push_back(PloverEntity(one));
    } else {
      for (const auto& a : g) list.push_back(PloverEntity(a));
    }
    return list;
  };
  j["actor"] = group(e.source_group, e.source);
  j["event"] = e.plover;
  j["recipient"] = group(e.target_group, e.target);
  if (!e.plover_mode.empty()) j["mode"] = e.plover_mode;
  if (!e.plover_context.empty()) j["context"] = e.plover_context;
  j["quad_code"] = e.quad_class;
  j["event_scale"] = e.goldstein;
  if (e.location) {
    Json loc;
    loc["extracted_place"] = e.location->text.empty() ? e.location->name : e.location->text;
    loc["resolved_place"] = e.location->name;
    if (e.location->geonames_id) loc["geonameid"] = e.location->geonames_id;
    loc["lat"] = e.location->lat;
    loc["lon"] = e.location->lon;
    loc["country_code"] = e.location->country;
    loc["resolution"] = e.location->level == PlaceLevel::kCity     ? 4
                        : e.location->level == PlaceLevel::kRegion ? 2
                                                                   : 1;
    j["event_loc"] = loc;
  }
  j["event_text"] = e.verb.text;
  j["text"] = e.sentence;
  Json info;
  info["sequence"] = e.sentence_index;
  info["start"] = e.verb.begin;
  info["end"] = e.verb.end;
  j["text_info"] = info;
  if (!e.url.empty()) j["link"] = e.url;
  j["cameo"] = e.cameo;
  if (e.negated) j["comment"] = "negated";
  j["coder"] = "dyad";
  Append(j, out);
}

}  // namespace dyad::write
