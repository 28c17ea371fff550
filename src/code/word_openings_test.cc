// Word openings: a token's set covers every pattern word that can match it, and the set
// of different words is told apart.
#include "code/word_openings.h"

#include <gtest/gtest.h>

#include "code/tabari_pattern.h"

namespace dyad::code {
namespace {

WordOpenings Tokens(std::initializer_list<std::string_view> tokens) {
  WordOpenings set;
  for (std::string_view t : tokens) set.AddToken(t);
  return set;
}

WordOpenings Word(std::string_view w) {
  WordOpenings need;
  need.RequireWord(w);
  return need;
}

TEST(WordOpenings, TokensCoverTheWordsThatMatchThem) {
  const struct {
    dict::Word word;
    std::string_view token;
  } matches[] = {
      {{"attack", dict::WordMatch::kExact}, "attack"},
      {{"attack", dict::WordMatch::kStem}, "attacked"},
      {{"effort", dict::WordMatch::kEndings}, "efforts"},
      {{"to", dict::WordMatch::kExact}, "to"},
      {{"a", dict::WordMatch::kStem}, "aid"},
      {{"ly", dict::WordMatch::kExact}, "lies"},  // a plural whose second letter is not the word's
      {{"troop", dict::WordMatch::kExact}, "troops"},
      {{"party", dict::WordMatch::kExact}, "parties"},
  };
  for (const auto& m : matches) EXPECT_TRUE(Tokens({m.token}).Covers(Word(m.word.text))) << m.word.text;
  // The same for every WordMatches pair of a few words and tokens.
  const dict::WordMatch kinds[] = {dict::WordMatch::kExact, dict::WordMatch::kEndings, dict::WordMatch::kStem};
  for (std::string_view w : {"s", "se", "sen", "send", "sends", "troop", "on"})
    for (std::string_view t : {"s", "se", "sent", "send", "sending", "sends", "troops", "on", "one"})
      for (dict::WordMatch k : kinds)
        if (WordMatches(dict::Word{std::string(w), k}, t)) {
          EXPECT_TRUE(Tokens({t}).Covers(Word(w))) << w << " " << t;
        }
}

TEST(WordOpenings, OtherWordsAreNotCovered) {
  const WordOpenings sentence = Tokens({"russia", "sent", "troops", "to", "syria"});
  EXPECT_TRUE(sentence.Covers(Word("send")));  // "se": the opening alone is compared
  EXPECT_FALSE(sentence.Covers(Word("aid")));
  EXPECT_FALSE(sentence.Covers(Word("weapon")));
  WordOpenings both = Word("troop");
  both.Add(Word("aid"));
  EXPECT_FALSE(sentence.Covers(both));  // every word is needed
  EXPECT_TRUE(sentence.Intersects(both));  // one of them is there
  EXPECT_FALSE(sentence.Intersects(Word("weapon")));
  EXPECT_TRUE(sentence.Covers(WordOpenings()));
}

}  // namespace
}  // namespace dyad::code
