// Event-level scores: recall and extra events per record and summed per category.
#include "code/validate_udp.h"

#include <gtest/gtest.h>

namespace dyad::code {
namespace {

Event Coded(const ExpectedEvent& t) {
  Event e;
  e.source.code = t.source;
  e.target.code = t.target;
  e.cameo = t.code;
  return e;
}

TEST(CountEvents, PerRecord) {
  struct Case {
    const char* name;
    Expect expect;
    std::vector<ExpectedEvent> want, got;
    EventCounts counts;  // expected, found, coded, extra
  };
  const ExpectedEvent a{"ARN", "GON", "064"}, b{"GON", "ARN", "064"}, c{"ARN", "MOR", "190"};
  const Case kCases[] = {
      {"exact", Expect::kEvents, {a, b}, {a, b}, {2, 2, 2, 0}},
      {"one missed", Expect::kEvents, {a, b}, {a}, {2, 1, 1, 0}},
      {"one extra", Expect::kEvents, {a}, {a, c}, {1, 1, 2, 1}},
      {"duplicates count once", Expect::kEvents, {a, a}, {a, a, c}, {1, 1, 2, 1}},
      {"no events expected", Expect::kEvents, {}, {c}, {0, 0, 1, 1}},
      {"discard records do not count", Expect::kDiscard, {}, {c}, {0, 0, 0, 0}},
  };
  for (const Case& k : kCases) {
    SuiteRecord r;
    r.id = "X-1";
    r.category = "X";
    r.expect = k.expect;
    r.events = k.want;
    RecordOutcome o;
    o.record = &r;
    for (const ExpectedEvent& t : k.got) o.coded.events.push_back(Coded(t));
    Matches(r, o.coded, &o.got);
    const EventCounts got = CountEvents(o);
    EXPECT_EQ(got.expected, k.counts.expected) << k.name;
    EXPECT_EQ(got.found, k.counts.found) << k.name;
    EXPECT_EQ(got.coded, k.counts.coded) << k.name;
    EXPECT_EQ(got.extra, k.counts.extra) << k.name;
  }
}

TEST(ScoreEvents, SumsPerCategory) {
  SuiteRecord r1, r2;
  r1.id = "A-1";
  r1.category = "A";
  r1.expect = Expect::kEvents;
  r1.events = {{"X", "Y", "010"}, {"Y", "X", "010"}};
  r2.id = "B-1";
  r2.category = "B";
  r2.expect = Expect::kEvents;
  r2.events = {{"X", "Y", "190"}};
  ValidationReport report;
  for (const SuiteRecord* r : {&r1, &r2}) {
    RecordOutcome o;
    o.record = r;
    o.coded.events.push_back(Coded({"X", "Y", r == &r1 ? "010" : "020"}));
    Matches(*r, o.coded, &o.got);
    report.outcomes.push_back(o);
  }
  const EventScore s = ScoreEvents(report);
  EXPECT_EQ(s.overall.expected, 3);
  EXPECT_EQ(s.overall.found, 1);
  EXPECT_EQ(s.overall.extra, 1);
  EXPECT_DOUBLE_EQ(s.overall.recall(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.overall.extra_rate(), 1.0 / 3);
  EXPECT_EQ(s.categories.at("A").found, 1);
  EXPECT_EQ(s.categories.at("B").found, 0);
  EXPECT_EQ(s.categories.at("B").extra, 1);
  EXPECT_DOUBLE_EQ(EventCounts{}.recall(), 0.0);
}

}  // namespace
}  // namespace dyad::code
