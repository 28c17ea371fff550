// The pipeline's Coder as a validation-suite coder (code::SuiteCoder): each record's
// text is coded as an article published on the record's date, and its events are the
// record's events, with their actor codes written as the PETRARCH suites write them
// (see SuiteCode). Two PETRARCH behaviours that the suites test sit here, around the
// pipeline rather than in it:
//   - require_dyad (PETRARCH's option, true unless a suite's <Config> or SetOption
//     "require_dyad = false" says otherwise): events lacking a source or a target
//     code are not reported;
//   - discards (when enabled): a record whose tokens hold one of the dictionary's
//     discard phrases counts as discarded, as PETRARCH and TABARI discard a sentence.
// Other option lines are counted, not applied.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "code/validate.h"
#include "pipeline/coder.h"

namespace dyad::pipeline {

struct SuiteCoderOptions {
  bool require_dyad = true;
  bool discards = true;
};

// The options a suite's records call for: discards only when some record expects one
// (a suite without discard records was curated without discarding: the GSR expects
// events from sentences that hold Phoenix discard phrases such as "years ago").
SuiteCoderOptions OptionsFor(const std::vector<code::SuiteRecord>& records);

class SuiteCoder : public code::SuiteCoder {
 public:
  // Requires `coder` non-null.
  explicit SuiteCoder(std::shared_ptr<const Coder> coder, SuiteCoderOptions options = {});

  // "require_dyad = true|false" (any case) sets that option; other lines are counted.
  void SetOption(std::string_view line) override;
  // Codes record.text as of record.date. A record the pipeline fails on has no events;
  // the failure is counted and the first one kept.
  code::CodedRecord Code(const code::SuiteRecord& record) override;

  // An actor code as the suites write it: "---" for none, and "---" before a code made
  // only of agent codes ("MIL" -> "---MIL"); other codes unchanged.
  std::string SuiteCode(std::string_view code) const;

  const SuiteCoderOptions& options() const { return options_; }
  int errors() const { return errors_; }
  const std::string& first_error() const { return first_error_; }
  int ignored_options() const { return ignored_options_; }

 private:
  std::shared_ptr<const Coder> coder_;
  SuiteCoderOptions options_;
  std::set<std::string, std::less<>> agent_codes_;  // three-letter agent codes
  int errors_ = 0;
  std::string first_error_;
  int ignored_options_ = 0;
};

}  // namespace dyad::pipeline
