// The tree coder on sentences analysed by the shipped models and coded with dyad's own
// dictionaries: each row names events that must be coded, or must not be.
#include "code/tree_coder.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "actors/analyser.h"
#include "actors/find_mentions.h"
#include "actors/testing.h"
#include "dict/readers.h"
#include "parse/model_set.h"
#include "util/data_path.h"

namespace dyad::code {
namespace {

struct Coded {
  std::vector<std::string> triples;  // "SRC TGT CODE"
  std::vector<Candidate> trace;
};

class TreeCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dict_ = actors::testing::ShippedDictionary();
    auto a = actors::Analyser::Load(parse::DefaultModelDir());
    if (a.ok()) analyser_ = new actors::Analyser(std::move(a).value());
  }
  static void TearDownTestSuite() {
    delete analyser_;
    analyser_ = nullptr;
    dict_.reset();
  }
  void SetUp() override {
    if (analyser_ == nullptr || analyser_->level() != "parsed") GTEST_SKIP() << "needs the shipped models";
    ASSERT_NE(dict_, nullptr);
  }
  static Coded Code(const std::string& text, TreeCoderOptions options = {}) {
    const Date date = *Date::Parse("2023-07-27");
    const Document doc = analyser_->Analyse(text);
    const auto mentions = actors::FindMentions(doc, *dict_, date);
    Coded out;
    for (const Event& e : TreeCoder(dict_, options).Code(doc, mentions, date, &out.trace))
      out.triples.push_back(e.source.code + " " + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo);
    return out;
  }
  static bool Has(const Coded& c, const std::string& triple) {
    return std::find(c.triples.begin(), c.triples.end(), triple) != c.triples.end();
  }
  static std::string All(const Coded& c) {
    std::string s;
    for (const auto& t : c.triples) s += "[" + t + "] ";
    return s;
  }
  static inline std::shared_ptr<const dict::Dictionary> dict_;
  static inline actors::Analyser* analyser_ = nullptr;
};

struct Row {
  const char* text;
  std::vector<const char*> want;     // triples that must be coded
  std::vector<const char*> not_want;  // triples that must not
};

TEST_F(TreeCoderTest, CodesSubjectVerbObjectAndTheClauseAroundIt) {
  const Row rows[] = {
      // Subject, verb, object; the paired code of a visit.
      {"Russian Defense Minister Sergei Shoigu visited North Korea.", {"RUSMIL PRK 042", "PRK RUSMIL 043"}, {}},
      // A target through the preposition the pattern names.
      {"Shoigu traveled to North Korea on Wednesday.", {"RUSMIL PRK 042"}, {}},
      // Passive: the agent is the source, the subject the target.
      {"Ukraine was attacked by Russia.", {"RUS UKR 190"}, {"UKR RUS 190"}},
      // Object control: what is asked for is not a fact, the appeal is refined by it.
      {"China urged North Korea to resume talks.", {"CHN PRK 026"}, {"PRK - 046", "CHN - 046"}},
      // Intent: "want to work together" on defense, both ways.
      {"North Korea and Russia want to work together on defense.", {"PRK RUS 0312", "RUS PRK 0312"}, {}},
      // The accusation, and the accused as the subject of what it is accused of.
      {"The United States accused North Korea of supplying arms to Russia.", {"USA PRK 112"}, {}},
      // Negation and conditions are not facts.
      {"Russia did not attack Ukraine.", {}, {"RUS UKR 190"}},
      {"Russia didn\u2019t attack Ukraine.", {}, {"RUS UKR 190"}},
      // What a speaker says it will do is its intent: a visit to be made, force threatened.
      {"Russia said it would visit North Korea.", {"RUS PRK 036"}, {"RUS PRK 042", "PRK RUS 043"}},
      {"Russia announced that it will attack Ukraine.", {"RUS UKR 138"}, {"RUS UKR 190"}},
      {"Russia said it would not attack Ukraine.", {}, {"RUS UKR 138", "RUS UKR 190"}},
      // The event noun a promised act takes as its object is promised too.
      {"Russia said it would provide assistance to North Korea.", {"RUS PRK 033"}, {"RUS PRK 070"}},
      {"If Russia attacks Ukraine, NATO will respond.", {}, {"RUS UKR 190"}},
      {"Will Russia attack Ukraine?", {}, {"RUS UKR 190"}},
      // An event noun with a possessor source and a target.
      {"Russia and China blocked the resolution with their veto.", {"RUS - 129", "CHN - 129"}, {}},
      // Guesses are not facts ("likely to" is a plan).
      {"Analysts say it is unlikely that North Korea would attack the United States.", {}, {"PRK USA 190"}},
      // An event noun that a coded verb acts on, or that a verb caused, is not its subject's.
      {"Russia condemned the attack on Syria.", {"RUS SYR 111"}, {"RUS SYR 190"}},
      {"North Korea threatened a nuclear strike on the United States.", {}, {"PRK USA 190"}},
      // One the verb does it with is.
      {"Canada retaliated with tariffs on the United States.", {"CAN USA 163"}, {}},
      // An authority that meets a protest does not hold it; protesters who stage one do.
      {"The president faced protests in London.", {}, {"GOV - 140", "GOV GBR 140"}},
      {"Protesters staged a protest in Moscow.", {"OPP RUS 141"}, {}},
      // Actors who visit together do not visit each other.
      {"Russia and China visited the factory.", {}, {"RUS CHN 042", "CHN RUS 042"}},
  };
  for (const Row& r : rows) {
    const Coded c = Code(r.text);
    for (const char* w : r.want) EXPECT_TRUE(Has(c, w)) << r.text << "\n  wanted " << w << "\n  got " << All(c);
    for (const char* w : r.not_want) EXPECT_FALSE(Has(c, w)) << r.text << "\n  did not want " << w;
  }
}

