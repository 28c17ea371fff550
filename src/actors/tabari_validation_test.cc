// The actor and agent records of the TABARI validation suite (../shared/data/tabari/
// Validate.text with the dictionaries of Validate.project): for each record of the
// ACTORSYN, AGENTS, COMPOUND, PRON and DATE categories, every source and target code of
// its expected events must be among the codes of its mentions. The event coder scores
// the whole events; this measures the mentions it will be given. The rate per category
// is a ratchet: the floors below sit just under the measured rates (docs/mentions.md).
// Records are analysed by the installed models (actors::Analyser), as `dyad mentions` does.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "actors/analyser.h"
#include "actors/find_mentions.h"
#include "dict/load.h"
#include "dict/testing.h"
#include "read/tabari_expectations.h"
#include "read/tabari_records.h"
#include "parse/model_set.h"
#include "util/input.h"

namespace dyad::actors {
namespace {

using dict::testing::HaveShared;
using dict::testing::SharedDir;

// Source and target codes of a record's expected events; empty when the record is not
// to be checked (no events, discarded, too complex, or marked unchecked).
std::set<std::string> ExpectedCodes(const std::string& comment) {
  const read::TabariExpectations e = read::ParseTabariExpectations(comment);
  std::set<std::string> out;
  if (e.unchecked || e.discard || e.complex) return out;
  for (const read::TabariEvent& ev : e.events) {
    for (const std::string* code : {&ev.source, &ev.target}) {
      if (!code->empty() && *code != "---") out.insert(*code);
    }
  }
  return out;
}

std::string Category(const std::string& id) { return id.substr(0, id.find('-')); }

struct Rate {
  int passed = 0, total = 0;
  double value() const { return total == 0 ? 0 : static_cast<double>(passed) / total; }
};

TEST(TabariValidation, MentionCodesPerCategory) {
  const std::string text_rel = "data/tabari/Validate.text", project_rel = "data/tabari/Validate.project";
  if (!HaveShared(text_rel) || !HaveShared(project_rel)) GTEST_SKIP() << "needs ../shared/" << text_rel;
  auto dict = dict::Load(SharedDir() + "/" + project_rel, {.read_cache = true, .write_cache = false});
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  auto analyser = Analyser::Load(parse::DefaultModelDir());
  ASSERT_TRUE(analyser.ok()) << analyser.status().ToString();
  auto in = OpenInput(SharedDir() + "/" + text_rel);
  ASSERT_TRUE(in.ok());
  auto records = read::ReadTabariRecords(**in);
  ASSERT_TRUE(records.ok());

  const std::set<std::string> kCategories = {"ACTORSYN", "AGENTS", "COMPOUND", "PRON", "DATE"};
  std::map<std::string, Rate> rates;
  for (const read::TabariRecord& r : *records) {
    const std::string cat = Category(r.id);
    if (!kCategories.count(cat) || !r.date) continue;
    const std::set<std::string> expected = ExpectedCodes(r.comment);
    if (expected.empty()) continue;
    const Document doc = analyser->Analyse(r.text);
    std::set<std::string> found;
    for (const Mention& m : FindMentions(doc, **dict, *r.date)) found.insert(m.codes.begin(), m.codes.end());
    const bool ok = std::includes(found.begin(), found.end(), expected.begin(), expected.end());
    rates[cat].total++;
    rates[cat].passed += ok;
    if (!ok) {
      std::string want, got;
      for (const auto& c : expected) want += " " + c;
      for (const auto& c : found) got += " " + c;
      std::printf("miss %-12s want%s | found%s\n", r.id.c_str(), want.c_str(), got.c_str());
    }
  }
  // Floors: measured rates (with the shipped tagger and parser), rounded down.
  const std::map<std::string, double> kFloors = {
      {"ACTORSYN", 0.999}, {"AGENTS", 0.999}, {"COMPOUND", 0.714}, {"PRON", 0.999}, {"DATE", 0.999},
  };
  for (const auto& [cat, floor] : kFloors) {
    const Rate& r = rates[cat];
    std::printf("%-9s %2d/%2d = %.3f\n", cat.c_str(), r.passed, r.total, r.value());
    EXPECT_GT(r.total, 0) << cat;
    EXPECT_GE(r.value(), floor) << cat;
  }
}

}  // namespace
}  // namespace dyad::actors
