// Event-level scores (see validate_udp.h).
#include "code/validate_udp.h"

#include <algorithm>
#include <vector>

namespace dyad::code {

EventCounts& EventCounts::operator+=(const EventCounts& o) {
  expected += o.expected;
  found += o.found;
  coded += o.coded;
  extra += o.extra;
  return *this;
}

EventCounts CountEvents(const RecordOutcome& outcome) {
  EventCounts c;
  if (outcome.record == nullptr || outcome.record->expect != Expect::kEvents) return c;
  std::vector<ExpectedEvent> want = outcome.record->events;
  std::sort(want.begin(), want.end());
  want.erase(std::unique(want.begin(), want.end()), want.end());
  // outcome.got is sorted and unique (Matches makes it so).
  std::vector<ExpectedEvent> both;
  std::set_intersection(want.begin(), want.end(), outcome.got.begin(), outcome.got.end(), std::back_inserter(both));
  c.expected = static_cast<int>(want.size());
  c.found = static_cast<int>(both.size());
  c.coded = static_cast<int>(outcome.got.size());
  c.extra = c.coded - c.found;
  return c;
}

EventScore ScoreEvents(const ValidationReport& report) {
  EventScore s;
  for (const RecordOutcome& o : report.outcomes) {
    const EventCounts c = CountEvents(o);
    s.overall += c;
    s.categories[o.record->category] += c;
  }
  return s;
}

}  // namespace dyad::code
