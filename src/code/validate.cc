// Scoring of validation suites (see validate.h).
#include "code/validate.h"

#include <algorithm>

namespace dyad::code {

ExpectedEvent TripleOf(const Event& e) { return {e.source.code, e.target.code, e.cameo}; }

bool Matches(const SuiteRecord& record, const CodedRecord& coded, std::vector<ExpectedEvent>* got) {
  got->clear();
  for (const Event& e : coded.events) got->push_back(TripleOf(e));
  std::sort(got->begin(), got->end());
  got->erase(std::unique(got->begin(), got->end()), got->end());
  switch (record.expect) {
    case Expect::kDiscard:
      return coded.discarded;
    case Expect::kComplex:
      return coded.complex && !coded.discarded;
    case Expect::kEvents: {
      if (coded.discarded || coded.complex) return false;
      std::vector<ExpectedEvent> want = record.events;
      std::sort(want.begin(), want.end());
      want.erase(std::unique(want.begin(), want.end()), want.end());
      return want == *got;
    }
    case Expect::kNone:
      return true;
  }
  return false;
}

ValidationReport RunSuite(const std::vector<SuiteRecord>& records, SuiteCoder& coder,
                          std::string_view category) {
  ValidationReport report;
  for (const SuiteRecord& r : records) {
    for (const std::string& o : r.options) coder.SetOption(o);
    if (r.expect == Expect::kNone) continue;
    if (!category.empty() && r.category != category) continue;
    RecordOutcome out;
    out.record = &r;
    out.coded = coder.Code(r);
    out.passed = Matches(r, out.coded, &out.got);
    Rate& rate = report.categories[r.category];
    rate.total++;
    report.overall.total++;
    rate.passed += out.passed;
    report.overall.passed += out.passed;
    report.outcomes.push_back(std::move(out));
  }
  return report;
}

namespace {
std::string Triple(const ExpectedEvent& e) { return "{ " + e.source + " / " + e.target + " / " + e.code + " }"; }
}  // namespace

std::string DescribeExpected(const SuiteRecord& record) {
  switch (record.expect) {
    case Expect::kDiscard: return "{###}";
    case Expect::kComplex: return "{+++}";
    case Expect::kNone: return "(unchecked)";
    case Expect::kEvents: break;
  }
  if (record.events.empty()) return "{---}";
  std::string out;
  for (const ExpectedEvent& e : record.events) {
    if (!out.empty()) out += ' ';
    out += Triple(e);
  }
  return out;
}

std::string DescribeFailure(const RecordOutcome& o) {
  std::string out = o.record->id + "\n  text: ";
  for (char c : o.record->text) out += c == '\n' ? ' ' : c;
  out += "\n  expected: " + DescribeExpected(*o.record) + "\n  got:      ";
  if (o.coded.discarded) {
    out += "{###}";
  } else if (o.coded.complex) {
    out += "{+++}";
  } else if (o.got.empty()) {
    out += "{---}";
  } else {
    for (size_t i = 0; i < o.got.size(); ++i) {
      if (i) out += ' ';
      out += Triple(o.got[i]);
    }
  }
  return out + "\n";
}

}  // namespace dyad::code
