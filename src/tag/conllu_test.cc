// CoNLL-U reading and writing: comments, multiword tokens, empty nodes, errors.
#include "tag/conllu.h"

#include <gtest/gtest.h>

namespace dyad::tag {
namespace {

constexpr std::string_view kSample =
    "# sent_id = s1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4.1\tknows\tknow\tVERB\tVBZ\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n";

TEST(ConlluTest, ReadsWordsCommentsAndMultiwordTokens) {
  auto r = ParseConllu(kSample);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  const ConlluSentence& s = (*r)[0];
  EXPECT_EQ(s.comments.size(), 2u);
  EXPECT_EQ(s.Text(), "I don't know.");
  ASSERT_EQ(s.words.size(), 5u);  // the empty node 4.1 is skipped
  EXPECT_EQ(s.words[2].lemma, "not");
  EXPECT_EQ(s.words[3].head, 0);
  EXPECT_EQ(s.words[3].misc, "SpaceAfter=No");
  ASSERT_EQ(s.multiword.size(), 1u);
  EXPECT_EQ(s.multiword[0].first, 2);
  EXPECT_EQ(s.multiword[0].last, 3);
  EXPECT_EQ(s.multiword[0].form, "don't");
  EXPECT_EQ((*r)[1].Text(), "Hi");
}

TEST(ConlluTest, WriteThenReadGivesTheSameSentences) {
  auto r = ParseConllu(kSample);
  ASSERT_TRUE(r.ok());
  std::string out;
  for (const auto& s : *r) WriteConllu(s, &out);
  auto again = ParseConllu(out);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  ASSERT_EQ(again->size(), r->size());
  for (size_t i = 0; i < r->size(); ++i) {
    ASSERT_EQ((*again)[i].words.size(), (*r)[i].words.size());
    for (size_t w = 0; w < (*r)[i].words.size(); ++w) {
      EXPECT_EQ((*again)[i].words[w].form, (*r)[i].words[w].form);
      EXPECT_EQ((*again)[i].words[w].head, (*r)[i].words[w].head);
      EXPECT_EQ((*again)[i].words[w].deprel, (*r)[i].words[w].deprel);
    }
    EXPECT_EQ((*again)[i].multiword.size(), (*r)[i].multiword.size());
  }
}

TEST(ConlluTest, RejectsMalformedLines) {
  const struct {
    const char* text;
    const char* why;
  } kCases[] = {
      {"1\tI\tI\tPRON\n", "too few columns"},
      {"1\tI\tI\tPRON\tPRP\t_\tx\tnsubj\t_\t_\n", "non-numeric head"},
      {"2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n", "ids not starting at 1"},
      {"1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\textra\n", "eleven columns"},
  };
  for (const auto& c : kCases) {
    auto r = ParseConllu(c.text);
    EXPECT_FALSE(r.ok()) << c.why;
    if (!r.ok()) { EXPECT_EQ(r.status().code(), StatusCode::kDataLoss) << c.why; }
  }
}

}  // namespace
}  // namespace dyad::tag
