// dyad's own format, PETRARCH discards and issues, and the files that name dictionaries
// (TABARI .project and .options, PETRARCH .ini).
#include <gtest/gtest.h>

#include "dict/cache.h"
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

const char kEvents[] =
    "event 042                      # Make a visit\n"
    "  verb    visit; travel [to]; pay visit [to]\n"
    "  noun    visit; trip [to]\n"
    "  pair    043\n"
    "event 1411\n"
    "  verb    protest [-]; stage rally [against]\n"
    "event 163\n"
    "  verb    impose sanction [on]; sanction\n";

// Flattens a pattern for comparison: "*visit visit (to +)", "$ *protest".
std::string Show(const std::vector<PatternItem>& items) {
  std::string out;
  for (const PatternItem& it : items) {
    if (!out.empty()) out += ' ';
    switch (it.kind) {
      case PatternItem::Kind::kVerb: out.append("*").append(it.word.text); break;
      case PatternItem::Kind::kWord: out += it.word.text; break;
      case PatternItem::Kind::kSource: out += "$"; break;
      case PatternItem::Kind::kTarget: out += "+"; break;
      case PatternItem::Kind::kPrepPhrase: out.append("(").append(Show(it.children.at(0))).append(")"); break;
      default: out += "?";
    }
  }
  return out;
}

TEST(ReadDyadEvents, EntriesBecomeVerbBlocks) {
  Model m;
  ReadDyad(kEvents, "v.dict", &m);
  ASSERT_TRUE(m.warnings.empty()) << m.Describe(m.warnings[0]);
  ASSERT_EQ(m.verbs.size(), 3u);
  const VerbBlock& visit = m.verbs[0];
  EXPECT_EQ(visit.name, "042");
  EXPECT_EQ(visit.code.code, "042");
  EXPECT_EQ(visit.code.paired, "043");
  EXPECT_EQ(visit.where.line, 1u);
  const struct {
    size_t block, verb;
    const char* lemma;
    bool noun, has_code;
    const char* some_form;
  } kForms[] = {
      {0, 0, "visit", false, true, "visited"},   {0, 1, "travel", false, false, "travels"},
      {0, 2, "pay", false, false, "paid"},       {0, 3, "visit", true, true, "visits"},
      {0, 4, "trip", true, false, "trips"},      {1, 0, "protest", false, false, "protesting"},
      {1, 1, "stage", false, false, "staged"},   {2, 0, "impose", false, false, "imposes"},
      {2, 1, "sanction", false, true, "sanctioned"},
  };
  for (const auto& f : kForms) {
    const VerbForm& v = m.verbs[f.block].verbs.at(f.verb);
    EXPECT_EQ(v.words, std::vector<std::string>{f.lemma});
    EXPECT_EQ(v.forms.at(0), f.lemma);
    EXPECT_NE(std::find(v.forms.begin(), v.forms.end(), f.some_form), v.forms.end()) << f.some_form;
    EXPECT_EQ(v.noun, f.noun) << f.lemma;
    EXPECT_EQ(v.has_code, f.has_code) << f.lemma;
    if (f.has_code) {
      EXPECT_EQ(v.code.code, m.verbs[f.block].code.code);
    }
  }
  const struct {
    size_t block, pattern;
    const char* shown;
    uint32_t line;
  } kPatterns[] = {
      {0, 0, "*travel (to +)", 2},       {0, 1, "*pay visit (to +)", 2}, {0, 2, "*trip (to +)", 3},
      {1, 0, "$ *protest", 6},           {1, 1, "*stage rally (against +)", 6},
      {2, 0, "*impose sanction (on +)", 8},
  };
  for (const auto& p : kPatterns) {
    const VerbPattern& vp = m.verbs[p.block].patterns.at(p.pattern);
    EXPECT_EQ(Show(vp.items), p.shown);
    EXPECT_EQ(vp.code.code, m.verbs[p.block].code.code);
    EXPECT_EQ(vp.where.line, p.line);
  }
  EXPECT_EQ(m.verbs[0].patterns.size(), 3u);
  EXPECT_EQ(m.verbs[1].patterns.size(), 2u);
  EXPECT_EQ(m.verbs[2].patterns.size(), 1u);
}

