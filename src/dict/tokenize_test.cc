// The splitter and case folding that dictionaries and text share.
#include "dict/tokenize.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

std::string Joined(std::string_view text, bool simple = true) {
  std::string out;
  for (const TextToken& t : simple ? SplitWordsSimple(text) : SplitWords(text)) {
    if (!out.empty()) out += '|';
    out += text.substr(t.begin, t.end - t.begin);
  }
  return out;
}

TEST(SplitWords, Table) {
  const struct {
    const char* text;
    const char* tokens;
  } kCases[] = {
      {"North Korea", "North|Korea"},
      {"Russia's defence", "Russia|'s|defence"},
      {"Russia\xE2\x80\x99s army", "Russia|\xE2\x80\x99s|army"},
      {"the U.S. and N. Korea.", "the|U.S.|and|N.|Korea|."},
      {"Mr. Kim said, \"no\".", "Mr.|Kim|said|,|\"|no|\"|."},
      {"(Pyongyang)", "(|Pyongyang|)"},
      {"don't", "do|n't"},
      {"journalists' union", "journalists|'|union"},
      {"president-elect Obama", "president-elect|Obama"},
      {"Moscow\xE2\x80\x94Pyongyang", "Moscow|\xE2\x80\x94|Pyongyang"},
      {"wait...", "wait|..."},
      {"  spaced\tout\n", "spaced|out"},
      {"", ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(Joined(c.text), c.tokens) << c.text;
}

// SplitWords is the pipeline's segmenter when it is built; the cases dictionaries rely on
// split the same either way.
TEST(SplitWords, AgreesWithTheSimpleSplitterOnDictionaryPhrases) {
  for (const char* text : {"North Korea's army", "the U.S. and N. Korea", "Democratic People's Republic of Korea",
                           "Kim Jong Un", "UN Security Council", "(Pyongyang)"}) {
    EXPECT_EQ(Joined(text, false), Joined(text, true)) << text;
  }
}

TEST(SplitWords, MarksSentenceEnds) {
  std::string text = "He left. She stayed!";
  std::vector<TextToken> toks = SplitWords(text);
  ASSERT_EQ(toks.size(), 6u);
  EXPECT_TRUE(toks[2].sentence_end);
  EXPECT_FALSE(toks[1].sentence_end);
  EXPECT_TRUE(toks[5].sentence_end);
}

TEST(FoldCase, Table) {
  const struct {
    const char* in;
    const char* out;
  } kCases[] = {
      {"KOREA", "korea"},
      {"Kim", "kim"},
      {"\xC3\x89LYS\xC3\x89\x45", "\xC3\xA9lys\xC3\xA9\x65"},  // ÉLYSÉE
      {"Russia\xE2\x80\x99s", "russia's"},
      {"\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90", "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"},  // МОСКВА
      {"U.S.", "u.s."},
  };
  for (const auto& c : kCases) EXPECT_EQ(FoldCase(c.in), c.out) << c.in;
}

TEST(SplitDictWord, SplitsLikeText) {
  EXPECT_EQ(SplitDictWord("JOURNALISTS'"), (std::vector<std::string>{"JOURNALISTS", "'"}));
  EXPECT_EQ(SplitDictWord("U.S."), (std::vector<std::string>{"U.S."}));
  EXPECT_EQ(SplitDictWord("PEOPLE'S"), (std::vector<std::string>{"PEOPLE", "'S"}));
}

}  // namespace
}  // namespace dyad::dict
