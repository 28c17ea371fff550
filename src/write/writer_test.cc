#include "write/writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "write/actor_code.h"

namespace dyad::write {
namespace {

Event Accusation() {
  Event e;
  e.event_id = "seed:7:0";
  e.article_id = "seed";
  e.sentence_index = 7;
  e.sentence = "The United States has accused North Korea of supplying arms to Russia.";
  e.date = Date{2023, 7, 27};
  e.source = {"USA", "USA", "The United States", 0, 17};
  e.target = {"PRK", "PRK", "North Korea", 30, 41};
  e.cameo = "112";
  e.goldstein = -2.0;
  e.quad_class = 3;
  e.plover = "ACCUSE";
  e.plover_mode = "disapprove";
  e.verb = {"accused", "accuse", 22, 29};
  e.pattern = "accuse: nsubj=$ obj=+";
  return e;
}

size_t Cells(const std::string& line) {
  return static_cast<size_t>(std::count(line.begin(), line.end(), '\t')) + 1;
}

TEST(Writer, NativeJsonlFollowsTheDesignSchema) {
  std::string out;
  AppendJsonl(Accusation(), &out);
  ASSERT_EQ(out.back(), '\n');
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["event_id"], "seed:7:0");
  EXPECT_EQ(j["date"], "2023-07-27");
  EXPECT_EQ(j["date_precision"], "day");
  EXPECT_EQ(j["source"]["code"], "USA");
  EXPECT_EQ(j["target"]["text"], "North Korea");
  EXPECT_EQ(j["target"]["start"], 30);
  EXPECT_EQ(j["cameo"], "112");
  EXPECT_EQ(j["root"], "11");
  EXPECT_EQ(j["quad_class"], 3);
  EXPECT_EQ(j["goldstein"], -2.0);
  EXPECT_EQ(j["plover"], "ACCUSE");
  EXPECT_EQ(j["verb"]["lemma"], "accuse");
  EXPECT_EQ(j["negated"], false);
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_TRUE(j["url"].is_null());
  EXPECT_EQ(out.find("\"event_id\""), 1u);  // keys keep the documented order
}

TEST(Writer, TsvFormatsHaveTheirColumnCounts) {
  Event e = Accusation();
  e.location = Place{"Pyongyang", "PRK", "", 39.03, 125.75, 1871859, PlaceLevel::kCity};
  struct Case {
    Format f;
    size_t columns;
  } cases[] = {{Format::kPetr, 11}, {Format::kPhoenix, 26}, {Format::kGdelt, 61}};
  for (const auto& c : cases) {
    std::string out;
    AppendEvent(e, c.f, &out);
    EXPECT_EQ(Cells(out), c.columns) << FormatName(c.f);
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << FormatName(c.f);
    std::string header = Header(c.f);
    if (!header.empty()) { EXPECT_EQ(Cells(header), c.columns) << FormatName(c.f); }
  }
}

TEST(Writer, PetrarchRowStartsWithDateDyadAndCode) {
  std::string out;
  AppendPetr(Accusation(), &out);
  EXPECT_EQ(out.substr(0, out.find('\t', 22)), "20230727\tUSA\tPRK\t112\t\tseed:7:0");
}

TEST(Writer, PhoenixSplitsActorCodes) {
  Event e = Accusation();
  e.source.code = "RUSMIL";
  e.target.code = "IGOUNOSEC";
  std::string out;
  AppendPhoenix(e, &out);
  EXPECT_NE(out.find("\tRUSMIL\tRUS\tMIL\t\tIGOUNOSEC\tIGO\t\tUNO;SEC\t112\t11\t3\t-2.0\t"),
            std::string::npos)
      << out;
}

TEST(Writer, PloverListsCompoundActors) {
  Event e = Accusation();
  e.source_group = {{"RUS", "RUS", "Russia", 0, 6}, {"CHN", "CHN", "China", 11, 16}};
  std::string out;
  AppendPlover(e, &out);
  auto j = nlohmann::json::parse(out);
  ASSERT_EQ(j["actor"].size(), 2u);
  EXPECT_EQ(j["actor"][1]["code"], "CHN");
  EXPECT_EQ(j["recipient"][0]["code"], "PRK");
  EXPECT_EQ(j["event"], "ACCUSE");
  EXPECT_EQ(j["mode"], "disapprove");
}

TEST(Writer, TabsAndNewlinesNeverBreakRows) {
  Event e = Accusation();
  e.source.text = "The\tUnited\nStates";
  std::string out;
  AppendPetr(e, &out);
  EXPECT_EQ(Cells(out), 11u);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
}

TEST(Writer, FormatNames) {
  for (Format f : {Format::kJsonl, Format::kPetr, Format::kPhoenix, Format::kGdelt,
                   Format::kPlover}) {
    auto parsed = ParseFormat(FormatName(f));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, f);
  }
  EXPECT_FALSE(ParseFormat("csv").ok());
}

TEST(ActorCode, Splits) {
  auto p = SplitActorCode("USAGOVLEG");
  EXPECT_EQ(p.root, "USA");
  EXPECT_EQ(p.agent, "GOV");
  ASSERT_EQ(p.others.size(), 1u);
  EXPECT_EQ(p.others[0], "LEG");
  EXPECT_TRUE(SplitActorCode("").root.empty());
}

}  // namespace
}  // namespace dyad::write
