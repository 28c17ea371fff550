// Event <-> row. Compound-actor groups and issue lists are JSON arrays in one column each
// (NULL when empty): they are read back whole and never filtered on.
#include "store/event_rows.h"

#include <nlohmann/json.hpp>

namespace dyad::store {
namespace {

using Json = nlohmann::json;

std::string GroupJson(const std::vector<EventActor>& group) {
  if (group.empty()) return {};
  Json arr = Json::array();
  for (const EventActor& a : group) {
    arr.push_back({{"code", a.code}, {"country", a.country}, {"text", a.text},
                   {"begin", a.begin}, {"end", a.end}});
  }
  return arr.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::vector<EventActor> ParseGroup(std::string_view text) {
  std::vector<EventActor> out;
  if (text.empty()) return out;
  Json arr = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!arr.is_array()) return out;
  for (const Json& j : arr) {
    EventActor a;
    a.code = j.value("code", "");
    a.country = j.value("country", "");
    a.text = j.value("text", "");
    a.begin = j.value("begin", 0u);
    a.end = j.value("end", 0u);
    out.push_back(std::move(a));
  }
  return out;
}

std::string IssuesJson(const std::vector<std::string>& issues) {
  if (issues.empty()) return {};
  return Json(issues).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::vector<std::string> ParseIssues(std::string_view text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  Json arr = Json::parse(text, nullptr, false);
  if (!arr.is_array()) return out;
  for (const Json& j : arr)
    if (j.is_string()) out.push_back(j.get<std::string>());
  return out;
}

DatePrecision ParsePrecision(std::string_view s) {
  if (s == "week") return DatePrecision::kWeek;
  if (s == "month") return DatePrecision::kMonth;
  if (s == "year") return DatePrecision::kYear;
  return DatePrecision::kDay;
}

PlaceLevel ParseLevel(std::string_view s) {
  if (s == "city") return PlaceLevel::kCity;
  if (s == "region") return PlaceLevel::kRegion;
  return PlaceLevel::kCountry;
}

int BindActor(Stmt& st, int i, const EventActor& a) {
  st.BindTextOrNull(i++, a.code);
  st.BindTextOrNull(i++, a.country);
  st.BindTextOrNull(i++, a.text);
  st.BindInt(i++, a.begin);
  st.BindInt(i++, a.end);
  return i;
}

int ReadActor(const Stmt& st, int c, EventActor* a) {
  a->code = st.Text(c++);
  a->country = st.Text(c++);
  a->text = st.Text(c++);
  a->begin = static_cast<uint32_t>(st.Int(c++));
  a->end = static_cast<uint32_t>(st.Int(c++));
  return c;
}

}  // namespace

const char kInsertEventSql[] =
    "INSERT OR FAIL INTO events(event_id, article, sentence_idx, date, day, date_precision, date_text,"
    " src_code, src_country, src_text, src_begin, src_end,"
    " tgt_code, tgt_country, tgt_text, tgt_begin, tgt_end, src_group, tgt_group,"
    " cameo, root, quad_class, goldstein, plover, plover_mode, plover_context,"
    " verb_text, verb_lemma, verb_begin, verb_end, negated, pattern, issues,"
    " loc_name, loc_country, loc_region, loc_lat, loc_lon, loc_geonames_id, loc_level,"
    " loc_text, loc_begin, loc_end, num_mentions, num_sources, num_articles, sentence_text,"
    " article_id, url, news_source)"
    " VALUES (?,?,?,?,?,?,?, ?,?,?,?,?, ?,?,?,?,?,?,?, ?,?,?,?,?,?,?, ?,?,?,?,?,?,?,"
    " ?,?,?,?,?,?,?, ?,?,?,?,?,?,?, ?,?,?)";

const char kSelectEventSql[] =
    "SELECT e.event_id, e.article_id, e.sentence_idx, e.sentence_text, e.url, e.news_source,"
    " e.date, e.date_precision, e.date_text,"
    " e.src_code, e.src_country, e.src_text, e.src_begin, e.src_end,"
    " e.tgt_code, e.tgt_country, e.tgt_text, e.tgt_begin, e.tgt_end, e.src_group, e.tgt_group,"
    " e.cameo, e.quad_class, e.goldstein, e.plover, e.plover_mode, e.plover_context,"
    " e.verb_text, e.verb_lemma, e.verb_begin, e.verb_end, e.negated, e.pattern, e.issues,"
    " e.loc_name, e.loc_country, e.loc_region, e.loc_lat, e.loc_lon, e.loc_geonames_id,"
    " e.loc_level, e.loc_text, e.loc_begin, e.loc_end,"
    " e.num_mentions, e.num_sources, e.num_articles, e.eid, e.day"
    " FROM events e";
const int kEventEidColumn = 47;
const int kEventDayColumn = 48;

Status BindEvent(Stmt& st, const Event& e, const Article& article, int64_t aid, std::string_view sentence_text) {
  if (!e.date.valid()) {
    return InvalidArgument("event " + e.event_id + " has no valid date ('" + e.date.ToString() + "')");
  }
  int i = 1;
  st.BindText(i++, e.event_id);
  st.BindInt(i++, aid);
  st.BindInt(i++, e.sentence_index);
  st.BindText(i++, e.date.ToString());
  st.BindInt(i++, e.date.ToDays());
  st.BindText(i++, DatePrecisionName(e.date_precision));
  st.BindTextOrNull(i++, e.date_text);
  i = BindActor(st, i, e.source);
  i = BindActor(st, i, e.target);
  st.BindTextOrNull(i++, GroupJson(e.source_group));
  st.BindTextOrNull(i++, GroupJson(e.target_group));
  st.BindText(i++, e.cameo);
  st.BindText(i++, e.root());
  st.BindInt(i++, e.quad_class);
  st.BindDouble(i++, e.goldstein);
  st.BindTextOrNull(i++, e.plover);
  st.BindTextOrNull(i++, e.plover_mode);
  st.BindTextOrNull(i++, e.plover_context);
  st.BindTextOrNull(i++, e.verb.text);
  st.BindTextOrNull(i++, e.verb.lemma);
  st.BindInt(i++, e.verb.begin);
  st.BindInt(i++, e.verb.end);
  st.BindInt(i++, e.negated ? 1 : 0);
  st.BindTextOrNull(i++, e.pattern);
  st.BindTextOrNull(i++, IssuesJson(e.issues));
  if (e.location) {
    const Place& p = *e.location;
    st.BindText(i++, p.name);
    st.BindTextOrNull(i++, p.country);
    st.BindTextOrNull(i++, p.region);
    st.BindDouble(i++, p.lat);
    st.BindDouble(i++, p.lon);
    st.BindInt(i++, p.geonames_id);
    st.BindText(i++, PlaceLevelName(p.level));
    st.BindTextOrNull(i++, p.text);
    st.BindInt(i++, p.begin);
    st.BindInt(i++, p.end);
  } else {
    for (int k = 0; k < 10; ++k) st.BindNull(i++);
  }
  st.BindInt(i++, e.num_mentions);
  st.BindInt(i++, e.num_sources);
  st.BindInt(i++, e.num_articles);
  st.BindText(i++, sentence_text);
  st.BindText(i++, article.id);
  st.BindTextOrNull(i++, article.url);
  st.BindTextOrNull(i++, article.source);
  return Status::Ok();
}

Event ReadEvent(const Stmt& st) {
  Event e;
  int c = 0;
  e.event_id = st.Text(c++);
  e.article_id = st.Text(c++);
  e.sentence_index = static_cast<uint32_t>(st.Int(c++));
  e.sentence = st.Text(c++);
  e.url = st.Text(c++);
  e.news_source = st.Text(c++);
  e.date = Date::Parse(st.Text(c++)).value_or(Date{});
  e.date_precision = ParsePrecision(st.Text(c++));
  e.date_text = st.Text(c++);
  c = ReadActor(st, c, &e.source);
  c = ReadActor(st, c, &e.target);
  e.source_group = ParseGroup(st.Text(c++));
  e.target_group = ParseGroup(st.Text(c++));
  e.cameo = st.Text(c++);
  e.quad_class = static_cast<int>(st.Int(c++));
  e.goldstein = st.Double(c++);
  e.plover = st.Text(c++);
  e.plover_mode = st.Text(c++);
  e.plover_context = st.Text(c++);
  e.verb.text = st.Text(c++);
  e.verb.lemma = st.Text(c++);
  e.verb.begin = static_cast<uint32_t>(st.Int(c++));
  e.verb.end = static_cast<uint32_t>(st.Int(c++));
  e.negated = st.Int(c++) != 0;
  e.pattern = st.Text(c++);
  e.issues = ParseIssues(st.Text(c++));
  if (!st.IsNull(c)) {
    Place p;
    p.name = st.Text(c);
    p.country = st.Text(c + 1);
    p.region = st.Text(c + 2);
    p.lat = st.Double(c + 3);
    p.lon = st.Double(c + 4);
    p.geonames_id = st.Int(c + 5);
    p.level = ParseLevel(st.Text(c + 6));
    p.text = st.Text(c + 7);
    p.begin = static_cast<uint32_t>(st.Int(c + 8));
    p.end = static_cast<uint32_t>(st.Int(c + 9));
    e.location = std::move(p);
  }
  c += 10;
  e.num_mentions = static_cast<uint32_t>(st.Int(c++));
  e.num_sources = static_cast<uint32_t>(st.Int(c++));
  e.num_articles = static_cast<uint32_t>(st.Int(c++));
  return e;
}

}  // namespace dyad::store
