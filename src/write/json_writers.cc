// The JSON formats: dyad's native JSON Lines record (written straight into the output by
// JsonOut) and PLOVER's JSON record (an nlohmann document per event).
#include <nlohmann/json.hpp>

#include "write/actor_code.h"
#include "write/json_out.h"
#include "write/writer.h"

namespace dyad::write {
namespace {

using Json = nlohmann::ordered_json;

// The native record's actor and place, written straight into the output.
void WriteActor(const EventActor& a, JsonOut& j) {
  j.BeginObject();
  j.Key("code").StringOrNull(a.code);
  j.Key("country").StringOrNull(a.country);
  j.Key("text").String(a.text);
  j.Key("start").Uint(a.begin);
  j.Key("end").Uint(a.end);
  j.EndObject();
}

void WritePlace(const Place& p, JsonOut& j) {
  j.BeginObject();
  j.Key("name").String(p.name);
  j.Key("country").String(p.country);
  if (!p.region.empty()) j.Key("region").String(p.region);
  j.Key("lat").Double(p.lat);
  j.Key("lon").Double(p.lon);
  if (p.geonames_id) j.Key("geonames_id").Int(p.geonames_id);
  j.Key("level").String(PlaceLevelName(p.level));
  if (!p.text.empty()) {
    j.Key("text").String(p.text);
    j.Key("start").Uint(p.begin);
    j.Key("end").Uint(p.end);
  }
  j.EndObject();
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
  JsonOut j(out);
  j.BeginObject();
  j.Key("event_id").String(e.event_id);
  j.Key("article_id").String(e.article_id);
  j.Key("sentence_index").Uint(e.sentence_index);
  j.Key("sentence").String(e.sentence);
  j.Key("date").String(e.date.ToString());
  j.Key("date_precision").String(DatePrecisionName(e.date_precision));
  if (!e.date_text.empty()) j.Key("date_text").String(e.date_text);
  j.Key("source");
  WriteActor(e.source, j);
  j.Key("target");
  WriteActor(e.target, j);
  j.Key("cameo").String(e.cameo);
  j.Key("root").String(std::string_view(e.cameo).substr(0, 2));
  j.Key("quad_class").Int(e.quad_class);
  j.Key("goldstein").Double(e.goldstein);
  j.Key("plover").StringOrNull(e.plover);
  j.Key("verb").BeginObject();
  j.Key("text").String(e.verb.text);
  j.Key("lemma").String(e.verb.lemma);
  j.Key("start").Uint(e.verb.begin);
  j.Key("end").Uint(e.verb.end);
  j.EndObject();
  j.Key("negated").Bool(e.negated);
  j.Key("location");
  if (e.location) {
    WritePlace(*e.location, j);
  } else {
    j.Null();
  }
  j.Key("pattern").String(e.pattern);
  j.Key("url").StringOrNull(e.url);
  if (!e.issues.empty()) {
    j.Key("issues").BeginArray();
    for (const std::string& issue : e.issues) j.String(issue);
    j.EndArray();
  }
  if (e.num_mentions != 1 || e.num_sources != 1 || e.num_articles != 1) {
    j.Key("num_mentions").Uint(e.num_mentions);
    j.Key("num_sources").Uint(e.num_sources);
    j.Key("num_articles").Uint(e.num_articles);
  }
  j.EndObject();
  *out += '\n';
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