TEST(ReadDyadEvents, ProblemsAreWarnedWithTheirLine) {
  const struct {
    const char* text;
    size_t blocks, forms;  // blocks kept, verb forms in the first block
    uint32_t line;         // of the first warning
    const char* message;   // part of the first warning
  } kCases[] = {
      {"event 999\n  verb visit\n", 0, 0, 1, "unknown CAMEO event code '999'"},
      {"event 0429\n  verb visit\n", 0, 0, 1, "unknown CAMEO event code '0429'"},
      {"event 42a\n  verb visit\n", 0, 0, 1, "unknown CAMEO event code"},
      {"event 042\n  verb visit\n  pair 999\n", 1, 1, 3, "'999' in pair"},
      {"event 042\n  verb\n  noun visit\n", 1, 1, 2, "empty verb list"},
      {"event 042\n  verb ; ;\n", 0, 0, 2, "empty verb list"},
      {"event 042\n  verb travel [to\n  noun visit\n", 1, 1, 2, "unbalanced brackets"},
      {"event 042\n  verb travel to]; visit\n", 1, 1, 2, "unbalanced brackets"},
      {"event 042\n  verb travel ]to[\n  verb visit\n", 1, 1, 2, "unbalanced brackets"},
      {"event 042\n  verb travel [to] [in]; visit\n", 1, 1, 2, "more than one [prep]"},
      {"event 042\n  verb travel [to] now; visit\n", 1, 1, 2, "must end"},
      {"event 042\n  verb travel []; visit\n", 1, 1, 2, "bad preposition"},
      {"event 042\n  verb [to]; visit\n", 1, 1, 2, "no lemma"},
      {"event 042\n  verb Visit; visit\n", 1, 1, 2, "'Visit' is not a lower-case lemma"},
      {"event 042\n  verb visit\n  colour red\n", 1, 1, 3, "unknown event field 'colour'"},
      {"event 042\n  pair 043\n", 0, 0, 1, "has no verb or noun"},
      {"event 042\n  verb visit; visit\n", 1, 1, 2, "already in event 042 on line 2"},
      {"event 042\n  verb visit\nevent 043\n  verb visit\n  verb host\n", 2, 1, 4, "already in event 042"},
      {"event 042\n  verb visit\nevent 042\n  verb tour\n", 1, 1, 3, "already defined on line 1"},
      {"event 042\n  verb visit\n  pair 043\n  pair 044\n", 1, 1, 4, "more than one pair"},
  };
  for (const auto& c : kCases) {
    Model m;
    ReadDyad(c.text, "bad.dict", &m);
    EXPECT_EQ(m.verbs.size(), c.blocks) << c.text;
    if (!m.verbs.empty()) {
      EXPECT_EQ(m.verbs[0].verbs.size(), c.forms) << c.text;
    }
    ASSERT_FALSE(m.warnings.empty()) << c.text;
    EXPECT_EQ(m.warnings[0].where.line, c.line) << c.text;
    const std::string described = m.Describe(m.warnings[0]);
    const std::string prefix = std::string("bad.dict:").append(std::to_string(c.line)).append(": ");
    EXPECT_EQ(described.rfind(prefix, 0), 0u) << described;
    EXPECT_NE(described.find(c.message), std::string::npos) << described;
  }
}

TEST(ReadDyadEvents, NounFlagSurvivesTheCache) {
  Model m;
  ReadDyad(kEvents, "v.dict", &m);
  Result<Model> back = DeserializeModel(SerializeModel(m, 5), 5);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ASSERT_EQ(back->verbs.size(), m.verbs.size());
  for (size_t b = 0; b < m.verbs.size(); ++b) {
    EXPECT_EQ(back->verbs[b].code.paired, m.verbs[b].code.paired);
    ASSERT_EQ(back->verbs[b].verbs.size(), m.verbs[b].verbs.size());
    for (size_t v = 0; v < m.verbs[b].verbs.size(); ++v) {
      EXPECT_EQ(back->verbs[b].verbs[v].noun, m.verbs[b].verbs[v].noun);
      EXPECT_EQ(back->verbs[b].verbs[v].forms, m.verbs[b].verbs[v].forms);
    }
    ASSERT_EQ(back->verbs[b].patterns.size(), m.verbs[b].patterns.size());
    for (size_t p = 0; p < m.verbs[b].patterns.size(); ++p)
      EXPECT_EQ(Show(back->verbs[b].patterns[p].items), Show(m.verbs[b].patterns[p].items));
  }
  EXPECT_TRUE(back->verbs[0].verbs[3].noun);
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
