// Word openings: a token's set covers every pattern word that can match it, and tells
// different words apart.
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

OpeningNeeds Word(std::string_view w) {
  OpeningNeeds need;
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
  EXPECT_FALSE(sentence.Covers(Word("send")));  // the whole word is compared, not its opening
  EXPECT_TRUE(sentence.Covers(Word("sen")));    // a beginning of "sent"
  EXPECT_FALSE(sentence.Covers(Word("aid")));
  EXPECT_FALSE(sentence.Covers(Word("weapon")));
  EXPECT_FALSE(sentence.Covers(Word("syrian")));  // longer than every token
  OpeningNeeds both;
  both.RequireWord("troop");
  both.RequireWord("aid");
  EXPECT_FALSE(sentence.Covers(both));  // every word is needed
  EXPECT_TRUE(sentence.Intersects(both.bits()));  // one of them is there
  EXPECT_FALSE(sentence.Intersects(Word("weapon").bits()));
  EXPECT_TRUE(sentence.Covers(OpeningNeeds()));
  EXPECT_FALSE(sentence.Intersects(OpeningChoices()));
  OpeningChoices weapons;
  for (std::string_view w : {"gun", "missile", "troop"}) weapons.AllowWord(w);
  EXPECT_TRUE(sentence.Intersects(weapons));
}

TEST(WordOpenings, ManyNeededWordsKeepTheFirstOnes) {
  // A test of fewer words is weaker, never wrong: past OpeningNeeds::kMax the rest go.
  OpeningNeeds need;
  for (std::string_view w : {"a", "b", "c", "d", "e", "f", "weapon"}) need.RequireWord(w);
  EXPECT_EQ(need.bits().size(), OpeningNeeds::kMax);
  EXPECT_TRUE(Tokens({"a", "b", "c", "d", "e", "f"}).Covers(need));
  OpeningNeeds none;
  none.RequireWord("");
  none.RequireWord("y");  // "ies" begins with nothing of it
  EXPECT_TRUE(none.bits().empty());
}

TEST(WordOpenings, LongWordsAreComparedByTheirBeginning) {
  // Past kMaxOpening letters a word is required by its first kMaxOpening.
  const WordOpenings sentence = Tokens({"internationalisation"});
  EXPECT_TRUE(sentence.Covers(Word("internationalisation")));
  EXPECT_TRUE(sentence.Covers(Word("internationalise")));  // the same first twelve letters
  EXPECT_FALSE(sentence.Covers(Word("interna-tional")));
}

TEST(WordOpenings, FewWordsOfANewsSentenceShareABit) {
  // A sentence of thirty tokens and lemmas sets some 300 of the 4,096 bits: words it does
  // not hold are seldom taken for its own.
  WordOpenings sentence;
  for (std::string_view t : {"north", "korea", "has", "have", "sent", "send", "thousands", "thousand", "of",
                             "troops", "troop", "to", "russia", "to", "fight", "against", "ukraine",
                             "according", "accord", "to", "officials", "official", "in", "seoul",
                             "who", "said", "say", "the", "deployment", "was", "be", "unprecedented"})
    sentence.AddToken(t);
  int covered = 0;
  const std::string_view others[] = {"attack", "bomb", "negotiate", "meet", "visit", "condemn", "accuse",
                                     "deny", "praise", "threaten", "sanction", "arrest", "kill", "wound",
                                     "protest", "demonstrate", "appeal", "request", "reject", "veto"};
  for (std::string_view w : others) covered += sentence.Covers(Word(w));
  EXPECT_LE(covered, 2);
}

}  // namespace
}  // namespace dyad::code
