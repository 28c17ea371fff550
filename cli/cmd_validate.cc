// dyad validate SUITE [--category C] [--failures] [--events] [--dict SPEC]: runs a
// validation suite through a coder and scores it. The suite kind comes from SUITE:
//   - a TABARI .project file, or a folder holding Validate.project: the project's
//     dictionaries and the records of its text file up to FINAL (--all: every record);
//   - a PETRARCH suite .xml file (with an <Environment> block), or a folder holding one:
//     the PETRARCH-2 unit tests, the Universal-PETRARCH validation or GSR records, with
//     the dictionaries their <Environment> names (--dict SPEC replaces them).
// The coder is the TABARI-compatible shallow coder for TABARI suites and dyad's
// pipeline (pipeline::Coder: parse, mentions, tree coder) for PETRARCH suites;
// --coder tabari|pipeline chooses another. The pipeline's events are compared in the
// suites' notation (pipeline/suite_coder.h), with PETRARCH's require_dyad, and with
// discards only for suites that expect some. --use-given-parse codes the records that
// carry a CoNLL-U parse from it instead of dyad's own analysis.
// Prints the pass rate per category and overall (a record passes when its events are
// exactly those expected); for PETRARCH suites also event-level recall and extra
// events, and why unscored records are not scored. --failures (-v) adds a diff per
// failing record; --events prints every coded event as dyad JSON Lines instead.
// Exit 1 when any record fails.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "code/tabari_coder.h"
#include "code/validate.h"
#include "code/validate_petrarch.h"
#include "code/validate_tabari.h"
#include "code/validate_udp.h"
#include "dict/load.h"
#include "pipeline/suite_coder.h"
#include "write/writer.h"

