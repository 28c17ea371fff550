// dyad's own format, PETRARCH discards and issues, and the files that name dictionaries
// (TABARI .project and .options, PETRARCH .ini).
#include <gtest/gtest.h>

#include "dict/readers.h"

namespace dyad::dict {
namespace {

int32_t Day(int y, int m, int d) { return static_cast<int32_t>(Date{y, m, d}.ToDays()); }

const Actor* FindActor(const Model& m, std::string_view written) {
  for (const Actor& a : m.actors) {
    for (const Phrase& p : a.phrases) {
      if (p.written == written) return &a;
    }
  }
  return nullptr;
}

TEST(ReadDyad, ActorsPeopleAgents) {
  const char* text =
      "# countries\n"
      "actor RUS\n  kind     country\n  name     Russia; Russian Federation\n  adj      Russian\n"
      "  capital  Moscow\n  seat     Kremlin [RUSGOV]\n  sub      Defense Ministry [RUSMIL]\n"
      "  colour   red\n"
      "person Sergei Shoigu\n  gender  m\n  name    Sergei Shoigu; Shoigu\n"
      "  role    RUSMIL 2012-11-06..2024-05-12  defence minister\n"
      "  role    RUSGOV 2024-05-12..            secretary of the Security Council\n"
      "person Jane Former\n  name Former\n  role GBRGOV 2001-01-01..2005-12-31 minister\n"
      "  role GBRMIL 2008-01-01..2009-12-31 minister\n"
      "agent MIL\n  noun army; serviceman/servicemen\n"
      "agent NGO\n  noun charity\n  mode prefix\n"
      "generic countries; states\n"
      "modifier former ELI\n"
      "  stray field\n";
  Model m;
  ReadDyad(text, "x.dict", &m);
  const Actor* russia = FindActor(m, "Russia");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->codes[0].code, "RUS");
  ASSERT_NE(FindActor(m, "Moscow"), nullptr);
  EXPECT_EQ(FindActor(m, "Kremlin")->codes[0].code, "RUSGOV");
  const Actor* defmin = FindActor(m, "Russian Defense Ministry");
  ASSERT_NE(defmin, nullptr);
  EXPECT_EQ(defmin->codes[0].code, "RUSMIL");
  EXPECT_NE(FindActor(m, "Russian Federation Defense Ministry"), nullptr);
  EXPECT_EQ(FindActor(m, "Russian")->kind, ActorKind::kAdjective);

  const Actor* shoigu = FindActor(m, "Shoigu");
  ASSERT_NE(shoigu, nullptr);
  EXPECT_EQ(CodeAt(*shoigu, Day(2010, 1, 1)), "");        // before the first term
  EXPECT_EQ(CodeAt(*shoigu, Day(2023, 7, 27)), "RUSMIL");  // defence minister
  EXPECT_EQ(CodeAt(*shoigu, Day(2024, 5, 12)), "RUSMIL");  // the first role wins the shared day
  EXPECT_EQ(CodeAt(*shoigu, Day(2025, 1, 1)), "RUSGOV");
  const Actor* former = FindActor(m, "Former");
  EXPECT_EQ(CodeAt(*former, Day(2007, 1, 1)), "GBRELI");  // between terms
  EXPECT_EQ(CodeAt(*former, Day(2012, 1, 1)), "GBRELI");  // after the last

