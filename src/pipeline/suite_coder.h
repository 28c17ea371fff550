// The pipeline's Coder as a validation-suite coder (code::SuiteCoder): each record's
// text is coded as an article published on the record's date, and its events are the
// record's events, with their actor codes written as the PETRARCH suites write them
// (see SuiteCode). Two PETRARCH behaviours that the suites test sit here, around the
// pipeline rather than in it:
//   - require_dyad (PETRARCH's option, true unless a suite's <Config> or SetOption
//     "require_dyad = false" says otherwise): events lacking a source or a target
//     code are not reported; with it off the record is coded with
//     TreeCoderOptions::targetless, so that events without a target are kept, and in
//     PETRARCH 2's own suites with code_reports (speech verbs coded beside the clause
//     they report, as PETRARCH 2 codes every verb; the Universal-PETRARCH files expect
//     no such statements);
//   - discards (when enabled): a record whose tokens hold one of the dictionary's
//     discard phrases counts as discarded, as PETRARCH and TABARI discard a sentence.
// Other option lines are counted, not applied. With use_given_parse, a record that
// carries a CoNLL-U parse (Universal-PETRARCH suites) is coded from that parse: its
// mentions are found and its events coded on it by the same stages the pipeline runs
// after parsing, so that parser errors and coder errors can be told apart.
// Events are coded on the pipeline's analysis (document and mentions) by the suite
// coder's own TreeCoder, whose options follow the record's.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code/validate.h"
#include "pipeline/coder.h"

namespace dyad::pipeline {

struct SuiteCoderOptions {
  bool require_dyad = true;
  bool discards = true;
  bool use_given_parse = false;
  bool code_reports = false;  // with require_dyad off: TreeCoderOptions::code_reports
  bool exact_words = false;   // TreeCoderOptions::exact_words: PETRARCH 2's word matching
  bool passive_needs_agent = false;  // TreeCoderOptions::passive_needs_agent: PETRARCH 2's passives
  // TreeCoderOptions::intents: the suite's coding ontology (PetrarchSuite::intents).
  std::shared_ptr<const code::IntentCodes> intents;
};

// CoNLL-U with UD v1 relations (the Universal-PETRARCH files were parsed with them)
// rewritten as the UD v2 relations dyad's coder reads: dobj -> obj, nsubjpass ->
// nsubj:pass, csubjpass -> csubj:pass, auxpass -> aux:pass, name -> flat, mwe ->
// fixed, neg -> advmod, and nmod (with its subtypes) under a VERB, AUX, ADJ or ADV head
// -> obl. Other lines and columns are kept as they are.
std::string UdV2Relations(std::string_view conllu);

// The options a suite's records call for: discards only when some record expects one
// (a suite without discard records was curated without discarding: the GSR expects
// events from sentences that hold Phoenix discard phrases such as "years ago");
// code_reports, exact_words and passive_needs_agent for PETRARCH 2's suites, whose records carry no CoNLL-U
// parse (Universal-PETRARCH matches pattern words by lemma).
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
  int given_parses() const { return given_parses_; }  // records coded from their own parse

 private:
  // The pipeline's analysis of the record, or the record's own parse.
  Result<std::pair<Document, std::vector<Event>>> Analyse(const code::SuiteRecord& record);

  std::shared_ptr<const Coder> coder_;
  SuiteCoderOptions options_;
  std::optional<code::TreeCoder> tree_coder_;  // codes each record with its options
  std::set<std::string, std::less<>> agent_codes_;  // three-letter agent codes
  int errors_ = 0;
  std::string first_error_;
  int ignored_options_ = 0;
  int given_parses_ = 0;
};

}  // namespace dyad::pipeline
