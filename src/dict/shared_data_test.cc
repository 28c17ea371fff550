// The field's real dictionaries from ../shared load completely: every count the readers
// report is checked against a straightforward line scan of the same file, and no file
// stops loading. Skips, visibly, where ../shared is absent.
#include <gtest/gtest.h>

#include <set>

#include "dict/load.h"
#include "dict/reader_common.h"
#include "dict/testing.h"

namespace dyad::dict {
namespace {

using testing::HaveShared;
using testing::ReadShared;
using testing::SharedDir;

const char kPetrarch[] = "data/petrarch/petrarch2/dictionaries/";

// Lines satisfying `pred`, after trimming trailing '\r'.
template <typename Pred>
size_t CountLines(const std::string& text, Pred pred) {
  size_t n = 0;
  Lines lines(text);
  std::string_view l;
  while (lines.Next(&l)) n += pred(l) ? 1 : 0;
  return n;
}

size_t Warned(const Model& m, std::string_view what) {
  size_t n = 0;
  for (const Warning& w : m.warnings) n += w.message.find(what) != std::string::npos;
  return n;
}

Model MustLoad(const std::string& rel) {
  Result<Model> m = LoadModel(SharedDir() + "/" + rel);
  EXPECT_TRUE(m.ok()) << rel << ": " << m.status().ToString();
  return m.ok() ? std::move(m).value() : Model();
}

TEST(SharedDictionaries, PhoenixActorsCountPrimaryPhrasesAndSynonyms) {
  for (const char* file : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                           "Phoenix.MilNonState.actors.txt"}) {
    const std::string rel = std::string(kPetrarch) + file;
    if (!HaveShared(rel)) GTEST_SKIP() << "needs ../shared/" << rel;
    const std::string text = ReadShared(rel);
    // A primary phrase is a line starting with neither '+', '#', '<' nor whitespace.
    const size_t primaries = CountLines(text, [](std::string_view l) {
      return !l.empty() && l[0] != '+' && l[0] != '#' && l[0] != '<' && l[0] != ' ' && l[0] != '\t';
    });
    const size_t synonyms = CountLines(text, [](std::string_view l) { return !l.empty() && l[0] == '+'; });
    Model m = MustLoad(rel);
    size_t got_primaries = 0, got_phrases = 0;
    for (const Actor& a : m.actors) {
      got_primaries += a.primaries;
      got_phrases += a.phrases.size();
    }
    EXPECT_EQ(got_primaries, primaries) << file;
    EXPECT_EQ(got_phrases, primaries + synonyms - Warned(m, "synonym outside") - Warned(m, "empty synonym")) << file;
    if (std::string(file) == "Phoenix.Countries.actors.txt") {
      EXPECT_EQ(primaries, 18390u);
    }
  }
}

TEST(SharedDictionaries, PhoenixAgentsDiscardsIssues) {
  const std::string agents = std::string(kPetrarch) + "Phoenix.agents.txt";
  if (!HaveShared(agents)) GTEST_SKIP() << "needs ../shared/" << agents;
  const std::string text = ReadShared(agents);
  const size_t coded = CountLines(text, [](std::string_view l) {
    return !l.empty() && l[0] != '#' && l.find('[') != std::string_view::npos && l.find(']') != std::string_view::npos;
  });
  Model m = MustLoad(agents);
  EXPECT_EQ(m.agents.size() + Warned(m, "no phrase") + Warned(m, "bad agent code"), coded);

  const std::string discards = std::string(kPetrarch) + "Phoenix.discards.txt";
  const size_t phrases = CountLines(ReadShared(discards), [](std::string_view l) {
    return !Trim(l).empty() && Trim(l)[0] != '#';
  });
  EXPECT_EQ(MustLoad(discards).discards.size(), phrases);

  const std::string issues = std::string(kPetrarch) + "Phoenix.IssueCoding.txt";
  Model im = MustLoad(issues);
  // Categories whose block holds at least one entry line.
  size_t categories = 0;
  bool open = false, counted = false;
  CountLines(ReadShared(issues), [&](std::string_view l) {
    std::string_view t = Trim(l);
    if (StartsWith(t, "<ISSUE ")) open = true, counted = false;
    else if (StartsWith(t, "</ISSUE")) open = false;
    else if (open && !counted && !t.empty() && t[0] != '#' && t[0] != '~') categories += 1, counted = true;
    return false;
  });
  std::set<std::string> seen;
  for (const Issue& i : im.issues) seen.insert(i.category);
  EXPECT_EQ(seen.size(), categories);
}

TEST(SharedDictionaries, Cameo2Verbs) {
  const std::string rel = std::string(kPetrarch) + "CAMEO.2.0.txt";
  if (!HaveShared(rel)) GTEST_SKIP() << "needs ../shared/" << rel;
  const std::string text = ReadShared(rel);
  const size_t patterns = CountLines(text, [](std::string_view l) { return StartsWith(l, "- "); });
  const size_t blocks = CountLines(text, [](std::string_view l) { return StartsWith(l, "---"); });
  const size_t synsets = CountLines(text, [](std::string_view l) { return StartsWith(l, "&"); });
  const size_t transformations = CountLines(text, [](std::string_view l) { return StartsWith(l, "~ "); });
  Model m = MustLoad(rel);
  // 204 lines repeat a pattern written earlier in their block for the same verbs: the later
  // line replaces it, as in PETRARCH 2.
  EXPECT_EQ(m.PatternCount(), 4464u);
  EXPECT_EQ(m.verbs.size(), blocks);
  EXPECT_EQ(m.synsets.size(), synsets);
  EXPECT_EQ(m.transformations.size(), transformations);
  EXPECT_EQ(patterns, 4668u);
  EXPECT_EQ(blocks, 397u);
  EXPECT_EQ(synsets, 40u);
  EXPECT_EQ(transformations, 8u);
}

TEST(SharedDictionaries, TabariMasterVerbsAndDemo) {
  const std::string verbs = "data/tabari/CAMEO.091003.master.verbs";
  if (!HaveShared(verbs)) GTEST_SKIP() << "needs ../shared/" << verbs;
  const size_t patterns = CountLines(ReadShared(verbs), [](std::string_view l) { return StartsWith(l, "-"); });
  Model m = MustLoad(verbs);
  EXPECT_EQ(m.PatternCount() + Warned(m, "pattern without"), patterns);
  EXPECT_EQ(patterns, 15582u);

  Model demo = MustLoad("data/tabari/Validate.project");
  EXPECT_GT(demo.actors.size(), 100u);
  EXPECT_GT(demo.agents.size(), 50u);
  EXPECT_GT(demo.PatternCount(), 300u);
  EXPECT_EQ(demo.synsets.size(), 5u);
  EXPECT_FALSE(demo.labels.empty());
}

TEST(SharedDictionaries, EveryConfiguredSetLoadsAndCompiles) {
  for (const char* rel : {"data/petrarch/petrarch2/config/PETR_config.ini", "data/tabari/Validate.project",
                          "data/petrarch/petrarch2/dictionaries/CAMEO.verbpatterns.150430.txt",
                          "data/petrarch/petrarch2/dictionaries/PETR.Validate.verbs.txt",
                          "data/petrarch/universal-petrarch/dictionaries/PETR.Validate.verbs.2.0.txt"}) {
    if (!HaveShared(rel)) GTEST_SKIP() << "needs ../shared/" << rel;
    LoadInfo info;
    auto d = Load(SharedDir() + "/" + rel, {.read_cache = false, .write_cache = false}, &info);
    ASSERT_TRUE(d.ok()) << rel << ": " << d.status().ToString();
    EXPECT_GT((*d)->Stats().patterns + (*d)->Stats().actors, 0u) << rel;
    EXPECT_LT((*d)->Stats().warnings, 200u) << rel;
  }
}

}  // namespace
}  // namespace dyad::dict