namespace dyad::cli {
namespace {

struct ValidateArgs {
  std::string suite, category, dict, coder;
  bool verbose = false, events = false, all = false, given_parse = false;
};

[[noreturn]] void Fail(const Status& s) { throw CLI::RuntimeError("validate: " + s.ToString(), kExitFailure); }

// A suite's records with what coding them needs.
struct LoadedSuite {
  std::vector<code::SuiteRecord> records;
  std::string dict_spec;
  std::shared_ptr<const code::IntentCodes> intents;  // a PETRARCH suite's coding ontology
  bool petrarch = false;
  std::map<std::string, int> unscored;
};

LoadedSuite LoadSuite(const ValidateArgs& a) {
  LoadedSuite out;
  std::error_code ec;
  const bool tabari = std::filesystem::is_regular_file(code::TabariProjectPath(a.suite), ec) &&
                      (std::filesystem::is_directory(a.suite, ec) ||
                       std::filesystem::path(a.suite).extension() == ".project");
  if (tabari) {
    auto suite = code::ReadTabariSuite(a.suite, !a.all);
    if (!suite.ok()) Fail(suite.status());
    out.records = std::move(suite->records);
    out.dict_spec = suite->project;
  } else {
    auto suite = code::ReadPetrarchSuite(a.suite);
    if (!suite.ok()) Fail(suite.status());
    out.records = std::move(suite->records);
    out.dict_spec = code::PetrarchDictSpec(*suite);
    if (!suite->intents.empty()) out.intents = std::make_shared<const code::IntentCodes>(std::move(suite->intents));
    out.unscored = std::move(suite->unscored);
    out.petrarch = true;
  }
  if (!a.dict.empty()) out.dict_spec = a.dict;
  return out;
}

void PrintEvents(const code::ValidationReport& report) {
  std::string out;
  for (const code::RecordOutcome& o : report.outcomes) {
    int n = 0;
    for (Event e : o.coded.events) {
      e.article_id = o.record->id;
      e.event_id = o.record->id + ":0:" + std::to_string(n++);
      e.date = o.record->date;
      e.sentence = o.record->text;
      write::AppendJsonl(e, &out);
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

void PrintRates(const code::ValidationReport& report) {
  std::printf("%-10s %7s %7s %7s\n", "category", "passed", "total", "rate");
  for (const auto& [cat, r] : report.categories) {
    std::printf("%-10s %7d %7d %6.1f%%\n", cat.c_str(), r.passed, r.total, 100 * r.value());
  }
  std::printf("%-10s %7d %7d %6.1f%%\n", "overall", report.overall.passed, report.overall.total,
              100 * report.overall.value());
}

// Records and events side by side, as the PETRARCH suites are reported.
void PrintPetrarchRates(const code::ValidationReport& report, const std::map<std::string, int>& unscored) {
  const code::EventScore events = code::ScoreEvents(report);
  std::printf("%-10s %7s %7s %7s   %8s %7s %7s %7s %7s\n", "category", "passed", "total", "rate", "expected",
              "found", "recall", "extra", "extra%");
  auto row = [](const std::string& name, const code::Rate& r, const code::EventCounts& e) {
    std::printf("%-10s %7d %7d %6.1f%%   %8d %7d %6.1f%% %7d %6.1f%%\n", name.c_str(), r.passed, r.total,
                100 * r.value(), e.expected, e.found, 100 * e.recall(), e.extra, 100 * e.extra_rate());
  };
  for (const auto& [cat, r] : report.categories) {
    auto it = events.categories.find(cat);
    row(cat, r, it == events.categories.end() ? code::EventCounts{} : it->second);
  }
  row("overall", report.overall, events.overall);
  for (const auto& [why, n] : unscored) std::printf("not scored: %d (%s)\n", n, why.c_str());
}

void RunValidate(const ValidateArgs& a) {
  const LoadedSuite suite = LoadSuite(a);
  const std::string kind = !a.coder.empty() ? a.coder : suite.petrarch ? "pipeline" : "tabari";
  std::unique_ptr<code::SuiteCoder> coder;
  pipeline::SuiteCoder* pipeline_coder = nullptr;
  if (kind == "pipeline") {
    pipeline::CoderOptions coder_options;
    coder_options.dict = suite.dict_spec;
    auto loaded = pipeline::Coder::Load(coder_options);
    if (!loaded.ok()) Fail(loaded.status());
    pipeline::SuiteCoderOptions options = pipeline::OptionsFor(suite.records);
    options.use_given_parse = a.given_parse;
    options.intents = suite.intents;
    auto c = std::make_unique<pipeline::SuiteCoder>(*loaded, options);
    pipeline_coder = c.get();
    coder = std::move(c);
  } else {
    auto dict = dict::Load(suite.dict_spec, {.read_cache = true, .write_cache = true});
    if (!dict.ok()) Fail(dict.status());
    coder = std::make_unique<code::TabariCoder>(*dict);
  }
  const code::ValidationReport report = code::RunSuite(suite.records, *coder, a.category);
  if (a.given_parse && pipeline_coder != nullptr) {
    std::fprintf(stderr, "validate: %d records coded from their given parse\n", pipeline_coder->given_parses());
  }
  if (pipeline_coder != nullptr && pipeline_coder->errors() > 0) {
    std::fprintf(stderr, "validate: %d records could not be coded; first: %s\n", pipeline_coder->errors(),
                 pipeline_coder->first_error().c_str());
  }
  if (a.events) {
    PrintEvents(report);
  } else {
    if (a.verbose) {
      for (const code::RecordOutcome& o : report.outcomes) {
        if (!o.passed) std::printf("FAIL %s\n", code::DescribeFailure(o).c_str());
      }
    }
    if (suite.petrarch) {
      PrintPetrarchRates(report, suite.unscored);
    } else {
      PrintRates(report);
    }
  }
  if (report.overall.passed != report.overall.total) throw CLI::RuntimeError(kExitBadRecords);
}

}  // namespace

void AddValidateCommand(CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Score a coder on a validation suite (TABARI .project, PETRARCH suite .xml)");
  cmd->add_option("suite", args->suite,
                  "TABARI .project file or a folder with Validate.project; PETRARCH suite .xml or its folder")
      ->required();
  cmd->add_option("--category", args->category, "Score only the records of this category (DEMO, PATTERN, ...)");
  cmd->add_flag("--failures,--verbose,-v", args->verbose, "Print a diff for every failing record");
  cmd->add_flag("--events", args->events, "Print the coded events as JSON Lines");
  cmd->add_flag("--all", args->all, "TABARI: also the records after FINAL");
  cmd->add_option("--dict", args->dict, "Dictionaries to code with instead of the suite's own (see dict::Load)");
  cmd->add_option("--coder", args->coder,
                  "tabari (shallow TABARI-compatible coder) or pipeline (parse and tree coder); default: "
                  "tabari for TABARI suites, pipeline for PETRARCH suites")
      ->check(CLI::IsMember({"tabari", "pipeline"}));
  cmd->add_flag("--use-given-parse", args->given_parse,
                "Pipeline: code records that carry a CoNLL-U parse (Universal-PETRARCH) from that parse");
  cmd->callback([args] { RunValidate(*args); });
}

}  // namespace dyad::cli
