// The endpoints share one shape: check parameters, lease, query, check the deadline,
// render. An empty answer for a filter naming an actor is checked once more against the
// whole store, so a misspelt actor gets a 404 that says so instead of an empty chart.
#include "server/api.h"

#include "server/extra_queries.h"
#include "server/json_views.h"

namespace dyad::server {
namespace {

const std::initializer_list<std::string_view> kPageParams = {"limit", "offset", "cursor"};
const std::initializer_list<std::string_view> kLimitParam = {"limit"};
const std::initializer_list<std::string_view> kTimelineParams = {"bucket", "split"};
const std::initializer_list<std::string_view> kArticleParams = {"id"};

bool NamesActor(const store::EventFilter& f) { return !f.actor.empty() || !f.dyad_a.empty(); }

}  // namespace

Result<std::unique_ptr<Api>> Api::Open(const std::string& db_path, const ApiOptions& options) {
  ASSIGN_OR_RETURN(std::unique_ptr<StorePool> pool,
                   StorePool::Open(db_path, options.connections, options.query_time_limit));
  return std::unique_ptr<Api>(new Api(std::move(pool)));
}

Status Api::CheckActorsKnown(StorePool::Lease& lease, const store::EventFilter& f) {
  for (const std::string* code : {&f.actor, &f.dyad_a, &f.dyad_b}) {
    if (code->empty()) continue;
    Result<bool> known = ActorExists(lease.store(), *code);
    if (!known.ok()) return lease.Check(known.status());
    if (!*known) return NotFound("unknown actor '" + *code + "': no event has it as source or target");
  }
  return Status::Ok();
}

Result<std::string> Api::Summary(const Params& p) {
  RETURN_IF_ERROR(CheckParams(p, {}));
  StorePool::Lease lease = pool_->Acquire();
  Result<StoreSummary> s = Summarize(lease.store());
  if (!s.ok()) return lease.Check(s.status());
  return SummaryJson(*s);
}

Result<std::string> Api::Events(const Params& p) {
  RETURN_IF_ERROR(CheckParams(p, {kFilterParams, kPageParams}));
  ASSIGN_OR_RETURN(store::EventFilter f, ParseFilter(p));
  store::Page page;
  ASSIGN_OR_RETURN(int64_t limit, GetInt(p, "limit", 1, kMaxEventsLimit, 50));
  page.limit = static_cast<int>(limit);
  ASSIGN_OR_RETURN(page.offset, GetInt(p, "offset", 0, kMaxOffset, 0));
  if (auto c = Get(p, "cursor")) page.cursor = *c;
  if (!page.cursor.empty() && page.offset != 0) return InvalidArgument("give either offset or cursor, not both");
  StorePool::Lease lease = pool_->Acquire();
  Result<store::EventPage> r = store::QueryEvents(lease.store(), f, page);
  if (!r.ok()) return lease.Check(r.status());
  if (r->events.empty() && NamesActor(f)) RETURN_IF_ERROR(CheckActorsKnown(lease, f));
  return EventsJson(*r);
}

Result<std::string> Api::Timeline(const Params& p) {
  RETURN_IF_ERROR(CheckParams(p, {kFilterParams, kTimelineParams}));
  ASSIGN_OR_RETURN(store::EventFilter f, ParseFilter(p));
  std::string bucket_name = Get(p, "bucket").value_or("month");
  ASSIGN_OR_RETURN(store::Bucket bucket, store::ParseBucket(bucket_name));
  std::string split = Get(p, "split").value_or("quad_class");
  if (split != "quad_class" && split != "none") {
    return InvalidArgument("split: '" + split + "' is not quad_class or none");
  }
  StorePool::Lease lease = pool_->Acquire();
  auto r = store::Timeline(lease.store(), f, bucket, split == "quad_class");
  if (!r.ok()) return lease.Check(r.status());
  if (r->empty() && NamesActor(f)) RETURN_IF_ERROR(CheckActorsKnown(lease, f));
  return TimelineJson(bucket_name, split == "quad_class", *r);
}

Result<std::string> Api::Network(const Params& p) {
  RETURN_IF_ERROR(CheckParams(p, {kFilterParams, kLimitParam}));
  ASSIGN_OR_RETURN(store::EventFilter f, ParseFilter(p));
  ASSIGN_OR_RETURN(int64_t limit, GetInt(p, "limit", 1, kMaxNetworkEdges, 40));
  StorePool::Lease lease = pool_->Acquire();
  auto r = store::TopDyads(lease.store(), f, static_cast<int>(limit));
  if (!r.ok()) return lease.Check(r.status());
  if (r->empty() && NamesActor(f)) RETURN_IF_ERROR(CheckActorsKnown(lease, f));
  return NetworkJson(*r);
}

Result<std::string> Api::Places(const Params& p) {
  RETURN_IF_ERROR(CheckParams(p, {kFilterParams, kLimitParam}));
  ASSIGN_OR_RETURN(store::EventFilter f, ParseFilter(p));
  ASSIGN_OR_RETURN(int64_t limit, GetInt(p, "limit", 1, kMaxPlaces, 500));
  StorePool::Lease lease = pool_->Acquire();
  auto r = MapPoints(lease.store(), f, static_cast<int>(limit));
  if (!r.ok()) return lease.Check(r.status());
  if (r->empty() && NamesActor(f)) RETURN_IF_ERROR(CheckActorsKnown(lease, f));
  return PlacesJson(*r);
}

Result<std::string> Api::Actors(const Params& p) {
  RETURN_IF_ERROR(CheckParams(p, {kFilterParams, kLimitParam}));
  ASSIGN_OR_RETURN(store::EventFilter f, ParseFilter(p));
  ASSIGN_OR_RETURN(int64_t limit, GetInt(p, "limit", 1, kMaxTopList, 20));
  StorePool::Lease lease = pool_->Acquire();
  auto r = store::TopActors(lease.store(), f, static_cast<int>(limit));
  if (!r.ok()) return lease.Check(r.status());
  if (r->empty() && NamesActor(f)) RETURN_IF_ERROR(CheckActorsKnown(lease, f));
  return ActorsJson(*r);
}

Result<std::string> Api::Dyads(const Params& p) {
  RETURN_IF_ERROR(CheckParams(p, {kFilterParams, kLimitParam}));
  ASSIGN_OR_RETURN(store::EventFilter f, ParseFilter(p));
  ASSIGN_OR_RETURN(int64_t limit, GetInt(p, "limit", 1, kMaxTopList, 20));
  StorePool::Lease lease = pool_->Acquire();
  auto r = store::TopDyads(lease.store(), f, static_cast<int>(limit));
  if (!r.ok()) return lease.Check(r.status());
  if (r->empty() && NamesActor(f)) RETURN_IF_ERROR(CheckActorsKnown(lease, f));
  return DyadsJson(*r);
}

Result<std::string> Api::Article(const Params& p) {
  RETURN_IF_ERROR(CheckParams(p, {kArticleParams}));
  std::optional<std::string> id = Get(p, "id");
  if (!id || id->empty()) return InvalidArgument("id: the article id is required");
  StorePool::Lease lease = pool_->Acquire();
  Result<ArticleView> a = FindArticle(lease.store(), *id);
  if (!a.ok()) return lease.Check(a.status());
  return ArticleJson(*a);
}

}  // namespace dyad::server
