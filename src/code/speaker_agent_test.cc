// Tests for SpeakerHead and PhraseAgent, and the tree coder's use of them: agents anywhere
// in a speaker's noun phrase, on hand-parsed sentences with a small dictionary.
#include "code/speaker_agent.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "actors/find_mentions.h"
#include "code/dependency_tree.h"
#include "code/test_parsed.h"
#include "code/tree_coder.h"
#include "dict/dictionary.h"
#include "dict/readers.h"

namespace dyad::code {
namespace {

using testing::Parsed;

std::shared_ptr<const dict::Dictionary> SmallDictionary() {
  dict::Model model;
  dict::ReadDyad("actor ARN\n  name Arnor\nactor GON\n  name Gondor\n", "test.dict", &model);
  dict::ReadAgents("OFFICIAL [~GOV]\nREBEL [~REB]\n", "test.agents", dict::Notation::kPetrarch, &model);
  dict::ReadVerbs("--- SAID [023] ---\nSAID\n", "test.verbs", dict::Notation::kPetrarch, &model);
  return dict::Dictionary::Builder().Add(std::move(model)).Finish();
}

// "the primary official news agency WFNA said on Thursday", parsed with the name as the
// subject of a relative clause on "agency".
const std::vector<std::string> kAgencySaid = {
    "the/the/DET/5/det",          "primary/primary/ADJ/5/amod", "official/official/ADJ/5/amod",
    "news/news/NOUN/5/compound",  "agency/agency/NOUN/0/root",  "WFNA/WFNA/PROPN/7/nsubj",
    "said/say/VERB/5/acl:relcl",  "on/on/ADP/9/case",           "Thursday/Thursday/PROPN/7/obl"};

TEST(SpeakerHead, NameMisreadAsRelativeSubject) {
  const struct {
    const char* what;
    std::vector<std::string> words;
    uint32_t verb;  // 0-based
    int32_t want;   // 0-based
  } kCases[] = {
      {"a name right after the noun: the noun's phrase speaks", kAgencySaid, 6, 4},
      {"an ordinary subject", {"the/the/DET/2/det", "official/official/NOUN/3/nsubj", "said/say/VERB/0/root"}, 2, 1},
      {"a relative clause with its own relative word keeps its subject",
       {"the/the/DET/2/det", "agency/agency/NOUN/0/root", "that/that/PRON/5/obj", "WFNA/WFNA/PROPN/5/nsubj",
        "said/say/VERB/2/acl:relcl"},
       4, 3},
      {"a common-noun subject is not a name", {"the/the/DET/2/det", "agency/agency/NOUN/0/root",
                                               "officials/official/NOUN/4/nsubj", "said/say/VERB/2/acl:relcl"},
       3, 2},
  };
  for (const auto& c : kCases) {
    const Document doc = Parsed(c.words);
    ASSERT_EQ(doc.sentences.size(), 1u) << c.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    const auto sub = tree.SubjectOf(c.verb);
    EXPECT_EQ(SpeakerHead(tree, c.verb, sub.token), c.want) << c.what;
  }
}

TEST(PhraseAgent, AgentsAnywhereInThePhrase) {
  const auto dict = SmallDictionary();
  const struct {
    const char* what;
    std::vector<std::string> words;
    uint32_t head;     // 0-based
    const char* code;  // "" for none
    const char* text;
  } kCases[] = {
      {"an adjective agent before the head, with the name after it", kAgencySaid, 4, "GOV",
       "the primary official news agency WFNA"},
      {"no agent", {"the/the/DET/3/det", "news/news/NOUN/3/compound", "agency/agency/NOUN/0/root"}, 2, "", ""},
      {"an actor in the phrase is the mention's business",
       {"the/the/DET/3/det", "Gondor/Gondor/PROPN/3/compound", "official/official/NOUN/0/root"}, 2, "", ""},
      {"a prepositional phrase is not the phrase",
       {"agency/agency/NOUN/0/root", "of/of/ADP/3/case", "rebels/rebel/NOUN/1/nmod"}, 0, "", ""},
  };
  for (const auto& c : kCases) {
    const Document doc = Parsed(c.words);
    ASSERT_EQ(doc.sentences.size(), 1u) << c.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    const auto got = PhraseAgent(doc, tree, *dict, c.head);
    if (std::string(c.code).empty()) {
      EXPECT_FALSE(got.has_value()) << c.what;
    } else {
      ASSERT_TRUE(got.has_value()) << c.what;
      EXPECT_EQ(got->code, c.code) << c.what;
      EXPECT_EQ(got->text, c.text) << c.what;
    }
  }
}

// With code_reports (speech verbs coded, PETRARCH 2) the speaker's agent is the source;
// otherwise the speech verb has no source actor, as before.
TEST(SpeakerAgentCoding, OnlyWhereSpeechIsCoded) {
  const auto dict = SmallDictionary();
  const Date date = *Date::Parse("1995-01-04");
  const Document doc = Parsed(kAgencySaid);
  const auto mentions = actors::FindMentions(doc, *dict, date);
  auto coded = [&](bool code_reports) {
    TreeCoderOptions o;
    o.targetless = true;
    o.code_reports = code_reports;
    std::vector<std::string> out;
    for (const Event& e : TreeCoder(dict).Code(doc, mentions, date, o))
      out.push_back(e.source.code + " " + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo);
    return out;
  };
  EXPECT_EQ(coded(true), std::vector<std::string>{"GOV - 023"});
  EXPECT_EQ(coded(false), std::vector<std::string>{});
}

}  // namespace
}  // namespace dyad::code
