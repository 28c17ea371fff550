// dyad validate SUITE [--category C] [--verbose] [--events]: runs a validation suite
// through its coder and scores it. SUITE is a TABARI .project file, or the folder that
// holds Validate.project; its dictionaries are the project's and its records those of
// the project's text file up to FINAL. Prints the pass rate per category and overall;
// --verbose adds a diff (expected vs coded events, with the text) per failing record;
// --events prints every coded event as dyad JSON Lines instead. Exit 1 when any record
// fails.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "code/tabari_coder.h"
#include "code/validate.h"
#include "code/validate_tabari.h"
#include "dict/load.h"
#include "write/writer.h"

namespace dyad::cli {
namespace {

struct ValidateArgs {
  std::string suite, category;
  bool verbose = false, events = false, all = false;
};

void RunValidate(const ValidateArgs& a) {
  auto suite = code::ReadTabariSuite(a.suite, !a.all);
  if (!suite.ok()) throw CLI::RuntimeError("validate: " + suite.status().ToString(), kExitFailure);
  auto dict = dict::Load(suite->project, {.read_cache = true, .write_cache = true});
  if (!dict.ok()) throw CLI::RuntimeError("validate: " + dict.status().ToString(), kExitFailure);
  code::TabariCoder coder(*dict);
  const code::ValidationReport report = code::RunSuite(suite->records, coder, a.category);
  if (a.events) {
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
  } else {
    if (a.verbose) {
      for (const code::RecordOutcome& o : report.outcomes) {
        if (!o.passed) std::printf("FAIL %s\n", code::DescribeFailure(o).c_str());
      }
    }
    std::printf("%-10s %7s %7s %7s\n", "category", "passed", "total", "rate");
    for (const auto& [cat, r] : report.categories) {
      std::printf("%-10s %7d %7d %6.1f%%\n", cat.c_str(), r.passed, r.total, 100 * r.value());
    }
    std::printf("%-10s %7d %7d %6.1f%%\n", "overall", report.overall.passed, report.overall.total,
                100 * report.overall.value());
  }
  if (report.overall.passed != report.overall.total) throw CLI::RuntimeError(kExitBadRecords);
}

}  // namespace

void AddValidateCommand(CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand("validate", "Score a coder on a validation suite (TABARI .project)");
  cmd->add_option("suite", args->suite, "TABARI .project file, or a folder with Validate.project")->required();
  cmd->add_option("--category", args->category, "Score only the records of this category (DEMO, PATTERN, ...)");
  cmd->add_flag("--verbose,-v", args->verbose, "Print a diff for every failing record");
  cmd->add_flag("--events", args->events, "Print the coded events as JSON Lines");
  cmd->add_flag("--all", args->all, "Also the records after FINAL");
  cmd->callback([args] { RunValidate(*args); });
}

}  // namespace dyad::cli