// Negotiations that break down are halted (164) by their parties (halted_talks.h).
TEST_F(TreeCoderTest, TalksThatBreakDownAreHaltedByTheirParties) {
  const Row rows[] = {
      // The side that is asked to resume them, through a relative clause.
      {"Russia and China tried to persuade North Korea to resume denuclearization talks that broke "
       "down in 2019.",
       {"PRK - 164", "RUS PRK 026", "CHN PRK 026"},
       {"RUS - 164", "CHN - 164"}},
      // The talks' own phrase names both sides.
      {"Talks between Iran and Germany collapsed on Monday.", {"IRN - 164", "DEU - 164"}, {}},
      // One side named by "with", the other by the possessor.
      {"Israel's talks with Egypt stalled last week.", {"ISR EGY 164"}, {"EGY ISR 164"}},
      // Only the other side named: it is the side known.
      {"The negotiations with Iran broke down.", {"IRN - 164"}, {}},
      // Not a breakdown: talks that went on, a negation.
      {"Talks between Iran and Germany continued on Monday.", {}, {"IRN - 164", "DEU - 164"}},
      {"The talks with Iran did not collapse.", {}, {"IRN - 164"}},
  };
  for (const Row& r : rows) {
    const Coded c = Code(r.text);
    for (const char* w : r.want) EXPECT_TRUE(Has(c, w)) << r.text << "\n  wanted " << w << "\n  got " << All(c);
    for (const char* w : r.not_want) EXPECT_FALSE(Has(c, w)) << r.text << "\n  did not want " << w;
  }
  // Talks with no actor anywhere code nothing.
  for (const std::string& t : Code("The talks broke down in 2019.").triples)
    EXPECT_EQ(t.find("164"), std::string::npos) << t;
}

// An agent before "of" governs every state of the compound after it: each member of the
// compound acts as that state's agent ("the ambassadors of Russia and China" -> RUSGOV,
// CHNGOV), while a compound without one keeps its states.
TEST_F(TreeCoderTest, AnAgentDistributesOverTheCompoundItOpens) {
  const Row rows[] = {
      {"The ambassadors of Russia and China visited North Korea.", {"RUSGOV PRK 042", "CHNGOV PRK 042"},
       {"CHN PRK 042"}},
      {"Russia and China visited North Korea.", {"RUS PRK 042", "CHN PRK 042"}, {"CHNGOV PRK 042"}},
  };
  for (const Row& r : rows) {
    const Coded c = Code(r.text);
    for (const char* w : r.want) EXPECT_TRUE(Has(c, w)) << r.text << "\n  wanted " << w << "\n  got " << All(c);
    for (const char* w : r.not_want) EXPECT_FALSE(Has(c, w)) << r.text << "\n  did not want " << w;
  }
}

