// The knowledge endpoints: quotations by speaker and the people and organisations of the
// stored articles (tables written by `dyad code --knowledge --db`, store/knowledge_rows.h),
// with the same parameter checks, connection leases and time limit as the event endpoints.
#include <nlohmann/json.hpp>

#include "server/api.h"
#include "store/knowledge_rows.h"

namespace dyad::server {
namespace {

using Json = nlohmann::ordered_json;

const std::initializer_list<std::string_view> kKnowledgeParams = {"actor", "name", "from", "to", "limit"};
const std::initializer_list<std::string_view> kThemeParams = {"theme", "country", "from", "to", "limit"};

// Upper-cased letters, digits and '_' only (codes such as SANCTIONS, PRK); "" stays "".
Result<std::string> CodeParam(const Params& p, std::string_view name) {
  std::string v = Get(p, name).value_or("");
  for (char& c : v) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
      return InvalidArgument(std::string(name) + ": letters, digits and '_' only, got '" + v + "'");
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return v;
}

Result<store::KnowledgeFilter> ParseKnowledgeFilter(const Params& p) {
  store::KnowledgeFilter f;
  ASSIGN_OR_RETURN(f.theme, CodeParam(p, "theme"));
  ASSIGN_OR_RETURN(f.country, CodeParam(p, "country"));
  if (auto a = Get(p, "actor")) {
    for (char c : *a)
      if (!std::isalnum(static_cast<unsigned char>(c))) return InvalidArgument("actor: letters and digits only, got '" + *a + "'");
    f.actor = *a;
    for (char& c : f.actor) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (auto n = Get(p, "name")) f.name = *n;
  for (const char* key : {"from", "to"}) {
    if (auto v = Get(p, key)) {
      ASSIGN_OR_RETURN(Date d, ParseDateParam(key, *v));
      (std::string_view(key) == "from" ? f.from : f.to) = d;
    }
  }
  ASSIGN_OR_RETURN(int64_t limit, GetInt(p, "limit", 1, kMaxTopList, 50));
  f.limit = static_cast<int>(limit);
  return f;
}

}  // namespace

Result<std::string> Api::Quotes(const Params& p) {
  RETURN_IF_ERROR(CheckParams(p, {kKnowledgeParams}));
  ASSIGN_OR_RETURN(store::KnowledgeFilter f, ParseKnowledgeFilter(p));
  StorePool::Lease lease = pool_->Acquire();
  Result<std::vector<store::StoredQuote>> rows = store::QueryQuotes(lease.store().db(), f);
  if (!rows.ok()) return lease.Check(rows.status());
  Json out = {{"quotes", Json::array()}};
  for (const store::StoredQuote& q : *rows) {
    Json speaker = nullptr;
    if (!q.speaker_text.empty() || !q.speaker_name.empty())
      speaker = {{"text", q.speaker_text}, {"name", q.speaker_name}, {"code", q.speaker_code}};
    out["quotes"].push_back({{"article_id", q.article_id}, {"date", q.date}, {"kind", q.kind}, {"text", q.text},
                             {"start", q.begin}, {"end", q.end}, {"sentences", {q.sentence_first, q.sentence_last}},
                             {"speaker", speaker}});
  }
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<std::string> Api::People(const Params& p) {
  RETURN_IF_ERROR(CheckParams(p, {kKnowledgeParams}));
  ASSIGN_OR_RETURN(store::KnowledgeFilter f, ParseKnowledgeFilter(p));
  StorePool::Lease lease = pool_->Acquire();
  Result<std::vector<store::StoredEntity>> rows = store::QueryPeople(lease.store().db(), f);
  if (!rows.ok()) return lease.Check(rows.status());
  Json out = {{"people", Json::array()}};
  for (const store::StoredEntity& e : *rows)
    out["people"].push_back({{"kind", e.kind}, {"name", e.name}, {"code", e.code}, {"articles", e.articles},
                             {"mentions", e.mentions}, {"first", e.first_date}, {"last", e.last_date}});
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<std::string> Api::Themes(const Params& p) {
  RETURN_IF_ERROR(CheckParams(p, {kThemeParams}));
  ASSIGN_OR_RETURN(store::KnowledgeFilter f, ParseKnowledgeFilter(p));
  StorePool::Lease lease = pool_->Acquire();
  Result<std::vector<store::StoredTheme>> rows = store::QueryThemes(lease.store().db(), f);
  if (!rows.ok()) return lease.Check(rows.status());
  Json out = {{"articles", Json::array()}};
  for (const store::StoredTheme& t : *rows)
    out["articles"].push_back({{"article_id", t.article_id}, {"title", t.title}, {"date", t.date},
                               {"theme", t.theme}, {"label", t.label}, {"count", t.count}});
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dyad::server
