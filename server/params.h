// Query parameters to library values. Every API endpoint names the parameters it accepts;
// anything else, a repeated name, an over-long value, a malformed date or number, or a
// limit above the endpoint's maximum is an InvalidArgument naming the parameter, so a
// client learns exactly what to fix. Parameters arrive as httplib does them: a multimap
// of decoded names to decoded values.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "dyad/date.h"
#include "dyad/status.h"
#include "store/query.h"

namespace dyad::server {

using Params = std::multimap<std::string, std::string>;

// Bounds on what a request may ask for.
inline constexpr size_t kMaxParams = 32;
inline constexpr size_t kMaxValueBytes = 256;

// The filter parameters every event endpoint accepts (docs/api.md):
//   actor, actor_role (either|source|target), country, country_role, dyad (A,B),
//   directed (true|false), cameo, root, quad_class (1-4), from, to (YYYY-MM-DD), place, text
extern const std::initializer_list<std::string_view> kFilterParams;

// Fails unless every parameter name is in one of `allowed`, appears once, and its value
// is at most kMaxValueBytes; also when there are more than kMaxParams parameters.
Status CheckParams(const Params& p, std::initializer_list<std::initializer_list<std::string_view>> allowed);

// A JSON object {"actor":"USA","limit":10,"directed":true} as the parameters a query
// string would give; strings stay as they are, integers and booleans become their JSON
// text. InvalidArgument for invalid JSON, a non-object, or a value of another type.
Result<Params> ParamsFromJsonBody(std::string_view body);

// The value of `name`, or nullopt when absent. Requires CheckParams first (single values).
std::optional<std::string> Get(const Params& p, std::string_view name);

// Integer parameter `name` in [lo, hi]; `fallback` when absent.
Result<int64_t> GetInt(const Params& p, std::string_view name, int64_t lo, int64_t hi, int64_t fallback);

// A calendar date "YYYY-MM-DD" (ISO timestamps are cut to their day).
Result<Date> ParseDateParam(std::string_view name, std::string_view value);

// The store filter described by kFilterParams. Codes are upper-cased; the filter is
// checked with store::Validate, so an error names the bad field.
Result<store::EventFilter> ParseFilter(const Params& p);

}  // namespace dyad::server
