// Event: one coded interaction, "who did what to whom, when and where", with the evidence
// for it: the sentence, and byte offsets of the source, target and verb in the article
// text. This is dyad's native output record (docs/formats.md); the other output formats
// are views of it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"

namespace dyad {

// An actor as it takes part in an event.
struct EventActor {
  std::string code;      // full CAMEO actor code: "RUSMIL", "IGOUNOSEC"; empty when unknown
  std::string country;   // ISO 3166 alpha-3 of the actor's state, when it has one: "RUS"
  std::string text;      // the words that named it: "Russian Defense Minister Sergei Shoigu"
  uint32_t begin = 0, end = 0;  // bytes of `text` in the article text
};

enum class PlaceLevel { kCity, kRegion, kCountry };

// "city", "region", "country".
constexpr std::string_view PlaceLevelName(PlaceLevel l) {
  switch (l) {
    case PlaceLevel::kCity: return "city";
    case PlaceLevel::kRegion: return "region";
    case PlaceLevel::kCountry: return "country";
  }
  return "country";
}

struct Place {
  std::string name;       // "Pyongyang"
  std::string country;    // ISO 3166 alpha-3: "PRK"
  std::string region;     // first-level division, when known
  double lat = 0, lon = 0;
  int64_t geonames_id = 0;  // 0 when not from GeoNames
  PlaceLevel level = PlaceLevel::kCountry;
  std::string text;       // the words in the article that gave the place; may be empty
  uint32_t begin = 0, end = 0;
};

struct Event {
  std::string event_id;     // "ARTICLE:SENTENCE:N", unique and stable across runs
  std::string article_id;
  uint32_t sentence_index = 0;
  std::string sentence;     // the sentence's text
  std::string url;          // the article's URL; may be empty
  std::string news_source;  // the outlet; may be empty

  Date date;                              // when it happened (or the publication date)
  DatePrecision date_precision = DatePrecision::kDay;
  std::string date_text;                  // the phrase that dated it; empty for publication date

  EventActor source, target;
  // For compound actors ("Russia and China vetoed ..."): every member, in order. An event
  // is emitted once per (source, target) member pair; PLOVER output lists them together.
  std::vector<EventActor> source_group, target_group;

  std::string cameo;        // "042"
  double goldstein = 0;
  int quad_class = 0;       // 1-4, GDELT convention
  std::string plover;       // PLOVER type: "CONSULT"; empty for CAMEO statements
  std::string plover_mode, plover_context;

  struct Verb {
    std::string text, lemma;
    uint32_t begin = 0, end = 0;
  } verb;
  bool negated = false;
  std::string pattern;      // the dictionary pattern that fired, for explanation
  std::vector<std::string> issues;  // issue/theme codes found in the sentence

  std::optional<Place> location;

  // After deduplication: how often this (date, source, target, code) was reported, and
  // where. A freshly coded event has one evidence entry: itself.
  uint32_t num_mentions = 1, num_sources = 1, num_articles = 1;
  struct Evidence {
    std::string event_id, article_id;
    uint32_t sentence_index = 0;
  };
  std::vector<Evidence> evidence;

  std::string root() const { return cameo.substr(0, 2); }
};

}  // namespace dyad
