// FindMentions over hand-annotated sentences (parsed, tagged only, untagged) with dyad's
// shipped dictionaries: composition, persons by office, modifiers, compounds,
// prepositional agents, pronouns and references.
#include "actors/find_mentions.h"

#include <gtest/gtest.h>

#include <span>

#include "actors/testing.h"
#include "dict/readers.h"

namespace dyad::actors {
namespace {

using testing::Annotated;
using testing::Render;

const Date kDate{2023, 7, 27};

struct Case {
  const char* name;
  std::vector<std::string_view> sentences;
  std::vector<std::string> expected;
};

const Case kCases[] = {
    {"parsed person by office",
     {"Russian/ADJ/JJ/5/amod Defense/PROPN/NNP/3/compound Minister/PROPN/NNP/5/compound "
      "Sergei/PROPN/NNP/5/compound Shoigu/PROPN/NNP/6/nsubj arrived/VERB/VBD/0/root ./PUNCT/./6/punct"},
     {"Russian Defense Minister Sergei Shoigu|RUSMIL|person"}},
    {"parsed leader and troops",
     {"North/PROPN/NNP/2/compound Korean/ADJ/JJ/3/amod leader/NOUN/NN/4/compound Kim/PROPN/NNP/7/nsubj "
      "Jong/PROPN/NNP/4/flat Un/PROPN/NNP/4/flat met/VERB/VBD/0/root Chinese/ADJ/JJ/9/amod "
      "troops/NOUN/NNS/7/obj ./PUNCT/./7/punct"},
     {"North Korean leader Kim Jong Un|PRKGOV|person", "Chinese troops|CHNMIL|state"}},
    {"tagged ministry and former",
     {"A/DET/DT video/NOUN/NN released/VERB/VBN by/ADP/IN the/DET/DT Russian/ADJ/JJ Defense/PROPN/NNP "
      "Ministry/PROPN/NNP showed/VERB/VBD former/ADJ/JJ North/PROPN/NNP Korean/ADJ/JJ leaders/NOUN/NNS "
      "./PUNCT/."},
     {"the Russian Defense Ministry|RUSMIL|state", "former North Korean leaders|PRKELI|state"}},
    {"tagged compound and references",
     {"North/PROPN/NNP Korea/PROPN/NNP and/CCONJ/CC Russia/PROPN/NNP plan/VERB/VBP cooperation/NOUN/NN "
      "./PUNCT/.",
      "Shoigu/PROPN/NNP traveled/VERB/VBD to/ADP/IN Pyongyang/PROPN/NNP ./PUNCT/.",
      "He/PRON/PRP praised/VERB/VBD the/DET/DT two/NUM/CD countries/NOUN/NNS and/CCONJ/CC their/PRON/PRP$ "
      "ties/NOUN/NNS ./PUNCT/."},
     {"North Korea and Russia|PRK+RUS|compound", "North Korea|PRK|state", "Russia|RUS|state",
      "Shoigu|RUSMIL|person", "Pyongyang|PRK|state", "He|RUSMIL|pronoun", "the two countries|PRK+RUS|reference",
      "their|PRK+RUS|pronoun"}},
    // A person who owns a named actor: the phrase names that actor, not the person.
    {"a person's institution",
     {"Obama/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case Pentagon/PROPN/NNP/4/nsubj struck/VERB/VBD/0/root "
      "./PUNCT/./4/punct"},
     {"Obama 's Pentagon|USAMIL|state"}},
    {"untagged group with agent",
     {"the Russian Wagner mercenaries fought"},
     {"Russian Wagner mercenaries|RUSUAF|group"}},
    {"agent of actor",
     {"the/DET/DT president/NOUN/NN of/ADP/IN Russia/PROPN/NNP said/VERB/VBD so/ADV/RB"},
     {"the president of Russia|RUSGOV|state", "Russia|RUS|state"}},
    // An agent before "of" governs the states coordinated after it in the compound's own
    // codes; each state's mention keeps its own code. Not when the parse coordinates the
    // second state with the agent's noun.
    {"agent distributes over a compound",
     {"the/DET/DT/2/det president/NOUN/NN/7/nsubj of/ADP/IN/4/case Russia/PROPN/NNP/2/nmod and/CCONJ/CC/6/cc "
      "China/PROPN/NNP/4/conj said/VERB/VBD/0/root"},
     {"the president of Russia and China|RUSGOV+CHNGOV|compound", "the president of Russia|RUSGOV|state",
      "Russia|RUS|state", "China|CHN|state"}},
    {"agent does not distribute to its own conjunct",
     {"the/DET/DT/2/det president/NOUN/NN/7/nsubj of/ADP/IN/4/case Russia/PROPN/NNP/2/nmod and/CCONJ/CC/6/cc "
      "China/PROPN/NNP/2/conj said/VERB/VBD/0/root"},
     {"the president of Russia and China|RUSGOV+CHN|compound", "the president of Russia|RUSGOV|state",
      "Russia|RUS|state", "China|CHN|state"}},
    {"neither nor compound",
     {"Neither/CCONJ/CC/2/cc Russia/PROPN/NNP/5/nsubj nor/CCONJ/CC/4/cc China/PROPN/NNP/2/conj "
      "voted/VERB/VBD/0/root"},
     {"Russia nor China|RUS+CHN|compound", "Russia|RUS|state", "China|CHN|state"}},
    // A country's adjective governs the bare agents coordinated after its own.
    {"actor distributes over bare agents",
     {"Russian/ADJ/JJ/2/amod media/NOUN/NN/5/nsubj and/CCONJ/CC/4/cc government/NOUN/NN/2/conj said/VERB/VBD/0/root"},
     {"Russian media and government|RUSMED+RUSGOV|compound", "Russian media|RUSMED|state", "government|GOV|agent"}},
    {"actor does not distribute to a determined agent",
     {"Russian/ADJ/JJ/2/amod media/NOUN/NN/6/nsubj and/CCONJ/CC/5/cc the/DET/DT/5/det government/NOUN/NN/2/conj "
      "said/VERB/VBD/0/root"},
     {"Russian media and the government|RUSMED+GOV|compound", "Russian media|RUSMED|state", "the government|GOV|agent"}},
    {"actor does not distribute from a determined phrase",
     {"the/DET/DT/3/det Russian/ADJ/JJ/3/amod media/NOUN/NN/6/nsubj and/CCONJ/CC/5/cc government/NOUN/NN/3/conj "
      "said/VERB/VBD/0/root"},
     {"the Russian media and government|RUSMED+GOV|compound", "the Russian media|RUSMED|state", "government|GOV|agent"}},
    // Coordinated states before a bare agent that they modify each compose with it.
    {"states distribute over the agent after them",
     {"Russian/ADJ/JJ/4/amod and/CCONJ/CC/3/cc Chinese/ADJ/JJ/1/conj activists/NOUN/NNS/5/nsubj "
      "protested/VERB/VBD/0/root"},
     {"Russian and Chinese activists|RUSOPP+CHNOPP|compound", "Russian|RUS|state", "Chinese|CHN|state",
      "activists|OPP|agent"}},
    // The actor after "from" opens with modifiers that hold an agent's word.
    {"agent across a preposition and the actor's modifiers",
     {"dissidents/NOUN/NNS/7/nsubj from/ADP/IN/6/case military/ADJ/JJ/5/amod -/PUNCT/HYPH/3/punct "
      "ruled/VERB/VBN/6/amod Russia/PROPN/NNP/1/nmod protested/VERB/VBD/0/root"},
     {"dissidents from military - ruled Russia|RUSOPP|state", "military|MIL|agent", "ruled Russia|RUS|state"}},
    // Agents in the order written: the one before "of" first after the country.
    {"agent across a preposition precedes the actor's own",
     {"Rebels/NOUN/NNS/6/nsubj of/ADP/IN/5/case the/DET/DT/5/det Russian/ADJ/JJ/5/amod military/NOUN/NN/1/nmod "
      "protested/VERB/VBD/0/root"},
     {"Rebels of the Russian military|RUSREBMIL|state", "the Russian military|RUSMIL|state"}},
    {"they with no plural antecedent takes a state of its sentence",
     {"Russia/PROPN/NNP/2/nsubj said/VERB/VBD/0/root they/PRON/PRP/4/nsubj attacked/VERB/VBD/2/ccomp"},
     {"Russia|RUS|state", "they|RUS|pronoun"}},
    {"a mistagged adjective between conjuncts",
     {"Russia/PROPN/NNP and/CCONJ/CC the/DET/DT evil/NOUN/NN awful/ADJ/JJ China/PROPN/NNP voted/VERB/VBD"},
     {"Russia and the evil awful China|RUS+CHN|compound", "Russia|RUS|state", "the evil awful China|CHN|state"}},
    {"definite agent refers back",
     {"Shoigu/PROPN/NNP arrived/VERB/VBD ./PUNCT/.",
      "The/DET/DT defense/NOUN/NN minister/NOUN/NN spoke/VERB/VBD ./PUNCT/."},
     {"Shoigu|RUSMIL|person", "The defense minister|RUSMIL|agent"}},
    {"surname after full name",
     {"Kim/PROPN/NNP Jong/PROPN/NNP Un/PROPN/NNP arrived/VERB/VBD ./PUNCT/.",
      "Kim/PROPN/NNP laid/VERB/VBD flowers/NOUN/NNS ./PUNCT/."},
     {"Kim Jong Un|PRKGOV|person", "Kim|PRKGOV|person"}},
    {"its and it take states, not people",
     {"China/PROPN/NNP backed/VERB/VBD Shoigu/PROPN/NNP and/CCONJ/CC its/PRON/PRP$ ally/NOUN/NN ./PUNCT/."},
     {"China|CHN|state", "Shoigu|RUSMIL|person", "its|CHN|pronoun"}},
    {"counterpart takes the possessor's sector",
     {"Shoigu/PROPN/NNP met/VERB/VBD his/PRON/PRP$ North/PROPN/NNP Korean/ADJ/JJ counterpart/NOUN/NN ./PUNCT/."},
     {"Shoigu|RUSMIL|person", "his North Korean counterpart|PRKMIL|state", "his|RUSMIL|pronoun"}},
    {"government of a linked name",
     {"Kim/PROPN/NNP Jong/PROPN/NNP Un/PROPN/NNP arrived/VERB/VBD ./PUNCT/.",
      "The/DET/DT government/NOUN/NN of/ADP/IN ruler/NOUN/NN Kim/PROPN/NNP is/AUX/VBZ trying/VERB/VBG"},
     {"Kim Jong Un|PRKGOV|person", "The government of ruler Kim|PRKGOV|state", "ruler Kim|PRKGOV|person"}},
    {"office depends on the date",
     {"Shoigu/PROPN/NNP spoke/VERB/VBD ./PUNCT/."},
     {"Shoigu|RUSMIL|person"}},
    {"an agent beside a named person restates it in a compound",
     {"The/DET/DT foreign/ADJ/JJ minister/NOUN/NN ,/PUNCT/, Lavrov/PROPN/NNP ,/PUNCT/, and/CCONJ/CC "
      "Shoigu/PROPN/NNP met/VERB/VBD ./PUNCT/."},
     {"The foreign minister , Lavrov , and Shoigu|RUSGOV+RUSMIL|compound", "The foreign minister|GOV|agent",
      "Lavrov|RUSGOV|person", "Shoigu|RUSMIL|person"}},
    {"a list ends at its and",
     {"With/ADP/IN help/NOUN/NN from/ADP/IN Qatar/PROPN/NNP ,/PUNCT/, Jordan/PROPN/NNP and/CCONJ/CC "
      "Egypt/PROPN/NNP ,/PUNCT/, Russia/PROPN/NNP struck/VERB/VBD ./PUNCT/."},
     {"Qatar , Jordan and Egypt|QAT+JOR+EGY|compound", "Qatar|QAT|state", "Jordan|JOR|state", "Egypt|EGY|state",
      "Russia|RUS|state"}},
    {"he points past a person's name no dictionary knows",
     {"Shoigu/PROPN/NNP/2/nsubj arrived/VERB/VBD/0/root ./PUNCT/./2/punct",
      "Wickremesinghe/PROPN/NNP/2/nsubj said/VERB/VBD/0/root he/PRON/PRP/4/nsubj feared/VERB/VBD/2/ccomp"},
     {"Shoigu|RUSMIL|person", "he||pronoun"}},
    {"but not past a day the parse made a subject",
     {"Shoigu/PROPN/NNP/2/nsubj arrived/VERB/VBD/0/root ./PUNCT/./2/punct",
      "Sunday/PROPN/NNP/2/nsubj said/VERB/VBD/0/root he/PRON/PRP/4/nsubj feared/VERB/VBD/2/ccomp"},
     {"Shoigu|RUSMIL|person", "he|RUSMIL|pronoun"}},
    {"a capitalized He after a name is the name's",
     {"Shoigu/PROPN/NNP arrived/VERB/VBD ./PUNCT/.",
      "Vice-premier/NOUN/NN Liu/PROPN/NNP He/PRON/PRP left/VERB/VBD ./PUNCT/.",
      "He/PRON/PRP spoke/VERB/VBD ./PUNCT/."},
     {"Shoigu|RUSMIL|person", "He|RUSMIL|pronoun"}},
    {"Central Americans are Latin America's, not the USA's",
     {"Mexico/PROPN/NNP deported/VERB/VBD Central/PROPN/NNP Americans/PROPN/NNPS ./PUNCT/."},
     {"Mexico|MEX|state", "Central Americans|LAM|state"}},
};

class FindMentionsTest : public ::testing::TestWithParam<Case> {};

TEST_P(FindMentionsTest, Table) {
  static auto dict = testing::ShippedDictionary();
  ASSERT_NE(dict, nullptr);
  const Case& c = GetParam();
  const Document doc = Annotated(c.sentences);
  ASSERT_EQ(doc.sentences.size(), c.sentences.size());
  EXPECT_EQ(Render(doc, FindMentions(doc, *dict, kDate)), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Cases, FindMentionsTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) {
                           std::string n = info.param.name;
                           for (char& ch : n)
                             if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return n;
                         });

// Sentences and the mentions FindMentions renders for them with a dyad dictionary source.
struct MentionCase {
  const char* sentence;
  std::vector<std::string> expected;
};

void ExpectMentions(const char* dictionary, std::span<const MentionCase> cases) {
  dict::Model model;
  dict::ReadDyad(dictionary, "test.dict", &model);
  dict::Dictionary::Builder b;
  b.Add(std::move(model));
  const auto dict = b.Finish();
  for (const MentionCase& c : cases) {
    const Document doc = Annotated({c.sentence});
    EXPECT_EQ(Render(doc, FindMentions(doc, *dict, kDate)), c.expected) << c.sentence;
  }
}

// Every agent of a phrase composes with its actor, a prefix agent in front: "an MSF
// Arnor diplomat" -> NGO + ARN + GOV.
TEST(FindMentions, ComposesEveryAgentOfAPhrase) {
  const MentionCase cases[] = {
      {"an/DET/DT msf/PROPN/NNP Arnor/PROPN/NNP diplomat/NOUN/NN spoke/VERB/VBD", {"an msf Arnor diplomat|NGOARNGOV|state"}},
      {"an/DET/DT Arnor/PROPN/NNP diplomat/NOUN/NN spoke/VERB/VBD", {"an Arnor diplomat|ARNGOV|state"}},
      {"the/DET/DT Arnor/PROPN/NNP soldier/NOUN/NN diplomat/NOUN/NN spoke/VERB/VBD",
       {"the Arnor soldier diplomat|ARNMILGOV|state"}},
  };
  ExpectMentions("actor ARN\n  name Arnor\n"
                 "agent NGO\n  mode prefix\n  noun msf\n"
                 "agent GOV\n  noun diplomat\n"
                 "agent MIL\n  noun soldier\n",
                 cases);
}

// EWT hangs a title on the name it precedes (nmod:desc): the title's agent codes the
// phrase when the name is no one the dictionary knows, as it does when it heads the phrase.
TEST(FindMentions, TitleOfAnUnknownNameIsItsAgent) {
  const MentionCase cases[] = {
      {"Interior/PROPN/NNP/2/compound Minister/PROPN/NNP/3/nmod:desc Jan/PROPN/NNP/5/nsubj "
       "Jambon/PROPN/NNP/3/flat spoke/VERB/VBD/0/root",
       {"Interior Minister Jan Jambon|GOV|agent"}},
      {"the/DET/DT/2/det minister/NOUN/NN/3/nsubj spoke/VERB/VBD/0/root", {"the minister|GOV|agent"}},
      // A minister who is not the phrase's head or the title of its name names no actor.
      {"a/DET/DT/3/det minister/NOUN/NN/3/compound visit/NOUN/NN/4/nsubj ended/VERB/VBD/0/root", {}},
  };
  ExpectMentions("agent GOV\n  noun minister\n", cases);
}

// An agent word inside a name that only modifies its phrase ("an Islamic State target")
// composes with the actor the phrase's "of"/"in"/"from" names, as PETRARCH composes agent
// words; alone, or describing the thing the phrase names ("military exercises"), it names
// no actor.
TEST(FindMentions, AgentInANameComposesAcrossAPreposition) {
  const MentionCase cases[] = {
      {"an/DET/DT/4/det Islamic/ADJ/JJ/3/amod State/PROPN/NNP/4/compound target/NOUN/NN/7/nsubj "
       "in/ADP/IN/6/case Arnor/PROPN/NNP/4/nmod burned/VERB/VBD/0/root",
       {"an Islamic State target in Arnor|ARNMUS|state", "Arnor|ARN|state"}},
      {"an/DET/DT/4/det Islamic/ADJ/JJ/3/amod State/PROPN/NNP/4/compound target/NOUN/NN/5/nsubj "
       "burned/VERB/VBD/0/root",
       {}},
      {"military/ADJ/JJ/2/amod exercises/NOUN/NNS/5/nsubj in/ADP/IN/4/case Arnor/PROPN/NNP/2/nmod "
       "ended/VERB/VBD/0/root",
       {"Arnor|ARN|state"}},
  };
  ExpectMentions("actor ARN\n  name Arnor\nagent MUS\n  noun islamic\nagent MIL\n  noun military\n", cases);
}

// A phrase the parse hangs on the first of coordinated agents is theirs together (UD's
// place for a shared dependent); on the last, it is the last one's.
TEST(FindMentions, AgentsShareAnActorHungOnTheFirst) {
  const MentionCase cases[] = {
      {"Lawmakers/NOUN/NNS/8/nsubj and/CCONJ/CC/3/cc officials/NOUN/NNS/1/conj in/ADP/IN/5/case "
       "Arnor/PROPN/NNP/1/nmod and/CCONJ/CC/7/cc Gondor/PROPN/NNP/5/conj met/VERB/VBD/0/root",
       {"Lawmakers and officials in Arnor and Gondor|ARNLEG+GONLEG+ARNGOV+GONGOV|compound", "Lawmakers|LEG|agent",
        "officials in Arnor|ARNGOV|state", "Arnor|ARN|state", "Gondor|GON|state"}},
      {"Lawmakers/NOUN/NNS/6/nsubj and/CCONJ/CC/3/cc officials/NOUN/NNS/1/conj in/ADP/IN/5/case "
       "Arnor/PROPN/NNP/3/nmod met/VERB/VBD/0/root",
       {"Lawmakers and officials in Arnor|LEG+ARNGOV|compound", "Lawmakers|LEG|agent",
        "officials in Arnor|ARNGOV|state", "Arnor|ARN|state"}},
  };
  ExpectMentions(
      "actor ARN\n  name Arnor\nactor GON\n  name Gondor\nagent LEG\n  noun lawmaker\nagent GOV\n  noun official\n",
      cases);
}

// "opposition to X" is a stance, not the opposition as a group.
TEST(FindMentions, OppositionToSomethingIsAStance) {
  const MentionCase cases[] = {
      {"the/DET/DT/2/det opposition/NOUN/NN/0/root to/ADP/IN/4/case Arnor/PROPN/NNP/2/nmod", {"Arnor|ARN|state"}},
      // An infinitive on the noun leaves it the group: "for Arnor and the opposition to sort out ...".
      {"the/DET/DT/2/det opposition/NOUN/NN/0/root to/PART/TO/4/mark sort/VERB/VB/2/acl", {"the opposition|OPP|agent"}},
      {"The/DET/DT/2/det opposition/NOUN/NN/3/nsubj rejected/VERB/VBD/0/root Arnor/PROPN/NNP/3/obj",
       {"The opposition|OPP|agent", "Arnor|ARN|state"}},
      {"Arnor/PROPN/NNP/2/nsubj urged/VERB/VBD/0/root the/DET/DT/4/det opposition/NOUN/NN/2/obj to/PART/TO/6/mark "
       "stop/VERB/VB/2/xcomp",
       {"Arnor|ARN|state", "the opposition|OPP|agent"}},
  };
  ExpectMentions("actor ARN\n  name Arnor\nagent OPP\n  noun opposition\n", cases);
}

// A dateline is where the report was filed, no actor; a name in capitals elsewhere is one.
TEST(FindMentions, DatelineIsNoActor) {
  const MentionCase cases[] = {
      {"ARNOR/PROPN/NNP/4/dep \u2014/PUNCT/:/1/punct Gondor/PROPN/NNP/4/nsubj attacked/VERB/VBD/0/root "
       "Arnor/PROPN/NNP/4/obj",
       {"Gondor|GON|state", "Arnor|ARN|state"}},
      {"ARNOR/PROPN/NNP/6/dep (/PUNCT/-LRB-/3/punct Reuters/PROPN/NNP/1/appos )/PUNCT/-RRB-/3/punct -/PUNCT/:/1/punct "
       "Gondor/PROPN/NNP/7/nsubj attacked/VERB/VBD/0/root",
       {"Gondor|GON|state"}},
      {"ARNOR/PROPN/NNP/2/nsubj attacked/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj",
       {"ARNOR|ARN|state", "Gondor|GON|state"}},
  };
  ExpectMentions("actor ARN\n  name Arnor\nactor GON\n  name Gondor\n", cases);
}

// "it" is the subject named since the last actor, though no dictionary names that subject.
TEST(FindMentions, ItPointsPastNoUncodedSubject) {
  const MentionCase cases[] = {
      {"Arnor/PROPN/NNP/2/nsubj said/VERB/VBD/0/root it/PRON/PRP/4/nsubj left/VERB/VBD/2/ccomp",
       {"Arnor|ARN|state", "it|ARN|pronoun"}},
      {"Arnor/PROPN/NNP/2/nsubj said/VERB/VBD/0/root TransAsia/PROPN/NNP/4/nsubj said/VERB/VBD/2/ccomp "
       "it/PRON/PRP/6/nsubj left/VERB/VBD/4/ccomp",
       {"Arnor|ARN|state", "it||pronoun"}},
      // An uncoded object in between is no subject.
      {"Arnor/PROPN/NNP/2/nsubj thanked/VERB/VBD/0/root the/DET/DT/4/det company/NOUN/NN/2/obj "
       "before/SCONJ/IN/7/mark it/PRON/PRP/7/nsubj left/VERB/VBD/2/advcl",
       {"Arnor|ARN|state", "it|ARN|pronoun"}},
      // An object "it" is the uncoded object named since: "signed the deal ... defended it".
      {"Arnor/PROPN/NNP/2/nsubj signed/VERB/VBD/0/root the/DET/DT/4/det deal/NOUN/NN/2/obj and/CCONJ/CC/6/cc "
       "defended/VERB/VBD/2/conj it/PRON/PRP/6/obj",
       {"Arnor|ARN|state", "it||pronoun"}},
      {"Arnor/PROPN/NNP/2/nsubj attacked/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj and/CCONJ/CC/5/cc "
       "invaded/VERB/VBD/2/conj it/PRON/PRP/5/obj",
       {"Arnor|ARN|state", "Gondor|GON|state", "it|GON|pronoun"}},
  };
  ExpectMentions("actor ARN\n  name Arnor\nactor GON\n  name Gondor\n", cases);
}

// The same for "they" and an uncoded plural subject: "Analysts say they ...".
TEST(FindMentions, TheyPointsPastNoUncodedSubject) {
  const MentionCase cases[] = {
      {"Arnor/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Gondor/PROPN/NNP/1/conj met/VERB/VBD/0/root ;/PUNCT/:/7/punct "
       "they/PRON/PRP/7/nsubj left/VERB/VBD/4/parataxis",
       {"Arnor and Gondor|ARN+GON|compound", "Arnor|ARN|state", "Gondor|GON|state", "they|ARN+GON|pronoun"}},
      {"Arnor/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Gondor/PROPN/NNP/1/conj met/VERB/VBD/0/root ;/PUNCT/:/7/punct "
       "analysts/NOUN/NNS/7/nsubj say/VERB/VBP/4/parataxis they/PRON/PRP/9/nsubj left/VERB/VBD/7/ccomp",
       {"Arnor and Gondor|ARN+GON|compound", "Arnor|ARN|state", "Gondor|GON|state", "they||pronoun"}},
  };
  ExpectMentions("actor ARN\n  name Arnor\nactor GON\n  name Gondor\n", cases);
}

// The possessor of a verb's object is the subject of its clause, or of the clause a
// subjectless participle hangs on; an infinitive under an object takes that object. The
// subject of an adverbial clause or a conjunct is the main clause's subject.
TEST(FindMentions, PossessiveOfAnObjectIsBoundByTheSubject) {
  const MentionCase cases[] = {
      // "Arnor condemned Gondor and affirmed its support": Arnor, not the nearer Gondor.
      {"Arnor/PROPN/NNP/2/nsubj condemned/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj and/CCONJ/CC/5/cc "
       "affirmed/VERB/VBD/2/conj its/PRON/PRP$/7/nmod:poss support/NOUN/NN/5/obj",
       {"Arnor|ARN|state", "Gondor|GON|state", "its|ARN|pronoun"}},
      // "Arnor accused Gondor of violating its airspace".
      {"Arnor/PROPN/NNP/2/nsubj accused/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj of/SCONJ/IN/5/mark "
       "violating/VERB/VBG/2/advcl its/PRON/PRP$/7/nmod:poss airspace/NOUN/NN/5/obj",
       {"Arnor|ARN|state", "Gondor|GON|state", "its|ARN|pronoun"}},
      // "Arnor urged Gondor to use its influence": the object controls the infinitive.
      {"Arnor/PROPN/NNP/2/nsubj urged/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj to/PART/TO/5/mark "
       "use/VERB/VB/2/xcomp its/PRON/PRP$/7/nmod:poss influence/NOUN/NN/5/obj",
       {"Arnor|ARN|state", "Gondor|GON|state", "its|GON|pronoun"}},
      // In an adjunct the nearest still holds: "sanctioned Gondor over its detention".
      {"Arnor/PROPN/NNP/2/nsubj sanctioned/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj over/ADP/IN/6/case "
       "its/PRON/PRP$/6/nmod:poss detention/NOUN/NN/2/obl",
       {"Arnor|ARN|state", "Gondor|GON|state", "its|GON|pronoun"}},
      // The subject of an adverbial clause is the main clause's: "Arnor met Gondor before it left".
      {"Arnor/PROPN/NNP/2/nsubj met/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj before/SCONJ/IN/6/mark "
       "it/PRON/PRP/6/nsubj left/VERB/VBD/2/advcl",
       {"Arnor|ARN|state", "Gondor|GON|state", "it|ARN|pronoun"}},
      // ... and a thing no dictionary names binds it to no actor: "the group organized in
      // Arnor before it attacked Gondor".
      {"the/DET/DT/2/det group/NOUN/NN/3/nsubj organized/VERB/VBD/0/root in/ADP/IN/5/case Arnor/PROPN/NNP/3/obl "
       "before/SCONJ/IN/8/mark it/PRON/PRP/8/nsubj attacked/VERB/VBD/3/advcl Gondor/PROPN/NNP/8/obj",
       {"Arnor|ARN|state", "it||pronoun", "Gondor|GON|state"}},
  };
  ExpectMentions("actor ARN\n  name Arnor\nactor GON\n  name Gondor\n", cases);
}

// A possessive in a phrase fronted before its clause's subject points ahead to that subject.
TEST(FindMentions, FrontedPossessivePointsToTheSubjectAhead) {
  const MentionCase cases[] = {
      // "Gondor spoke; in its statement, Arnor condemned Gondor": Arnor, not Gondor before.
      {"Gondor/PROPN/NNP/2/nsubj spoke/VERB/VBD/0/root ;/PUNCT/:/9/punct in/ADP/IN/6/case its/PRON/PRP$/6/nmod:poss "
       "statement/NOUN/NN/9/obl ,/PUNCT/,/6/punct Arnor/PROPN/NNP/9/nsubj condemned/VERB/VBD/2/parataxis "
       "Gondor/PROPN/NNP/9/obj",
       {"Gondor|GON|state", "its|ARN|pronoun", "Arnor|ARN|state", "Gondor|GON|state"}},
  };
  ExpectMentions("actor ARN\n  name Arnor\nactor GON\n  name Gondor\n", cases);
}

// A newspaper named after its place is that country's media.
TEST(FindMentions, NewspaperNamedAfterAPlaceIsMedia) {
  const MentionCase cases[] = {
      {"The/DET/DT Washington/PROPN/NNP Post/PROPN/NNP reported/VERB/VBD", {"The Washington Post|USAMED|state"}},
      {"Arnor/PROPN/NNP Today/PROPN/NNP reported/VERB/VBD", {"Arnor Today|ARNMED|state"}},
      {"Washington/PROPN/NNP reported/VERB/VBD", {"Washington|USA|state"}},
      {"Arnor/PROPN/NNP today/NOUN/NN reported/VERB/VBD", {"Arnor today|ARN|state"}},
  };
  ExpectMentions("actor USA\n  name Washington\nactor ARN\n  name Arnor\n", cases);
}

TEST(FindMentions, DatedOfficeChangesCode) {
  auto dict = testing::ShippedDictionary();
  ASSERT_NE(dict, nullptr);
  const Document doc = Annotated({"Shoigu/PROPN/NNP spoke/VERB/VBD ./PUNCT/."});
  EXPECT_EQ(FindMentions(doc, *dict, Date{2023, 7, 27})[0].codes[0], "RUSMIL");
  EXPECT_EQ(FindMentions(doc, *dict, Date{2025, 1, 1})[0].codes[0], "RUSGOV");
  EXPECT_EQ(FindMentions(doc, *dict, Date{2000, 1, 1})[0].codes[0], "RUSGOV");
}

// One phrase in two entries: the entry dated for the day beats the other's undated default,
// wherever the entries stand.
TEST(FindMentions, DatedEntryBeatsAnotherEntrysDefault) {
  dict::Model model;
  dict::ReadActors("ELROS_\n+KING_ELROS\n\t[NUMELI]\nELROS_TAR-MINYATUR_\n+KING_ELROS\n"
                   "\t[NUMGOV 20000101-20121231]\n\t[NUMELI]\n",
                   "test.actors", dict::Notation::kPetrarch, &model);
  dict::Dictionary::Builder b;
  b.Add(std::move(model));
  const auto dict = b.Finish();
  const Document doc = Annotated({"King/PROPN/NNP Elros/PROPN/NNP spoke/VERB/VBD"});
  EXPECT_EQ(Render(doc, FindMentions(doc, *dict, Date{2010, 6, 1})),
            (std::vector<std::string>{"King Elros|NUMGOV|state"}));
  EXPECT_EQ(Render(doc, FindMentions(doc, *dict, Date{2023, 6, 1})),
            (std::vector<std::string>{"King Elros|NUMELI|state"}));
}

TEST(FindMentions, UnknownActorsOnlyWhenAsked) {
  auto dict = testing::ShippedDictionary();
  ASSERT_NE(dict, nullptr);
  const Document doc = Annotated({"Zorblax/PROPN/NNP/2/nsubj attacked/VERB/VBD/0/root the/DET/DT/4/det "
                                  "village/NOUN/NN/2/obj ./PUNCT/./2/punct"});
  EXPECT_TRUE(FindMentions(doc, *dict, kDate).empty());
  EXPECT_EQ(Render(doc, FindMentions(doc, *dict, kDate, {.unknown = true})),
            (std::vector<std::string>{"Zorblax||unknown", "the village||unknown"}));
}

TEST(FindMentions, PartsAndAntecedentsPointAtMentions) {
  auto dict = testing::ShippedDictionary();
  ASSERT_NE(dict, nullptr);
  const Document doc = Annotated({"Russia/PROPN/NNP and/CCONJ/CC China/PROPN/NNP voted/VERB/VBD ./PUNCT/.",
                                  "They/PRON/PRP won/VERB/VBD ./PUNCT/."});
  const auto m = FindMentions(doc, *dict, kDate);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].kind, MentionKind::kCompound);
  EXPECT_EQ(m[0].parts, (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(m[3].antecedents, (std::vector<uint32_t>{0}));
  EXPECT_EQ(m[3].how, Resolution::kReference);
  EXPECT_EQ(m[3].sentence, 1u);
}

}  // namespace
}  // namespace dyad::actors
