#include "code/ontology.h"

#include <gtest/gtest.h>

namespace dyad::code {
namespace {

TEST(Ontology, DefaultTableCoversEveryRoot) {
  const auto& o = Ontology::Default();
  EXPECT_GT(o.codes().size(), 300u);
  for (int root = 1; root <= 20; ++root) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", root);
    EXPECT_NE(o.Find(code), nullptr) << code;
  }
}

TEST(Ontology, KnownCodes) {
  struct Case {
    const char* code;
    double goldstein;
    int quad;
    const char* plover;
  } cases[] = {
      {"042", 1.9, 1, "CONSULT"},  {"043", 2.8, 1, "CONSULT"}, {"112", -2.0, 3, "ACCUSE"},
      {"129", -4.0, 3, "REJECT"},  {"016", 3.4, 1, ""},        {"190", -10.0, 4, "ASSAULT"},
      {"0312", 5.2, 1, "AGREE"},   {"026", 4.0, 1, "REQUEST"}, {"061", 6.4, 2, "COOPERATE"},
  };
  for (const auto& c : cases) {
    const CodeInfo* info = Ontology::Default().Find(c.code);
    ASSERT_NE(info, nullptr) << c.code;
    EXPECT_DOUBLE_EQ(info->goldstein, c.goldstein) << c.code;
    EXPECT_EQ(info->quad_class, c.quad) << c.code;
    EXPECT_EQ(info->plover_type, c.plover) << c.code;
  }
}

TEST(Ontology, UnknownChildFallsBackToParent) {
  const CodeInfo* info = Ontology::Default().Find("0429");
  ASSERT_NE(info, nullptr);
  EXPECT_EQ(info->code, "042");
  EXPECT_EQ(Ontology::Default().Find("99"), nullptr);
  EXPECT_EQ(Ontology::Default().Find(""), nullptr);
}

TEST(Ontology, ParseRejectsBadLines) {
  EXPECT_FALSE(Ontology::Parse("042\t1.9\t1\tCONSULT\tvisit\t\n").ok());          // 6 fields
  EXPECT_FALSE(Ontology::Parse("04x\t1.9\t1\tCONSULT\tvisit\t\tVisit\n").ok());   // bad code
  EXPECT_FALSE(Ontology::Parse("042\tabc\t1\tCONSULT\tvisit\t\tVisit\n").ok());   // bad value
  EXPECT_FALSE(Ontology::Parse("042\t1.9\t5\tCONSULT\tvisit\t\tVisit\n").ok());   // bad quad
  EXPECT_FALSE(Ontology::Parse("042\t1.9\t1\tA\t\t\tx\n042\t1.9\t1\tA\t\t\tx\n").ok());
  EXPECT_TRUE(Ontology::Parse("# comment\n042\t1.9\t1\tCONSULT\tvisit\t\tVisit\n").ok());
}

}  // namespace
}  // namespace dyad::code