// Arnor and Gondor as actors, with `verbs` (PETRARCH notation) as the verb dictionary.
std::shared_ptr<const dict::Dictionary> ArnorGondorWith(const char* verbs) {
  dict::Model model;
  dict::ReadDyad("actor ARN\n  name Arnor\nactor GON\n  name Gondor\n", "test.dict", &model);
  dict::ReadVerbs(verbs, "test.verbs", dict::Notation::kPetrarch, &model);
  return dict::Dictionary::Builder().Add(std::move(model)).Finish();
}

// "SRC TGT CODE" of each event the tree coder gives for one annotated sentence.
std::vector<std::string> CodeAnnotated(const std::shared_ptr<const dict::Dictionary>& dict, const char* sentence,
                                       const TreeCoderOptions& options = {}) {
  const Date date = *Date::Parse("2023-07-27");
  const Document doc = actors::testing::Annotated({sentence});
  const auto mentions = actors::FindMentions(doc, *dict, date);
  std::vector<std::string> got;
  for (const Event& e : TreeCoder(dict).Code(doc, mentions, date, options))
    got.push_back(e.source.code + " " + e.target.code + " " + e.cameo);
  return got;
}

// The words of a multi-word verb count beside it whatever the parse made of them: "wire
// tapped" with "wire" hung on the subject as a noun is still the verb WIRE_+TAP.
TEST(TreeCoderVerbs, MultiWordVerbBesideItsWords) {
  const auto dict = ArnorGondorWith("--- WIRE_+TAP [1711] ---\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n");
  const struct {
    const char* sentence;
    std::vector<std::string> want;
  } kCases[] = {
      {"Arnor/PROPN/NNP/2/compound wire/NOUN/NN/3/nsubj tapped/VERB/VBD/0/root Gondor/PROPN/NNP/3/obj",
       {"ARN GON 1711"}},
      {"Arnor/PROPN/NNP/3/nsubj wire/ADV/RB/3/advmod tapped/VERB/VBD/0/root Gondor/PROPN/NNP/3/obj",
       {"ARN GON 1711"}},
      // Without its other word the verb is not there.
      {"Arnor/PROPN/NNP/2/nsubj tapped/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj", {}},
  };
  for (const auto& c : kCases) EXPECT_EQ(CodeAnnotated(dict, c.sentence), c.want) << c.sentence;
}

// A subject the parse split in two ("Eriador's death and injury toll has risen", with
// "death" and "toll" both subjects): the one that names an actor is the source.
TEST(TreeCoderVerbs, SplitSubjectNamesTheSource) {
  const auto dict = ArnorGondorWith("--- ATTACK [190] ---\nATTACK {ATTACKED}\n");
  const struct {
    const char* sentence;
    std::vector<std::string> want;
  } kCases[] = {
      {"Arnor/PROPN/NNP/3/nsubj toll/NOUN/NN/3/nsubj attacked/VERB/VBD/0/root Gondor/PROPN/NNP/3/obj",
       {"ARN GON 190"}},
      {"toll/NOUN/NN/3/nsubj Arnor/PROPN/NNP/3/nsubj attacked/VERB/VBD/0/root Gondor/PROPN/NNP/3/obj",
       {"ARN GON 190"}},
      {"the/DET/DT/2/det toll/NOUN/NN/3/nsubj attacked/VERB/VBD/0/root Gondor/PROPN/NNP/3/obj", {}},
  };
  for (const auto& c : kCases) EXPECT_EQ(CodeAnnotated(dict, c.sentence), c.want) << c.sentence;
}

