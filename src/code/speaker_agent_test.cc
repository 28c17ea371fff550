// Tests for SpeakerHead, PhraseAgent and TrailingAttributionStart, and the tree coder's use
// of them: agents anywhere in a speaker's noun phrase, a closing "..., X said." as the
// attribution of what comes before it, on hand-parsed sentences with a small dictionary.
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
  dict::ReadVerbs("--- SAID [023] ---\nSAID\n--- ATTACK [190] ---\nATTACK\nATTACKED\n", "test.verbs",
                  dict::Notation::kPetrarch, &model);
  return dict::Dictionary::Builder().Add(std::move(model)).Finish();
}

// "the primary official news agency WFNA said on Thursday", parsed with the name as the
// subject of a relative clause on "agency".
const std::vector<std::string> kAgencySaid = {
    "the/the/DET/5/det",          "primary/primary/ADJ/5/amod", "official/official/ADJ/5/amod",
    "news/news/NOUN/5/compound",  "agency/agency/NOUN/0/root",  "WFNA/WFNA/PROPN/7/nsubj",
    "said/say/VERB/5/acl:relcl",  "on/on/ADP/9/case",           "Thursday/Thursday/PROPN/7/obl"};

// A hand-parsed sentence, a verb in it and the token a function should find for it.
struct VerbCase {
  const char* what;
  std::vector<std::string> words;
  uint32_t verb;  // 0-based
  int32_t want;   // 0-based, -1 for none
};

TEST(SpeakerHead, NameMisreadAsRelativeSubject) {
  const VerbCase kCases[] = {
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

// "Arnor attacked Gondor, a senior official said on Saturday." with "said" hung on the
// object as a relative clause (and, in the last rows, elsewhere).
TEST(TrailingAttributionStart, ClosingSpeechAfterAComma) {
  const std::vector<std::string> closing = {
      "Arnor/Arnor/PROPN/2/nsubj",   "attacked/attack/VERB/0/root", "Gondor/Gondor/PROPN/2/obj",
      ",/,/PUNCT/6/punct",           "a/a/DET/6/det",               "official/official/NOUN/7/nsubj",
      "said/say/VERB/3/acl:relcl",   "on/on/ADP/9/case",            "Saturday/Saturday/PROPN/7/obl",
      "././PUNCT/2/punct"};
  std::vector<std::string> no_comma = closing;
  no_comma[3] = "and/and/CCONJ/6/cc";
  std::vector<std::string> more_after = closing;
  more_after[9] = "today/today/NOUN/2/obl:unmarked";
  const std::vector<std::string> subject_after = {
      "Arnor/Arnor/PROPN/2/nsubj", "attacked/attack/VERB/0/root", "Gondor/Gondor/PROPN/2/obj",
      ",/,/PUNCT/5/punct",         "said/say/VERB/3/acl:relcl",   "an/a/DET/7/det",
      "official/official/NOUN/5/nsubj"};
  // "Arnor attacked Gondor after crowds rioted, an official said.", the "after" clause
  // hung on "said".
  const std::vector<std::string> clause_on_verb = {
      "Arnor/Arnor/PROPN/2/nsubj",  "attacked/attack/VERB/0/root", "Gondor/Gondor/PROPN/2/obj",
      "after/after/SCONJ/6/mark",   "crowds/crowd/NOUN/6/nsubj",   "rioted/riot/VERB/10/advcl",
      ",/,/PUNCT/9/punct",          "an/a/DET/9/det",              "official/official/NOUN/10/nsubj",
      "said/say/VERB/2/conj",       "././PUNCT/2/punct"};
  const VerbCase kCases[] = {
      {"closes the sentence after a comma", closing, 6, 4},
      {"a clause hung on the verb before its subject", clause_on_verb, 9, 7},
      {"no comma before it", no_comma, 6, -1},
      {"words of another clause after it", more_after, 6, -1},
      {"its subject after it (inverted)", subject_after, 4, -1},
  };
  for (const auto& c : kCases) {
    const Document doc = Parsed(c.words);
    ASSERT_EQ(doc.sentences.size(), 1u) << c.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(TrailingAttributionStart(tree, c.verb), c.want) << c.what;
  }
}

// A speech verb that reports a coded clause has no event of its own where speech is not
// coded (code_reports off), with the events of targetless suites: the closing attribution
// wherever the parse hung it, and a parataxis hung on an uncoded word of the clause.
TEST(TrailingAttributionStart, ReportsTheClauseBeforeIt) {
  const auto dict = SmallDictionary();
  const Date date = *Date::Parse("1995-01-04");
  const std::vector<std::string> closing = {
      "Arnor/Arnor/PROPN/2/nsubj",   "attacked/attack/VERB/0/root", "Gondor/Gondor/PROPN/2/obj",
      ",/,/PUNCT/6/punct",           "a/a/DET/6/det",               "official/official/NOUN/7/nsubj",
      "said/say/VERB/3/acl:relcl",   "././PUNCT/2/punct"};
  // "Arnor is about to attack Gondor an official said today", "said" a parataxis of
  // "about" (no comma: the closing attribution does not apply).
  const std::vector<std::string> on_about = {
      "Arnor/Arnor/PROPN/3/nsubj",   "is/be/AUX/3/cop",            "about/about/ADJ/0/root",
      "to/to/PART/5/mark",           "attack/attack/VERB/3/xcomp", "Gondor/Gondor/PROPN/5/obj",
      "an/a/DET/8/det",              "official/official/NOUN/9/nsubj", "said/say/VERB/3/parataxis",
      "today/today/NOUN/9/obl:unmarked"};
  // "Arnor, an official said.": nothing coded before the attribution, which stands.
  const std::vector<std::string> nothing_before = {
      "Arnor/Arnor/PROPN/0/root", ",/,/PUNCT/4/punct", "an/a/DET/4/det", "official/official/NOUN/5/nsubj",
      "said/say/VERB/1/acl:relcl", "././PUNCT/1/punct"};
  const struct {
    const char* what;
    std::vector<std::string> words;
    std::vector<std::string> want;
  } kCases[] = {
      {"closing attribution", closing, {"ARN GON 190"}},
      {"parataxis on an uncoded root", on_about, {"ARN GON 190"}},
      {"nothing coded before it", nothing_before, {"GOV - 023"}},
  };
  for (const auto& c : kCases) {
    const Document doc = Parsed(c.words);
    ASSERT_EQ(doc.sentences.size(), 1u) << c.what;
    const auto mentions = actors::FindMentions(doc, *dict, date);
    TreeCoderOptions o;
    o.targetless = true;
    std::vector<std::string> got;
    for (const Event& e : TreeCoder(dict).Code(doc, mentions, date, o))
      got.push_back(e.source.code + " " + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo);
    EXPECT_EQ(got, c.want) << c.what;
  }
}

}  // namespace
}  // namespace dyad::code
