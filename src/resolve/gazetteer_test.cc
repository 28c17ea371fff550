#include "resolve/gazetteer.h"

#include <gtest/gtest.h>

namespace dyad::resolve {
namespace {

constexpr char kTable[] =
    "# kind\tid\tname\talternates\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital\n"
    "country\tGEO\tGeorgia\t\tGEO\t\t42.0\t43.5\t0\t0\n"
    "country\tFRA\tFrance\tFrench Republic\tFRA\t\t46.0\t2.0\t0\t0\n"
    "city\t2988507\tParis\t\tFRA\t11\t48.8534\t2.3488\t2138551\t1\n"
    "city\t4717560\tParis\t\tUSA\tTX\t33.6609\t-95.5555\t25171\t0\n"
    "city\t1871859\tPyongyang\tPhenjan|P'yongyang\tPRK\t12\t39.0339\t125.7543\t3222000\t1\n"
    "city\t4197000\tGeorgia Town\tGeorgia\tUSA\tGA\t33.0\t-83.0\t20000\t0\n";

TEST(Gazetteer, LooksUpNamesAndAlternatesCaseInsensitively) {
  auto g = Gazetteer::Parse(kTable);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->size(), 6u);
  ASSERT_EQ(g->Lookup("pyongyang").size(), 1u);
  ASSERT_EQ(g->Lookup("P'YONGYANG").size(), 1u);
  EXPECT_EQ(g->Lookup("Paris").size(), 2u);
  EXPECT_TRUE(g->Lookup("Atlantis").empty());
  ASSERT_NE(g->Country("FRA"), nullptr);
  EXPECT_EQ(g->Country("FRA")->name, "France");
}

TEST(Gazetteer, ContextDecidesBetweenPlacesOfOneName) {
  auto g = Gazetteer::Parse(kTable);
  ASSERT_TRUE(g.ok());
  std::vector<std::string> none, texas = {"USA"}, france = {"FRA", "USA"};
  EXPECT_EQ(g->Resolve("Paris", none)->country, "FRA");    // capital and size
  EXPECT_EQ(g->Resolve("Paris", texas)->country, "USA");   // the article's country
  EXPECT_EQ(g->Resolve("Paris", france)->country, "FRA");  // first context country first
  EXPECT_TRUE(g->Resolve("Georgia", none)->is_country);    // the country beats a town
  EXPECT_EQ(g->Resolve("Atlantis", none), nullptr);
}

TEST(Gazetteer, RejectsMalformedLines) {
  EXPECT_FALSE(Gazetteer::Parse("city\tx\tParis\t\tFRA\t\t1\t2\t3\t0\n").ok());       // id
  EXPECT_FALSE(Gazetteer::Parse("city\t1\tParis\t\tFRA\t\t91\t2\t3\t0\n").ok());      // lat
  EXPECT_FALSE(Gazetteer::Parse("town\t1\tParis\t\tFRA\t\t1\t2\t3\t0\n").ok());       // kind
  EXPECT_FALSE(Gazetteer::Parse("city\t1\tParis\t\tFRA\t\t1\t2\t3\n").ok());          // fields
}

TEST(Gazetteer, ShippedTableLoads) {
  auto g = Gazetteer::Load();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_GT(g->size(), 24000u);
  const GazetteerEntry* p = g->Resolve("Pyongyang", {});
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "PRK");
  EXPECT_TRUE(p->capital);
  EXPECT_NEAR(p->lat, 39.03, 0.1);
  ASSERT_NE(g->Country("PRK"), nullptr);
  EXPECT_EQ(g->Resolve("Beijing", {})->country, "CHN");
}

}  // namespace
}  // namespace dyad::resolve
