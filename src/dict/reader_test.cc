// Reader tests, one table per format feature: phrase notations, code groups and dates,
// then each file format on small made-up dictionaries (Middle-earth, as TABARI's own
// demo does).
#include <gtest/gtest.h>

#include "dict/reader_common.h"
#include "dict/readers.h"

namespace dyad::dict {
namespace {

// "al:s+ gore:s": text, kind (x exact, e endings, s stem, c cased), '+' = gap after.
std::string Describe(const Phrase& p) {
  std::string out;
  for (const Word& w : p.words) {
    if (!out.empty()) out += ' ';
    out += w.text + ':' + "xesc"[static_cast<int>(w.match)];
    if (w.gap_after) out += '+';
  }
  return out;
}

int32_t Day(int y, int m, int d) { return static_cast<int32_t>(Date{y, m, d}.ToDays()); }

TEST(PhraseNotation, Tabari) {
  const struct {
    const char* written;
    const char* words;
  } kCases[] = {
      {"NORTH_KOREA_", "north:x korea:e"},
      {"ARGENTIN", "argentin:s"},
      {"AL GORE", "al:s+ gore:s"},
      {"AL_ GORE", "al:x+ gore:s"},
      {"MINIST~_OF_DEFEN", "minist:s of:x defen:s"},
      {"ESTONIA=", "estonia:x"},
      {"JOURNALISTS'_UNION_", "journalists:x ':x union:e"},
      {"  DANISH_BIRDS  ", "danish:x birds:s"},
  };
  for (const auto& c : kCases) EXPECT_EQ(Describe(TabariPhrase(c.written)), c.words) << c.written;
}

TEST(PhraseNotation, PetrarchAndDyad) {
  EXPECT_EQ(Describe(PlainPhrase("US_PREsident George Bush", WordMatch::kEndings)), "us:x president:x george:x bush:e");
  EXPECT_EQ(Describe(PlainPhrase("AFGHANISTAN_", WordMatch::kEndings)), "afghanistan:e");
  EXPECT_EQ(Describe(TextPhrase("Democratic People's Republic of Korea", WordMatch::kExact)),
            "democratic:x people:x 's:x republic:x of:x korea:x");
  EXPECT_EQ(Describe(TextPhrase("=US", WordMatch::kExact)), "US:c");
  EXPECT_EQ(Plural("ARMY"), "ARMIES");
  EXPECT_EQ(Plural("boss"), "bosses");
  EXPECT_EQ(Plural("envoy"), "envoys");
}

TEST(CodeGroups, DatesAndPivot) {
  const struct {
    const char* inside;
    bool ok;
    const char* code;
    int32_t from, to;
  } kCases[] = {
      {"USAGOV", true, "USAGOV", kMinDay, kMaxDay},
      {"USAGOV <011214", true, "USAGOV", kMinDay, Day(2001, 12, 14)},
      {"HOB < 950601", true, "HOB", kMinDay, Day(1995, 6, 1)},
      {"HOBREB > 990816", true, "HOBREB", Day(1999, 8, 16), kMaxDay},
      {"HOBGOV 950601 - 990815", true, "HOBGOV", Day(1995, 6, 1), Day(1999, 8, 15)},
      {"RUSGOV 19390322-19641116", true, "RUSGOV", Day(1939, 3, 22), Day(1964, 11, 16)},
      {"RUSELI 19240101-641014", true, "RUSELI", Day(1924, 1, 1), Day(1964, 10, 14)},  // mixed widths
      {"X <300101", true, "X", kMinDay, Day(2030, 1, 1)},  // 00-30 -> 20YY
      {"X <310101", true, "X", kMinDay, Day(1931, 1, 1)},  // 31-99 -> 19YY
      {"---", true, "---", kMinDay, kMaxDay},
      {"GON/ARN", true, "GON/ARN", kMinDay, kMaxDay},
      {"IRQOCC 1920030320-20060520", false, "", 0, 0},  // ten digits
      {"EGYGOV 20121207-20120802", false, "", 0, 0},    // ends before it starts
      {"991201-010114", false, "", 0, 0},               // no code
      {"X 990230-991231", false, "", 0, 0},             // no 30 February
  };
  for (const auto& c : kCases) {
    Model m;
    DatedCode d;
    ASSERT_EQ(ParseDatedCode(c.inside, {0, 1}, &m, &d), c.ok) << c.inside;
    EXPECT_EQ(m.warnings.size(), c.ok ? 0u : 1u) << c.inside;
    if (!c.ok) continue;
    EXPECT_EQ(d.code, c.code) << c.inside;
    EXPECT_EQ(d.from, c.from) << c.inside;
    EXPECT_EQ(d.to, c.to) << c.inside;
  }
}

TEST(CodeGroups, EventCodes) {
  const struct {
    const char* inside;
    bool ok;
    const char* code;
    const char* paired;
    char suffix;
  } kCases[] = {
      {"032:033", true, "032", "033", 0}, {"023?", true, "023", "", '?'}, {"031!", true, "031", "", '!'},
      {"---", true, "---", "", 0},        {":173", true, "", "173", 0},   {"###", true, "###", "", 0},
      {"", false, "", "", 0},             {"0 3-1", false, "", "", 0},
  };
  for (const auto& c : kCases) {
    EventCode e;
    ASSERT_EQ(ParseEventCode(c.inside, &e), c.ok) << c.inside;
    if (!c.ok) continue;
    EXPECT_EQ(e.code, c.code);
    EXPECT_EQ(e.paired, c.paired);
    EXPECT_EQ(e.suffix, c.suffix);
  }
}

TEST(ReadActors, TabariBlocksSectionsAndFinish) {
  const char* text =
      "<NOUN>\nLEADER ;pas\n</NOUN>\n<ADJECTIVE>\nEVIL\n</ADJECTIVE>\n"
      "ARNOR  [ARN] ;jw 10/17/91\n"
      "ALBRIGHT  [USAGOV 991201-010114] [---] ;two groups on one line\n"
      "#ALBRIGHZ [USA]\n"
      "GOLLUM ; pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 950601 - 990815]\n\t[HOBREB > 990816]\n"
      "LORIEN  [ELR/GAL]\n"
      "BAD  [X 1920030320-20060520] [Y]\n"
      "FINISH\nAFTER [AFT]\n";
  Model m;
  ReadActors(text, "demo.actors", Notation::kTabari, &m);
  ASSERT_EQ(m.actors.size(), 5u);
  EXPECT_EQ(m.nouns.size(), 1u);
  EXPECT_EQ(m.adjectives.size(), 1u);
  EXPECT_EQ(m.actors[0].codes[0].code, "ARN");
  EXPECT_EQ(m.actors[1].codes.size(), 2u);
  const Actor& gollum = m.actors[2];
  ASSERT_EQ(gollum.phrases.size(), 2u);
  EXPECT_EQ(gollum.phrases[1].written, "SMEAGOL");
  EXPECT_EQ(CodeAt(gollum, Day(1990, 1, 1)), "HOB");
  EXPECT_EQ(CodeAt(gollum, Day(1997, 1, 1)), "HOBGOV");
  EXPECT_EQ(CodeAt(gollum, Day(2005, 1, 1)), "HOBREB");
  EXPECT_EQ(m.actors[3].codes[0].code, "ELR/GAL");
  EXPECT_EQ(m.actors[4].codes.size(), 1u);  // the bad group is dropped, the good one kept
  ASSERT_EQ(m.warnings.size(), 1u);
  EXPECT_EQ(m.warnings[0].where.line, 16u);
  EXPECT_EQ(m.Describe(m.warnings[0]).substr(0, 15), "demo.actors:16:");
}

TEST(ReadActors, PetrarchPrimariesSharingCodeLines) {
  const char* text =
      "# comment\n"
      "LEONID_BREZHNEV_  # CountryInfo.txt\nSECRETARY_BREZHNEV\n+BREZHNEV\n"
      "\t[RUSELI 19240101-641014]\n\t[RUSGOV 641014-821110]\n"
      "FINISH_LINE_INC_\t[MNCUSA]\t# a company, not the end of the file\n"
      "<!-- an XML comment\n  spanning lines -->\nGONDOR [GON]\n";
  Model m;
  ReadActors(text, "p.txt", Notation::kPetrarch, &m);
  ASSERT_EQ(m.actors.size(), 3u);
  EXPECT_EQ(m.actors[0].phrases.size(), 3u);
  EXPECT_EQ(m.actors[0].primaries, 2u);
  EXPECT_EQ(CodeAt(m.actors[0], Day(1970, 1, 1)), "RUSGOV");
  EXPECT_EQ(m.actors[1].phrases[0].written, "FINISH_LINE_INC_");
  EXPECT_EQ(m.actors[2].codes[0].code, "GON");
  EXPECT_TRUE(m.warnings.empty());
}

TEST(ReadAgents, TabariAndPetrarch) {
  Model t;
  ReadAgents("PRESIDENT_  [ ~GOVPRS] ;ns\nHUMAN_RIGHTS_BODY_   [  NGO~]\nNO_CODE_HERE\n", "v.agents",
             Notation::kTabari, &t);
  ASSERT_EQ(t.agents.size(), 2u);
  EXPECT_EQ(t.agents[0].code, "GOVPRS");
  EXPECT_FALSE(t.agents[0].prefix);
  EXPECT_TRUE(t.agents[1].prefix);
  ASSERT_EQ(t.warnings.size(), 1u);
  EXPECT_EQ(t.warnings[0].where.line, 3u);

  Model p;
  ReadAgents("!PERSON! = MAN, MEN\nPOLICE!PERSON! [~COP]\nCHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\n"
             "ARMED_POLICE {} [~COP]\nFARMER [~AGR]\nX!UNDEFINED! [~GOV]\n",
             "a.txt", Notation::kPetrarch, &p);
  ASSERT_EQ(p.agents.size(), 4u);
  ASSERT_EQ(p.agents[0].phrases.size(), 2u);
  EXPECT_EQ(Describe(p.agents[0].phrases[0]), "policeman:x");
  EXPECT_EQ(Describe(p.agents[0].phrases[1]), "policemen:x");
  EXPECT_EQ(Describe(p.agents[1].phrases[1]), "chambers:x of:x commerce:x");
  EXPECT_EQ(Describe(p.agents[2].phrases[0]), "armed:x police:x");
  EXPECT_EQ(Describe(p.agents[3].phrases[0]), "farmer:e");
  EXPECT_EQ(p.warnings.size(), 2u);  // the undefined marker, then the agent left with no phrase
}

// A marker form that names a marker is inserted as written, never expanded again (found by
// fuzz_dict_petrarch: the expansion recursed until memory ran out).
TEST(ReadAgents, MarkerFormsAreNotExpandedAgain) {
  Model m;
  ReadAgents("!A! = X!A!Y, Z\nPOLICE!A! [~COP]\n", "a.txt", Notation::kPetrarch, &m);
  ASSERT_EQ(m.agents.size(), 1u);
  bool plain = false;
  for (const Phrase& ph : m.agents[0].phrases) plain |= Describe(ph) == "policez:x";
  EXPECT_TRUE(plain);
  EXPECT_LE(m.agents[0].phrases.size(), 2u);
}

// Many markers with many forms are cut at a bound rather than multiplying without end.
TEST(ReadAgents, MarkerExpansionIsBounded) {
  std::string text = "!M! = F0";
  for (int i = 1; i < 20; ++i) text += ", F" + std::to_string(i);
  text += "\nA!M!B!M!C!M!D!M! [~GOV]\n";
  Model m;
  ReadAgents(text, "a.txt", Notation::kPetrarch, &m);
  ASSERT_EQ(m.agents.size(), 1u);
  EXPECT_LE(m.agents[0].phrases.size(), 4096u);
  EXPECT_FALSE(m.warnings.empty());
}

}  // namespace
}  // namespace dyad::dict