// An "including" phrase of the verb gives an example of something else, no party to the
// act ("troops who fought in the war – including the grave of Mao's son"), where a phrase
// of place in its stead leads to the actor after the verb.
TEST(TreeCoderVerbs, AnExampleIsNoParty) {
  const auto dict = ArnorGondorWith("--- FIGHT [190] ---\nFIGHT {FOUGHT}\n");
  const struct {
    const char* sentence;
    std::vector<std::string> want;
  } kCases[] = {
      {"Arnor/PROPN/NNP/2/nsubj fought/VERB/VBD/0/root in/ADP/IN/5/case the/DET/DT/5/det war/NOUN/NN/2/obl "
       "-/PUNCT/:/9/punct including/VERB/VBG/9/case the/DET/DT/9/det grave/NOUN/NN/2/obl of/ADP/IN/11/case "
       "Gondor/PROPN/NNP/9/nmod",
       {}},
      {"Arnor/PROPN/NNP/2/nsubj fought/VERB/VBD/0/root in/ADP/IN/5/case the/DET/DT/5/det war/NOUN/NN/2/obl "
       "-/PUNCT/:/9/punct near/ADP/IN/9/case the/DET/DT/9/det grave/NOUN/NN/2/obl of/ADP/IN/11/case "
       "Gondor/PROPN/NNP/9/nmod",
       {"ARN GON 190"}},
  };
  for (const auto& c : kCases) EXPECT_EQ(CodeAnnotated(dict, c.sentence), c.want) << c.sentence;
}

// A PETRARCH 2 pattern is the verb's its comment names; a verb that none of its own
// patterns codes, in a block without a code, takes the block's patterns of force written
// for its other verbs ("launched missiles" is OPEN's "* MISSILES", 194), never those of
// words or gestures, and not when its own pattern or its block's code applies.
TEST(TreeCoderVerbs, ForceWrittenForAnotherVerbOfTheBlock) {
  const auto dict = ArnorGondorWith(
      "--- BEGIN [---] ---\nLAUNCH\nOPEN\n"
      "- * MISSILES [194] # OPEN\n- * ATTACK [190] # LAUNCH\n- * TALKS [040] # OPEN\n"
      "- * FLARES [194] # OPEN\n- * FLARES [---] # LAUNCH\n"
      "--- SHOOT [180] ---\nSHOOT {SHOT}\nFIRE\n- * MISSILES [194] # FIRE\n");
  const struct {
    const char* verb;
    const char* object;
    std::vector<std::string> want;
  } kCases[] = {
      {"launched", "missiles", {"ARN GON 194"}},  // OPEN's pattern of force
      {"opened", "missiles", {"ARN GON 194"}},    // its own
      {"launched", "attack", {"ARN GON 190"}},    // its own first
      {"launched", "talks", {}},                  // OPEN's talks are no force: nothing
      {"launched", "flares", {}},                 // its own null pattern vetoes
      {"shot", "missiles", {"ARN GON 180"}},      // SHOOT's block has a code of its own
      {"fired", "missiles", {"ARN GON 194"}},
  };
  for (const auto& c : kCases) {
    const std::string sentence = fmt::format(
        "Arnor/PROPN/NNP/2/nsubj {}/VERB/VBD/0/root {}/NOUN/NNS/2/obj at/ADP/IN/5/case Gondor/PROPN/NNP/2/obl",
        c.verb, c.object);
    EXPECT_EQ(CodeAnnotated(dict, sentence.c_str()), c.want) << sentence;
  }
}

// A verb left with its block's code takes a block-mate's pattern that narrows that code
// within its root and names more than a preposition; never one of another root.
TEST(TreeCoderVerbs, NarrowerCodeWrittenForAnotherVerbOfTheBlock) {
  const auto dict = ArnorGondorWith(
      "--- RELEASE [080] ---\nRELEASE\nFREE\n"
      "- * PRISONERS [0841] # RELEASE\n- * STATEMENTS [010] # RELEASE\n"
      "--- GO [040] ---\nGO {WENT}\nLEAVE {LEFT}\n- * (FOR) [042] # GO\n");
  const struct {
    const char* sentence;
    std::vector<std::string> want;
  } kCases[] = {
      {"Arnor/PROPN/NNP/2/nsubj freed/VERB/VBD/0/root prisoners/NOUN/NNS/2/obj from/ADP/IN/5/case "
       "Gondor/PROPN/NNP/2/obl",
       {"ARN GON 0841"}},
      {"Arnor/PROPN/NNP/2/nsubj freed/VERB/VBD/0/root statements/NOUN/NNS/2/obj from/ADP/IN/5/case "
       "Gondor/PROPN/NNP/2/obl",
       {"ARN GON 080"}},
      {"Arnor/PROPN/NNP/2/nsubj released/VERB/VBD/0/root statements/NOUN/NNS/2/obj from/ADP/IN/5/case "
       "Gondor/PROPN/NNP/2/obl",
       {"ARN GON 010"}},
      {"Arnor/PROPN/NNP/2/nsubj went/VERB/VBD/0/root for/ADP/IN/4/case Gondor/PROPN/NNP/2/obl", {"ARN GON 042"}},
      {"Arnor/PROPN/NNP/2/nsubj left/VERB/VBD/0/root for/ADP/IN/4/case Gondor/PROPN/NNP/2/obl", {"ARN GON 040"}},
  };
  for (const auto& c : kCases) EXPECT_EQ(CodeAnnotated(dict, c.sentence), c.want) << c.sentence;
}

