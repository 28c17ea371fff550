// Tests for raw-text evaluation: placing gold words (multiword tokens included) on
// whitespace-free spans, and aligning and scoring system words against them.
#include "parse/raw_evaluate.h"

#include <gtest/gtest.h>

namespace dyad::parse {
namespace {

// "I don't know." with "don't" a multiword token; heads: I->know, do->know, n't->know.
constexpr char kConllu[] =
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

TEST(GoldWordsTest, SplitsMultiwordTokensByFormLength) {
  auto tb = text::ParseTreebank(kConllu);
  auto gold = tag::ParseConllu(kConllu);
  ASSERT_TRUE(tb.ok() && gold.ok());
  auto words = GoldWords(*gold, *tb);
  ASSERT_TRUE(words.ok()) << words.status().ToString();
  // Whitespace-free text: "Idon'tknow." -> I [0,1) do [1,3) n't [3,6) know [6,10) . [10,11)
  const text::Span want[] = {{0, 1}, {1, 3}, {3, 6}, {6, 10}, {10, 11}};
  const int32_t heads[] = {3, 3, 3, -1, 3};
  ASSERT_EQ(words->size(), 5u);
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ((*words)[i].span, want[i]) << i;
    EXPECT_EQ((*words)[i].head, heads[i]) << i;
  }
  EXPECT_EQ((*words)[2].lemma, "not");
}

TEST(GoldWordsTest, UnspelledMultiwordTokenLeavesItsWordsUnplaced) {
  const std::string conllu =
      "# text = gimme it\n"
      "1-2\tgimme\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tgive\tgive\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "2\tme\tI\tPRON\tPRP\t_\t1\tiobj\t_\t_\n"
      "3\tit\tit\tPRON\tPRP\t_\t1\tobj\t_\t_\n\n";
  auto tb = text::ParseTreebank(conllu);
  auto gold = tag::ParseConllu(conllu);
  ASSERT_TRUE(tb.ok() && gold.ok());
  auto words = GoldWords(*gold, *tb);
  ASSERT_TRUE(words.ok());
  EXPECT_EQ((*words)[0].span.begin, (*words)[0].span.end);
  EXPECT_EQ((*words)[1].span.begin, (*words)[1].span.end);
  EXPECT_EQ((*words)[2].span, (text::Span{5, 7}));
}

SpanWord W(uint32_t b, uint32_t e, int32_t head, std::string_view upos = "X",
           std::string_view deprel = "dep") {
  SpanWord w;
  w.span = {b, e};
  w.head = head;
  w.upos = upos;
  w.deprel = deprel;
  return w;
}

struct ScoreCase {
  const char* name;
  std::vector<SpanWord> system;
  uint64_t words, upos, uas, las;  // correct counts
};

TEST(ScoreWordsTest, AlignsBySpanAndFollowsHeadsThroughTheAlignment) {
  // Gold: "New York rocks": New->York (compound), York->rocks (nsubj), rocks root.
  const std::vector<SpanWord> gold = {W(0, 3, 1, "PROPN", "compound"),
                                      W(3, 7, 2, "PROPN", "nsubj"), W(7, 12, -1, "VERB", "root")};
  const ScoreCase cases[] = {
      {"identical", gold, 3, 3, 3, 3},
      {"wrong label on York",
       {W(0, 3, 1, "PROPN", "compound"), W(3, 7, 2, "PROPN", "obj"), W(7, 12, -1, "VERB", "root")},
       3, 3, 3, 2},
      {"subtype ignored by LAS",
       {W(0, 3, 1, "PROPN", "compound:nn"), W(3, 7, 2, "PROPN", "nsubj:pass"),
        W(7, 12, -1, "VERB", "root")},
       3, 3, 3, 3},
      {"New York as one word: its head and the verb's still align",
       {W(0, 7, 1, "PROPN", "nsubj"), W(7, 12, -1, "VERB", "root")}, 1, 1, 1, 1},
      {"head on an unaligned word is wrong: York split in two",
       {W(0, 3, 1, "PROPN", "compound"), W(3, 5, 3, "PROPN", "nsubj"),
        W(5, 7, 1, "PROPN", "flat"), W(7, 12, -1, "VERB", "root")},
       2, 2, 1, 1},
      {"a second root is wrong",
       {W(0, 3, 1, "PROPN", "compound"), W(3, 7, -1, "PROPN", "root"),
        W(7, 12, -1, "VERB", "root")},
       3, 3, 2, 2},
  };
  for (const ScoreCase& c : cases) {
    const RawScores r = ScoreWords(gold, c.system);
    EXPECT_EQ(r.words.gold, 3u) << c.name;
    EXPECT_EQ(r.words.system, c.system.size()) << c.name;
    EXPECT_EQ(r.words.correct, c.words) << c.name;
    EXPECT_EQ(r.upos.correct, c.upos) << c.name;
    EXPECT_EQ(r.uas.correct, c.uas) << c.name;
    EXPECT_EQ(r.las.correct, c.las) << c.name;
  }
}

TEST(ScoreWordsTest, UnplacedGoldWordsCountOnlyAsMissed) {
  const std::vector<SpanWord> gold = {W(0, 0, 1), W(0, 0, -1), W(5, 7, 0)};
  const std::vector<SpanWord> system = {W(0, 5, -1), W(5, 7, 0)};
  const RawScores r = ScoreWords(gold, system);
  EXPECT_EQ(r.words.correct, 1u);
  EXPECT_EQ(r.uas.correct, 0u);  // the system head (0, 5) aligns with no gold word
  EXPECT_NEAR(r.words.F1(), 2.0 / 5.0, 1e-12);
}

}  // namespace
}  // namespace dyad::parse
