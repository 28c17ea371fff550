// Reads the dashboard needs that the store's query API (store/query.h) does not offer:
// one article with its sentences and events, event places with counts, and the store's
// extent. Built on the store's own row mapping and filters wherever they exist; the SQL
// here is parameterised and only reads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dyad/date.h"
#include "dyad/event.h"
#include "dyad/status.h"
#include "store/query.h"
#include "store/store.h"

namespace dyad::server {

struct ArticleView {
  std::string id, url, title, source;
  std::optional<Date> published;
  // Sentences in index order. Offsets of sentences stored without them are 0.
  std::vector<store::SentenceRow> sentences;
  std::vector<Event> events;  // in sentence order
};

// The article with id `id`. NotFound when the store has none.
Result<ArticleView> FindArticle(store::Store& store, const std::string& id);

struct PlacePoint {
  std::string name, country;
  double lat = 0, lon = 0;
  int64_t events = 0;
  double goldstein_sum = 0;
};

// The places of events matching `f` (events without a location are skipped), most events
// first (ties by name), at most `limit` of them. Errors are the store's: InvalidArgument
// for a bad filter.
Result<std::vector<PlacePoint>> MapPoints(store::Store& store, const store::EventFilter& f, int limit);

struct StoreSummary {
  int64_t events = 0, articles = 0;
  std::optional<Date> first, last;  // event dates; unset for an empty store
};
Result<StoreSummary> Summarize(store::Store& store);

// True when some event has `code` as a prefix of its source or target actor code.
Result<bool> ActorExists(store::Store& store, const std::string& code);

}  // namespace dyad::server