// A general code narrows by the topic of its clause ("cooperated on trade" 061) when the
// verbs are dyad's own; a PETRARCH verb file's code stands as written.
TEST(TreeCoderVerbs, TopicNarrowsOnlyDyadVerbs) {
  const char* sentence =
      "Arnor/PROPN/NNP/2/nsubj cooperated/VERB/VBD/0/root with/ADP/IN/4/case Gondor/PROPN/NNP/2/obl "
      "on/ADP/IN/6/case trade/NOUN/NN/2/obl";
  EXPECT_EQ(CodeAnnotated(ArnorGondorWith("--- COOPERATE [060] ---\nCOOPERATE\n"), sentence),
            std::vector<std::string>{"ARN GON 060"});
  dict::Model model;
  dict::ReadDyad("actor ARN\n  name Arnor\nactor GON\n  name Gondor\nevent 060\n  verb cooperate [with]\n",
                 "test.dict", &model);
  const auto own = dict::Dictionary::Builder().Add(std::move(model)).Finish();
  EXPECT_EQ(CodeAnnotated(own, sentence), std::vector<std::string>{"ARN GON 061"});
}

// An act's intent comes from a suite's coding ontology where it defines one: releasing
// prisoners is 0352 there, 0353 in dyad's own table.
TEST(TreeCoderVerbs, IntentFromASuitesOntology) {
  const auto dict = ArnorGondorWith("--- RELEASE [080] ---\nRELEASE\nFREE\n- * PRISONERS [0841] # RELEASE\n");
  const char* sentence =
      "Arnor/PROPN/NNP/2/nsubj say/VERB/VBP/0/root it/PRON/PRP/5/nsubj would/AUX/MD/5/aux free/VERB/VB/2/ccomp "
      "prisoners/NOUN/NNS/5/obj from/ADP/IN/8/case Gondor/PROPN/NNP/5/obl";
  EXPECT_EQ(CodeAnnotated(dict, sentence), std::vector<std::string>{"ARN GON 0353"});
  const IntentCodes ontology = {{"0841", "0352"}};
  EXPECT_EQ(CodeAnnotated(dict, sentence, {.intents = &ontology}), std::vector<std::string>{"ARN GON 0352"});
}

// A passive's "by" agent is its logical subject: the words before '*' are read in it
// first ("The building was demolished by a protestor" is "PROTESTOR *").
TEST(TreeCoderVerbs, PassiveAgentHoldsTheWordsBeforeTheVerb) {
  dict::Model model;
  dict::ReadDyad("actor ARN\n  name Arnor\nactor GON\n  name Gondor\nagent OPP\n  noun protestor\n", "test.dict",
                 &model);
  dict::ReadVerbs("--- DEMOLISH [1712] ---\nDEMOLISH\n- PROTESTOR * [145]\n", "test.verbs", dict::Notation::kPetrarch,
                  &model);
  const auto dict = dict::Dictionary::Builder().Add(std::move(model)).Finish();
  const struct {
    const char* sentence;
    std::vector<std::string> want;
  } kCases[] = {
      {"Gondor/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass demolished/VERB/VBN/0/root by/ADP/IN/6/case "
       "Arnor/PROPN/NNP/6/compound protestor/NOUN/NN/3/obl:agent",
       {"ARNOPP GON 145"}},
      // Active, the subject is read as before.
      {"Arnor/PROPN/NNP/2/compound protestor/NOUN/NN/3/nsubj demolished/VERB/VBD/0/root Gondor/PROPN/NNP/3/obj",
       {"ARNOPP GON 145"}},
      // Another agent is no protestor.
      {"Gondor/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass demolished/VERB/VBN/0/root by/ADP/IN/5/case "
       "Arnor/PROPN/NNP/3/obl:agent",
       {"ARN GON 1712"}},
  };
  for (const auto& c : kCases) EXPECT_EQ(CodeAnnotated(dict, c.sentence), c.want) << c.sentence;
}

