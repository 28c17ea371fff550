// The TABARI validation suite (../shared/data/tabari/Validate.project) through the
// TABARI-compatible coder: pass rates overall and per category are ratchets, each floor
// just under the rate measured (docs/ACCURACY.md, "Validation suites"). Failures are
// printed as diffs.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "code/tabari_coder.h"
#include "code/validate.h"
#include "code/validate_tabari.h"
#include "dict/load.h"
#include "dict/testing.h"

namespace dyad::code {
namespace {

using dict::testing::HaveShared;
using dict::testing::SharedDir;

TEST(TabariSuite, PassRatesPerCategory) {
  const std::string project_rel = "data/tabari/Validate.project";
  if (!HaveShared(project_rel)) GTEST_SKIP() << "needs ../shared/" << project_rel;
  auto suite = ReadTabariSuite(SharedDir() + "/" + project_rel);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  auto dict = dict::Load(suite->project, {.read_cache = true, .write_cache = false});
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  TabariCoder coder(*dict);
  if (const char* dbg = std::getenv("DYAD_DEBUG_RECORD")) {
    for (const SuiteRecord& r : suite->records) {
      if (r.id != dbg) continue;
      bool d = false, c = false;
      const TabariSentence s = coder.Analyse(r.text, r.date, &d, &c);
      for (size_t i = 0; i < s.raw.size(); ++i) std::printf("%zu:%s ", i, s.raw[i].c_str());
      std::printf("\n");
      for (const ActorSpan& a : s.actors) std::printf("actor %u-%u %s\n", a.begin, a.end, a.codes.empty() ? "" : a.codes[0].c_str());
    }
  }
  const ValidationReport report = RunSuite(suite->records, coder);
  for (const RecordOutcome& o : report.outcomes) {
    if (!o.passed) std::printf("%s", DescribeFailure(o).c_str());
  }
  for (const auto& [cat, r] : report.categories) std::printf("%-10s %3d / %3d\n", cat.c_str(), r.passed, r.total);
  std::printf("overall    %3d / %3d\n", report.overall.passed, report.overall.total);

  // Floors: records passed, as measured.
  const std::map<std::string, int> kFloors = {
      {"ACTORSYN", 9},
      {"AGENTS", 11},
      {"CAPS", 2},
      {"CLAUSE", 2},
      {"CODEBY", 12},
      {"COMMA", 14},
      {"COMPLEX", 6},
      {"COMPOUND", 20},
      {"CONNECT", 31},
      {"CONV", 7},
      {"DATE", 2},
      {"DEBUG", 23},
      {"DEFAULT", 10},
      {"DEMO", 18},
      {"DISCARD", 7},
      {"FBIS", 4},
      {"FRWD", 13},
      {"MARK", 11},
      {"MINWRD", 5},
      {"NOUN", 4},
      {"NOUNEND", 25},
      {"PASV", 5},
      {"PATTERN", 64},
      {"PRON", 4},
      {"SKIP", 4},
      {"START", 1},
      {"SYNSET", 59},
      {"TEXT", 1},
      {"TIME", 6},
      {"VERBEND", 20},
      {"VERBFORM", 20},
      {"YYYY", 5},
  };
  EXPECT_GE(report.overall.passed, 425);
  for (const auto& [cat, floor] : kFloors) {
    EXPECT_GE(report.categories.count(cat) ? report.categories.at(cat).passed : 0, floor) << cat;
  }
}

}  // namespace
}  // namespace dyad::code
