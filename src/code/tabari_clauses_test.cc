// Word counting and comma-clause elimination (tabari_clauses.h), table-driven.
#include "code/tabari_clauses.h"

#include <gtest/gtest.h>

#include <cctype>
#include <sstream>

namespace dyad::code {
namespace {

std::vector<std::string> Split(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The tokens kept, joined by blanks.
std::string Kept(const std::string& text, const CommaLimits& limits) {
  const std::vector<std::string> tokens = Split(text);
  const std::vector<bool> keep = CommaClauseMask(tokens, limits);
  std::string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!keep[i]) continue;
    if (!out.empty()) out += ' ';
    out += tokens[i];
  }
  return out;
}

TEST(TabariClauses, CountsWordsNotPunctuationOrClitics) {
  EXPECT_EQ(CountWords(Split("Gondor 's planes attacked Osgiliath .")), 4);
  EXPECT_EQ(CountWords(Split(", -- 12 ;")), 1);
  EXPECT_FALSE(IsWordToken("'s"));
  EXPECT_TRUE(IsWordToken("al-Raya"));
}

TEST(TabariClauses, ParsesLimits) {
  const CommaLimits l = ParseCommaLimits("MIN = 4 MAX=6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8");
  EXPECT_EQ(l.min, 4);
  EXPECT_EQ(l.max, 6);
  EXPECT_EQ(l.emin, 3);
  EXPECT_EQ(l.emax, 6);
  EXPECT_EQ(l.bmin, 3);
  EXPECT_EQ(l.bmax, 8);
  EXPECT_FALSE(l.off);
  EXPECT_TRUE(ParseCommaLimits("OFF").off);
  EXPECT_EQ(ParseCommaLimits("").min, 2);  // defaults
  EXPECT_EQ(ParseCommaLimits("").bmax, 0);
}

TEST(TabariClauses, DropsSubordinateClauses) {
  const CommaLimits standard;
  const CommaLimits narrow = ParseCommaLimits("MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8");
  struct Case {
    const char* text;
    CommaLimits limits;
    const char* kept;
  } cases[] = {
      // An apposition between commas goes, with its opening comma.
      {"A , centre of a row between B , called C .", standard, "A , called C ."},
      // A one-word list member stays.
      {"A , B , C and D met in the capital on Monday for talks on trade .", standard,
       "A , B , C and D met in the capital on Monday for talks on trade ."},
      // Commas beside a conjunction list actors.
      {"A , the awful B , and C met .", standard, "A , the awful B , and C met ."},
      // The clause after the last comma goes up to the full stop...
      {"A met B , a senior official said .", standard, "A met B ."},
      // ...but not without a full stop, nor when that comma closed a dropped clause.
      {"A met B , a senior official said", standard, "A met B , a senior official said"},
      {"A , in remarks on Monday , urged B to reply .", standard, "A , urged B to reply ."},
      // Limits: too long to be internal; the opening clause only when BMIN..BMAX allow.
      {"A met B , x x x x x x x x x x x , y .", standard, "A met B , x x x x x x x x x x x , y ."},
      {"A is about to restore complete , full diplomatic ties with B almost five years after the riots .", narrow, "full diplomatic ties with B almost five years after the riots ."},
      {"A is about to restore complete , full diplomatic ties with B almost five years after the riots .", standard, "A is about to restore complete , full diplomatic ties with B almost five years after the riots ."},
      {"A , x y z , B met .", ParseCommaLimits("OFF"), "A , x y z , B met ."},
  };
  for (const Case& c : cases) EXPECT_EQ(Kept(c.text, c.limits), c.kept) << c.text;
}

TEST(TabariClauses, ListMembersBeforeAConjunctionStay) {
  // Names and determiners make a list member; other words a subordinate clause.
  auto names = [](std::string_view w) { return std::isupper(static_cast<unsigned char>(w[0])) || w == "the"; };
  auto kept = [&](const std::string& text) {
    const std::vector<std::string> tokens = Split(text);
    const std::vector<bool> keep = CommaClauseMask(tokens, CommaLimits{}, names);
    std::string out;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (keep[i]) out += (out.empty() ? "" : " ") + tokens[i];
    }
    return out;
  };
  EXPECT_EQ(kept("A , the Blue B , and C met ."), "A , the Blue B , and C met .");
  EXPECT_EQ(kept("A , associated with the B , and C met ."), "A , and C met .");
}

}  // namespace
}  // namespace dyad::code