// An accident or a natural disaster is no one's act: the actor that modifies it ("killed
// by the Arnor crash") is no source, nor is it the target of what is done to the mishap.
TEST(TreeCoderVerbs, MishapNamesNoActor) {
  const auto dict = ArnorGondorWith("--- KILL [190] ---\nKILL {KILLED}\n");
  const struct {
    const char* sentence;
    std::vector<std::string> want;
  } kCases[] = {
      {"Gondor/PROPN/NNP/2/nsubj:pass killed/VERB/VBN/0/root by/ADP/IN/5/case Arnor/PROPN/NNP/5/compound "
       "crash/NOUN/NN/2/obl:agent",
       {}},
      {"Arnor/PROPN/NNP/2/compound earthquake/NOUN/NN/3/nsubj killed/VERB/VBD/0/root Gondor/PROPN/NNP/3/obj", {}},
      // The actor itself, or an act of its own, is a source.
      {"Gondor/PROPN/NNP/2/nsubj:pass killed/VERB/VBN/0/root by/ADP/IN/4/case Arnor/PROPN/NNP/2/obl:agent",
       {"ARN GON 190"}},
      {"Gondor/PROPN/NNP/2/nsubj:pass killed/VERB/VBN/0/root by/ADP/IN/5/case Arnor/PROPN/NNP/5/compound "
       "raid/NOUN/NN/2/obl:agent",
       {"ARN GON 190"}},
  };
  for (const auto& c : kCases) EXPECT_EQ(CodeAnnotated(dict, c.sentence), c.want) << c.sentence;
}

// PETRARCH 2 reads a verb as passive only with its "by" agent (passive_needs_agent):
// "Arnor was criticized over its dispute with Gondor" -> ARN criticizes GON; with the
// option off, or with a "by" agent, the passive stands.
TEST(TreeCoderVerbs, PassiveWithoutAgentAsPetrarch2ReadsIt) {
  const auto dict = ArnorGondorWith("--- CRITICIZE [121] ---\nCRITICIZE {CRITICIZED}\n");
  const char* kNoAgent =
      "Arnor/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass criticized/VERB/VBN/0/root over/ADP/IN/5/case "
      "dispute/NOUN/NN/3/obl with/ADP/IN/7/case Gondor/PROPN/NNP/5/nmod";
  const char* kByAgent =
      "Arnor/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass criticized/VERB/VBN/0/root by/ADP/IN/5/case "
      "Gondor/PROPN/NNP/3/obl:agent";
  const struct {
    const char* sentence;
    bool option;
    std::vector<std::string> want;
  } kCases[] = {
      {kNoAgent, true, {"ARN GON 121"}},
      {kNoAgent, false, {}},
      {kByAgent, true, {"GON ARN 121"}},
      {kByAgent, false, {"GON ARN 121"}},
  };
  for (const auto& c : kCases) {
    TreeCoderOptions o;
    o.passive_needs_agent = c.option;
    EXPECT_EQ(CodeAnnotated(dict, c.sentence, o), c.want) << c.sentence << " option " << c.option;
  }
}

TEST_F(TreeCoderTest, NegatedEventsAreKeptFlaggedOnRequest) {
  const Date date = *Date::Parse("2023-07-27");
  const Document doc = analyser_->Analyse("Russia did not attack Ukraine.");
  const auto mentions = actors::FindMentions(doc, *dict_, date);
  const auto events = TreeCoder(dict_, {.keep_negated = true}).Code(doc, mentions, date);
  ASSERT_FALSE(events.empty());
  EXPECT_TRUE(events[0].negated);
  EXPECT_EQ(events[0].verb.text, "attack");
  EXPECT_EQ(doc.text.substr(events[0].source.begin, events[0].source.end - events[0].source.begin), "Russia");
}

TEST_F(TreeCoderTest, TraceSaysWhyAPredicateWasDropped) {
  const Coded c = Code("Russia did not attack Ukraine.");
  ASSERT_FALSE(c.trace.empty());
  EXPECT_TRUE(c.trace[0].code.empty());
  EXPECT_EQ(c.trace[0].note, "negated");
}

