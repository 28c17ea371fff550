// Event deduplication: events that report the same thing — the same day, source, target
// and CAMEO code — become one event that keeps every piece of evidence and counts how
// often it was reported (GDELT's NumMentions, NumSources and NumArticles). Phoenix's
// "one-a-day" filter is this merge; `keep_all` turns it off.
#pragma once

#include <vector>

#include "dyad/event.h"

namespace dyad::dedupe {

struct MergeOptions {
  bool keep_all = false;  // no merging: every coded event stays, each with its own counts
};

// Merges `events` (in input order; the first event of each key becomes the merged one and
// keeps its ids and text). num_mentions counts merged events, num_articles distinct
// article ids, num_sources distinct news sources (the URL's host when the source is
// unknown; unknown counts as one). Output order: by first appearance.
std::vector<Event> MergeEvents(std::vector<Event> events, const MergeOptions& options = {});

}  // namespace dyad::dedupe
