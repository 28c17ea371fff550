// Validation suites: records of text with the events a coder is expected to produce,
// run through a coder and scored record by record. A record passes when the set of
// events coded equals the expected set exactly (or, for records expected to be
// discarded or marked complex, when the coder says so). Rates are kept per category
// (the record id's prefix: "DEMO" for "DEMO-01") and every failure keeps a diff.
// Suite kinds (TABARI today) supply records; coders implement SuiteCoder.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad::code {

// One expected event, in the suite's actor and event codes.
struct ExpectedEvent {
  std::string source, target, code;
  auto operator<=>(const ExpectedEvent&) const = default;
};

enum class Expect : uint8_t {
  kEvents,   // exactly `events` (empty: no events, TABARI {---})
  kDiscard,  // the sentence is discarded (TABARI {###})
  kComplex,  // the sentence is too complex to code (TABARI {+++})
  kNone,     // nothing to check: options only, or marked unchecked
};

struct SuiteRecord {
  std::string id;        // "DEMO-01"
  std::string category;  // "DEMO"
  std::string text;
  Date date;
  Expect expect = Expect::kNone;
  std::vector<ExpectedEvent> events;
  std::vector<std::string> options;  // option lines to apply before coding this record
  std::string conllu;                // a parse the suite gives (UD-PETRARCH CoNLL-U), or empty
};

// What a coder made of one record.
struct CodedRecord {
  std::vector<Event> events;
  bool discarded = false;
  bool complex = false;
};

class SuiteCoder {
 public:
  virtual ~SuiteCoder() = default;
  // Applies an option line ("SET: TIME SHIFT = FALSE"). Unknown options are ignored.
  virtual void SetOption(std::string_view line) = 0;
  virtual CodedRecord Code(const SuiteRecord& record) = 0;
};

struct RecordOutcome {
  const SuiteRecord* record = nullptr;
  bool passed = false;
  std::vector<ExpectedEvent> got;  // the coded events as code triples, sorted, unique
  CodedRecord coded;
};

struct Rate {
  int passed = 0, total = 0;
  double value() const { return total == 0 ? 0.0 : static_cast<double>(passed) / total; }
};

struct ValidationReport {
  std::vector<RecordOutcome> outcomes;  // scored records only, in suite order
  std::map<std::string, Rate> categories;
  Rate overall;
};

// The code triple of an event: its source, target and CAMEO codes.
ExpectedEvent TripleOf(const Event& e);

// True when `coded` meets what `record` expects. Requires expect != kNone.
bool Matches(const SuiteRecord& record, const CodedRecord& coded, std::vector<ExpectedEvent>* got);

// Runs every record through `coder` in order: options of each record are applied first
// (including records with nothing to check), then records whose expect is not kNone are
// coded and scored. When `category` is not empty, only its records are scored (options
// of all records are still applied, since they change the coder's state).
ValidationReport RunSuite(const std::vector<SuiteRecord>& records, SuiteCoder& coder,
                          std::string_view category = {});

// A diff for one failure: the record's id and text, then expected and coded events.
std::string DescribeFailure(const RecordOutcome& outcome);

// "{ SRC / TGT / CODE }" lines, or the marker for a discard/complex/no-event record.
std::string DescribeExpected(const SuiteRecord& record);

}  // namespace dyad::code
