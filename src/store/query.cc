// Filters to SQL. The WHERE clause is assembled from fixed fragments chosen by which
// filters are set, and every value goes to a parameter list bound in order; no value is
// ever part of the SQL text. Actor prefixes become half-open ranges so the code indexes
// serve them.
#include "store/query.h"

#include <cctype>
#include <cstdlib>
#include <map>
#include <variant>

#include "store/event_rows.h"

namespace dyad::store {
namespace {

using Param = std::variant<int64_t, std::string>;

struct Where {
  std::string sql;  // " WHERE ..." or ""
  std::vector<Param> params;

  void And(std::string_view clause) {
    sql += sql.empty() ? " WHERE " : " AND ";
    sql += clause;
  }
};

// The smallest string greater than every string starting with `prefix`; codes are
// validated to [A-Z0-9], so bumping the last byte never overflows.
std::string PrefixEnd(std::string prefix) {
  prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

void AddPrefix(std::vector<Param>& params, std::string* clause, const char* column,
               const std::string& prefix) {
  *clause += std::string("(") + column + " >= ? AND " + column + " < ?)";
  params.emplace_back(prefix);
  params.emplace_back(PrefixEnd(prefix));
}

// The events of f's dyad in f's period, from events_dyad alone: `columns` of
// "SELECT <columns> FROM events ... UNION ALL ...", any of eid and day.
std::string DyadRows(const EventFilter& f, const char* columns, std::vector<Param>* p) {
  auto one_way = [&](const std::string& from, const std::string& to) {
    std::string c = std::string("SELECT ") + columns +
                    " FROM events INDEXED BY events_dyad"
                    " WHERE src_code IN (SELECT code FROM actor_codes WHERE ";
    AddPrefix(*p, &c, "code", from);
    c += ") AND tgt_code IN (SELECT code FROM actor_codes WHERE ";
    AddPrefix(*p, &c, "code", to);
    c += ")";
    if (f.from) {
      c += " AND day >= ?";
      p->emplace_back(f.from->ToDays());
    }
    if (f.to) {
      c += " AND day <= ?";
      p->emplace_back(f.to->ToDays());
    }
    return c;
  };
  std::string c = one_way(f.dyad_a, f.dyad_b);
  if (!f.dyad_directed) c += " UNION ALL " + one_way(f.dyad_b, f.dyad_a);
  return c;
}

// Whether f filters by a dyad and a period only, so a page's sort keys (day, eid) can come
// from events_dyad without reading the events' rows.
bool DyadAndPeriodOnly(const EventFilter& f) {
  return !f.dyad_a.empty() && f.actor.empty() && f.country.empty() && f.cameo.empty() && f.root.empty() &&
         f.quad_class == 0 && f.place_country.empty() && f.text.empty();
}

Where BuildWhere(const EventFilter& f) {
  Where w;
  auto& p = w.params;
  if (!f.actor.empty()) {
    std::string c = "(";
    if (f.actor_role != Role::kTarget) AddPrefix(p, &c, "e.src_code", f.actor);
    if (f.actor_role == Role::kEither) c += " OR ";
    if (f.actor_role != Role::kSource) AddPrefix(p, &c, "e.tgt_code", f.actor);
    w.And(c + ")");
  }
  if (!f.country.empty()) {
    if (f.country_role == Role::kSource) {
      w.And("e.src_country = ?");
    } else if (f.country_role == Role::kTarget) {
      w.And("e.tgt_country = ?");
    } else {
      w.And("(e.src_country = ? OR e.tgt_country = ?)");
      p.emplace_back(f.country);
    }
    p.emplace_back(f.country);
  }
  if (!f.dyad_a.empty()) {
    // A dyad is always narrow, but without statistics on ranges the planner would rather
    // walk the day index (for ORDER BY) or the target index and read every row it meets.
    // Naming the dyad index in a rowid subquery makes the few matching rows the start.
    // Each prefix becomes the codes it matches (from actor_codes), so the index is sought
    // once per (source, target) pair; a range on src_code would walk every entry of the
    // source prefix to test tgt_code. The day bounds are repeated inside so out-of-period
    // entries are dropped in the index.
    w.And("e.eid IN (" + DyadRows(f, "eid", &p) + ")");
  }
  if (!f.cameo.empty()) {
    w.And("e.cameo = ?");
    p.emplace_back(f.cameo);
  }
  if (!f.root.empty()) {
    std::string c;
    AddPrefix(p, &c, "e.cameo", f.root);
    w.And(c);
  }
  if (f.quad_class != 0) {
    w.And("e.quad_class = ?");
    p.emplace_back(int64_t{f.quad_class});
  }
  if (f.from) {
    w.And("e.day >= ?");
    p.emplace_back(f.from->ToDays());
  }
  if (f.to) {
    w.And("e.day <= ?");
    p.emplace_back(f.to->ToDays());
  }
  if (!f.place_country.empty()) {
    w.And("e.loc_country = ?");
    p.emplace_back(f.place_country);
  }
  if (!f.text.empty()) {
    w.And("(e.article, e.sentence_idx) IN (SELECT s2.article, s2.idx FROM sentences_fts"
          " JOIN sentences s2 ON s2.sid = sentences_fts.rowid WHERE sentences_fts MATCH ?)");
    p.emplace_back(f.text);
  }
  return w;
}

void Bind(Stmt& st, const std::vector<Param>& params, int first = 1) {
  int i = first;
  for (const Param& v : params) {
    if (const int64_t* n = std::get_if<int64_t>(&v)) {
      st.BindInt(i++, *n);
    } else {
      st.BindText(i++, std::get<std::string>(v));
    }
  }
}

// With every other value validated, a plain SQL error while a text query is set comes
// from FTS5 parsing it ("fts5: syntax error", "unterminated string"): the caller's mistake.
Status QueryError(const EventFilter& f, Status s) {
  if (!f.text.empty() && s.code() == StatusCode::kInternal) {
    return InvalidArgument("bad text query '" + f.text + "': " + s.message());
  }
  return s;
}

bool IsCode(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!(std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)))) return false;
  return true;
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

Status CheckLimit(int limit) {
  if (limit < 1 || limit > kMaxPageSize) {
    return InvalidArgument("limit " + std::to_string(limit) + " out of range 1.." + std::to_string(kMaxPageSize));
  }
  return Status::Ok();
}

// Cursor text: "<day>.<eid>" of the last row of a page.
bool ParseCursor(const std::string& c, int64_t* day, int64_t* eid) {
  size_t dot = c.find('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == c.size()) return false;
  char* end = nullptr;
  *day = std::strtoll(c.c_str(), &end, 10);
  if (end != c.c_str() + dot) return false;
  *eid = std::strtoll(c.c_str() + dot + 1, &end, 10);
  return *end == '\0';
}

// The first day of `day`'s period: itself, its week's Monday (day 0, 1970-01-01, was a
// Thursday; the double modulo keeps days before 1970 right), or the first of its month.
int64_t PeriodStart(int64_t day, Bucket bucket) {
  if (bucket == Bucket::kDay) return day;
  if (bucket == Bucket::kWeek) return day - ((day + 3) % 7 + 7) % 7;
  Date d = Date::FromDays(day);
  d.day = 1;
  return d.ToDays();
}

// A dyad's timeline in a period with no other filter, from events_dyad alone (it holds
// each event's day, QuadClass and Goldstein score): no event row is read.
Result<std::vector<TimelinePoint>> DyadTimeline(Store& store, const EventFilter& f, Bucket bucket,
                                                bool by_quad_class) {
  std::vector<Param> params;
  std::string sql = DyadRows(f, "day, quad_class, goldstein", &params);
  ASSIGN_OR_RETURN(CachedStmt cached, store.PrepareCached(sql));
  Stmt& st = *cached;
  Bind(st, params);
  struct Sum {
    int64_t events = 0;
    double goldstein = 0;
  };
  std::map<std::pair<int64_t, int>, Sum> sums;  // (period start, QuadClass or 0)
  int64_t last_day = 0, last_start = 0;
  bool first = true;
  while (true) {
    Result<bool> row = st.Step();
    if (!row.ok()) return QueryError(f, row.status());
    if (!*row) break;
    const int64_t day = st.Int(0);
    if (first || day != last_day) last_start = PeriodStart(day, bucket);  // rows come in day runs
    first = false;
    last_day = day;
    Sum& s = sums[{last_start, by_quad_class ? static_cast<int>(st.Int(1)) : 0}];
    ++s.events;
    s.goldstein += st.Double(2);
  }
  std::vector<TimelinePoint> out;
  out.reserve(sums.size());
  for (const auto& [key, s] : sums) {
    TimelinePoint p;
    p.period = Date::FromDays(key.first).ToString();
    if (bucket == Bucket::kMonth) p.period.resize(7);  // "2024-03"
    p.quad_class = key.second;
    p.events = s.events;
    p.goldstein_sum = s.goldstein;
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

Status Validate(const EventFilter& f) {
  auto bad_code = [](std::string_view what, const std::string& v) {
    return InvalidArgument(std::string(what) + " '" + v + "' is not an actor code (A-Z, 0-9)");
  };
  if (!f.actor.empty() && !IsCode(f.actor)) return bad_code("actor", f.actor);
  if (!f.country.empty() && !IsCode(f.country)) return bad_code("country", f.country);
  if (!f.place_country.empty() && !IsCode(f.place_country)) return bad_code("place", f.place_country);
  if (f.dyad_a.empty() != f.dyad_b.empty()) return InvalidArgument("dyad needs two actor codes: A,B");
  if (!f.dyad_a.empty() && !IsCode(f.dyad_a)) return bad_code("dyad actor", f.dyad_a);
  if (!f.dyad_b.empty() && !IsCode(f.dyad_b)) return bad_code("dyad actor", f.dyad_b);
  if (!f.cameo.empty() && (!IsDigits(f.cameo) || f.cameo.size() < 2 || f.cameo.size() > 4)) {
    return InvalidArgument("CAMEO code '" + f.cameo + "' must be 2-4 digits");
  }
  if (!f.root.empty() && (!IsDigits(f.root) || f.root.size() != 2)) {
    return InvalidArgument("CAMEO root '" + f.root + "' must be 2 digits");
  }
  if (f.quad_class < 0 || f.quad_class > 4) {
    return InvalidArgument("QuadClass " + std::to_string(f.quad_class) + " out of range 1-4");
  }
  if (f.from && !f.from->valid()) return InvalidArgument("from date is not a calendar day");
  if (f.to && !f.to->valid()) return InvalidArgument("to date is not a calendar day");
  if (f.from && f.to && *f.to < *f.from) {
    return InvalidArgument("date range ends (" + f.to->ToString() + ") before it starts (" +
                           f.from->ToString() + ")");
  }
  return Status::Ok();
}

Result<EventPage> QueryEvents(Store& store, const EventFilter& f, const Page& page) {
  RETURN_IF_ERROR(Validate(f));
  RETURN_IF_ERROR(CheckLimit(page.limit));
  if (page.offset < 0) return InvalidArgument("offset must not be negative");
  // The page's events are chosen first, reading only the events table (or for a dyad in a
  // period only its index), and joined with their articles and sentences afterwards: a
  // join before the sort would look up the article and sentence of every matching event,
  // not just of the page's.
  const bool dyad_only = DyadAndPeriodOnly(f);
  Where w;
  std::string page_sql;
  if (dyad_only) {
    page_sql = "SELECT eid FROM (" + DyadRows(f, "eid, day", &w.params) + ")";
  } else {
    w = BuildWhere(f);
    page_sql = "SELECT e.eid FROM events e";
  }
  if (!page.cursor.empty()) {
    int64_t day = 0, eid = 0;
    if (!ParseCursor(page.cursor, &day, &eid)) return InvalidArgument("malformed cursor '" + page.cursor + "'");
    w.And(dyad_only ? "(day, eid) > (?, ?)" : "(e.day, e.eid) > (?, ?)");
    w.params.emplace_back(day);
    w.params.emplace_back(eid);
  }
  page_sql += w.sql + (dyad_only ? " ORDER BY day, eid" : " ORDER BY e.day, e.eid") + " LIMIT ? OFFSET ?";
  std::string sql = std::string(kSelectEventSql) + " WHERE e.eid IN (" + page_sql + ") ORDER BY e.day, e.eid";
  ASSIGN_OR_RETURN(CachedStmt cached, store.PrepareCached(sql));
  Stmt& st = *cached;
  Bind(st, w.params);
  int n = static_cast<int>(w.params.size());
  st.BindInt(n + 1, page.limit + 1);  // one more than asked tells whether a next page exists
  st.BindInt(n + 2, page.cursor.empty() ? page.offset : 0);
  EventPage out;
  int64_t last_day = 0, last_eid = 0;
  while (true) {
    Result<bool> row = st.Step();
    if (!row.ok()) return QueryError(f, row.status());
    if (!*row) break;
    if (static_cast<int>(out.events.size()) == page.limit) {
      out.next_cursor = std::to_string(last_day) + "." + std::to_string(last_eid);
      break;
    }
    out.events.push_back(ReadEvent(st));
    last_day = st.Int(kEventDayColumn);
    last_eid = st.Int(kEventEidColumn);
  }
  return out;
}

Status ScanEvents(Store& store, const EventFilter& f, const std::function<Status(const Event&)>& fn) {
  RETURN_IF_ERROR(Validate(f));
  Where w = BuildWhere(f);
  std::string sql = std::string(kSelectEventSql) + w.sql + " ORDER BY e.day, e.eid";
  // Not cached: `fn` may run other queries on the same store while this one is open.
  ASSIGN_OR_RETURN(Stmt st, store.db().Prepare(sql));
  Bind(st, w.params);
  while (true) {
    Result<bool> row = st.Step();
    if (!row.ok()) return QueryError(f, row.status());
    if (!*row) return Status::Ok();
    RETURN_IF_ERROR(fn(ReadEvent(st)));
  }
}

Result<Bucket> ParseBucket(std::string_view name) {
  if (name == "day") return Bucket::kDay;
  if (name == "week") return Bucket::kWeek;
  if (name == "month") return Bucket::kMonth;
  return InvalidArgument("unknown period '" + std::string(name) + "' (choose day, week or month)");
}

Result<std::vector<TimelinePoint>> Timeline(Store& store, const EventFilter& f, Bucket bucket,
                                            bool by_quad_class) {
  RETURN_IF_ERROR(Validate(f));
  if (DyadAndPeriodOnly(f)) return DyadTimeline(store, f, bucket, by_quad_class);
  Where w = BuildWhere(f);
  // Weeks start on Monday; day 0 (1970-01-01) was a Thursday, and the double modulo keeps
  // days before 1970 right.
  const char* period = bucket == Bucket::kDay    ? "e.day"
                       : bucket == Bucket::kWeek ? "e.day - ((e.day + 3) % 7 + 7) % 7"
                                                 : "substr(e.date, 1, 7)";
  std::string sql = std::string("SELECT ") + period + ", " + (by_quad_class ? "e.quad_class" : "0") +
                    ", count(*), total(e.goldstein) FROM events e" + w.sql + " GROUP BY 1" +
                    (by_quad_class ? ", 2" : "") + " ORDER BY 1" + (by_quad_class ? ", 2" : "");
  ASSIGN_OR_RETURN(CachedStmt cached, store.PrepareCached(sql));
  Stmt& st = *cached;
  Bind(st, w.params);
  std::vector<TimelinePoint> out;
  while (true) {
    Result<bool> row = st.Step();
    if (!row.ok()) return QueryError(f, row.status());
    if (!*row) break;
    TimelinePoint p;
    p.period = bucket == Bucket::kMonth ? std::string(st.Text(0)) : Date::FromDays(st.Int(0)).ToString();
    p.quad_class = static_cast<int>(st.Int(1));
    p.events = st.Int(2);
    p.goldstein_sum = st.Double(3);
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<DyadCount>> TopDyads(Store& store, const EventFilter& f, int limit) {
  RETURN_IF_ERROR(Validate(f));
  RETURN_IF_ERROR(CheckLimit(limit));
  Where w = BuildWhere(f);
  std::string sql = "SELECT coalesce(e.src_code, ''), coalesce(e.tgt_code, ''), count(*),"
                    " total(e.goldstein) FROM events e" + w.sql +
                    " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?";
  ASSIGN_OR_RETURN(CachedStmt cached, store.PrepareCached(sql));
  Stmt& st = *cached;
  Bind(st, w.params);
  st.BindInt(static_cast<int>(w.params.size()) + 1, limit);
  std::vector<DyadCount> out;
  while (true) {
    Result<bool> row = st.Step();
    if (!row.ok()) return QueryError(f, row.status());
    if (!*row) break;
    out.push_back({std::string(st.Text(0)), std::string(st.Text(1)), st.Int(2), st.Double(3)});
  }
  return out;
}

Result<std::vector<ActorCount>> TopActors(Store& store, const EventFilter& f, int limit) {
  RETURN_IF_ERROR(Validate(f));
  RETURN_IF_ERROR(CheckLimit(limit));
  Where src = BuildWhere(f);
  src.And("e.src_code IS NOT NULL");
  Where tgt = BuildWhere(f);
  tgt.And("e.tgt_code IS NOT NULL");
  std::string sql = "SELECT code, sum(s), sum(t) FROM ("
                    "SELECT e.src_code AS code, 1 AS s, 0 AS t FROM events e" + src.sql +
                    " UNION ALL SELECT e.tgt_code, 0, 1 FROM events e" + tgt.sql +
                    ") GROUP BY code ORDER BY sum(s) + sum(t) DESC, code LIMIT ?";
  ASSIGN_OR_RETURN(CachedStmt cached, store.PrepareCached(sql));
  Stmt& st = *cached;
  Bind(st, src.params);
  Bind(st, tgt.params, static_cast<int>(src.params.size()) + 1);
  st.BindInt(static_cast<int>(src.params.size() + tgt.params.size()) + 1, limit);
  std::vector<ActorCount> out;
  while (true) {
    Result<bool> row = st.Step();
    if (!row.ok()) return QueryError(f, row.status());
    if (!*row) break;
    out.push_back({std::string(st.Text(0)), st.Int(1), st.Int(2)});
  }
  return out;
}

}  // namespace dyad::store
