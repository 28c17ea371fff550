// Negotiations that break down, on sentences analysed by the shipped models with dyad's own
// dictionaries: who halted them (FindHaltedTalks), and the 164 event the tree coder makes.
#include "code/halted_talks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "actors/analyser.h"
#include "actors/find_mentions.h"
#include "actors/testing.h"
#include "code/tree_coder.h"
#include "parse/model_set.h"

namespace dyad::code {
namespace {

class HaltedTalksTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dict_ = actors::testing::ShippedDictionary();
    auto a = actors::Analyser::Load(parse::DefaultModelDir());
    if (a.ok()) analyser_ = new actors::Analyser(std::move(a).value());
  }
  static void TearDownTestSuite() {
    delete analyser_;
    analyser_ = nullptr;
    dict_.reset();
  }
  void SetUp() override {
    if (analyser_ == nullptr || analyser_->level() != "parsed") GTEST_SKIP() << "needs the shipped models";
    ASSERT_NE(dict_, nullptr);
  }
  // "SRC TGT CODE" for every event, "-" for no target; the 164 events' dates too.
  static std::vector<std::string> Code(const std::string& text) {
    const Date date = *Date::Parse("2023-07-27");
    const Document doc = analyser_->Analyse(text);
    const auto mentions = actors::FindMentions(doc, *dict_, date);
    std::vector<std::string> out;
    for (const Event& e : TreeCoder(dict_).Code(doc, mentions, date))
      out.push_back(e.source.code + " " + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo);
    return out;
  }
  static bool Has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  }
  static std::string All(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& t : v) s += "[" + t + "] ";
    return s;
  }
  static inline std::shared_ptr<const dict::Dictionary> dict_;
  static inline actors::Analyser* analyser_ = nullptr;
};

struct Row {
  const char* text;
  std::vector<const char*> want;
  std::vector<const char*> not_want;
};

TEST_F(HaltedTalksTest, TalksThatBreakDownAreHaltedByTheirParties) {
  const Row rows[] = {
      // The side that is asked to resume them, through a relative clause.
      {"Russia and China tried to persuade North Korea to resume denuclearization talks that broke "
       "down in 2019.",
       {"PRK - 164", "RUS PRK 026", "CHN PRK 026"},
       {"RUS - 164", "CHN - 164"}},
      // The talks' own phrase names both sides.
      {"Talks between Iran and Germany collapsed on Monday.", {"IRN - 164", "DEU - 164"}, {}},
      // One side named by "with", the other by the possessor.
      {"Israel's talks with Egypt stalled last week.", {"ISR EGY 164"}, {"EGY ISR 164"}},
      // Only the other side named: it is the side known.
      {"The negotiations with Iran broke down.", {"IRN - 164"}, {}},
      // Not a breakdown: talks that went on, a failure to reach something, a negation.
      {"Talks between Iran and Germany continued on Monday.", {}, {"IRN - 164", "DEU - 164"}},
      {"The talks with Iran did not collapse.", {}, {"IRN - 164"}},
      // Talks with no actor anywhere code nothing.
      {"The talks broke down in 2019.", {}, {}},
  };
  for (const Row& row : rows) {
    const auto got = Code(row.text);
    for (const char* w : row.want) EXPECT_TRUE(Has(got, w)) << row.text << "\n want " << w << "\n got " << All(got);
    for (const char* w : row.not_want)
      EXPECT_FALSE(Has(got, w)) << row.text << "\n not " << w << "\n got " << All(got);
    if (row.want.empty() && row.not_want.empty())
      for (const auto& g : got) EXPECT_EQ(g.find("164"), std::string::npos) << row.text << ": " << g;
  }
}

}  // namespace
}  // namespace dyad::code
