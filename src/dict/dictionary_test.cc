// The compiled dictionary: codes that change with the date, agents composed with actors,
// dyad generics, duplicate phrases, the verb-form index, synset members by opening.
#include "dict/dictionary.h"

#include <gtest/gtest.h>

#include "dict/readers.h"
#include "dict/tokenize.h"

namespace dyad::dict {
namespace {

std::shared_ptr<const Dictionary> Build(std::string_view actors, Notation n, std::string_view dyad = {}) {
  Model m;
  if (!actors.empty()) ReadActors(actors, "test.actors", n, &m);
  if (!dyad.empty()) ReadDyad(dyad, "test.dict", &m);
  Dictionary::Builder b;
  b.Add(std::move(m));
  return b.Finish();
}

// The code of the first mention in `text` on `date`.
std::string CodeIn(const Dictionary& d, const std::string& text, const char* date) {
  std::vector<std::string_view> toks;
  for (const TextToken& t : SplitWords(text)) toks.push_back(std::string_view(text).substr(t.begin, t.end - t.begin));
  std::vector<PhraseMatch> all = d.FindAll(toks);
  std::vector<Mention> ms = d.FindMentions(toks);
  if (ms.empty()) return "<none>";
  return std::string(d.MentionCode(ms[0], all, *Date::Parse(date)));
}

TEST(Dictionary, SamePhraseDifferentCodesBeforeAndAfterADate) {
  // Six-digit dates (with the 00-30 pivot) and eight-digit dates, on separate lines as
  // PETRARCH writes them and on one line as TABARI allows.
  const char* petrarch =
      "BARACK_OBAMA\n+OBAMA\n\t[USAELI 780101-000101]\n\t[USAGOV >090120]\n"
      "SERGEI_SHOIGU\n\t[RUSGOV 19940122-20120511]\n\t[RUSMIL 20121106-20240512]\n\t[RUSELI]\n";
  auto d = Build(petrarch, Notation::kPetrarch);
  const struct {
    const char* text;
    const char* date;
    const char* code;
  } kCases[] = {
      {"Obama spoke", "1999-12-31", "USAELI"},
      {"Obama spoke", "2000-01-01", "USAELI"},  // "000101" is 2000 (pivot), inclusive
      {"Obama spoke", "2000-01-02", ""},        // no restriction holds, no default
      {"Obama spoke", "2009-01-19", ""},
      {"Obama spoke", "2009-01-20", "USAGOV"},  // ">090120": on or after
      {"Barack Obama spoke", "2015-06-01", "USAGOV"},
      {"Sergei Shoigu said", "2010-01-01", "RUSGOV"},
      {"Sergei Shoigu said", "2012-08-01", "RUSELI"},
      {"Sergei Shoigu said", "2023-07-27", "RUSMIL"},
      {"Sergei Shoigu said", "2024-05-13", "RUSELI"},
  };
  for (const auto& c : kCases) EXPECT_EQ(CodeIn(*d, c.text, c.date), c.code) << c.text << " " << c.date;

  auto t = Build("GOLLUM\n\t[HOB < 950601]\n\t[HOBGOV 950601 - 990815]\n\t[HOBREB > 990816]\n"
                 "AXNOR  [AR1 <911226] [AR2]\n",
                 Notation::kTabari);
  EXPECT_EQ(CodeIn(*t, "Gollum", "1995-05-31"), "HOB");
  EXPECT_EQ(CodeIn(*t, "Gollum", "1995-06-01"), "HOB");  // both hold; the first wins
  EXPECT_EQ(CodeIn(*t, "Gollum", "1995-06-02"), "HOBGOV");
  EXPECT_EQ(CodeIn(*t, "Gollum", "1999-08-16"), "HOBREB");
  EXPECT_EQ(CodeIn(*t, "Axnor", "1991-12-26"), "AR1");
  EXPECT_EQ(CodeIn(*t, "Axnor", "1991-12-27"), "AR2");
}

TEST(Dictionary, DuplicatePhrasesKeepEveryCode) {
  auto d = Build("KIM_JONG_UN_\n\t[PRKELI 840108-111216]\nKIM_JONG_UN_\n\t[PRKGOV >111217]\n", Notation::kPetrarch);
  EXPECT_EQ(CodeIn(*d, "Kim Jong Un", "2005-01-01"), "PRKELI");
  EXPECT_EQ(CodeIn(*d, "Kim Jong Un", "2023-07-27"), "PRKGOV");
}

TEST(Dictionary, ComposesAgentsWithActors) {
  const struct {
    const char* actor;
    const char* agent;
    bool prefix;
    const char* composed;
  } kCases[] = {
      {"RUS", "MIL", false, "RUSMIL"},   {"GON", "GOVPRS", false, "GONGOVPRS"},
      {"USAGOV", "GOV", false, "USAGOV"}, {"USAGOV", "GOVFRM", false, "USAGOVFRM"},
      {"USA", "NGO", true, "NGOUSA"},    {"", "MIL", false, "MIL"},
  };
  for (const auto& c : kCases) {
    Agent a;
    a.code = c.agent;
    a.prefix = c.prefix;
    EXPECT_EQ(ComposeAgent(c.actor, a), c.composed) << c.actor << "+" << c.agent;
  }
}

TEST(Dictionary, GenericsTurnAdjectivesIntoActors) {
  auto d = Build({}, Notation::kPetrarch,
                 "actor EUR\n  kind region\n  name Europe\n  adj European\n"
                 "generic countries; governments\n"
                 "agent GOV\n  noun government; leader\n");
  EXPECT_EQ(CodeIn(*d, "some European countries said", "2023-07-27"), "EUR");
  EXPECT_EQ(CodeIn(*d, "European governments", "2023-07-27"), "EUR");
  EXPECT_EQ(CodeIn(*d, "the leaders met", "2023-07-27"), "GOV");  // an agent alone, plural
}

TEST(Dictionary, IndexesVerbForms) {
  Model m;
  ReadVerbs("---  MEET   [040]  ---\nMEET {MEETS MET MEETING}\nCONSULT\n- * (WITH $) [040]\n", "v.txt",
            Notation::kPetrarch, &m);
  Dictionary::Builder b;
  b.Add(std::move(m));
  auto d = b.Finish();
  ASSERT_EQ(d->VerbBlocksFor("met").size(), 1u);
  EXPECT_EQ(d->model().verbs[d->VerbBlocksFor("met")[0]].name, "MEET");
  EXPECT_EQ(d->VerbBlocksFor("consulted").size(), 1u);
  EXPECT_EQ(d->VerbBlocksFor("consulting").size(), 1u);
  EXPECT_TRUE(d->VerbBlocksFor("walk").empty());
  EXPECT_EQ(d->Stats().patterns, 1u);
}

TEST(Dictionary, IndexesSynsetMembersByOpening) {
  Model m;
  ReadVerbs("&WEAPON\n+GUN\n+ARTILLERY SHELL\n+GRENADE\n+AIR STRIKE\n+Y\n+SHELLS\n"
            "####### VERB PATTERNS #######\n---  FIRE   [---]  ---\nFIRE\n- * &WEAPON [190]\n",
            "v.txt", Notation::kPetrarch, &m);
  Dictionary::Builder b;
  b.Add(std::move(m));
  auto d = b.Finish();
  const Synset* set = d->FindSynset("WEAPON");
  ASSERT_NE(set, nullptr);
  ASSERT_EQ(set->members.size(), 6u);
  auto members = [&](char c, bool last) {
    const std::span<const uint32_t> s = d->SynsetMembersOpening(*set, static_cast<uint8_t>(c), last);
    return std::vector<uint32_t>(s.begin(), s.end());
  };
  // By the first word, in member order, with "y" (which may match "ies") everywhere.
  EXPECT_EQ(members('g', false), (std::vector<uint32_t>{0, 2, 4}));
  EXPECT_EQ(members('a', false), (std::vector<uint32_t>{1, 3, 4}));
  EXPECT_EQ(members('s', false), (std::vector<uint32_t>{4, 5}));
  EXPECT_EQ(members('x', false), (std::vector<uint32_t>{4}));
  // By the last word: what a match read from the predicate backwards meets first.
  EXPECT_EQ(members('s', true), (std::vector<uint32_t>{1, 3, 4, 5}));
  EXPECT_EQ(members('a', true), (std::vector<uint32_t>{4}));
  const std::span<const uint32_t> none = d->SynsetMembersOpening(*set, 256, false);
  EXPECT_EQ(std::vector<uint32_t>(none.begin(), none.end()), (std::vector<uint32_t>{4}));
}

}  // namespace
}  // namespace dyad::dict
