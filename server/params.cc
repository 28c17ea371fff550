// Parameter parsing is strict on purpose: a typo in a parameter name would otherwise
// silently widen a query to the whole store.
#include "server/params.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <nlohmann/json.hpp>

namespace dyad::server {
namespace {

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

Result<store::Role> ParseRole(const Params& p, std::string_view name) {
  std::optional<std::string> v = Get(p, name);
  if (!v || *v == "either") return store::Role::kEither;
  if (*v == "source") return store::Role::kSource;
  if (*v == "target") return store::Role::kTarget;
  return InvalidArgument(std::string(name) + ": '" + *v + "' is not one of either, source, target");
}

Result<bool> ParseBool(const Params& p, std::string_view name) {
  std::optional<std::string> v = Get(p, name);
  if (!v || *v == "false" || *v == "0") return false;
  if (*v == "true" || *v == "1") return true;
  return InvalidArgument(std::string(name) + ": '" + *v + "' is not true or false");
}

}  // namespace

const std::initializer_list<std::string_view> kFilterParams = {
    "actor", "actor_role", "country", "country_role", "dyad", "directed", "cameo",
    "root",  "quad_class", "from",    "to",           "place", "text"};

Status CheckParams(const Params& p, std::initializer_list<std::initializer_list<std::string_view>> allowed) {
  if (p.size() > kMaxParams) {
    return InvalidArgument("too many parameters (" + std::to_string(p.size()) + "; at most " +
                           std::to_string(kMaxParams) + ")");
  }
  for (auto it = p.begin(); it != p.end(); ++it) {
    const std::string& name = it->first;
    bool known = false;
    for (const auto& group : allowed) {
      if (std::find(group.begin(), group.end(), name) != group.end()) known = true;
    }
    if (!known) {
      std::string shown = name.size() > 40 ? name.substr(0, 40) + "..." : name;
      return InvalidArgument("unknown parameter '" + shown + "'");
    }
    if (p.count(name) > 1) return InvalidArgument("parameter '" + name + "' given more than once");
    if (it->second.size() > kMaxValueBytes) {
      return InvalidArgument("parameter '" + name + "' is longer than " + std::to_string(kMaxValueBytes) +
                             " bytes");
    }
  }
  return Status::Ok();
}

Result<Params> ParamsFromJsonBody(std::string_view body) {
  nlohmann::json j = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return InvalidArgument("the request body is not valid JSON");
  if (!j.is_object()) return InvalidArgument("the request body must be a JSON object of filter parameters");
  Params p;
  for (auto& [key, value] : j.items()) {
    if (value.is_string()) {
      p.emplace(key, value.get<std::string>());
    } else if (value.is_number_integer() || value.is_boolean()) {
      p.emplace(key, value.dump());
    } else {
      return InvalidArgument("parameter '" + key.substr(0, 40) + "' must be a string, an integer or a boolean");
    }
  }
  return p;
}

std::optional<std::string> Get(const Params& p, std::string_view name) {
  auto it = p.find(std::string(name));
  if (it == p.end()) return std::nullopt;
  return it->second;
}

Result<int64_t> GetInt(const Params& p, std::string_view name, int64_t lo, int64_t hi, int64_t fallback) {
  std::optional<std::string> v = Get(p, name);
  if (!v) return fallback;
  int64_t n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec == std::errc::result_out_of_range || (ec == std::errc() && (n < lo || n > hi))) {
    return InvalidArgument(std::string(name) + ": " + *v + " is out of range " + std::to_string(lo) + ".." +
                           std::to_string(hi));
  }
  if (ec != std::errc() || end != v->data() + v->size()) {
    return InvalidArgument(std::string(name) + ": '" + *v + "' is not an integer");
  }
  return n;
}

Result<Date> ParseDateParam(std::string_view name, std::string_view value) {
  std::optional<Date> d = Date::Parse(value);
  if (!d) return InvalidArgument(std::string(name) + ": '" + std::string(value) + "' is not a date (YYYY-MM-DD)");
  return *d;
}

Result<store::EventFilter> ParseFilter(const Params& p) {
  store::EventFilter f;
  if (auto v = Get(p, "actor")) f.actor = Upper(*v);
  ASSIGN_OR_RETURN(f.actor_role, ParseRole(p, "actor_role"));
  if (auto v = Get(p, "country")) f.country = Upper(*v);
  ASSIGN_OR_RETURN(f.country_role, ParseRole(p, "country_role"));
  if (auto v = Get(p, "dyad")) {
    size_t comma = v->find(',');
    if (comma == std::string::npos || v->find(',', comma + 1) != std::string::npos) {
      return InvalidArgument("dyad: '" + *v + "' is not two actor codes A,B");
    }
    f.dyad_a = Upper(v->substr(0, comma));
    f.dyad_b = Upper(v->substr(comma + 1));
    if (f.dyad_a.empty() || f.dyad_b.empty()) return InvalidArgument("dyad: '" + *v + "' is not two actor codes A,B");
  }
  ASSIGN_OR_RETURN(f.dyad_directed, ParseBool(p, "directed"));
  if (auto v = Get(p, "cameo")) f.cameo = *v;
  if (auto v = Get(p, "root")) f.root = *v;
  ASSIGN_OR_RETURN(int64_t quad, GetInt(p, "quad_class", 1, 4, 0));
  f.quad_class = static_cast<int>(quad);
  if (auto v = Get(p, "from")) {
    ASSIGN_OR_RETURN(f.from, ParseDateParam("from", *v));
  }
  if (auto v = Get(p, "to")) {
    ASSIGN_OR_RETURN(f.to, ParseDateParam("to", *v));
  }
  if (auto v = Get(p, "place")) f.place_country = Upper(*v);
  if (auto v = Get(p, "text")) f.text = *v;
  RETURN_IF_ERROR(store::Validate(f));
  return f;
}

}  // namespace dyad::server
