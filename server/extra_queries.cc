// Map points are aggregated from the store's own filtered scan, so a map always agrees
// with the event list and timeline for the same filter; a dashboard asks for them with an
// actor or dyad and a period, which keeps the scan small, and the pool's time limit ends
// the rare scan that is not.
#include "server/extra_queries.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "store/event_rows.h"

namespace dyad::server {

Result<ArticleView> FindArticle(store::Store& store, const std::string& id) {
  ASSIGN_OR_RETURN(store::Stmt art, store.db().Prepare(
      "SELECT aid, id, coalesce(url, ''), coalesce(title, ''), coalesce(source, ''), "
      "coalesce(published, '') FROM articles WHERE id = ?"));
  art.BindText(1, id);
  ASSIGN_OR_RETURN(bool found, art.Step());
  if (!found) return NotFound("no article with id '" + id + "'");
  ArticleView v;
  int64_t aid = art.Int(0);
  v.id = art.Text(1);
  v.url = art.Text(2);
  v.title = art.Text(3);
  v.source = art.Text(4);
  v.published = Date::Parse(art.Text(5));

  ASSIGN_OR_RETURN(store::Stmt sen, store.db().Prepare(
      "SELECT idx, coalesce(begin_byte, 0), coalesce(end_byte, 0), text FROM sentences "
      "WHERE article = ? ORDER BY idx"));
  sen.BindInt(1, aid);
  while (true) {
    ASSIGN_OR_RETURN(bool row, sen.Step());
    if (!row) break;
    v.sentences.push_back({static_cast<uint32_t>(sen.Int(0)), static_cast<uint32_t>(sen.Int(1)),
                           static_cast<uint32_t>(sen.Int(2)), std::string(sen.Text(3))});
  }

  ASSIGN_OR_RETURN(store::Stmt ev, store.db().Prepare(std::string(store::kSelectEventSql) +
                                                      " WHERE e.article = ? ORDER BY e.sentence_idx, e.eid"));
  ev.BindInt(1, aid);
  while (true) {
    ASSIGN_OR_RETURN(bool row, ev.Step());
    if (!row) break;
    v.events.push_back(store::ReadEvent(ev));
  }
  return v;
}

Result<std::vector<PlacePoint>> MapPoints(store::Store& store, const store::EventFilter& f, int limit) {
  if (limit < 1) return InvalidArgument("limit must be positive");
  // Keyed by (name, country, lat, lon) so two places that share a name stay apart.
  std::map<std::tuple<std::string, std::string, double, double>, PlacePoint> by_place;
  RETURN_IF_ERROR(store::ScanEvents(store, f, [&](const Event& e) {
    if (!e.location) return Status::Ok();
    const Place& p = *e.location;
    PlacePoint& pt = by_place[{p.name, p.country, p.lat, p.lon}];
    if (pt.events == 0) pt = {p.name, p.country, p.lat, p.lon, 0, 0};
    pt.events++;
    pt.goldstein_sum += e.goldstein;
    return Status::Ok();
  }));
  std::vector<PlacePoint> out;
  out.reserve(by_place.size());
  for (auto& [key, pt] : by_place) out.push_back(std::move(pt));
  std::stable_sort(out.begin(), out.end(), [](const PlacePoint& a, const PlacePoint& b) {
    return a.events != b.events ? a.events > b.events : a.name < b.name;
  });
  if (out.size() > static_cast<size_t>(limit)) out.resize(limit);
  return out;
}

Result<StoreSummary> Summarize(store::Store& store) {
  StoreSummary s;
  ASSIGN_OR_RETURN(s.events, store.db().QueryInt("SELECT count(*) FROM events"));
  ASSIGN_OR_RETURN(s.articles, store.db().QueryInt("SELECT count(*) FROM articles"));
  if (s.events > 0) {
    ASSIGN_OR_RETURN(int64_t first, store.db().QueryInt("SELECT min(day) FROM events"));
    ASSIGN_OR_RETURN(int64_t last, store.db().QueryInt("SELECT max(day) FROM events"));
    s.first = Date::FromDays(first);
    s.last = Date::FromDays(last);
  }
  return s;
}

Result<bool> ActorExists(store::Store& store, const std::string& code) {
  if (code.empty()) return InvalidArgument("empty actor code");
  // Codes are [A-Z0-9] (store::Validate), so bumping the last byte bounds the prefix range
  // and both lookups are index range probes.
  std::string end = code;
  end.back() = static_cast<char>(end.back() + 1);
  ASSIGN_OR_RETURN(store::Stmt st, store.db().Prepare(
      "SELECT EXISTS(SELECT 1 FROM events WHERE src_code >= ?1 AND src_code < ?2) "
      "OR EXISTS(SELECT 1 FROM events WHERE tgt_code >= ?1 AND tgt_code < ?2)"));
  st.BindText(1, code);
  st.BindText(2, end);
  ASSIGN_OR_RETURN(bool row, st.Step());
  return row && st.Int(0) != 0;
}

}  // namespace dyad::server