TEST_F(TreeCoderTest, UnparsedDocumentsGiveNoEvents) {
  const Date date = *Date::Parse("2023-07-27");
  const Document doc = actors::Analyser().Analyse("Russia attacked Ukraine.");
  EXPECT_TRUE(TreeCoder(dict_).Code(doc, actors::FindMentions(doc, *dict_, date), date).empty());
}

}  // namespace
}  // namespace dyad::code

namespace dyad::code {
namespace {

// PETRARCH 2's transformations, with its own dictionaries: a reported attack becomes the
// reporter's accusation.
TEST(TreeCoderTransformations, ReportedAttackBecomesAnAccusation) {
  const std::string d = SharedRoot() + "/data/petrarch/petrarch2/dictionaries/";
  auto dict = dict::Load(d + "CAMEO.2.0.txt," + d + "Phoenix.Countries.actors.txt," + d + "Phoenix.agents.txt",
                         {.read_cache = true, .write_cache = false});
  if (!dict.ok()) GTEST_SKIP() << "needs ../shared/data/petrarch/petrarch2/dictionaries";
  auto analyser = actors::Analyser::Load(parse::DefaultModelDir());
  if (!analyser.ok() || analyser->level() != "parsed") GTEST_SKIP() << "needs the shipped models";
  ASSERT_FALSE((*dict)->model().transformations.empty());
  const Date date = *Date::Parse("2015-01-01");
  const Document doc = analyser->Analyse("The United States said that Iraq had attacked Kuwait.");
  const auto mentions = actors::FindMentions(doc, **dict, date);
  const auto events = TreeCoder(*dict).Code(doc, mentions, date);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.code, "USA");
  EXPECT_EQ(events[0].target.code, "IRQ");
  EXPECT_EQ(events[0].cameo, "112");
  EXPECT_NE(events[0].pattern.find("transformation"), std::string::npos);
}

// The PETRARCH unit-test dictionaries (verbs, actors, agents), or null without ../shared.
std::shared_ptr<const dict::Dictionary> PetrarchUnitTestDictionaries() {
  const std::string d = SharedRoot() + "/data/petrarch/petrarch2/dictionaries/";
  auto dict = dict::Load(d + "PETR.Validate.verbs.txt," + d + "PETR.Validate.actors.txt," + d +
                             "PETR.Validate.agents.txt",
                         {.read_cache = true, .write_cache = false});
  return dict.ok() ? std::move(dict).value() : nullptr;
}

// PETRARCH's require_dyad off, asked for per call, with the PETRARCH unit-test
// dictionaries: an event with no target actor is coded with none; with code_reports a
// speech verb ("said", 023 there) keeps its own event beside the clause it reports.
TEST(TreeCoderOptionsPerCall, TargetlessAndReports) {
  const auto dict = PetrarchUnitTestDictionaries();
  if (dict == nullptr) GTEST_SKIP() << "needs ../shared/data/petrarch/petrarch2/dictionaries";
  auto analyser = actors::Analyser::Load(parse::DefaultModelDir());
  if (!analyser.ok() || analyser->level() != "parsed") GTEST_SKIP() << "needs the shipped models";
  const Date date = *Date::Parse("1995-01-04");
  const TreeCoder coder(dict);
  auto code = [&](const std::string& text, const TreeCoderOptions& options) {
    const Document doc = analyser->Analyse(text);
    return coder.Code(doc, actors::FindMentions(doc, *dict, date), date, options);
  };
  auto targetless = [](const std::vector<Event>& events) {
    return std::count_if(events.begin(), events.end(), [](const Event& e) { return e.target.code.empty(); });
  };
  auto said = [](const std::vector<Event>& events) {
    return std::count_if(events.begin(), events.end(), [](const Event& e) { return e.verb.lemma == "say"; });
  };
  const std::string text = "Arnor restored full diplomatic ties with Gondor, a senior official said on Saturday.";
  const auto plain = code(text, {});
  const auto kept = code(text, {.targetless = true});
  const auto reports = code(text, {.targetless = true, .code_reports = true});
  ASSERT_FALSE(plain.empty());
  EXPECT_EQ(targetless(plain), 0);
  EXPECT_EQ(said(plain), 0);
  // The closing attribution reports the coded clause: coded only with code_reports.
  EXPECT_EQ(said(kept), 0);
  EXPECT_EQ(said(reports), 1);
  // An event with no target stands only with targetless.
  const std::string alone = "Arnor restored full diplomatic ties.";
  EXPECT_EQ(targetless(code(alone, {})), 0);
  EXPECT_GE(targetless(code(alone, {.targetless = true})), 1);
  EXPECT_GE(reports.size(), kept.size());
  // The coder's own options stay as they were for calls without options.
  EXPECT_EQ(code(text, {}).size(), plain.size());
}

// "SRC TGT CODE" of each event coded on a hand-parsed sentence ("form/UPOS/XPOS/HEAD/DEPREL
// ...", actors/testing.h) with `dict` on `date` ("-" for no target).
std::vector<std::string> HandParsedTriples(const std::shared_ptr<const dict::Dictionary>& dict,
                                           std::string_view sentence, Date date) {
  const Document doc = actors::testing::Annotated({sentence});
  std::vector<std::string> out;
  for (const Event& e : TreeCoder(dict).Code(doc, actors::FindMentions(doc, *dict, date), date))
    out.push_back(e.source.code + " " + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo);
  return out;
}

// The verb-phrase target, on hand-parsed sentences with the PETRARCH unit-test
// dictionaries: the first actor after the verb anywhere in its complement, unless a comma
// sets it off.
TEST(TreeCoderVerbPhraseTarget, FirstActorOfTheComplement) {
  const auto dict = PetrarchUnitTestDictionaries();
  if (dict == nullptr) GTEST_SKIP() << "needs ../shared/data/petrarch/petrarch2/dictionaries";
  const Date date = *Date::Parse("1995-01-04");
  auto triples = [&](std::string_view sentence) { return HandParsedTriples(dict, sentence, date); };
  using V = std::vector<std::string>;
  EXPECT_EQ(triples("Gondor/PROPN/NNP/2/nsubj marched/VERB/VBD/0/root close/ADJ/JJ/2/xcomp to/ADP/IN/6/case "
                    "the/DET/DT/6/det border/NOUN/NN/3/obl with/ADP/IN/8/case Mordor/PROPN/NNP/6/nmod"),
            V{"GON MOR 181"});
  EXPECT_EQ(triples("Gondor/PROPN/NNP/2/nsubj marched/VERB/VBD/0/root close/ADJ/JJ/2/xcomp ,/PUNCT/,/6/punct "
                    "Mordor/PROPN/NNP/6/nsubj said/VERB/VBD/2/parataxis"),
            V{});
}

// A pattern that names the verb a clause hangs on, before its '*', on hand-parsed sentences
// with the PETRARCH unit-test dictionaries: the clause is not dropped as a purpose ("+ HOSTING
// * MAY DAY $"), and with no '$' its source is that verb's subject ("NOTED + *").
TEST(TreeCoderGoverningVerbPattern, CodesTheTwoVerbsTogether) {
  const auto dict = PetrarchUnitTestDictionaries();
  if (dict == nullptr) GTEST_SKIP() << "needs ../shared/data/petrarch/petrarch2/dictionaries";
  const Date date = *Date::Parse("1995-01-02");
  auto triples = [&](std::string_view sentence) { return HandParsedTriples(dict, sentence, date); };
  using V = std::vector<std::string>;
  EXPECT_EQ(triples("Mordor/PROPN/NNP/4/nsubj will/AUX/MD/4/aux be/AUX/VB/4/aux hosting/VERB/VBG/0/root "
                    "Osgiliath/PROPN/NNP/4/obj to/PART/TO/7/mark celebrate/VERB/VB/4/advcl May/PROPN/NNP/7/obj "
                    "Day/PROPN/NNP/8/flat with/ADP/IN/11/case Eriador/PROPN/NNP/7/obl"),
            V{"ERI MOR 046"});
  EXPECT_EQ(triples("Gondor/PROPN/NNP/2/nsubj noted/VERB/VBD/0/root that/SCONJ/IN/6/mark Cirith/PROPN/NNP/6/nsubj "
                    "Ungol/PROPN/NNP/4/flat regretted/VERB/VBD/2/ccomp Eriador/PROPN/NNP/6/obj"),
            V{"GON MORMIL 115"});
}

}  // namespace
}  // namespace dyad::code
