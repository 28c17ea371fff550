// Event-level scores, as Universal-PETRARCH's validation reports them beside the
// per-record exact match: of the events the suite expects, how many were coded
// (recall), and how many coded events the suite does not expect (extra). Only records
// expected to yield events (or none) count; discard and complex records do not. Events
// are compared as distinct (source, target, CAMEO) triples within each record.
#pragma once

#include <map>
#include <string>

#include "code/validate.h"

namespace dyad::code {

struct EventCounts {
  int expected = 0;  // distinct expected triples
  int found = 0;     // expected triples that were coded
  int coded = 0;     // distinct coded triples
  int extra = 0;     // coded triples not expected (coded - found)
  // found / expected (0 when nothing is expected).
  double recall() const { return expected == 0 ? 0.0 : static_cast<double>(found) / expected; }
  // extra / expected: extra events per expected event (0 when nothing is expected).
  double extra_rate() const { return expected == 0 ? 0.0 : static_cast<double>(extra) / expected; }
  EventCounts& operator+=(const EventCounts& o);
};

struct EventScore {
  EventCounts overall;
  std::map<std::string, EventCounts> categories;
};

// The counts of one scored outcome (zero for discard/complex expectations).
EventCounts CountEvents(const RecordOutcome& outcome);

// Sums CountEvents over the report's outcomes, overall and per category.
EventScore ScoreEvents(const ValidationReport& report);

}  // namespace dyad::code
