// Tests for InBackgroundClause and the tree coder's use of it, on hand-parsed sentences.
#include "code/background.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "actors/find_mentions.h"
#include "code/test_parsed.h"
#include "code/tree_coder.h"
#include "dict/dictionary.h"
#include "dict/readers.h"

namespace dyad::code {
namespace {

using testing::Parsed;

// "Gondor attacked Arnor SPAN after Arnor attacked Gondor, officials said", with the span's
// two words given.
std::vector<std::string> Retaliation(const std::string& quantity, const std::string& unit,
                                     const std::string& unit_lemma) {
  return {"Gondor/Gondor/PROPN/2/nsubj",
          "attacked/attack/VERB/0/root",
          "Arnor/Arnor/PROPN/2/obj",
          quantity + "/" + quantity + "/NUM/5/nummod",
          unit + "/" + unit_lemma + "/NOUN/8/obl:npmod",
          "after/after/SCONJ/8/mark",
          "Arnor/Arnor/PROPN/8/nsubj",
          "attacked/attack/VERB/2/advcl",
          "Gondor/Gondor/PROPN/8/obj",
          ",/,/PUNCT/12/punct",
          "officials/official/NOUN/12/nsubj",
          "said/say/VERB/2/parataxis"};
}

TEST(InBackgroundClause, LongSpansBeforeTheClause) {
  const struct {
    const char* what;
    std::vector<std::string> words;
    std::vector<uint32_t> background;  // 0-based tokens expected inside
  } kCases[] = {
      {"five years after", Retaliation("five", "years", "year"), {6, 7, 8}},
      {"18 months after", Retaliation("18", "months", "month"), {6, 7, 8}},
      {"two decades after", Retaliation("two", "decades", "decade"), {6, 7, 8}},
      {"two days after is news", Retaliation("two", "days", "day"), {}},
      {"three weeks after is news", Retaliation("three", "weeks", "week"), {}},
  };
  for (const auto& c : kCases) {
    const Document doc = Parsed(c.words);
    ASSERT_EQ(doc.sentences.size(), 1u) << c.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    for (uint32_t t = tree.begin(); t < tree.end(); ++t) {
      const bool want = std::find(c.background.begin(), c.background.end(), t) != c.background.end();
      EXPECT_EQ(InBackgroundClause(tree, t), want) << c.what << ", token " << t;
    }
  }
}

TEST(InBackgroundClause, QuantityWordsAndSince) {
  // "Arnor returned a decade since Gondor expelled it" and "... years after ..." without
  // a quantity.
  const Document since = Parsed({"Arnor/Arnor/PROPN/2/nsubj", "returned/return/VERB/0/root", "a/a/DET/4/det",
                                 "decade/decade/NOUN/7/obl:npmod", "since/since/SCONJ/7/mark",
                                 "Gondor/Gondor/PROPN/7/nsubj", "expelled/expel/VERB/2/advcl",
                                 "it/it/PRON/7/obj"});
  const DependencyTree t1(since, since.sentences[0]);
  EXPECT_FALSE(InBackgroundClause(t1, 1));
  EXPECT_TRUE(InBackgroundClause(t1, 6));
  const Document bare = Parsed({"Arnor/Arnor/PROPN/2/nsubj", "returned/return/VERB/0/root",
                                "years/year/NOUN/5/obl:npmod", "after/after/SCONJ/5/mark",
                                "leaving/leave/VERB/2/advcl"});
  const DependencyTree t2(bare, bare.sentences[0]);
  EXPECT_FALSE(InBackgroundClause(t2, 4));
}

// The coder codes the sentence's own act and leaves the one years before it out.
TEST(InBackgroundClause, TreeCoderLeavesTheOldActOut) {
  dict::Model model;
  dict::ReadDyad("actor ARN\n  name Arnor\nactor GON\n  name Gondor\n", "test.dict", &model);
  dict::ReadVerbs("--- ATTACK [190] ---\nATTACK\n", "test.verbs", dict::Notation::kPetrarch, &model);
  std::shared_ptr<const dict::Dictionary> dict = dict::Dictionary::Builder().Add(std::move(model)).Finish();
  const Date date = *Date::Parse("2020-01-04");
  auto coded = [&](const std::vector<std::string>& words) {
    const Document doc = Parsed(words);
    const auto mentions = actors::FindMentions(doc, *dict, date);
    std::vector<std::string> out;
    for (const Event& e : TreeCoder(dict).Code(doc, mentions, date, TreeCoderOptions()))
      out.push_back(e.source.code + " " + e.target.code + " " + e.cameo);
    return out;
  };
  EXPECT_EQ(coded(Retaliation("five", "years", "year")), std::vector<std::string>{"GON ARN 190"});
  EXPECT_EQ(coded(Retaliation("two", "days", "day")), (std::vector<std::string>{"GON ARN 190", "ARN GON 190"}));
}

}  // namespace
}  // namespace dyad::code