  ASSERT_EQ(m.agents.size(), 2u);
  EXPECT_EQ(m.agents[0].phrases.size(), 3u);
  EXPECT_EQ(m.agents[0].phrases[0].words.back().match, WordMatch::kEndings);
  EXPECT_EQ(m.agents[0].phrases[2].written, "servicemen");
  EXPECT_TRUE(m.agents[1].prefix);
  EXPECT_EQ(m.generics, (std::vector<std::string>{"countries", "states"}));
  EXPECT_EQ(m.modifiers.at("former"), "ELI");
  ASSERT_EQ(m.warnings.size(), 2u);  // the unknown field "colour", a field under modifier
  EXPECT_EQ(m.warnings[0].where.line, 9u);
  EXPECT_EQ(m.warnings[1].where.line, 26u);
}

TEST(ReadDyad, BadEntriesAreWarnedAndSkipped) {
  const struct {
    const char* text;
    size_t actors, warnings;
  } kCases[] = {
      {"actor rus!\n  name Russia\n", 0, 1},
      {"actor RUS\n  kind planet\n  name Russia\n", 1, 1},
      {"person Nobody\n  name Nobody\n", 1, 1},
      {"person X\n  role RUSGOV 2024-13-01.. boss\n", 1, 2},
      {"  name orphan\nactor USA\n  name United States\n", 1, 1},
      {"banana split\n", 0, 1},
      {"actor FRA\n  seat Elysee\n  name France\n", 1, 1},
  };
  for (const auto& c : kCases) {
    Model m;
    ReadDyad(c.text, "bad.dict", &m);
    EXPECT_EQ(m.actors.size(), c.actors) << c.text;
    EXPECT_EQ(m.warnings.size(), c.warnings) << c.text;
  }
}

TEST(ReadDiscards, SentenceStoryAndWordBoundary) {
  Model m;
  ReadDiscards("# comment\nMONTHS LATER\n+World Golf Championships   # pas\nBASEBALL_\n", "d.txt", &m);
  ASSERT_EQ(m.discards.size(), 3u);
  EXPECT_FALSE(m.discards[0].story);
  EXPECT_EQ(m.discards[0].phrase.words.back().match, WordMatch::kStem);
  EXPECT_TRUE(m.discards[1].story);
  EXPECT_EQ(m.discards[1].phrase.words.size(), 3u);
  EXPECT_EQ(m.discards[2].phrase.words.back().match, WordMatch::kExact);
}

TEST(ReadIssues, NotationsAndBlocks) {
  const char* text =
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
      "n:teacher [TEACHERS]\npre+n:school [EARLY]\nv:disperse the protest [UNREST]\n~a head start\n"
      "no code here\n</ISSUE>\n";
  Model m;
  ReadIssues(text, "i.txt", &m);
  ASSERT_EQ(m.issues.size(), 5u);  // teacher, pre school, pre-school, disperse..., ~a head start
  EXPECT_EQ(m.issues[0].category, "EDUCATION");
  EXPECT_EQ(m.issues[0].phrase.words[0].match, WordMatch::kEndings);
  EXPECT_EQ(m.issues[1].phrase.words.size(), 2u);
  EXPECT_EQ(m.issues[2].phrase.words[0].text, "pre-school");
  EXPECT_EQ(m.issues[3].phrase.words[0].text, "dispers");
  EXPECT_EQ(m.issues[3].phrase.words[0].match, WordMatch::kStem);
  EXPECT_TRUE(m.issues[4].ignore);
  ASSERT_EQ(m.warnings.size(), 1u);
  EXPECT_EQ(m.warnings[0].where.line, 6u);
}

TEST(ReadConfig, ProjectOptionsIni) {
  Model m;
  TabariProject p = ReadTabariProject(
      "Validation file\n<actorsfile> \tDemo.actors\n<verbsfile> Demo.verbs\n<agentsfile> V.agents\n"
      "<optionsfile> V.options\n<session> old\n",
      "v.project", &m);
  EXPECT_EQ(p.actors, "Demo.actors");
  EXPECT_EQ(p.verbs, "Demo.verbs");
  EXPECT_EQ(p.agents, "V.agents");
  EXPECT_EQ(p.options, "V.options");

  ReadTabariOptions("// comment\nCOMPLEX: VERBS[5] CONJ[4]\nSET: LABEL = TRUE\nLABEL: 010=YIELD\n~~~~~\n",
                    "v.options", &m);
  EXPECT_EQ(m.labels.at("010"), "YIELD");
  EXPECT_EQ(m.options.at("SET LABEL"), "TRUE");
  EXPECT_EQ(m.options.at("COMPLEX"), "VERBS[5] CONJ[4]");
  ASSERT_EQ(m.warnings.size(), 1u);

  PetrarchConfig c = ReadPetrarchConfig(
      "[Dictionaries]\nverbfile_name    = CAMEO.2.0.txt\nactorfile_list   = A.txt, B.txt ,C.txt\n"
      "agentfile_name   = Ag.txt\n[Options]\nrequire_dyad = True\n",
      "PETR_config.ini", &m);
  EXPECT_EQ(c.verbs, "CAMEO.2.0.txt");
  EXPECT_EQ(c.actors, (std::vector<std::string>{"A.txt", "B.txt", "C.txt"}));
  EXPECT_EQ(c.agents, "Ag.txt");
  EXPECT_EQ(m.options.at("require_dyad"), "True");
}

}  // namespace
}  // namespace dyad::dict
