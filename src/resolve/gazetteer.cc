// Parsing the gazetteer table and choosing among places of the same name.
#include "resolve/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "util/data_path.h"

namespace dyad::resolve {
namespace {

std::string Fold(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string_view::npos ? p : p - start));
    if (p == std::string_view::npos) return out;
    start = p + 1;
  }
}

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

Result<Gazetteer> Gazetteer::Parse(std::string_view tsv) {
  Gazetteer g;
  size_t line_no = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto f = Split(line, '\t');
    std::string where = "gazetteer line " + std::to_string(line_no);
    if (f.size() != 10) return InvalidArgument(where + ": expected 10 tab-separated fields");
    GazetteerEntry e;
    e.is_country = f[0] == "country";
    if (!e.is_country && f[0] != "city") return InvalidArgument(where + ": unknown kind");
    if (!e.is_country && !ParseNumber(f[1], &e.geonames_id))
      return InvalidArgument(where + ": bad GeoNames id");
    e.name = f[2];
    e.country = f[4];
    e.admin1 = f[5];
    if (!ParseNumber(f[6], &e.lat) || !ParseNumber(f[7], &e.lon) || e.lat < -90 || e.lat > 90 ||
        e.lon < -180 || e.lon > 180)
      return InvalidArgument(where + ": bad coordinates");
    if (!ParseNumber(f[8], &e.population)) return InvalidArgument(where + ": bad population");
    e.capital = f[9] == "1";
    if (e.name.empty() || e.country.size() != 3) return InvalidArgument(where + ": missing name or country");
    auto index = static_cast<uint32_t>(g.entries_.size());
    auto add = [&](std::string_view n) {
      auto& v = g.by_name_[Fold(n)];
      if (std::find(v.begin(), v.end(), index) == v.end()) v.push_back(index);
    };
    add(e.name);
    if (!f[3].empty())
      for (std::string_view alt : Split(f[3], '|')) add(alt);
    if (e.is_country) g.countries_[e.country] = index;
    g.entries_.push_back(std::move(e));
  }
  return g;
}

Result<Gazetteer> Gazetteer::Load(std::string path) {
  if (path.empty()) {
    ASSIGN_OR_RETURN(path, DataPath("data/gazetteer/places.tsv"));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": cannot open gazetteer");
  std::stringstream buf;
  buf << in.rdbuf();
  auto g = Parse(buf.str());
  if (!g.ok()) return g.status().WithContext(path);
  return g;
}

std::span<const uint32_t> Gazetteer::Lookup(std::string_view name) const {
  auto it = by_name_.find(Fold(name));
  if (it == by_name_.end()) return {};
  return it->second;
}

const GazetteerEntry* Gazetteer::Country(std::string_view iso3) const {
  auto it = countries_.find(std::string(iso3));
  return it == countries_.end() ? nullptr : &entries_[it->second];
}

const GazetteerEntry* Gazetteer::Resolve(std::string_view name,
                                         std::span<const std::string> context) const {
  const GazetteerEntry* best = nullptr;
  double best_score = -1;
  for (uint32_t i : Lookup(name)) {
    const GazetteerEntry& e = entries_[i];
    double score = 0;
    // The article's own countries weigh most, the first ones most of all.
    for (size_t k = 0; k < context.size(); ++k) {
      if (context[k] == e.country) {
        score += 1000.0 / static_cast<double>(k + 1);
        break;
      }
    }
    if (e.is_country) score += 500;
    if (e.capital) score += 100;
    if (e.name.size() == name.size() && Fold(e.name) == Fold(name)) score += 10;  // its main name
    score += static_cast<double>(e.population) / 1e6;  // a tie-breaker: bigger places
    if (score > best_score) {
      best_score = score;
      best = &e;
    }
  }
  return best;
}

}  // namespace dyad::resolve
