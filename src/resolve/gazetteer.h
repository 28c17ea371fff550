// The gazetteer: countries and populated places (over 15,000 people, or capitals) with
// coordinates, from data/gazetteer/places.tsv (built by tools/make_gazetteer.py from
// GeoNames and ISO 3166 facts). Built once, then read-only and shared by all threads.
//
// Resolution picks one place for a name using the article's context: a place in a country
// the article is about beats a bigger one elsewhere ("Paris" in a story about Texas), a
// country beats a city of the same name ("Georgia", "Djibouti"), and otherwise capitals and
// population decide.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad::resolve {

struct GazetteerEntry {
  int64_t geonames_id = 0;  // 0 for countries
  std::string name;
  std::string country;      // ISO 3166 alpha-3
  std::string admin1;       // GeoNames first-level division code; empty for countries
  double lat = 0, lon = 0;
  int64_t population = 0;
  bool capital = false;
  bool is_country = false;
};

class Gazetteer {
 public:
  // Parses the places.tsv format. Malformed lines are errors naming the line.
  static Result<Gazetteer> Parse(std::string_view tsv);
  // Loads a file; data/gazetteer/places.tsv under DataRoot() when `path` is empty.
  static Result<Gazetteer> Load(std::string path = {});

  // Every entry whose name or alternate name equals `name`, compared case-insensitively
  // (ASCII letters folded). The returned span stays valid as long as the gazetteer.
  std::span<const uint32_t> Lookup(std::string_view name) const;
  const GazetteerEntry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }

  // The country entry for an ISO 3166 alpha-3 code, or nullptr.
  const GazetteerEntry* Country(std::string_view iso3) const;

  // The best entry for `name` given the countries the article is about (most relevant
  // first), or nullptr when the name is unknown.
  const GazetteerEntry* Resolve(std::string_view name,
                                std::span<const std::string> context_countries) const;

 private:
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_name_;
  std::unordered_map<std::string, uint32_t> countries_;
};

}  // namespace dyad::resolve
