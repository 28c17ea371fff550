// Deterministic synthetic articles with sentences, events and mentions, for the store's
// tests, its crash-safety helper and its benchmark. The same (seed, index) always gives
// the same article on every platform (SplitMix64, no std distributions), so two runs of
// an ingest are comparable row for row.
#pragma once

#include <cstdint>
#include <vector>

#include "dyad/article.h"
#include "dyad/event.h"
#include "store/store.h"

namespace dyad::store {

struct GeneratedArticle {
  Article article;
  std::vector<SentenceRow> sentences;
  std::vector<Event> events;
  std::vector<MentionRow> mentions;
};

struct GenerateOptions {
  uint64_t seed = 1;
  int events_per_article = 10;
  int actor_countries = 40;  // the actor pool is countries x {"", GOV, MIL, OPP, BUS}
  int first_year = 2015, years = 10;  // event dates are spread evenly over these years
};

// Article number `index` (its id is "gen-<seed>-<index>"). One sentence per event;
// every third event carries a location; every fifth sentence mentions a ceasefire.
GeneratedArticle GenerateArticle(const GenerateOptions& o, uint64_t index);

}  // namespace dyad::store
