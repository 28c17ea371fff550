// Reading the store: filtered, paginated event lists; timelines (counts and Goldstein
// sums per day, week or month); top dyads and top actors; and a streaming scan for
// export. Filters become SQL whose shape depends only on which filters are set; every
// value is a bound parameter.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dyad/date.h"
#include "dyad/event.h"
#include "dyad/status.h"
#include "store/store.h"

namespace dyad::store {

enum class Role { kEither, kSource, kTarget };

// Every set field narrows the result; unset fields do not filter.
struct EventFilter {
  // Actor code prefix: "RUS" matches RUS, RUSGOV, RUSMIL...; in `actor_role`.
  std::string actor;
  Role actor_role = Role::kEither;
  // ISO 3166 alpha-3 of the actor's state: exact.
  std::string country;
  Role country_role = Role::kEither;
  // Dyad: source prefix dyad_a and target prefix dyad_b; unless directed, also reversed.
  std::string dyad_a, dyad_b;
  bool dyad_directed = false;
  std::string cameo;  // exact event code: "042"
  std::string root;   // two-digit root: "04"
  int quad_class = 0;  // 1-4; 0 for any
  std::optional<Date> from, to;  // inclusive event dates
  std::string place_country;     // the event location's country, exact
  std::string text;              // FTS5 query over the event's sentence: "ceasefire OR truce"
};

inline constexpr int kMaxPageSize = 10000;

struct Page {
  int limit = 100;  // 1..kMaxPageSize
  int64_t offset = 0;
  // Keyset pagination: the next_cursor of the previous page; overrides offset.
  std::string cursor;
};

struct EventPage {
  std::vector<Event> events;
  std::string next_cursor;  // empty when this was the last page
};

// Checks the filter's values: quad class 1-4, from <= to, cameo/root digits, non-empty
// dyad pairs. InvalidArgument naming the bad field.
Status Validate(const EventFilter& f);

// Events matching `f` ordered by (date, insertion order). InvalidArgument for a bad
// filter, page size out of range, a malformed cursor or a malformed text query.
Result<EventPage> QueryEvents(Store& store, const EventFilter& f, const Page& page);

// Calls `fn` on every matching event in the same order, without materialising them all;
// stops at and returns the first non-OK Status from `fn`.
Status ScanEvents(Store& store, const EventFilter& f, const std::function<Status(const Event&)>& fn);

enum class Bucket { kDay, kWeek, kMonth };
Result<Bucket> ParseBucket(std::string_view name);  // "day", "week", "month"

struct TimelinePoint {
  std::string period;   // "2024-03-05" (day), "2024-03-04" (the week's Monday), "2024-03" (month)
  int quad_class = 0;   // 0 unless split by QuadClass
  int64_t events = 0;
  double goldstein_sum = 0;
};

// Counts and Goldstein sums of matching events per period, in period order (then
// QuadClass when `by_quad_class`). Periods without events are absent.
Result<std::vector<TimelinePoint>> Timeline(Store& store, const EventFilter& f, Bucket bucket,
                                            bool by_quad_class);

struct DyadCount {
  std::string source, target;  // actor codes as stored ("" for unknown)
  int64_t events = 0;
  double goldstein_sum = 0;
};
// The `limit` directed dyads with most matching events (ties by codes).
Result<std::vector<DyadCount>> TopDyads(Store& store, const EventFilter& f, int limit);

struct ActorCount {
  std::string code;
  int64_t as_source = 0, as_target = 0;
  int64_t total() const { return as_source + as_target; }
};
// The `limit` actor codes taking part in most matching events, as source or target.
Result<std::vector<ActorCount>> TopActors(Store& store, const EventFilter& f, int limit);

}  // namespace dyad::store
