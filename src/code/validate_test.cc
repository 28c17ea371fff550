// Scoring of validation records: exact event sets, discard/complex markers, options
// applied in order, per-category rates; and reading TABARI records into suite records.
#include "code/validate.h"

#include <gtest/gtest.h>

#include "code/validate_tabari.h"

namespace dyad::code {
namespace {

Event Ev(const std::string& s, const std::string& t, const std::string& c) {
  Event e;
  e.source.code = s;
  e.target.code = t;
  e.cameo = c;
  return e;
}

TEST(Matches, Table) {
  struct Case {
    const char* name;
    Expect expect;
    std::vector<ExpectedEvent> want;
    std::vector<Event> got;
    bool discarded, complex, pass;
  };
  const std::vector<Case> cases = {
      {"exact", Expect::kEvents, {{"ARN", "GON", "064"}}, {Ev("ARN", "GON", "064")}, false, false, true},
      {"wrong code", Expect::kEvents, {{"ARN", "GON", "064"}}, {Ev("ARN", "GON", "063")}, false, false, false},
      {"missing", Expect::kEvents, {{"ARN", "GON", "064"}, {"GON", "ARN", "064"}}, {Ev("ARN", "GON", "064")}, false, false, false},
      {"extra", Expect::kEvents, {{"ARN", "GON", "064"}}, {Ev("ARN", "GON", "064"), Ev("ARN", "ENT", "064")}, false, false, false},
      {"order free", Expect::kEvents, {{"B", "A", "1"}, {"A", "B", "1"}}, {Ev("A", "B", "1"), Ev("B", "A", "1")}, false, false, true},
      {"duplicate coded", Expect::kEvents, {{"A", "B", "1"}}, {Ev("A", "B", "1"), Ev("A", "B", "1")}, false, false, true},
      {"none wanted none got", Expect::kEvents, {}, {}, false, false, true},
      {"none wanted one got", Expect::kEvents, {}, {Ev("A", "B", "1")}, false, false, false},
      {"discard", Expect::kDiscard, {}, {}, true, false, true},
      {"discard missed", Expect::kDiscard, {}, {}, false, false, false},
      {"complex", Expect::kComplex, {}, {}, false, true, true},
      {"complex missed", Expect::kComplex, {}, {Ev("A", "B", "1")}, false, false, false},
      {"events but discarded", Expect::kEvents, {}, {}, true, false, false},
  };
  for (const Case& c : cases) {
    SuiteRecord r;
    r.expect = c.expect;
    r.events = c.want;
    CodedRecord coded{c.got, c.discarded, c.complex};
    std::vector<ExpectedEvent> got;
    EXPECT_EQ(Matches(r, coded, &got), c.pass) << c.name;
  }
}

// Codes every record as one event whose code is the last option seen.
class OptionEcho : public SuiteCoder {
 public:
  void SetOption(std::string_view line) override { last_ = std::string(line); }
  CodedRecord Code(const SuiteRecord&) override { return {{Ev("A", "B", last_)}, false, false}; }

 private:
  std::string last_;
};

TEST(RunSuite, OptionsInOrderAndRatesPerCategory) {
  std::vector<SuiteRecord> records(4);
  records[0] = {"OPT-01", "OPT", "", {}, Expect::kNone, {}, {"X"}};
  records[1] = {"A-01", "A", "", {}, Expect::kEvents, {{"A", "B", "X"}}, {}};
  records[2] = {"A-02", "A", "", {}, Expect::kEvents, {{"A", "B", "Y"}}, {"Z"}};
  records[3] = {"B-01", "B", "", {}, Expect::kEvents, {{"A", "B", "Z"}}, {}};
  OptionEcho coder;
  const ValidationReport all = RunSuite(records, coder);
  EXPECT_EQ(all.overall.total, 3);
  EXPECT_EQ(all.overall.passed, 2);
  EXPECT_EQ(all.categories.at("A").passed, 1);
  EXPECT_EQ(all.categories.at("B").passed, 1);
  EXPECT_EQ(all.categories.count("OPT"), 0u);
  ASSERT_FALSE(all.outcomes[1].passed);
  EXPECT_NE(DescribeFailure(all.outcomes[1]).find("expected: { A / B / Y }"), std::string::npos);
  EXPECT_NE(DescribeFailure(all.outcomes[1]).find("got:      { A / B / Z }"), std::string::npos);

  OptionEcho fresh;
  const ValidationReport only_b = RunSuite(records, fresh, "B");
  EXPECT_EQ(only_b.overall.total, 1);
  EXPECT_EQ(only_b.overall.passed, 1);  // options of skipped records still applied
}

TEST(ToSuiteRecord, Expectations) {
  struct Case {
    const char* comment;
    Expect expect;
    size_t events, options;
  };
  const std::vector<Case> cases = {
      {"\\n{ ARN / GON / 064 } ", Expect::kEvents, 1, 0},
      {"\\n{ ARN / GON / 064 }\\n{ GON / ARN / 064 } ", Expect::kEvents, 2, 0},
      {"\\n{---} ", Expect::kEvents, 0, 0},
      {"\\n{###} ", Expect::kDiscard, 0, 0},
      {"\\n{+++} ", Expect::kComplex, 0, 0},
      {"\\n{ OPTION: SET: TIME SHIFT = FALSE } ", Expect::kNone, 0, 1},
      {"\\n-{ ARN / GON / 064 } ", Expect::kNone, 1, 0},
  };
  for (const Case& c : cases) {
    read::TabariRecord r;
    r.id = "DEMO-01";
    r.comment = c.comment;
    const SuiteRecord s = ToSuiteRecord(r);
    EXPECT_EQ(s.category, "DEMO");
    EXPECT_EQ(s.expect, c.expect) << c.comment;
    EXPECT_EQ(s.options.size(), c.options) << c.comment;
    if (c.expect == Expect::kEvents) {
      EXPECT_EQ(s.events.size(), c.events) << c.comment;
    }
  }
}

}  // namespace
}  // namespace dyad::code
