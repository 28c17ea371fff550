// Rules of the tree coder on hand-parsed sentences (CoNLL-U written out in the rows), coded
// with dyad's shipped dictionaries: each row isolates one rule from what the shipped
// parser would make of the sentence.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "actors/conllu_document.h"
#include "actors/find_mentions.h"
#include "actors/testing.h"
#include "code/dependency_tree.h"
#include "code/tree_coder.h"
#include "dict/load.h"
#include "util/data_path.h"

namespace dyad::code {
namespace {

struct Row {
  const char* what;
  const char* sentence;               // "form/UPOS/XPOS/HEAD/DEPREL ..." (actors/testing.h)
  std::vector<const char*> want;      // "SRC TGT CODE" that must be coded
  std::vector<const char*> not_want;  // and that must not
};

// actors::testing's compact sentence, where a form may carry its lemma: "wants=want/VERB/...";
// " | " separates sentences.
Document WithLemmas(const std::string& compact) {
  std::string conllu;
  // Sentences separated by " | ".
  for (size_t from = 0;;) {
    const size_t bar = compact.find(" | ", from);
    conllu += actors::testing::SentenceToConllu(compact.substr(from, bar == std::string::npos ? bar : bar - from));
    if (bar == std::string::npos) break;
    from = bar + 3;
  }
  std::string out;
  size_t pos = 0;
  while (pos < conllu.size()) {
    const size_t eol = conllu.find('\n', pos);
    std::string line = conllu.substr(pos, eol - pos);
    pos = eol + 1;
    const size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1), t3 = line.find('\t', t2 + 1);
    if (t3 != std::string::npos) {
      const std::string form = line.substr(t1 + 1, t2 - t1 - 1);
      const size_t eq = form.find('=');
      if (eq != std::string::npos)
        line = line.substr(0, t1 + 1) + form.substr(0, eq) + "\t" + form.substr(eq + 1) + line.substr(t3);
    }
    out += line + "\n";
  }
  auto doc = actors::DocumentFromConllu(out);
  return doc.ok() ? std::move(doc).value() : Document{};
}

std::vector<std::string> Triples(const std::shared_ptr<const dict::Dictionary>& dict, const char* sentence) {
  const Date date{2023, 7, 27};
  const Document doc = WithLemmas(sentence);
  const auto mentions = actors::FindMentions(doc, *dict, date);
  std::vector<std::string> out;
  for (const Event& e : TreeCoder(dict).Code(doc, mentions, date))
    out.push_back(e.source.code + " " + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo);
  return out;
}

void Check(const Row& r, const std::vector<std::string>& got) {
  std::string all;
  for (const std::string& t : got) all += "[" + t + "] ";
  for (const char* w : r.want)
    EXPECT_NE(std::find(got.begin(), got.end(), w), got.end()) << r.what << ": wanted " << w << ", got " << all;
  for (const char* w : r.not_want)
    EXPECT_EQ(std::find(got.begin(), got.end(), w), got.end()) << r.what << ": did not want " << w;
}

class TreeCoderRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dict_ = actors::testing::ShippedDictionary();
    ASSERT_NE(dict_, nullptr);
  }
  std::shared_ptr<const dict::Dictionary> dict_;
};

// DependencyTree::SubjectOf on participles that modify a noun.
TEST(ParticipleSubjects, SubjectAndVoice) {
  struct SubjectRow {
    const char* what;
    const char* sentence;
    uint32_t predicate;  // 0-based tokens
    int32_t subject;
    bool passive;
  };
  const SubjectRow rows[] = {
      {"a past participle on a noun is a reduced passive",
       "Gondor/PROPN/NNP/2/nsubj jailed/VERB/VBD/0/root two/NUM/CD/4/nummod men/NOUN/NNS/2/obj "
       "wanted/VERB/VBN/4/acl in/ADP/IN/7/case Arnor/PROPN/NNP/5/obl",
       4, 3, true},
      {"a past participle with an object is active (a misparsed main verb)",
       "Gondor/PROPN/NNP/2/compound police/NOUN/NN/0/root arrested/VERB/VBN/2/acl students/NOUN/NNS/3/obj", 2, 1,
       false},
      {"a past participle made captive is a reduced passive",
       "troops/NOUN/NNS/0/root held/VERB/VBN/1/acl hostage/NOUN/NN/2/obj in/ADP/IN/5/case Arnor/PROPN/NNP/2/obl",
       1, 0, true},
      {"not with a determiner",
       "troops/NOUN/NNS/0/root held/VERB/VBN/1/acl a/DET/DT/4/det hostage/NOUN/NN/2/obj", 1, 0, false},
      {"a present participle on a noun is active",
       "troops/NOUN/NNS/0/root fighting/VERB/VBG/1/acl in/ADP/IN/4/case Arnor/PROPN/NNP/2/obl", 1, 0, false},
      {"a past participle as a verb's complement is passive",
       "Gondor/PROPN/NNP/2/nsubj found/VERB/VBD/0/root Arnor/PROPN/NNP/2/obj killed/VERB/VBN/2/xcomp", 3, 2, true},
      {"a finite verb as a complement takes the object before it",
       "Gondor/PROPN/NNP/2/nsubj ruled/VERB/VBD/0/root Arnor/PROPN/NNP/2/obj violated/VERB/VBD/2/xcomp "
       "it/PRON/PRP/4/obj",
       3, 2, false},
      {"a bare participle joined to a passive is passive",
       "Gondor/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass hated/VERB/VBN/0/root and/CCONJ/CC/5/cc "
       "feared/VERB/VBN/3/conj",
       4, 0, true},
      {"a past tense joined to a passive is active",
       "Gondor/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass arrested/VERB/VBN/0/root and/CCONJ/CC/5/cc "
       "fled/VERB/VBD/3/conj",
       4, 0, false},
      {"the one a feeling is with did what it is for",
       "Gondor/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop unhappy/ADJ/JJ/0/root with/ADP/IN/5/case Arnor/PROPN/NNP/3/obl "
       "for/SCONJ/IN/7/mark backing/VERB/VBG/3/advcl Rohan/PROPN/NNP/7/obj",
       6, 4, false},
      {"not under 'have', a split perfect",
       "Gondor/PROPN/NNP/2/nsubj have/VERB/VB/0/root urged/VERB/VBN/2/xcomp", 2, 0, false},
      {"a relative clause with its own subject keeps it",
       "troops/NOUN/NNS/0/root that/PRON/WDT/4/obj Gondor/PROPN/NNP/4/nsubj sent/VERB/VBD/1/acl:relcl", 3, 2,
       false},
  };
  for (const SubjectRow& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    const auto sub = tree.SubjectOf(r.predicate);
    EXPECT_EQ(sub.token, r.subject) << r.what;
    EXPECT_EQ(sub.passive, r.passive) << r.what;
  }
}

TEST_F(TreeCoderRulesTest, ReducedPassiveParticiples) {
  const Row rows[] = {
      {"the noun a past participle modifies is its target, the by phrase its source",
       "Ukrainian/ADJ/JJ/2/amod soldiers/NOUN/NNS/0/root attacked/VERB/VBN/2/acl by/ADP/IN/5/case "
       "Russia/PROPN/NNP/3/obl ./PUNCT/./2/punct",
       {"RUS UKRMIL 190"},
       {"UKRMIL RUS 190"}},
      {"without a by phrase a reduced passive has no source",
       "Ukrainian/ADJ/JJ/2/amod soldiers/NOUN/NNS/0/root attacked/VERB/VBN/2/acl in/ADP/IN/5/case "
       "Russia/PROPN/NNP/3/obl ./PUNCT/./2/punct",
       {},
       {"UKRMIL RUS 190", "RUS UKRMIL 190"}},
      {"a present participle on a noun is active",
       "Ukrainian/ADJ/JJ/2/amod soldiers/NOUN/NNS/0/root attacking/VERB/VBG/2/acl Russia/PROPN/NNP/3/obj "
       "./PUNCT/./2/punct",
       {"UKRMIL RUS 190"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

TEST_F(TreeCoderRulesTest, NominalXcompTargetNotSetOffByAComma) {
  const Row rows[] = {
      {"a nominal xcomp right after the verb is its target",
       "Russia/PROPN/NNP/2/nsubj attacked/VERB/VBD/0/root Ukraine/PROPN/NNP/2/xcomp ./PUNCT/./2/punct",
       {"RUS UKR 190"},
       {}},
      {"one a comma sets off is a speaker the parser hung there",
       "Russia/PROPN/NNP/2/nsubj attacked/VERB/VBD/0/root ,/PUNCT/,/4/punct Ukraine/PROPN/NNP/2/xcomp "
       "said/VERB/VBD/4/acl ./PUNCT/./2/punct",
       {},
       {"RUS UKR 190"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

TEST_F(TreeCoderRulesTest, HowAnIntendedActionIsDoneIsNoFact) {
  const Row rows[] = {
      {"a means clause under an intended action is intended too",
       "Russia/PROPN/NNP/2/nsubj wants=want/VERB/VBZ/0/root to/PART/TO/4/mark strengthen/VERB/VB/2/xcomp "
       "ties=tie/NOUN/NNS/4/obj with/ADP/IN/7/case China/PROPN/NNP/5/nmod by/SCONJ/IN/9/mark "
       "visiting=visit/VERB/VBG/4/advcl Beijing/PROPN/NNP/9/obj",
       {},
       {"RUS CHN 042"}},
      {"under a fact it is a fact",
       "Russia/PROPN/NNP/2/nsubj strengthened=strengthen/VERB/VBD/0/root ties=tie/NOUN/NNS/2/obj "
       "with/ADP/IN/5/case China/PROPN/NNP/3/nmod by/SCONJ/IN/7/mark visiting=visit/VERB/VBG/2/advcl "
       "Beijing/PROPN/NNP/7/obj",
       {"RUS CHN 042"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A speech verb speaks to its object or a "to" phrase: an actor deep in one of its adjuncts
// is what its words are about ("announced bans on[obl] travel to Ukraine"); another verb's
// adjunct phrase leads to its target.
TEST_F(TreeCoderRulesTest, SpeechVerbAdjunctsAreWhatItIsAbout) {
  const Row rows[] = {
      {"an actor inside a speech verb's adjunct is no target",
       "Russia/PROPN/NNP/2/nsubj announced=announce/VERB/VBD/0/root bans=ban/NOUN/NNS/2/obj on/ADP/IN/5/case "
       "travel/NOUN/NN/2/obl to/ADP/IN/7/case Ukraine/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {},
       {"RUS UKR 010"}},
      {"a speech verb's own \"to\" phrase is",
       "Russia/PROPN/NNP/2/nsubj announced=announce/VERB/VBD/0/root bans=ban/NOUN/NNS/2/obj to/ADP/IN/5/case "
       "Ukraine/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {"RUS UKR 010"},
       {}},
      {"another verb's adjunct leads to its target",
       "Russia/PROPN/NNP/2/nsubj hosted=host/VERB/VBD/0/root talks=talk/NOUN/NNS/2/obj on/ADP/IN/5/case "
       "travel/NOUN/NN/2/obl to/ADP/IN/7/case Ukraine/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {"RUS UKR 043"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// What follows a noun measuring time in its phrase ("protested a day before Ukraine ...")
// is when the act happened, not whom it is aimed at, whether the parse made the noun an
// object or an adjunct; an actor before it, or a phrase on another object, is a target.
TEST_F(TreeCoderRulesTest, TimeSpanAnchorIsNoTarget) {
  const Row rows[] = {
      {"a time span parsed as the object",
       "Russia/PROPN/NNP/2/nsubj protested=protest/VERB/VBD/0/root a/DET/DT/4/det day/NOUN/NN/2/obj "
       "before/ADP/IN/6/case Ukraine/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {},
       {"RUS UKR 140"}},
      {"a time span parsed as an adjunct",
       "Russia/PROPN/NNP/2/nsubj protested=protest/VERB/VBD/0/root a/DET/DT/4/det day/NOUN/NN/2/obl:unmarked "
       "before/ADP/IN/6/case Ukraine/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {},
       {"RUS UKR 140"}},
      {"another object's phrase",
       "Russia/PROPN/NNP/2/nsubj protested=protest/VERB/VBD/0/root a/DET/DT/4/det decision/NOUN/NN/2/obj "
       "by/ADP/IN/6/case Ukraine/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"RUS UKR 140"},
       {}},
      {"an actor before the time span (a misparsed object)",
       "Russia/PROPN/NNP/2/nsubj protested=protest/VERB/VBD/0/root Ukraine/PROPN/NNP/5/compound "
       "five/NUM/CD/5/nummod years=year/NOUN/NNS/2/obj after/ADP/IN/7/case talks=talk/NOUN/NNS/5/nmod "
       "./PUNCT/./2/punct",
       {"RUS UKR 140"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// An event noun takes the other party of the verb it belongs to only as that verb's own
// complement, or as a blow that is its subject; an event the verb is about, or one inside
// another noun's phrase (not one of measure or phase, nor in a "during" phrase), takes
// neither party from the verb.
TEST_F(TreeCoderRulesTest, EventNounTakesItsVerbsPartyOnlyAsItsOwn) {
  const Row rows[] = {
      {"one who thinks of an act is not its author",
       "Putin/PROPN/NNP/2/nsubj thought=think/VERB/VBD/0/root of/ADP/IN/5/case the/DET/DT/5/det "
       "crackdown/NOUN/NN/2/obl in/ADP/IN/7/case Turkey/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {},
       {"RUSGOV TUR 175"}},
      {"one who recalls an act is not its author",
       "Putin/PROPN/NNP/2/nsubj recalled=recall/VERB/VBD/0/root the/DET/DT/4/det "
       "massacre/NOUN/NN/2/obj of/ADP/IN/7/case Turkish/ADJ/JJ/7/amod civilians=civilian/NOUN/NNS/4/nmod "
       "./PUNCT/./2/punct",
       {},
       {"RUSGOV TURCVL 202"}},
      {"one who receives a warning is not its author",
       "Iran/PROPN/NNP/2/nsubj received=receive/VERB/VBD/0/root a/DET/DT/4/det warning/NOUN/NN/2/obj "
       "./PUNCT/./2/punct",
       {},
       {"IRN - 012"}},
      {"nor one who ignores it",
       "Ukraine/PROPN/NNP/2/nsubj ignored=ignore/VERB/VBD/0/root warnings=warning/NOUN/NNS/2/obj "
       "from/ADP/IN/5/case Russia/PROPN/NNP/3/nmod ./PUNCT/./2/punct",
       {},
       {"UKR - 012", "UKR RUS 012"}},
      {"one who gets a deal is party to it",
       "Iran/PROPN/NNP/2/nsubj got=get/VERB/VBD/0/root a/DET/DT/4/det deal/NOUN/NN/2/obj "
       "with/ADP/IN/6/case France/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"IRN FRA 057"},
       {}},
      {"nor one who briefs others on it",
       "Russia/PROPN/NNP/2/nsubj briefed=brief/VERB/VBD/0/root China/PROPN/NNP/2/obj on/ADP/IN/6/case "
       "the/DET/DT/6/det attack/NOUN/NN/2/obl on/ADP/IN/8/case Syria/PROPN/NNP/6/nmod ./PUNCT/./2/punct",
       {},
       {"RUS SYR 190", "RUS CHN 190"}},
      {"one who names a blow what it is is not its author",
       "what/PRON/WP/0/root Putin/PROPN/NNP/3/nsubj called=call/VERB/VBD/1/acl:relcl a/DET/DT/5/det "
       "attack/NOUN/NN/3/obj in/ADP/IN/7/case Syria/PROPN/NNP/5/nmod ./PUNCT/./1/punct",
       {},
       {"RUSGOV SYR 190"}},
      {"one who calls a meeting holds it",
       "Putin/PROPN/NNP/2/nsubj called=call/VERB/VBD/0/root a/DET/DT/4/det meeting/NOUN/NN/2/obj "
       "with/ADP/IN/6/case France/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"RUSGOV FRA 040"},
       {}},
      {"an event that another noun is about is not the verb's",
       "Russia/PROPN/NNP/2/nsubj gave=give/VERB/VBD/0/root the/DET/DT/6/det Iranian/ADJ/JJ/6/amod "
       "police/NOUN/NN/6/compound information/NOUN/NN/2/obj about/ADP/IN/9/case an/DET/DT/9/det "
       "attack/NOUN/NN/6/nmod on/ADP/IN/11/case Syria/PROPN/NNP/9/nmod ./PUNCT/./2/punct",
       {},
       {"RUS SYR 190"}},
      {"nor is whom one briefs on it its target",
       "Russia/PROPN/NNP/2/nsubj briefed=brief/VERB/VBD/0/root China/PROPN/NNP/2/obj on/ADP/IN/7/case "
       "the/DET/DT/7/det Iranian/ADJ/JJ/7/amod attacks=attack/NOUN/NNS/2/obl ./PUNCT/./2/punct",
       {},
       {"IRN CHN 190"}},
      {"nor one who works against it",
       "Russia/PROPN/NNP/2/nsubj reduced=reduce/VERB/VBD/0/root the/DET/DT/4/det attacks=attack/NOUN/NNS/2/obj "
       "on/ADP/IN/6/case Ukraine/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {},
       {"RUS UKR 190"}},
      {"the actor whose campaign of acts it is, is their author",
       "Iran/PROPN/NNP/2/nsubj blamed=blame/VERB/VBD/0/root the/DET/DT/5/det U.S./PROPN/NNP/5/compound "
       "campaign/NOUN/NN/2/obj of/ADP/IN/7/case strikes=strike/NOUN/NNS/5/nmod on/ADP/IN/9/case "
       "Syria/PROPN/NNP/7/nmod ./PUNCT/./2/punct",
       {"USA SYR 190"},
       {"IRN SYR 190"}},
      {"nor one who reacts to it",
       "Russia/PROPN/NNP/2/nsubj reacted=react/VERB/VBD/0/root to/ADP/IN/5/case the/DET/DT/5/det "
       "strikes=strike/NOUN/NNS/2/obl on/ADP/IN/7/case Syria/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {},
       {"RUS SYR 190"}},
      {"one who issues it is",
       "Ukraine/PROPN/NNP/2/nsubj issued=issue/VERB/VBD/0/root a/DET/DT/4/det warning/NOUN/NN/2/obj "
       "to/ADP/IN/6/case Russia/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"UKR RUS 012"},
       {}},
      {"an act whose own \"by\" phrase names an unknown author",
       "Despite/ADP/IN/2/case warnings=warning/NOUN/NNS/6/obl by/ADP/IN/4/case allies=ally/NOUN/NNS/2/nmod "
       "Putin/PROPN/NNP/6/nsubj signed=sign/VERB/VBD/0/root it/PRON/PRP/6/obj ./PUNCT/./6/punct",
       {},
       {"RUSGOV - 012"}},
      {"an announcement that is the subject of a verb of time",
       "Iran/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case announcement/NOUN/NN/4/nsubj came=come/VERB/VBD/0/root "
       "after/ADP/IN/6/case Russia/PROPN/NNP/4/obl ./PUNCT/./4/punct",
       {"IRN - 010"},
       {"IRN RUS 010"}},
      {"a blow that is the subject hits the verb's object",
       "an/DET/DT/3/det Israeli/ADJ/JJ/3/amod airstrike/NOUN/NN/4/nsubj hit/VERB/VBD/0/root "
       "Syria/PROPN/NNP/4/obj ./PUNCT/./4/punct",
       {"ISR SYR 195"},
       {}},
      {"an event inside another noun's phrase",
       "Russia/PROPN/NNP/2/nsubj welcomed=welcome/VERB/VBD/0/root the/DET/DT/4/det extent/NOUN/NN/2/obj "
       "of/ADP/IN/8/case Iran/PROPN/NNP/8/nmod:poss 's/PART/POS/6/case declaration/NOUN/NN/4/nmod "
       "to/ADP/IN/10/case China/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {},
       {"IRN CHN 010"}},
      {"nor is the verb's subject the author of an event inside another noun's phrase",
       "Russia/PROPN/NNP/2/nsubj doubted=doubt/VERB/VBD/0/root the/DET/DT/4/det extent/NOUN/NN/2/obj "
       "of/ADP/IN/6/case talks=talk/NOUN/NNS/4/nmod with/ADP/IN/8/case China/PROPN/NNP/6/nmod ./PUNCT/./2/punct",
       {},
       {"RUS CHN 040"}},
      {"a noun of measure or phase passes its verb on",
       "Russia/PROPN/NNP/2/nsubj began=begin/VERB/VBD/0/root a/DET/DT/4/det round/NOUN/NN/2/obj "
       "of/ADP/IN/6/case talks=talk/NOUN/NNS/4/nmod with/ADP/IN/8/case China/PROPN/NNP/6/nmod ./PUNCT/./2/punct",
       {"RUS CHN 040"},
       {}},
      {"so does a during phrase hung on another noun",
       "Putin/PROPN/NNP/2/nsubj thanked=thank/VERB/VBD/0/root supporters=supporter/NOUN/NNS/2/obj "
       "during/ADP/IN/6/case a/DET/DT/6/det visit/NOUN/NN/3/nmod to/ADP/IN/8/case China/PROPN/NNP/6/nmod "
       "./PUNCT/./2/punct",
       {"RUSGOV CHN 042"},
       {}},
      {"an attack before or after the clause's act is not its subject's",
       "after/ADP/IN/3/case the/DET/DT/3/det attack/NOUN/NN/6/obl ,/PUNCT/,/3/punct Russia/PROPN/NNP/6/nsubj "
       "bombed=bomb/VERB/VBD/0/root Syria/PROPN/NNP/6/obj ./PUNCT/./6/punct",
       {"RUS SYR 195"},
       {"RUS SYR 190"}},
      {"a verb's '$ *' of dyad's dictionary is no noun's",
       "Russia/PROPN/NNP/2/nsubj said=say/VERB/VBD/0/root protests=protest/NOUN/NNS/4/nsubj "
       "grew=grow/VERB/VBD/2/ccomp ./PUNCT/./2/punct",
       {},
       {"RUS - 140"}},
      {"the verb's own complement takes its party",
       "Iran/PROPN/NNP/2/nsubj attacked=attack/VERB/VBD/0/root Russia/PROPN/NNP/2/obj "
       "with/ADP/IN/5/case airstrikes=airstrike/NOUN/NNS/2/obl ./PUNCT/./2/punct",
       {"IRN RUS 195"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// An event noun's "from" phrase is its author ("aid from the U.S."), except for nouns of
// leaving, whose "from" phrase is what is left ("withdrawal from Syria"); the "of" phrase of
// an act done to someone is whom it is done to ("Iran's occupation of Syria"); the one
// blamed for it is its author.
TEST_F(TreeCoderRulesTest, EventNounFromPhraseIsItsAuthor) {
  const Row rows[] = {
      {"warnings from an actor are that actor's",
       "Iran/PROPN/NNP/2/nsubj ignored=ignore/VERB/VBD/0/root warnings=warning/NOUN/NNS/2/obj "
       "from/ADP/IN/5/case Russia/PROPN/NNP/3/nmod ./PUNCT/./2/punct",
       {"RUS - 012"},
       {"IRN RUS 012"}},
      {"a threat from an actor against another",
       "the/DET/DT/2/det threat/NOUN/NN/8/nsubj from/ADP/IN/4/case Iran/PROPN/NNP/2/nmod "
       "to/ADP/IN/6/case Israel/PROPN/NNP/2/nmod has/AUX/VBZ/8/aux grown=grow/VERB/VBN/0/root ./PUNCT/./8/punct",
       {"IRN ISR 130"},
       {"ISR IRN 130"}},
      {"the threat of an actor is that actor's",
       "Iraq/PROPN/NNP/2/nsubj faced=face/VERB/VBD/0/root the/DET/DT/4/det threat/NOUN/NN/2/obj "
       "of/ADP/IN/6/case ISIS/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {},
       {"IRQ IMGMUSISI 130", "IRQ IMGMUSISIREB 130"}},
      {"a withdrawal from a country is aimed at it",
       "the/DET/DT/3/det Russian/ADJ/JJ/3/amod withdrawal/NOUN/NN/6/nsubj from/ADP/IN/5/case "
       "Syria/PROPN/NNP/3/nmod began=begin/VERB/VBD/0/root ./PUNCT/./6/punct",
       {"RUS SYR 0874"},
       {}},
      {"the one blamed for an act is its author",
       "Russia/PROPN/NNP/2/nsubj blamed=blame/VERB/VBD/0/root Ukraine/PROPN/NNP/2/obj for/ADP/IN/6/case "
       "the/DET/DT/6/det attack/NOUN/NN/2/obl on/ADP/IN/8/case Moscow/PROPN/NNP/6/nmod ./PUNCT/./2/punct",
       {"UKR RUS 190"},
       {"RUS UKR 190"}},
      {"the one said to be behind an act is its author",
       "Russia/PROPN/NNP/2/nsubj believes=believe/VERB/VBZ/0/root that/SCONJ/IN/8/mark Ukraine/PROPN/NNP/8/nsubj "
       "was=be/AUX/VBD/8/cop behind/ADP/IN/8/case the/DET/DT/8/det attack/NOUN/NN/2/ccomp on/ADP/IN/10/case "
       "Moscow/PROPN/NNP/8/nmod ./PUNCT/./2/punct",
       {"UKR RUS 190"},
       {"RUS RUS 190", "RUS UKR 190"}},
      {"and the one said to be responsible for it",
       "Russia/PROPN/NNP/2/nsubj said=say/VERB/VBD/0/root Ukraine/PROPN/NNP/5/nsubj was=be/AUX/VBD/5/cop "
       "responsible/ADJ/JJ/2/ccomp for/ADP/IN/8/case the/DET/DT/8/det attack/NOUN/NN/5/obl on/ADP/IN/10/case "
       "Moscow/PROPN/NNP/8/nmod ./PUNCT/./2/punct",
       {"UKR RUS 190"},
       {"RUS RUS 190", "RUS UKR 190"}},
      {"and the one said to bear responsibility for it",
       "Russia/PROPN/NNP/2/nsubj said=say/VERB/VBD/0/root Ukraine/PROPN/NNP/4/nsubj bears=bear/VERB/VBZ/2/ccomp "
       "responsibility/NOUN/NN/4/obj for/ADP/IN/8/case the/DET/DT/8/det attack/NOUN/NN/5/nmod on/ADP/IN/10/case "
       "Moscow/PROPN/NNP/8/nmod ./PUNCT/./2/punct",
       {"UKR RUS 190"},
       {"RUS RUS 190", "RUS UKR 190"}},
      {"the agent of a participle on the noun is its author",
       "Russia/PROPN/NNP/2/nsubj condemned=condemn/VERB/VBD/0/root the/DET/DT/4/det strikes=strike/NOUN/NNS/2/obj "
       "launched=launch/VERB/VBN/4/acl by/ADP/IN/7/case Ukraine/PROPN/NNP/5/obl:agent on/ADP/IN/9/case "
       "Moscow/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"UKR RUS 190"},
       {"RUS RUS 190"}},
      {"not the agent of a participle that only threatens it",
       "Russia/PROPN/NNP/2/nsubj condemned=condemn/VERB/VBD/0/root the/DET/DT/4/det sanctions=sanction/NOUN/NNS/2/obj "
       "on/ADP/IN/6/case Iran/PROPN/NNP/4/nmod threatened=threaten/VERB/VBN/4/acl by/ADP/IN/9/case "
       "Ukraine/PROPN/NNP/7/obl:agent ./PUNCT/./2/punct",
       {},
       {"UKR IRN 163"}},
      {"an act done to someone: its \"of\" phrase is the target",
       "Iran/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case occupation/NOUN/NN/9/nsubj of/ADP/IN/5/case "
       "Syria/PROPN/NNP/3/nmod is/AUX/VBZ/7/aux raising=raise/VERB/VBG/9/csubj tension/NOUN/NN/7/obj "
       "worries=worry/VERB/VBZ/0/root Israel/PROPN/NNP/9/obj ./PUNCT/./9/punct",
       {"IRN SYR 192"},
       {"IRN ISR 192"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Welcoming a decision or a deal is praise (051), and so is welcoming any thing an actor's
// ("signals from Iran"); welcoming an actor hosts it (043); greeting no visitor is nothing.
TEST_F(TreeCoderRulesTest, WelcomingADecisionIsPraise) {
  const Row rows[] = {
      {"welcomed another's decision",
       "Russia/PROPN/NNP/2/nsubj welcomed=welcome/VERB/VBD/0/root Iran/PROPN/NNP/5/nmod:poss "
       "'s/PART/POS/3/case decision/NOUN/NN/2/obj ./PUNCT/./2/punct",
       {"RUS IRN 051"},
       {"RUS IRN 043"}},
      {"welcomed an actor",
       "Russia/PROPN/NNP/2/nsubj welcomed=welcome/VERB/VBD/0/root Iran/PROPN/NNP/2/obj ./PUNCT/./2/punct",
       {"RUS IRN 043"},
       {"RUS IRN 051"}},
      {"welcomed signals from Iran",
       "Russia/PROPN/NNP/2/nsubj welcomed=welcome/VERB/VBD/0/root signals=signal/NOUN/NNS/2/obj from/ADP/IN/5/case "
       "Iran/PROPN/NNP/3/nmod ./PUNCT/./2/punct",
       {"RUS IRN 051"},
       {"RUS IRN 043", "IRN RUS 042"}},
      {"greets well-wishers in China",
       "Putin/PROPN/NNP/2/nsubj greets=greet/VERB/VBZ/0/root well-wishers=well-wisher/NOUN/NNS/2/obj in/ADP/IN/5/case "
       "China/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {},
       {"RUSGOV CHN 043", "RUSGOV CHN 051"}},
      {"welcomed the Iranian president",
       "Putin/PROPN/NNP/2/nsubj welcomed=welcome/VERB/VBD/0/root Rouhani/PROPN/NNP/2/obj ./PUNCT/./2/punct",
       {"RUSGOV IRNELI 043"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Where a meeting takes place is not whom it is with; PETRARCH's suites code that place
// (TreeCoderOptions::meeting_place_target).
TEST_F(TreeCoderRulesTest, MeetingPlaceIsNoTarget) {
  const char* sentence =
      "Russia/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc China/PROPN/NNP/1/conj met=meet/VERB/VBD/0/root "
      "in/ADP/IN/6/case Iran/PROPN/NNP/4/obl ./PUNCT/./4/punct";
  const Row own{"dyad's own", sentence, {"RUS CHN 040", "CHN RUS 040"}, {"RUS IRN 040", "CHN IRN 040"}};
  Check(own, Triples(dict_, sentence));
  const Date date{2023, 7, 27};
  const Document doc = WithLemmas(sentence);
  const auto mentions = actors::FindMentions(doc, *dict_, date);
  std::vector<std::string> got;
  for (const Event& e : TreeCoder(dict_).Code(doc, mentions, date, {.meeting_place_target = true}))
    got.push_back(e.source.code + " " + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo);
  const Row suites{"the suites' convention", sentence, {"RUS IRN 040", "CHN IRN 040"}, {"RUS CHN 040"}};
  Check(suites, got);
  // Nor is a place inside the setting: "met at a summit in Iran".
  const char* nested =
      "Russia/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc China/PROPN/NNP/1/conj met=meet/VERB/VBD/0/root "
      "at/ADP/IN/7/case a/DET/DT/7/det summit/NOUN/NN/4/obl in/ADP/IN/9/case Iran/PROPN/NNP/7/nmod ./PUNCT/./4/punct";
  const Row inside{"a place inside the setting", nested, {"RUS CHN 040", "CHN RUS 040"}, {"RUS IRN 040", "CHN IRN 040"}};
  Check(inside, Triples(dict_, nested));
}

// A trip to a place of one's own country is no visit; PETRARCH's suites code it
// (TreeCoderOptions::home_visits).
TEST_F(TreeCoderRulesTest, TripAtHomeIsNoVisit) {
  auto sentence = [](const char* place) {
    return std::string("The/DET/DT/3/det Russian/ADJ/JJ/3/amod president/NOUN/NN/4/nsubj visited=visit/VERB/VBD/0/root ") +
           place + "/PROPN/NNP/4/obj ./PUNCT/./4/punct";
  };
  const std::string home = sentence("Moscow"), abroad = sentence("Beijing");
  Check({"at home", home.c_str(), {}, {"RUSGOV RUS 042", "RUS RUSGOV 043"}}, Triples(dict_, home.c_str()));
  Check({"abroad", abroad.c_str(), {"RUSGOV CHN 042", "CHN RUSGOV 043"}, {}}, Triples(dict_, abroad.c_str()));
  const Date date{2023, 7, 27};
  const Document doc = WithLemmas(home);
  const auto mentions = actors::FindMentions(doc, *dict_, date);
  std::vector<std::string> got;
  for (const Event& e : TreeCoder(dict_).Code(doc, mentions, date, {.home_visits = true}))
    got.push_back(e.source.code + " " + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo);
  Check({"the suites' convention", home.c_str(), {"RUSGOV RUS 042"}, {}}, got);
}

// With an "against" phrase, a "with" phrase names an ally.
TEST_F(TreeCoderRulesTest, AllyBesideAnOpponent) {
  const Row rows[] = {
      {"fought with and against",
       "Russia/PROPN/NNP/2/nsubj fought=fight/VERB/VBD/0/root with/ADP/IN/4/case China/PROPN/NNP/2/obl "
       "against/ADP/IN/6/case Ukraine/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {"RUS UKR 190"},
       {"RUS CHN 190"}},
      {"fought with alone",
       "Russia/PROPN/NNP/2/nsubj fought=fight/VERB/VBD/0/root with/ADP/IN/4/case China/PROPN/NNP/2/obl "
       "./PUNCT/./2/punct",
       {"RUS CHN 190"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Charging a price, calling on a reporter, appreciating that something is so and considering
// someone for a post are other senses; a deal a negated verb takes, talks
// whose breakdown is told and what one would not let another do are none; the occasion an
// act happened on is no party to it.
TEST_F(TreeCoderRulesTest, OtherSensesNegatedDealsAndOccasions) {
  const Row rows[] = {
      {"charged tariffs",
       "Canada/PROPN/NNP/2/nsubj charged=charge/VERB/VBD/0/root the/DET/DT/4/det U.S./PROPN/NNP/2/iobj "
       "tariffs=tariff/NOUN/NNS/2/obj ./PUNCT/./2/punct",
       {},
       {"CAN USA 173"}},
      {"called on a reporter",
       "Erdogan/PROPN/NNP/2/nsubj called=call/VERB/VBD/0/root on/ADP/IN/6/case a/DET/DT/6/det "
       "Turkish/ADJ/JJ/6/amod reporter/NOUN/NN/2/obl ./PUNCT/./2/punct",
       {},
       {"TURGOV TURMED 020"}},
      {"did not accept a deal",
       "Russia/PROPN/NNP/4/nsubj did=do/AUX/VBD/4/aux not/PART/RB/4/advmod accept=accept/VERB/VB/0/root "
       "a/DET/DT/6/det deal/NOUN/NN/4/obj with/ADP/IN/8/case Iran/PROPN/NNP/6/nmod ./PUNCT/./4/punct",
       {},
       {"RUS IRN 057"}},
      {"appreciate that",
       "Russia/PROPN/NNP/3/nsubj must/AUX/MD/3/aux appreciate=appreciate/VERB/VB/0/root that/SCONJ/IN/8/mark "
       "China/PROPN/NNP/8/nsubj is=be/AUX/VBZ/8/cop not/PART/RB/8/advmod ally/NOUN/NN/3/ccomp ./PUNCT/./3/punct",
       {},
       {"RUS CHN 051"}},
      {"considered for a post",
       "Putin/PROPN/NNP/2/nsubj considered=consider/VERB/VBD/0/root Zelensky/PROPN/NNP/2/obj for/ADP/IN/6/case "
       "the/DET/DT/6/det presidency/NOUN/NN/2/obl ./PUNCT/./2/punct",
       {},
       {"RUSGOV UKRGOV 014"}},
      {"talks whose breakdown is told",
       "a/DET/DT/2/det breakdown/NOUN/NN/5/nsubj in/ADP/IN/4/case talks=talk/NOUN/NNS/2/nmod followed=follow/VERB/VBD/0/root "
       "between/ADP/IN/7/case Russia/PROPN/NNP/4/nmod and/CCONJ/CC/9/cc China/PROPN/NNP/7/conj ./PUNCT/./5/punct",
       {},
       {"RUS CHN 040", "CHN RUS 040"}},
      {"would not let others bomb",
       "Syria/PROPN/NNP/4/nsubj would/AUX/MD/4/aux not/PART/RB/4/advmod let=let/VERB/VB/0/root Russia/PROPN/NNP/4/obj "
       "bomb=bomb/VERB/VB/4/xcomp Turkey/PROPN/NNP/6/obj ./PUNCT/./4/punct",
       {},
       {"RUS TUR 195", "SYR TUR 195"}},
      {"accepted a deal",
       "Russia/PROPN/NNP/2/nsubj accepted=accept/VERB/VBD/0/root a/DET/DT/4/det deal/NOUN/NN/2/obj "
       "with/ADP/IN/6/case Iran/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"RUS IRN 057"},
       {}},
      {"admitted refugees",
       "Russia/PROPN/NNP/2/nsubj admitted=admit/VERB/VBD/0/root Syrian/ADJ/JJ/4/amod refugees=refugee/NOUN/NNS/2/obj "
       "./PUNCT/./2/punct",
       {},
       {"RUS SYRREF 015"}},
      {"the occasion",
       "In/ADP/IN/3/case a/DET/DT/3/det trip/NOUN/NN/8/obl to/ADP/IN/5/case Iraq/PROPN/NNP/3/nmod ,/PUNCT/,/3/punct "
       "Putin/PROPN/NNP/8/nsubj defended=defend/VERB/VBD/0/root his/PRON/PRP$/10/nmod:poss "
       "decision/NOUN/NN/8/obj ./PUNCT/./8/punct",
       {},
       {"RUSGOV IRQ 052"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Readiness to act is an intent to ("ready to meet", "willing to talk"), what is likely to
// happen is yet to come, and what is made easier to do is not done.
TEST_F(TreeCoderRulesTest, ReadinessIsIntent) {
  const Row rows[] = {
      {"ready to meet",
       "Russia/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop ready/ADJ/JJ/0/root to/PART/TO/5/mark meet/VERB/VB/3/xcomp "
       "with/ADP/IN/7/case Ukraine/PROPN/NNP/5/obl ./PUNCT/./3/punct",
       {"RUS UKR 036"},
       {"RUS UKR 040"}},
      {"easier to deport",
       "Russia/PROPN/NNP/2/nsubj made=make/VERB/VBD/0/root it/PRON/PRP/2/obj easier=easy/ADJ/JJR/2/xcomp "
       "to/PART/TO/6/mark deport/VERB/VB/4/advcl Ukrainians/PROPN/NNPS/6/obj ./PUNCT/./2/punct",
       {},
       {"RUS UKR 174"}},
      {"likely to visit",
       "Russia/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop likely/ADJ/JJ/0/root to/PART/TO/5/mark visit/VERB/VB/3/xcomp "
       "Ukraine/PROPN/NNP/5/obj ./PUNCT/./3/punct",
       {},
       {"RUS UKR 042", "UKR RUS 043"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A place inside a phrase of the act, where the thing it concerns is, is no party to it,
// except to force and its like.
TEST_F(TreeCoderRulesTest, APlaceInsideAPhraseIsNoParty) {
  const Row rows[] = {
      {"lamented immigration in Europe",
       "Russia/PROPN/NNP/2/nsubj lamented=lament/VERB/VBD/0/root immigration/NOUN/NN/2/obj in/ADP/IN/5/case "
       "Europe/PROPN/NNP/3/nmod ./PUNCT/./2/punct",
       {},
       {"RUS EUR 012"}},
      {"struck targets in Syria",
       "Russia/PROPN/NNP/2/nsubj struck=strike/VERB/VBD/0/root targets=target/NOUN/NNS/2/obj in/ADP/IN/5/case "
       "Syria/PROPN/NNP/3/nmod ./PUNCT/./2/punct",
       {"RUS SYR 190"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Leaving an agreement or an organisation cuts relations (160); it is no military retreat.
TEST_F(TreeCoderRulesTest, LeavingAnAgreementCutsRelations) {
  const Row rows[] = {
      {"withdrew from the treaty with",
       "Russia/PROPN/NNP/2/nsubj withdrew=withdraw/VERB/VBD/0/root from/ADP/IN/5/case the/DET/DT/5/det "
       "treaty/NOUN/NN/2/obl with/ADP/IN/7/case Ukraine/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {"RUS UKR 160"},
       {"RUS UKR 0874", "RUS UKR 057"}},
      {"withdrew from a country",
       "Russia/PROPN/NNP/2/nsubj withdrew=withdraw/VERB/VBD/0/root from/ADP/IN/4/case "
       "Ukraine/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {"RUS UKR 0874"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Those who agree on, discuss or weigh an act are not its authors; force prepared or
// weighed is not used.
TEST_F(TreeCoderRulesTest, ATopicIsNoOnesAct) {
  const Row rows[] = {
      {"agreed on the threat",
       "Russia/PROPN/NNP/2/nsubj agreed=agree/VERB/VBD/0/root on/ADP/IN/5/case the/DET/DT/5/det "
       "threat/NOUN/NN/2/obl to/ADP/IN/7/case Ukraine/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {},
       {"RUS UKR 130"}},
      {"heard the warnings",
       "Russia/PROPN/NNP/2/nsubj heard=hear/VERB/VBD/0/root the/DET/DT/4/det warnings=warning/NOUN/NNS/2/obj "
       "./PUNCT/./2/punct",
       {},
       {"RUS - 012"}},
      {"prepared an assault",
       "Russia/PROPN/NNP/2/nsubj prepared=prepare/VERB/VBD/0/root an/DET/DT/4/det assault/NOUN/NN/2/obj "
       "on/ADP/IN/6/case Ukraine/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {},
       {"RUS UKR 182", "RUS UKR 190"}},
      {"assessed the sanctions",
       "Russia/PROPN/NNP/2/nsubj assessed=assess/VERB/VBD/0/root sanctions=sanction/NOUN/NNS/2/obj "
       "on/ADP/IN/5/case Ukraine/PROPN/NNP/3/nmod ./PUNCT/./2/punct",
       {},
       {"RUS UKR 163"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Retaliating with tariffs or sanctions imposes them (163), not force (190).
TEST_F(TreeCoderRulesTest, RetaliationWithTariffsIsASanction) {
  const Row rows[] = {
      {"retaliated with tariffs on",
       "Canada/PROPN/NNP/2/nsubj retaliated=retaliate/VERB/VBD/0/root with/ADP/IN/4/case tariffs=tariff/NOUN/NNS/2/obl "
       "on/ADP/IN/6/case Russia/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"CAN RUS 163"},
       {"CAN RUS 190"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A feeling is an event where it is expressed, not where it is had.
TEST_F(TreeCoderRulesTest, FeelingsAreEventsWhereExpressed) {
  const Row rows[] = {
      {"lacked optimism",
       "Russia/PROPN/NNP/2/nsubj lacked=lack/VERB/VBD/0/root optimism/NOUN/NN/2/obj ./PUNCT/./2/punct",
       {},
       {"RUS - 013"}},
      {"expressed optimism",
       "Russia/PROPN/NNP/2/nsubj expressed=express/VERB/VBD/0/root optimism/NOUN/NN/2/obj ./PUNCT/./2/punct",
       {"RUS - 013"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Whose request or behalf an act answers is no target of it, the giver of aid from "the
// nations of" X is X, and the ceremony an act happens at is its setting, no act of its own.
TEST_F(TreeCoderRulesTest, ARequesterIsNoTarget) {
  const Row rows[] = {
      {"said at a ceremony",
       "Russia/PROPN/NNP/2/nsubj spoke=speak/VERB/VBD/0/root at/ADP/IN/5/case a/DET/DT/5/det "
       "ceremony/NOUN/NN/2/obl in/ADP/IN/7/case Ukraine/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {},
       {"RUS UKR 017", "RUS - 017"}},
      {"aid from the nations of",
       "Aid=aid/NOUN/NN/9/nsubj from/ADP/IN/4/case the/DET/DT/4/det nations=nation/NOUN/NNS/1/nmod of/ADP/IN/6/case "
       "Qatar/PROPN/NNP/4/nmod to/ADP/IN/8/case Ukraine/PROPN/NNP/1/nmod arrived=arrive/VERB/VBD/0/root "
       "./PUNCT/./9/punct",
       {"QAT UKR 070"},
       {}},
      {"met at the request of",
       "Russia/PROPN/NNP/2/nsubj met=meet/VERB/VBD/0/root at/ADP/IN/5/case the/DET/DT/5/det "
       "request/NOUN/NN/2/obl of/ADP/IN/7/case Ukraine/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {},
       {"RUS UKR 040"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A deal sought, wanted or foreseen is none made (057 is signing one): "looking for a deal
// with China", "wants to cut a deal with Iran", "any eventual deal with North Korea" (one
// accepted in advance).
TEST_F(TreeCoderRulesTest, AgreementsSoughtAreNotMade) {
  const Row rows[] = {
      {"looking for a deal",
       "The/DET/DT/2/det U.S./PROPN/NNP/4/nsubj is/AUX/VBZ/4/aux looking=look/VERB/VBG/0/root for/ADP/IN/7/case "
       "a/DET/DT/7/det deal/NOUN/NN/4/obl with/ADP/IN/9/case China/PROPN/NNP/7/nmod ./PUNCT/./4/punct",
       {},
       {"USA CHN 057"}},
      {"wants to cut a deal",
       "Russia/PROPN/NNP/2/nsubj wants=want/VERB/VBZ/0/root to/PART/TO/4/mark cut/VERB/VB/2/xcomp "
       "a/DET/DT/6/det deal/NOUN/NN/4/obj with/ADP/IN/8/case Iran/PROPN/NNP/6/nmod ./PUNCT/./2/punct",
       {},
       {"RUS IRN 057"}},
      {"any eventual deal",
       "Russia/PROPN/NNP/2/nsubj accepted=accept/VERB/VBD/0/root any/DET/DT/5/det eventual/ADJ/JJ/5/amod "
       "deal/NOUN/NN/2/obj with/ADP/IN/7/case Iran/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {},
       {"RUS IRN 057"}},
      {"reached a deal",
       "Russia/PROPN/NNP/2/nsubj reached=reach/VERB/VBD/0/root a/DET/DT/4/det deal/NOUN/NN/2/obj "
       "with/ADP/IN/6/case Iran/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"RUS IRN 057"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A visit noun goes where its verb's "to" or "in" phrase says, not to another of its
// phrases.
TEST_F(TreeCoderRulesTest, VisitGoesWhereItsVerbSays) {
  const Row rows[] = {
      {"a phrase of time",
       "Russia/PROPN/NNP/2/nsubj proceeded=proceed/VERB/VBD/0/root with/ADP/IN/5/case the/DET/DT/5/det "
       "visit/NOUN/NN/2/obl after/ADP/IN/8/case the/DET/DT/8/det reaction/NOUN/NN/2/obl to/ADP/IN/10/case "
       "China/PROPN/NNP/8/nmod ./PUNCT/./2/punct",
       {},
       {"RUS CHN 042", "CHN RUS 043"}},
      {"a \"to\" phrase of the verb",
       "Russia/PROPN/NNP/2/nsubj made=make/VERB/VBD/0/root a/DET/DT/4/det visit/NOUN/NN/2/obj "
       "to/ADP/IN/6/case China/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {"RUS CHN 042"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Refugees, migrants and other civilians who arrive somewhere make no visit.
// (Nor troops: a deployment.)
TEST_F(TreeCoderRulesTest, CiviliansArrivingMakeNoVisit) {
  const Row rows[] = {
      {"refugees arrived",
       "Syrian/ADJ/JJ/2/amod refugees=refugee/NOUN/NNS/3/nsubj arrived=arrive/VERB/VBD/0/root in/ADP/IN/5/case "
       "Turkey/PROPN/NNP/3/obl ./PUNCT/./3/punct",
       {},
       {"SYRREF TUR 042", "TUR SYRREF 043"}},
      {"troops arrived",
       "Russian/ADJ/JJ/2/amod troops=troop/NOUN/NNS/3/nsubj arrived=arrive/VERB/VBD/0/root in/ADP/IN/5/case "
       "Turkey/PROPN/NNP/3/obl ./PUNCT/./3/punct",
       {},
       {"RUSMIL TUR 042", "TUR RUSMIL 043"}},
      {"the president arrived",
       "The/DET/DT/3/det Russian/ADJ/JJ/3/amod president/NOUN/NN/4/nsubj arrived=arrive/VERB/VBD/0/root "
       "in/ADP/IN/6/case Turkey/PROPN/NNP/4/obl ./PUNCT/./4/punct",
       {"RUSGOV TUR 042", "TUR RUSGOV 043"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Nor is a trip to one's own country's embassy or consulate abroad a visit.
TEST_F(TreeCoderRulesTest, OwnEmbassyIsNoVisit) {
  auto sentence = [](const char* whose) {
    return std::string("Russia/PROPN/NNP/2/nsubj visited=visit/VERB/VBD/0/root the/DET/DT/5/det ") + whose +
           "/ADJ/JJ/5/amod embassy/NOUN/NN/2/obj in/ADP/IN/7/case Beijing/PROPN/NNP/5/nmod ./PUNCT/./2/punct";
  };
  const std::string own = sentence("Russian"), other = sentence("Chinese");
  Check({"its own embassy", own.c_str(), {}, {"RUS RUSGOV 042", "RUSGOV RUS 043"}}, Triples(dict_, own.c_str()));
  Check({"another's embassy", other.c_str(), {"RUS CHNGOV 042", "CHNGOV RUS 043"}, {}}, Triples(dict_, other.c_str()));
}

// A visit or meeting put in the future, or planned by its noun's modifier, is an intent to
// make it (036), with the other party it needs.
TEST_F(TreeCoderRulesTest, FutureVisitIsAnIntent) {
  const Row rows[] = {
      {"will visit",
       "Russia/PROPN/NNP/3/nsubj will/AUX/MD/3/aux visit=visit/VERB/VB/0/root China/PROPN/NNP/3/obj "
       "./PUNCT/./3/punct",
       {"RUS CHN 036"},
       {"RUS CHN 042", "CHN RUS 043"}},
      {"'ll visit, with a typographic apostrophe (lemma will)",
       "Russia/PROPN/NNP/3/nsubj \u2019ll=will/AUX/MD/3/aux visit=visit/VERB/VB/0/root China/PROPN/NNP/3/obj "
       "./PUNCT/./3/punct",
       {"RUS CHN 036"},
       {"RUS CHN 042", "CHN RUS 043"}},
      {"is scheduled to meet",
       "Russia/PROPN/NNP/3/nsubj:pass is/AUX/VBZ/3/aux:pass scheduled=schedule/VERB/VBN/0/root to/PART/TO/5/mark "
       "meet=meet/VERB/VB/3/xcomp China/PROPN/NNP/5/obj ./PUNCT/./3/punct",
       {"RUS CHN 036"},
       {"RUS CHN 040"}},
      {"a clause of time of a future visit",
       "Russia/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop due/ADJ/JJ/0/root to/PART/TO/5/mark visit=visit/VERB/VB/3/xcomp "
       "Moscow/PROPN/NNP/5/obj before/SCONJ/IN/8/mark travelling=travel/VERB/VBG/5/advcl to/ADP/IN/10/case "
       "China/PROPN/NNP/8/obl ./PUNCT/./3/punct",
       {"RUS CHN 036"},
       {"RUS CHN 042", "CHN RUS 043"}},
      {"will meet no one named",
       "Russia/PROPN/NNP/3/nsubj will/AUX/MD/3/aux meet=meet/VERB/VB/0/root on/ADP/IN/5/case "
       "Saturday/PROPN/NNP/3/obl ./PUNCT/./3/punct",
       {},
       {"RUS - 036"}},
      {"visited",
       "Russia/PROPN/NNP/2/nsubj visited=visit/VERB/VBD/0/root China/PROPN/NNP/2/obj ./PUNCT/./2/punct",
       {"RUS CHN 042", "CHN RUS 043"},
       {"RUS CHN 036"}},
      {"an upcoming meeting",
       "Russia/PROPN/NNP/4/nmod:poss 's/PART/POS/1/case upcoming/ADJ/JJ/4/amod meeting=meeting/NOUN/NN/7/nsubj "
       "with/ADP/IN/6/case China/PROPN/NNP/4/nmod worried=worry/VERB/VBD/0/root Japan/PROPN/NNP/7/obj "
       "./PUNCT/./7/punct",
       {"RUS CHN 036"},
       {"RUS CHN 040"}},
      {"meetings a verb in the future holds",
       "Russia/PROPN/NNP/3/nsubj:pass is/AUX/VBZ/3/aux:pass set=set/VERB/VBN/0/root to/PART/TO/5/mark "
       "hold=hold/VERB/VB/3/xcomp meetings=meeting/NOUN/NNS/5/obj with/ADP/IN/8/case China/PROPN/NNP/6/nmod "
       "./PUNCT/./3/punct",
       {"RUS CHN 036"},
       {"RUS CHN 040"}},
      {"a previously scheduled meeting",
       "Russia/PROPN/NNP/5/nmod:poss 's/PART/POS/1/case previously/ADV/RB/4/advmod scheduled=schedule/VERB/VBN/5/amod "
       "meeting=meeting/NOUN/NN/8/nsubj with/ADP/IN/7/case China/PROPN/NNP/5/nmod worried=worry/VERB/VBD/0/root "
       "Japan/PROPN/NNP/8/obj ./PUNCT/./8/punct",
       {"RUS CHN 040"},
       {"RUS CHN 036"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Whom a sentence is attributed to ("according to ...") is no party, wherever the parse hung
// the phrase; nor is what a fight is over.
TEST_F(TreeCoderRulesTest, AttributionIsNoParty) {
  const Row rows[] = {
      {"according to, on the object",
       "Russia/PROPN/NNP/2/nsubj endorsed=endorse/VERB/VBD/0/root the/DET/DT/4/det bill/NOUN/NN/2/obj "
       ",/PUNCT/,/8/punct according=accord/VERB/VBG/8/case to/ADP/IN/6/fixed China/PROPN/NNP/4/nmod "
       "./PUNCT/./2/punct",
       {},
       {"RUS CHN 051"}},
      {"what a fight is over",
       "Russia/PROPN/NNP/2/nsubj fought=fight/VERB/VBD/0/root over/ADP/IN/5/case the/DET/DT/5/det "
       "future/NOUN/NN/2/obl of/ADP/IN/7/case Syria/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {},
       {"RUS SYR 190"}},
      {"of, on the object",
       "Russia/PROPN/NNP/2/nsubj endorsed=endorse/VERB/VBD/0/root the/DET/DT/4/det bill/NOUN/NN/2/obj "
       "of/ADP/IN/6/case China/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"RUS CHN 051"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Cancelling a visit or talks is cutting relations off (161, 164), not also the visit.
TEST_F(TreeCoderRulesTest, CancelledVisitIsNoVisit) {
  const Row rows[] = {
      {"cancelled his visit",
       "Russia/PROPN/NNP/2/nsubj cancelled=cancel/VERB/VBD/0/root its/PRON/PRP$/4/nmod:poss visit/NOUN/NN/2/obj "
       "to/ADP/IN/6/case Iran/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"RUS IRN 161"},
       {"RUS IRN 042", "IRN RUS 043"}},
      {"called off talks",
       "Russia/PROPN/NNP/2/nsubj called=call/VERB/VBD/0/root off/ADP/RP/2/compound:prt talks=talk/NOUN/NNS/2/obj "
       "with/ADP/IN/6/case Iran/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"RUS IRN 164"},
       {"RUS IRN 040"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Sending a person to a state is a visit by the sender's side; to a body it is none. Sending
// troops is a deployment ("send troop [to]", the plural matching as EWT lemmatizes it).
TEST_F(TreeCoderRulesTest, PersonSentToABodyIsNoVisit) {
  const Row rows[] = {
      {"a person sent to a legislature",
       "Putin/PROPN/NNP/2/nsubj sent=send/VERB/VBD/0/root Lavrov/PROPN/NNP/2/obj to/ADP/IN/6/case "
       "the/DET/DT/6/det parliament/NOUN/NN/2/obl ./PUNCT/./2/punct",
       {},
       {"RUSGOV LEG 042", "RUSGOV RUSLEG 042"}},
      {"a person sent to a state",
       "Putin/PROPN/NNP/2/nsubj sent=send/VERB/VBD/0/root Lavrov/PROPN/NNP/2/obj to/ADP/IN/5/case "
       "China/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {"RUSGOV CHN 042"},
       {}},
      {"things sent by a person",
       "Putin/PROPN/NNP/2/nsubj sent=send/VERB/VBD/0/root jets=jet/NOUN/NNS/2/obj to/ADP/IN/5/case "
       "China/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {},
       {"RUSGOV CHN 042"}},
      {"troops sent by a person",
       "Putin/PROPN/NNP/2/nsubj sent=send/VERB/VBD/0/root troops/NOUN/NNS/2/obj to/ADP/IN/5/case "
       "China/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {"RUSGOV CHN 154"},
       {"RUSGOV CHN 042"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Occupation takes territory, not a government, a force or a body.
TEST_F(TreeCoderRulesTest, OccupationTakesTerritory) {
  const Row rows[] = {
      {"occupied a state",
       "Russia/PROPN/NNP/2/nsubj occupied=occupy/VERB/VBD/0/root Ukraine/PROPN/NNP/2/obj ./PUNCT/./2/punct",
       {"RUS UKR 192"},
       {}},
      {"occupied a government",
       "Russia/PROPN/NNP/2/nsubj occupied=occupy/VERB/VBD/0/root the/DET/DT/5/det Ukrainian/ADJ/JJ/5/amod "
       "government/NOUN/NN/2/obj ./PUNCT/./2/punct",
       {},
       {"RUS UKRGOV 192"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A prepositional role of a pattern is the preposition's noun or an actor after it, not one
// in an adjunct of its own that says with whom, where or when.
TEST_F(TreeCoderRulesTest, PrepositionalTargetIsNoCompanion) {
  const Row rows[] = {
      {"traveled to a town with a leader",
       "Putin/PROPN/NNP/2/nsubj traveled=travel/VERB/VBD/0/root to/ADP/IN/4/case Calexico/PROPN/NNP/2/obl "
       "with/ADP/IN/6/case Erdogan/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {},
       {"RUSGOV TURGOV 042", "TURGOV RUSGOV 043"}},
      {"traveled to a state",
       "Putin/PROPN/NNP/2/nsubj traveled=travel/VERB/VBD/0/root to/ADP/IN/4/case Turkey/PROPN/NNP/2/obl "
       "with/ADP/IN/6/case Lavrov/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {"RUSGOV TUR 042"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Denying someone a visa, access or a right restricts them (172); denying a claim is 016;
// trading barbs criticizes (111).
TEST_F(TreeCoderRulesTest, DenyingAThingIsARestriction) {
  const Row rows[] = {
      {"denied visas to",
       "Israel/PROPN/NNP/2/nsubj denied=deny/VERB/VBD/0/root visas=visa/NOUN/NNS/2/obj to/ADP/IN/5/case "
       "Palestinians=Palestinian/PROPN/NNPS/2/obl ./PUNCT/./2/punct",
       {"ISR PSE 172"},
       {"ISR PSE 016"}},
      {"traded barbs with",
       "Israel/PROPN/NNP/2/nsubj traded=trade/VERB/VBD/0/root barbs=barb/NOUN/NNS/2/obj with/ADP/IN/5/case "
       "Iran/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {"ISR IRN 111"},
       {"ISR IRN 061"}},
      {"denied the claims",
       "Israel/PROPN/NNP/2/nsubj denied=deny/VERB/VBD/0/root the/DET/DT/5/det Palestinian/ADJ/JJ/5/amod "
       "claims=claim/NOUN/NNS/2/obj ./PUNCT/./2/punct",
       {"ISR PSE 016"},
       {"ISR PSE 172"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// "War" reports fighting only with both sides in its own phrase.
TEST_F(TreeCoderRulesTest, WarNamedIsNoWarFought) {
  const Row rows[] = {
      {"its war against another",
       "Russia/PROPN/NNP/2/nsubj continued=continue/VERB/VBD/0/root its/PRON/PRP$/4/nmod:poss war/NOUN/NN/2/obj "
       "against/ADP/IN/6/case Ukraine/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"RUS UKR 190"},
       {}},
      {"a civil war, its other side from the clause",
       "Iran/PROPN/NNP/2/nsubj joined=join/VERB/VBD/0/root Syria/PROPN/NNP/6/nmod:poss 's/PART/POS/3/case "
       "civil/ADJ/JJ/6/amod war/NOUN/NN/2/obj with/ADP/IN/8/case Russia/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {},
       {"SYR RUS 190", "IRN RUS 190", "IRN SYR 190"}},
      {"a trade war",
       "the/DET/DT/4/det US/PROPN/NNP/4/nmod:poss trade/NOUN/NN/4/compound war/NOUN/NN/7/nsubj with/ADP/IN/6/case "
       "China/PROPN/NNP/4/nmod hurt=hurt/VERB/VBD/0/root markets=market/NOUN/NNS/7/obj ./PUNCT/./7/punct",
       {},
       {"USA CHN 190"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A subject that is none reports that nothing happened: no event, and no refusal either.
TEST_F(TreeCoderRulesTest, SubjectThatIsNoneCodesNothing) {
  const Row rows[] = {
      {"no president has met",
       "No/DET/DT/3/det American/ADJ/JJ/3/amod president/NOUN/NN/6/nsubj has=have/AUX/VBZ/6/aux ever/ADV/RB/6/advmod "
       "met=meet/VERB/VBN/0/root with/ADP/IN/10/case a/DET/DT/10/det North/PROPN/NNP/10/compound "
       "Korean/ADJ/JJ/10/amod leader/NOUN/NN/6/obl ./PUNCT/./6/punct",
       {},
       {"USAGOV PRKGOV 040", "USAGOV PRKGOV 125", "USA PRK 040", "USA PRK 125"}},
      {"a president has met",
       "An/DET/DT/3/det American/ADJ/JJ/3/amod president/NOUN/NN/4/nsubj met=meet/VERB/VBD/0/root "
       "North/PROPN/NNP/6/compound Korea/PROPN/NNP/4/obj ./PUNCT/./4/punct",
       {"USAGOV PRK 040"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// An event noun that is none, or a threat that characterizes, is no event; an event noun in
// a phrase of time before or after the clause is not its subject's, unless it is a meeting
// its parties leave together.
TEST_F(TreeCoderRulesTest, EventNounsThatReportNothing) {
  const Row rows[] = {
      {"no warning",
       "Iraq/PROPN/NNP/2/nsubj gave=give/VERB/VBD/0/root Iran/PROPN/NNP/2/iobj no/DET/DT/5/det "
       "warning/NOUN/NN/2/obj ./PUNCT/./2/punct",
       {},
       {"IRQ IRN 012", "IRQ - 012"}},
      {"a warning",
       "Iraq/PROPN/NNP/2/nsubj gave=give/VERB/VBD/0/root Iran/PROPN/NNP/2/iobj a/DET/DT/5/det "
       "warning/NOUN/NN/2/obj ./PUNCT/./2/punct",
       {"IRQ - 012"},
       {}},
      {"a threat as a characterization",
       "Israel/PROPN/NNP/2/nsubj sees=see/VERB/VBZ/0/root Iran/PROPN/NNP/2/obj as/ADP/IN/6/case a/DET/DT/6/det "
       "threat/NOUN/NN/2/obl ./PUNCT/./2/punct",
       {},
       {"ISR IRN 130"}},
      {"a threat something is called",
       "Israel/PROPN/NNP/2/nsubj called=call/VERB/VBD/0/root Iran/PROPN/NNP/2/obj a/DET/DT/5/det "
       "threat/NOUN/NN/2/obj to/ADP/IN/7/case Egypt/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {},
       {"ISR EGY 130", "IRN EGY 130"}},
      {"a threat as a copula's predicate",
       "Iran/PROPN/NNP/4/nsubj is/AUX/VBZ/4/cop a/DET/DT/4/det threat/NOUN/NN/0/root to/ADP/IN/6/case "
       "Israel/PROPN/NNP/4/nmod ./PUNCT/./4/punct",
       {},
       {"IRN ISR 130"}},
      {"an announcement before the clause",
       "Since/ADP/IN/3/case the/DET/DT/3/det announcement/NOUN/NN/7/obl ,/PUNCT/,/7/punct Argentina/PROPN/NNP/7/nsubj "
       "has=have/AUX/VBZ/7/aux met=meet/VERB/VBN/0/root Brazil/PROPN/NNP/7/obj ./PUNCT/./7/punct",
       {"ARG BRA 040"},
       {"ARG - 010", "ARG BRA 010"}},
      {"a meeting before the clause",
       "After/ADP/IN/3/case a/DET/DT/3/det meeting/NOUN/NN/8/obl with/ADP/IN/5/case Brazil/PROPN/NNP/3/nmod "
       ",/PUNCT/,/8/punct Argentina/PROPN/NNP/8/nsubj agreed=agree/VERB/VBD/0/root ./PUNCT/./8/punct",
       {"ARG BRA 040"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// "Ask" requests a deed or a thing; asking a question is no appeal.
TEST_F(TreeCoderRulesTest, AskingAQuestionIsNoRequest) {
  const Row rows[] = {
      {"asked for something",
       "Russia/PROPN/NNP/2/nsubj asked=ask/VERB/VBD/0/root China/PROPN/NNP/2/obj for/ADP/IN/5/case "
       "help/NOUN/NN/2/obl ./PUNCT/./2/punct",
       {"RUS CHN 020"},
       {}},
      {"asked to do something, the deed hung on the one asked",
       "Russia/PROPN/NNP/2/nsubj asked=ask/VERB/VBD/0/root China/PROPN/NNP/2/obj to/PART/TO/5/mark "
       "help/VERB/VB/3/acl ./PUNCT/./2/punct",
       {"RUS CHN 020"},
       {}},
      {"asked whether",
       "Russia/PROPN/NNP/2/nsubj asked=ask/VERB/VBD/0/root China/PROPN/NNP/2/obj whether/SCONJ/IN/7/mark "
       "it/PRON/PRP/7/nsubj would/AUX/MD/7/aux help/VERB/VB/2/ccomp ./PUNCT/./2/punct",
       {},
       {"RUS CHN 020"}},
      {"asked about",
       "Russia/PROPN/NNP/2/nsubj asked=ask/VERB/VBD/0/root China/PROPN/NNP/2/obj about/ADP/IN/6/case "
       "the/DET/DT/6/det talks=talk/NOUN/NNS/2/obl ./PUNCT/./2/punct",
       {},
       {"RUS CHN 020"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Several actors cooperating with no one else named cooperate with each other; praising or
// supporting goes to someone else.
TEST_F(TreeCoderRulesTest, SupportIsNoCooperationAmongItsSources) {
  const Row rows[] = {
      {"supported",
       "Qatar/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Jordan/PROPN/NNP/1/conj supported=support/VERB/VBD/0/root "
       "operations=operation/NOUN/NNS/4/obj ./PUNCT/./4/punct",
       {},
       {"QAT JOR 051", "JOR QAT 051"}},
      {"met",
       "Qatar/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Jordan/PROPN/NNP/1/conj met=meet/VERB/VBD/0/root "
       "./PUNCT/./4/punct",
       {"QAT JOR 040", "JOR QAT 040"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Support or opposition of a thing is aimed at its object's phrase, not at an actor in a
// clause inside it; the object itself, or an actor in its phrase, stays the target.
TEST_F(TreeCoderRulesTest, SupportOfAnActIsNotOfItsObject) {
  const Row rows[] = {
      {"supported the decision to sanction Iran",
       "Russia/PROPN/NNP/2/nsubj supported=support/VERB/VBD/0/root the/DET/DT/4/det decision/NOUN/NN/2/obj "
       "to/PART/TO/6/mark sanction=sanction/VERB/VB/4/acl Iran/PROPN/NNP/6/obj ./PUNCT/./2/punct",
       {},
       {"RUS IRN 051"}},
      {"opposed sanctioning Iran",
       "Russia/PROPN/NNP/2/nsubj opposed=oppose/VERB/VBD/0/root sanctioning=sanction/VERB/VBG/2/xcomp "
       "Iran/PROPN/NNP/3/obj ./PUNCT/./2/punct",
       {},
       {"RUS IRN 110"}},
      {"asked someone to reject a thing said to an actor",
       "Russia/PROPN/NNP/2/nsubj asked=ask/VERB/VBD/0/root Sullivan/PROPN/NNP/2/obj to/PART/TO/5/mark "
       "reject=reject/VERB/VB/2/xcomp claims=claim/NOUN/NNS/5/obj to/ADP/IN/8/case Iran/PROPN/NNP/6/nmod "
       "./PUNCT/./2/punct",
       {},
       {"RUS IRN 020"}},
      {"requested that an actor leave",
       "Russia/PROPN/NNP/2/nsubj requested=request/VERB/VBD/0/root that/SCONJ/IN/5/mark Iran/PROPN/NNP/5/nsubj "
       "leave=leave/VERB/VB/2/ccomp ./PUNCT/./2/punct",
       {"RUS IRN 020"},
       {}},
      {"supported Iran's decision",
       "Russia/PROPN/NNP/2/nsubj supported=support/VERB/VBD/0/root Iran/PROPN/NNP/5/nmod:poss 's/PART/POS/3/case "
       "decision/NOUN/NN/2/obj ./PUNCT/./2/punct",
       {"RUS IRN 051"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A pattern that names a partner ("sign agreement [with]") codes what the sides of its
// subject, or of its noun's "between" phrase, did together where no partner is named; never
// a one-sided act, and never with a partner found elsewhere.
TEST_F(TreeCoderRulesTest, PartnersNamedTogether) {
  const Row rows[] = {
      {"two sides signed",
       "Russia/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc China/PROPN/NNP/1/conj signed=sign/VERB/VBD/0/root "
       "an/DET/DT/6/det agreement/NOUN/NN/4/obj ./PUNCT/./4/punct",
       {"RUS CHN 057", "CHN RUS 057"},
       {}},
      {"one side signed",
       "Russia/PROPN/NNP/2/nsubj signed=sign/VERB/VBD/0/root an/DET/DT/4/det agreement/NOUN/NN/2/obj "
       "in/ADP/IN/6/case China/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {},
       {"RUS CHN 057", "RUS - 057"}},
      {"talks between",
       "Talks=talk/NOUN/NNS/6/nsubj between/ADP/IN/3/case Russia/PROPN/NNP/1/nmod and/CCONJ/CC/5/cc "
       "China/PROPN/NNP/3/conj resumed=resume/VERB/VBD/0/root ./PUNCT/./6/punct",
       {"RUS CHN 040", "CHN RUS 040"},
       {}},
      {"sanctions are no joint act",
       "Russia/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc China/PROPN/NNP/1/conj imposed=impose/VERB/VBD/0/root "
       "sanctions=sanction/NOUN/NNS/4/obj ./PUNCT/./4/punct",
       {},
       {"RUS CHN 163", "CHN RUS 163"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// The capacity an actor acts in ("as a sovereign democracy", "as a potential asset") is not
// the target.
TEST_F(TreeCoderRulesTest, CapacityIsNoTarget) {
  const Row rows[] = {
      {"targeted him as an asset",
       "Russia/PROPN/NNP/2/nsubj targeted=target/VERB/VBD/0/root the/DET/DT/4/det man/NOUN/NN/2/obj as/ADP/IN/8/case "
       "a/DET/DT/8/det U.S./PROPN/NNP/8/compound asset/NOUN/NN/2/obl ./PUNCT/./2/punct",
       {},
       {"RUS USA 190"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// An event noun with no actor of its own continues the story of the sentence before, but
// not where it names an author the dictionary does not know ("Smith's strike").
TEST_F(TreeCoderRulesTest, SupplierOfTheSentenceBefore) {
  const Row rows[] = {
      {"no author named",
       "Russia/PROPN/NNP/2/nsubj attacked=attack/VERB/VBD/0/root Georgia/PROPN/NNP/2/obj ./PUNCT/./2/punct | "
       "A/DET/DT/2/det strike/NOUN/NN/3/nsubj hit=hit/VERB/VBD/0/root Kyiv/PROPN/NNP/3/obj ./PUNCT/./3/punct",
       {"RUS UKR 190"},
       {}},
      {"an unknown author named",
       "Russia/PROPN/NNP/2/nsubj attacked=attack/VERB/VBD/0/root Georgia/PROPN/NNP/2/obj ./PUNCT/./2/punct | "
       "Smith/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case strike/NOUN/NN/4/nsubj hit=hit/VERB/VBD/0/root "
       "Kyiv/PROPN/NNP/4/obj ./PUNCT/./4/punct",
       {},
       {"RUS UKR 190"}},
      {"a protest is not continued from an authority's",
       "Russia/PROPN/NNP/2/nsubj protested=protest/VERB/VBD/0/root to/ADP/IN/4/case Georgia/PROPN/NNP/2/obl "
       "./PUNCT/./2/punct | "
       "Protests=protest/NOUN/NNS/2/nsubj grew=grow/VERB/VBD/0/root in/ADP/IN/4/case Kyiv/PROPN/NNP/2/obl "
       "./PUNCT/./2/punct",
       {"RUS GEO 140"},
       {"RUS UKR 140", "RUS - 140"}},
      {"but from protesters'",
       "Ukrainian/ADJ/JJ/2/amod protesters=protester/NOUN/NNS/3/nsubj demonstrated=demonstrate/VERB/VBD/0/root "
       "against/ADP/IN/5/case Russia/PROPN/NNP/3/obl ./PUNCT/./3/punct | "
       "Protests=protest/NOUN/NNS/2/nsubj grew=grow/VERB/VBD/0/root in/ADP/IN/4/case Kyiv/PROPN/NNP/2/obl "
       "./PUNCT/./2/punct",
       {"UKROPP - 140"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A rally that an authority holds is its campaign's, not a demonstration; protesters' is.
TEST_F(TreeCoderRulesTest, AuthoritysRallyIsNoDemonstration) {
  const Row rows[] = {
      {"held a rally",
       "Putin/PROPN/NNP/2/nsubj held=hold/VERB/VBD/0/root a/DET/DT/4/det rally=rally/NOUN/NN/2/obj "
       "in/ADP/IN/6/case Kyiv/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {},
       {"RUSGOV UKR 141", "RUSGOV - 141"}},
      {"his rally",
       "Putin/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case rally=rally/NOUN/NN/4/nsubj drew=draw/VERB/VBD/0/root "
       "crowds=crowd/NOUN/NNS/4/obj ./PUNCT/./4/punct",
       {},
       {"RUSGOV - 141"}},
      {"a people's rally is theirs",
       "Russians=Russian/PROPN/NNPS/2/nsubj held=hold/VERB/VBD/0/root a/DET/DT/4/det rally=rally/NOUN/NN/2/obj "
       "for/ADP/IN/6/case Putin/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"RUS RUSGOV 141"},
       {}},
      {"protesters held a rally",
       "Ukrainian/ADJ/JJ/2/amod protesters=protester/NOUN/NNS/3/nsubj held=hold/VERB/VBD/0/root a/DET/DT/5/det "
       "rally=rally/NOUN/NN/3/obj against/ADP/IN/7/case Russia/PROPN/NNP/3/obl ./PUNCT/./3/punct",
       {"UKROPP RUS 141"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A statement is addressed to its object or "to" phrase, not to what it names.
TEST_F(TreeCoderRulesTest, StatementAddressedNotAbout) {
  const Row rows[] = {
      {"about",
       "Russia/PROPN/NNP/2/nsubj announced=announce/VERB/VBD/0/root tariffs=tariff/NOUN/NNS/2/obj on/ADP/IN/6/case "
       "Chinese/ADJ/JJ/6/amod goods=good/NOUN/NNS/3/nmod ./PUNCT/./2/punct",
       {},
       {"RUS CHN 010"}},
      {"to",
       "Russia/PROPN/NNP/2/nsubj announced=announce/VERB/VBD/0/root the/DET/DT/4/det decision/NOUN/NN/2/obj "
       "to/ADP/IN/6/case China/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {"RUS CHN 010"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Negated cooperation is a refusal where it is a stance ("will not negotiate", "does not
// support", "decided not to"); what did not happen is none ("did not discuss").
TEST_F(TreeCoderRulesTest, WhatDidNotHappenIsNoRefusal) {
  const Row rows[] = {
      {"will not",
       "Russia/PROPN/NNP/4/nsubj will/AUX/MD/4/aux not/PART/RB/4/advmod negotiate=negotiate/VERB/VB/0/root "
       "with/ADP/IN/6/case China/PROPN/NNP/4/obl ./PUNCT/./4/punct",
       {"RUS CHN 125"},
       {}},
      {"did not",
       "Russia/PROPN/NNP/4/nsubj did=do/AUX/VBD/4/aux not/PART/RB/4/advmod negotiate=negotiate/VERB/VB/0/root "
       "with/ADP/IN/6/case China/PROPN/NNP/4/obl ./PUNCT/./4/punct",
       {},
       {"RUS CHN 125", "RUS CHN 046"}},
      {"has not",
       "Russia/PROPN/NNP/4/nsubj has=have/AUX/VBZ/4/aux not/PART/RB/4/advmod negotiated=negotiate/VERB/VBN/0/root "
       "with/ADP/IN/6/case China/PROPN/NNP/4/obl ./PUNCT/./4/punct",
       {},
       {"RUS CHN 125", "RUS CHN 046"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// An act a verb advocates or opposes, as a gerund, is no fact.
TEST_F(TreeCoderRulesTest, AdvocatedActIsNoFact) {
  const Row rows[] = {
      {"advocated arming",
       "Russia/PROPN/NNP/2/nsubj advocated=advocate/VERB/VBD/0/root arming=arm/VERB/VBG/2/xcomp "
       "Syria/PROPN/NNP/3/obj ./PUNCT/./2/punct",
       {},
       {"RUS SYR 072"}},
      {"continued arming",
       "Russia/PROPN/NNP/2/nsubj continued=continue/VERB/VBD/0/root arming=arm/VERB/VBG/2/xcomp "
       "Syria/PROPN/NNP/3/obj ./PUNCT/./2/punct",
       {"RUS SYR 072"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// What one denies doing is, by its word, not done; nor its conjunct.
TEST_F(TreeCoderRulesTest, DeniedActIsNoFact) {
  const Row rows[] = {
      {"denied arming rebels",
       "Russia/PROPN/NNP/2/nsubj denied=deny/VERB/VBD/0/root sending=send/VERB/VBG/2/xcomp troops/NOUN/NNS/3/obj "
       "and/CCONJ/CC/6/cc arming=arm/VERB/VBG/3/conj Ukraine/PROPN/NNP/6/obj ./PUNCT/./2/punct",
       {},
       {"RUS UKR 072"}},
      {"a denial that one visited",
       "Putin/PROPN/NNP/2/nsubj made=make/VERB/VBD/0/root a/DET/DT/4/det denial/NOUN/NN/2/obj that/SCONJ/IN/7/mark "
       "he/PRON/PRP/7/nsubj visited=visit/VERB/VBD/4/acl Kyiv/PROPN/NNP/7/obj ./PUNCT/./2/punct",
       {},
       {"RUSGOV UKR 042", "UKR RUSGOV 043"}},
      {"denied responsibility, accusing",
       "Iran/PROPN/NNP/2/nsubj denied=deny/VERB/VBD/0/root responsibility/NOUN/NN/2/obj ,/PUNCT/,/5/punct "
       "accusing=accuse/VERB/VBG/2/advcl Israel/PROPN/NNP/5/obj ./PUNCT/./2/punct",
       {"IRN ISR 112"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// What one is kept from doing is not done, nor done by the one keeping ("stop X from
// launching rockets"); what one stops is no such act.
TEST_F(TreeCoderRulesTest, PreventedActIsNoFact) {
  const Row rows[] = {
      {"stopped from attacking",
       "Israel/PROPN/NNP/2/nsubj stopped=stop/VERB/VBD/0/root Hamas/PROPN/NNP/2/obj from/SCONJ/IN/5/mark "
       "attacking=attack/VERB/VBG/2/advcl Egypt/PROPN/NNP/5/obj ./PUNCT/./2/punct",
       {},
       {"ISR EGY 190", "PSEREBHMS EGY 190"}},
      {"prevented from lifting sanctions",
       "Congress/PROPN/NNP/2/nsubj prevented=prevent/VERB/VBD/0/root Obama/PROPN/NNP/2/obj from/SCONJ/IN/5/mark "
       "lifting=lift/VERB/VBG/2/advcl sanctions=sanction/NOUN/NNS/5/obj on/ADP/IN/8/case Iran/PROPN/NNP/6/nmod "
       "./PUNCT/./2/punct",
       {},
       {"USALEG IRN 085", "USALEG IRN 163"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A verb with no subject or object of its own acts between the actors of its "between"
// phrase, each on the others.
TEST_F(TreeCoderRulesTest, FightingBetweenTwoSidesIsTheirs) {
  const Row rows[] = {
      {"fighting between Israel and Hamas",
       "Egypt/PROPN/NNP/2/nsubj watched=watch/VERB/VBD/0/root during/SCONJ/IN/4/mark fighting=fight/VERB/VBG/2/advcl "
       "between/ADP/IN/6/case Israel/PROPN/NNP/4/obl and/CCONJ/CC/8/cc Hamas/PROPN/NNP/6/conj ./PUNCT/./2/punct",
       {"ISR PSEREBHMS 190", "PSEREBHMS ISR 190"},
       {"EGY ISR 190", "EGY PSEREBHMS 190"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Whom a cooperative act is against is no one it cooperates with.
TEST_F(TreeCoderRulesTest, CooperationAgainstSomeoneIsNotWithThem) {
  const Row rows[] = {
      {"supported the fight against Syria",
       "Egypt/PROPN/NNP/2/nsubj supported=support/VERB/VBD/0/root the/DET/DT/4/det fight/NOUN/NN/2/obj "
       "against/ADP/IN/6/case Syria/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {},
       {"EGY SYR 051"}},
      {"supported the fight of Syria",
       "Egypt/PROPN/NNP/2/nsubj supported=support/VERB/VBD/0/root the/DET/DT/4/det fight/NOUN/NN/2/obj "
       "of/ADP/IN/6/case Syria/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"EGY SYR 051"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// An intent to build or improve is an intent to cooperate (030) only when what is built is a
// relation: "wants to build ties", not "wants to build a wall".
TEST_F(TreeCoderRulesTest, IntentToBuildARelationIsCooperation) {
  const Row rows[] = {
      {"wants to build ties with Israel",
       "Egypt/PROPN/NNP/2/nsubj wants=want/VERB/VBZ/0/root to/PART/TO/4/mark build/VERB/VB/2/xcomp "
       "ties=tie/NOUN/NNS/4/obj with/ADP/IN/7/case Israel/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {"EGY ISR 030"},
       {}},
      {"wants to build a wall on the border with Israel",
       "Egypt/PROPN/NNP/2/nsubj wants=want/VERB/VBZ/0/root to/PART/TO/4/mark build/VERB/VB/2/xcomp "
       "a/DET/DT/6/det wall/NOUN/NN/4/obj on/ADP/IN/9/case the/DET/DT/9/det border/NOUN/NN/4/obl "
       "with/ADP/IN/11/case Israel/PROPN/NNP/9/nmod ./PUNCT/./2/punct",
       {},
       {"EGY ISR 030", "EGY - 030"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// "Consider" with what its object is said to be is an opinion, not an option weighed (014).
TEST_F(TreeCoderRulesTest, ConsideringSomethingSomethingIsAnOpinion) {
  const Row rows[] = {
      {"considers Hamas a terrorist organization",
       "Egypt/PROPN/NNP/2/nsubj considers=consider/VERB/VBZ/0/root Hamas/PROPN/NNP/2/iobj a/DET/DT/6/det "
       "terrorist/ADJ/JJ/6/amod organization/NOUN/NN/2/obj ./PUNCT/./2/punct",
       {},
       {"EGY PSEREBHMS 014", "EGY - 014"}},
      {"considers the legislation as binding",
       "Egypt/PROPN/NNP/2/nsubj considers=consider/VERB/VBZ/0/root Israel/PROPN/NNP/2/obj as/SCONJ/IN/5/mark "
       "hostile/ADJ/JJ/2/advcl ./PUNCT/./2/punct",
       {},
       {"EGY ISR 014"}},
      {"called the talks \"a meaningful step\"",
       "Egypt/PROPN/NNP/2/nsubj called=call/VERB/VBD/0/root the/DET/DT/4/det talks=talk/NOUN/NNS/2/obj "
       "a/DET/DT/7/det meaningful/ADJ/JJ/7/amod step/NOUN/NN/4/appos ./PUNCT/./2/punct",
       {},
       {"EGY - 026"}},
      {"called it an assault on Israel",
       "Egypt/PROPN/NNP/2/nsubj called=call/VERB/VBD/0/root it/PRON/PRP/2/obj an/DET/DT/5/det "
       "assault/NOUN/NN/2/xcomp on/ADP/IN/7/case Israel/PROPN/NNP/5/nmod ./PUNCT/./2/punct",
       {},
       {"EGY ISR 020"}},
      {"called on Israel to free prisoners",
       "Egypt/PROPN/NNP/2/nsubj called=call/VERB/VBD/0/root on/ADP/IN/4/case Israel/PROPN/NNP/2/obl "
       "to/PART/TO/6/mark release/VERB/VB/2/xcomp prisoners=prisoner/NOUN/NNS/6/obj ./PUNCT/./2/punct",
       {"EGY ISR 0253"},
       {}},
      {"considers options against Israel",
       "Egypt/PROPN/NNP/2/nsubj considers=consider/VERB/VBZ/0/root options=option/NOUN/NNS/2/obj "
       "against/ADP/IN/5/case Israel/PROPN/NNP/3/nmod ./PUNCT/./2/punct",
       {"EGY ISR 014"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Claiming responsibility for an attack is an act of its own (015), not a report of the
// attack.
TEST_F(TreeCoderRulesTest, ClaimingResponsibilityIsItsOwnAct) {
  const Row rows[] = {
      {"claimed responsibility for an attack",
       "Hamas/PROPN/NNP/2/nsubj claimed=claim/VERB/VBD/0/root responsibility/NOUN/NN/2/obj for/ADP/IN/6/case "
       "an/DET/DT/6/det attack/NOUN/NN/3/nmod in/ADP/IN/8/case Israel/PROPN/NNP/6/nmod ./PUNCT/./2/punct",
       {"PSEREBHMS ISR 015"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// An infinitive under a noun names an aim, and so does its conjunct.
TEST_F(TreeCoderRulesTest, ConjunctOfAnAimIsAnAim) {
  const Row rows[] = {
      {"an alliance to check Iran and fight the Islamic State",
       "Russia/PROPN/NNP/2/nsubj built=build/VERB/VBD/0/root an/DET/DT/4/det alliance/NOUN/NN/2/obj to/PART/TO/6/mark "
       "check/VERB/VB/4/acl Iran/PROPN/NNP/6/obj and/CCONJ/CC/9/cc fight=fight/VERB/VB/6/conj "
       "Syria/PROPN/NNP/9/obj ./PUNCT/./2/punct",
       {},
       {"RUS SYR 190"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// Force against words, plans or findings is a figure of speech: attacking an investigation
// criticizes it; striking a tone, battling allegations or capturing attention is no force.
TEST_F(TreeCoderRulesTest, ForceAgainstWordsIsFigurative) {
  const Row rows[] = {
      {"words that pound",
       "Russia/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case criticism/NOUN/NN/4/nsubj pounded=pound/VERB/VBD/0/root "
       "Ukraine/PROPN/NNP/4/obj ./PUNCT/./4/punct",
       {},
       {"RUS UKR 194", "RUS UKR 111"}},
      {"attacked an investigation",
       "Russia/PROPN/NNP/2/nsubj attacked=attack/VERB/VBD/0/root the/DET/DT/5/det Ukrainian/ADJ/JJ/5/amod "
       "investigation/NOUN/NN/2/obj ./PUNCT/./2/punct",
       {"RUS UKR 111"},
       {"RUS UKR 190"}},
      {"captured attention",
       "the/DET/DT/3/det Israeli/ADJ/JJ/3/amod leader/NOUN/NN/4/nsubj captured=capture/VERB/VBD/0/root "
       "the/DET/DT/6/det world/NOUN/NN/8/nmod:poss 's/PART/POS/6/case attention/NOUN/NN/4/obj when/ADV/WRB/11/advmod "
       "he/PRON/PRP/11/nsubj stood=stand/VERB/VBD/4/advcl before/ADP/IN/14/case the/DET/DT/14/det "
       "UN/PROPN/NNP/11/obl ./PUNCT/./4/punct",
       {},
       {"ISRGOV IGOUNO 173"}},
      {"sought to shoot down perceptions",
       "Russia/PROPN/NNP/2/nsubj sought=seek/VERB/VBD/0/root to/PART/TO/4/mark shoot=shoot/VERB/VB/2/xcomp "
       "down/ADP/RP/4/compound:prt perceptions=perception/NOUN/NNS/4/obj of/ADP/IN/8/case distance/NOUN/NN/6/nmod "
       "from/ADP/IN/10/case Ukraine/PROPN/NNP/8/nmod ./PUNCT/./2/punct",
       {},
       {"RUS UKR 138", "RUS UKR 193"}},
      {"prosecuted a war",
       "Russia/PROPN/NNP/2/nsubj prosecuted=prosecute/VERB/VBD/0/root the/DET/DT/4/det war/NOUN/NN/2/obj "
       "against/ADP/IN/6/case Ukraine/PROPN/NNP/4/nmod ./PUNCT/./2/punct",
       {"RUS UKR 190"},
       {"RUS UKR 173"}},
      {"struck a tone",
       "Russia/PROPN/NNP/2/nsubj struck=strike/VERB/VBD/0/root a/DET/DT/5/det harsh/ADJ/JJ/5/amod "
       "tone/NOUN/NN/2/obj toward/ADP/IN/7/case Ukraine/PROPN/NNP/2/obl ./PUNCT/./2/punct",
       {},
       {"RUS UKR 190"}},
      {"attacked for criticizing",
       "Russia/PROPN/NNP/2/nsubj attacked=attack/VERB/VBD/0/root Ukraine/PROPN/NNP/2/obj for/SCONJ/IN/5/mark "
       "criticizing=criticize/VERB/VBG/2/advcl it/PRON/PRP/5/obj ./PUNCT/./2/punct",
       {"RUS UKR 111"},
       {"RUS UKR 190"}},
      {"attacked a base",
       "Russia/PROPN/NNP/2/nsubj attacked=attack/VERB/VBD/0/root a/DET/DT/5/det Ukrainian/ADJ/JJ/5/amod "
       "base/NOUN/NN/2/obj ./PUNCT/./2/punct",
       {"RUS UKR 190"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// What could or might happen is a possibility, not a fact; what should happen is an opinion.
TEST_F(TreeCoderRulesTest, PossibilityIsNoFact) {
  const Row rows[] = {
      {"did not want to attack",
       "Britain/PROPN/NNP/4/nsubj did/AUX/VBD/4/aux not/PART/RB/4/advmod want=want/VERB/VB/0/root to/PART/TO/6/mark "
       "attack=attack/VERB/VB/4/xcomp Iran/PROPN/NNP/6/obj ./PUNCT/./4/punct",
       {},
       {"GBR IRN 190", "GBR IRN 138"}},
      {"wanted to attack",
       "Britain/PROPN/NNP/2/nsubj wanted=want/VERB/VBD/0/root to/PART/TO/4/mark "
       "attack=attack/VERB/VB/2/xcomp Iran/PROPN/NNP/4/obj ./PUNCT/./2/punct",
       {"GBR IRN 138"},
       {}},
      {"might be able to sue",
       "Britain/PROPN/NNP/4/nsubj might/AUX/MD/4/aux be/AUX/VB/4/cop able/ADJ/JJ/0/root to/PART/TO/6/mark "
       "sue=sue/VERB/VB/4/xcomp Iran/PROPN/NNP/6/obj ./PUNCT/./4/punct",
       {},
       {"GBR IRN 115"}},
      {"should sue",
       "Britain/PROPN/NNP/3/nsubj should/AUX/MD/3/aux sue=sue/VERB/VB/0/root Iran/PROPN/NNP/3/obj ./PUNCT/./3/punct",
       {},
       {"GBR IRN 115"}},
      {"could strike",
       "Iran/PROPN/NNP/3/nsubj could/AUX/MD/3/aux strike=strike/VERB/VB/0/root Israel/PROPN/NNP/3/obj ./PUNCT/./3/punct",
       {},
       {"IRN ISR 190"}},
      {"struck",
       "Iran/PROPN/NNP/2/nsubj struck=strike/VERB/VBD/0/root Israel/PROPN/NNP/2/obj ./PUNCT/./2/punct",
       {"IRN ISR 190"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// dyad's patterns read their words in the predicate's own clause and its infinitives, not in
// a clause it reports.
TEST_F(TreeCoderRulesTest, PatternWordsInTheOwnClause) {
  const Row rows[] = {
      {"let go",
       "Russia/PROPN/NNP/2/nsubj let=let/VERB/VBD/0/root Ukraine/PROPN/NNP/2/obj go=go/VERB/VB/2/xcomp "
       "./PUNCT/./2/punct",
       {"RUS UKR 0841"},
       {}},
      {"let know that ... going",
       "Russia/PROPN/NNP/2/nsubj let=let/VERB/VBD/0/root Ukraine/PROPN/NNP/2/obj know=know/VERB/VB/2/xcomp "
       "that/SCONJ/IN/10/mark it/PRON/PRP/10/nsubj was=be/AUX/VBD/10/aux not/PART/RB/10/advmod "
       "going=go/VERB/VBG/10/aux help=help/VERB/VB/4/ccomp ./PUNCT/./2/punct",
       {},
       {"RUS UKR 0841"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A visit's adjective of place is where it goes.
TEST_F(TreeCoderRulesTest, VisitsAdjectiveIsItsDestination) {
  const Row rows[] = {
      {"a European visit for Putin",
       "A/DET/DT/3/det European/ADJ/JJ/3/amod visit/NOUN/NN/6/nsubj for/ADP/IN/5/case Putin/PROPN/NNP/3/nmod "
       "ended=end/VERB/VBD/0/root ./PUNCT/./6/punct",
       {"RUSGOV EUR 042"},
       {"EUR RUSGOV 042"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// A passive act of force with no agent is the work of the side whose attack it happened in
// ("was killed in a U.S. raid"), not of the place it happened in.
TEST_F(TreeCoderRulesTest, PassiveForceInAnAttackIsTheAttackers) {
  const Row rows[] = {
      {"in an attack an actor owns",
       "Three/NUM/CD/3/nummod Syrian/ADJ/JJ/3/amod soldiers=soldier/NOUN/NNS/5/nsubj:pass were=be/AUX/VBD/5/aux:pass "
       "wounded=wound/VERB/VBN/0/root in/ADP/IN/9/case an/DET/DT/9/det Israeli/ADJ/JJ/9/amod attack/NOUN/NN/5/obl "
       "./PUNCT/./5/punct",
       {"ISR SYRMIL 190"},
       {}},
      {"in a raid that has a place of its own",
       "The/DET/DT/3/det Iranian/ADJ/JJ/3/amod general/NOUN/NN/5/nsubj:pass was=be/AUX/VBD/5/aux:pass "
       "killed=kill/VERB/VBN/0/root in/ADP/IN/9/case a/DET/DT/9/det U.S./PROPN/NNP/9/compound raid/NOUN/NN/5/obl "
       "in/ADP/IN/11/case Baghdad/PROPN/NNP/9/nmod ./PUNCT/./5/punct",
       {"USA IRNMIL 190"},
       {}},
      {"in a place",
       "Three/NUM/CD/3/nummod Syrian/ADJ/JJ/3/amod soldiers=soldier/NOUN/NNS/5/nsubj:pass were=be/AUX/VBD/5/aux:pass "
       "killed=kill/VERB/VBN/0/root in/ADP/IN/7/case Iraq/PROPN/NNP/5/obl ./PUNCT/./5/punct",
       {},
       {"IRQ SYRMIL 190", "IRQ SYRMIL 180"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// An infinitive under a noun names an aim, not a fact ("troops to attack"); one the parse
// hung as an acl on an adjective ("is close to attacking", "ready to meet") is the
// adjective's complement, with the adjective's subject.
TEST_F(TreeCoderRulesTest, InfinitiveOnAnAdjectiveIsNoAim) {
  const Row rows[] = {
      {"on an adjective",
       "Russia/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop ready/ADJ/JJ/0/root to/PART/TO/5/mark meet=meet/VERB/VB/3/acl "
       "Ukraine/PROPN/NNP/5/obj ./PUNCT/./3/punct",
       {"RUS UKR 040"},
       {}},
      {"on a noun",
       "Russia/PROPN/NNP/2/nsubj sent=send/VERB/VBD/0/root envoys=envoy/NOUN/NNS/2/obj to/PART/TO/5/mark "
       "meet=meet/VERB/VB/3/acl Ukraine/PROPN/NNP/5/obj ./PUNCT/./2/punct",
       {},
       {"RUS UKR 036", "RUS UKR 040"}},
  };
  for (const Row& r : rows) Check(r, Triples(dict_, r.sentence));
}

// PETRARCH's "~ a (b . ATTACK) SAY = a b 112": what else the speaker reports in the same
// breath, coordinated with the transformed verb, is not coded as a fact beside it.
TEST(ReportedConjuncts, GiveWayToTheTransformation) {
  const std::string d = SharedRoot() + "/data/petrarch/petrarch2/dictionaries/";
  auto dict = dict::Load(d + "CAMEO.2.0.txt," + d + "Phoenix.Countries.actors.txt," + d + "Phoenix.agents.txt",
                         {.read_cache = true, .write_cache = false});
  if (!dict.ok()) GTEST_SKIP() << "needs ../shared/data/petrarch/petrarch2/dictionaries";
  const Date date{2015, 1, 1};
  auto code = [&](const char* sentence) {
    const Document doc = actors::testing::Annotated({sentence});
    std::vector<std::string> out;
    for (const Event& e : TreeCoder(*dict).Code(doc, actors::FindMentions(doc, **dict, date), date))
      out.push_back(e.source.code + " " + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo);
    return out;
  };
  auto has_pair = [](const std::vector<std::string>& got, const std::string& pair) {
    return std::any_of(got.begin(), got.end(), [&](const std::string& t) { return t.rfind(pair + " ", 0) == 0; });
  };
  const char* reported =
      "Iran/PROPN/NNP/2/nsubj said/VERB/VBD/0/root that/SCONJ/IN/5/mark Iraq/PROPN/NNP/5/nsubj "
      "attacked/VERB/VBD/2/ccomp Kuwait/PROPN/NNP/5/obj and/CCONJ/CC/8/cc occupied/VERB/VBD/5/conj "
      "Riyadh/PROPN/NNP/8/obj";
  const char* direct =
      "Iraq/PROPN/NNP/2/nsubj attacked/VERB/VBD/0/root Kuwait/PROPN/NNP/2/obj and/CCONJ/CC/5/cc "
      "occupied/VERB/VBD/2/conj Riyadh/PROPN/NNP/5/obj";
  const auto got = code(reported);
  std::string all;
  for (const std::string& t : got) all += "[" + t + "] ";
  EXPECT_TRUE(has_pair(got, "IRN IRQ")) << all;
  EXPECT_FALSE(has_pair(got, "IRQ SAU")) << all;
  // Said by no one, both are facts.
  EXPECT_TRUE(has_pair(code(direct), "IRQ SAU"));
}

// With PETRARCH 2's own dictionary: a pattern is the verb's its comment names ("- * &TREATY
// [057] # RATIFY", not APPROVE's [031:031] of the same block); a code with only its second
// part ("- * ASSURANCE [:030] # RECEIVE") runs from the target to the source; a
// transformation's verbs are compared by their codes; a charge is no fact.
TEST(Petrarch2Patterns, CommentVerbReversedCodeAndTransformations) {
  const std::string d = SharedRoot() + "/data/petrarch/petrarch2/dictionaries/";
  auto dict = dict::Load(d + "CAMEO.2.0.txt," + d + "Phoenix.Countries.actors.txt," + d + "Phoenix.agents.txt",
                         {.read_cache = true, .write_cache = false});
  if (!dict.ok()) GTEST_SKIP() << "needs ../shared/data/petrarch/petrarch2/dictionaries";
  const Row rows[] = {
      {"the comment's verb",
       "Ukraine/PROPN/NNP/2/nsubj ratified=ratify/VERB/VBD/0/root the/DET/DT/4/det "
       "agreement/NOUN/NN/2/obj with/ADP/IN/6/case Russia/PROPN/NNP/4/nmod",
       {"UKR RUS 057"},
       {"UKR RUS 031", "RUS UKR 031", "RUS UKR 057"}},
      {"the second code runs backwards",
       "Georgian/ADJ/JJ/2/amod demonstrators=demonstrator/NOUN/NNS/3/nsubj received=receive/VERB/VBD/0/root "
       "assurances=assurance/NOUN/NNS/3/obj from/ADP/IN/8/case the/DET/DT/8/det Georgian/ADJ/JJ/8/amod "
       "government/NOUN/NN/3/obl",
       {"GEOGOV GEOOPP 030"},
       {"GEOOPP GEOGOV 030"}},
      // PETRARCH compares a transformation's verbs by their codes: "kill" (KILL, 190) is an
      // ATTACK (PHYSICAL_CONFLICT, 190), so "A said B killed C" is A's accusation of B.
      {"a verb of the same code",
       "Iran/PROPN/NNP/2/nsubj said=say/VERB/VBD/0/root that/SCONJ/IN/5/mark Iraq/PROPN/NNP/5/nsubj "
       "killed=kill/VERB/VBD/2/ccomp Kuwaitis/PROPN/NNPS/5/obj",
       {"IRN IRQ 112"},
       {"IRQ KWT 190"}},
      // The author of the strike a passive happened in is its agent.
      {"the agent of a strike",
       "Iran/PROPN/NNP/2/nsubj said=say/VERB/VBD/0/root men=man/NOUN/NNS/5/nsubj:pass were=be/AUX/VBD/5/aux:pass "
       "killed=kill/VERB/VBN/2/ccomp in/ADP/IN/8/case a/DET/DT/8/det strike/NOUN/NN/5/obl by/ADP/IN/10/case "
       "Iraq/PROPN/NNP/8/nmod",
       {"IRN IRQ 112"},
       {}},
      // What one is jailed for is the charge, not a fact told.
      {"the charge of a punishment",
       "Tunisia/PROPN/NNP/2/nsubj jailed=jail/VERB/VBD/0/root Nigeria/PROPN/NNP/2/obj for/SCONJ/IN/5/mark "
       "helping=help/VERB/VBG/2/advcl Iraq/PROPN/NNP/5/obj",
       {"TUN NGA 173"},
       {"NGA IRQ 070"}},
  };
  for (const Row& r : rows) Check(r, Triples(*dict, r.sentence));
}

// With PETRARCH 2's dictionary: what one wants another to do is the other's act, wished,
// not done ("~ a (b . ATTACK) WANT = a b 021" makes it an appeal); attribution after a
// clause ("..., Iran said") is no accusation; a verb parsed as an adjective between two
// noun phrases is their clause's predicate; an apposition stands for the phrase it restates;
// a reported attack with no other party is the speaker's accusation ("~ a (b . ATTACK) SAY");
// a passive's subject is read as its object by the patterns and for the target; "prepared
// to" acts; a visit's hosting needs a host, not the place where its object is; of two
// patterns as specific, the one whose words stand nearer the verb wins; with an object, a
// pattern's first word is not read deep in an adjunct behind it.
TEST(Petrarch2Clauses, WishesAttributionAndVerbsParsedAsModifiers) {
  const std::string d = SharedRoot() + "/data/petrarch/petrarch2/dictionaries/";
  auto dict = dict::Load(d + "CAMEO.2.0.txt," + d + "Phoenix.Countries.actors.txt," + d + "Phoenix.agents.txt",
                         {.read_cache = true, .write_cache = false});
  if (!dict.ok()) GTEST_SKIP() << "needs ../shared/data/petrarch/petrarch2/dictionaries";
  const Row rows[] = {
      {"wanting another to attack is an appeal to it",
       "Iran/PROPN/NNP/2/nsubj wants=want/VERB/VBZ/0/root Iraq/PROPN/NNP/2/obj to/PART/TO/5/mark "
       "attack/VERB/VB/2/xcomp Kuwait/PROPN/NNP/5/obj",
       {"IRN IRQ 021"},
       {"IRN KWT 138", "IRQ KWT 190"}},
      {"wanting to attack oneself is a threat",
       "Iran/PROPN/NNP/2/nsubj wants=want/VERB/VBZ/0/root to/PART/TO/4/mark attack/VERB/VB/2/xcomp "
       "Kuwait/PROPN/NNP/4/obj",
       {"IRN KWT 138"},
       {}},
      {"a wish no transformation rewrites is no event",
       "Iran/PROPN/NNP/2/nsubj wants=want/VERB/VBZ/0/root Iraq/PROPN/NNP/2/obj to/PART/TO/5/mark "
       "visit/VERB/VB/2/xcomp Kuwait/PROPN/NNP/5/obj",
       {},
       {"IRQ KWT 042", "IRN KWT 036", "IRN KWT 042"}},
      {"attribution after the clause",
       "Iraq/PROPN/NNP/2/nsubj attacked=attack/VERB/VBD/5/ccomp Kuwait/PROPN/NNP/2/obj ,/PUNCT/,/5/punct "
       "Iran/PROPN/NNP/5/nsubj said=say/VERB/VBD/0/root",
       {"IRQ KWT 190"},
       {"IRN IRQ 112"}},
      {"a reported attack on no one else",
       "Iran/PROPN/NNP/2/nsubj said=say/VERB/VBD/0/root that/SCONJ/IN/6/mark Iraq/PROPN/NNP/6/nsubj "
       "had=have/AUX/VBD/6/aux attacked=attack/VERB/VBN/2/ccomp themselves/PRON/PRP/6/obj",
       {"IRN IRQ 112"},
       {}},
      {"a reported attack of the speaker's own",
       "Iran/PROPN/NNP/2/nsubj claimed=claim/VERB/VBD/0/root that/SCONJ/IN/6/mark they/PRON/PRP/6/nsubj "
       "had=have/AUX/VBD/6/aux attacked=attack/VERB/VBN/2/ccomp Kuwait/PROPN/NNP/6/obj",
       {"IRN KWT 015"},
       {"IRN KWT 190"}},
      {"an attack on no one, unreported, is no event",
       "Iraq/PROPN/NNP/2/nsubj attacked=attack/VERB/VBD/0/root themselves/PRON/PRP/2/obj",
       {},
       {"IRQ IRQ 190", "IRQ - 190"}},
      {"a passive's subject is its logical object",
       "Evidence/NOUN/NN/5/nsubj:pass against/ADP/IN/3/case Kuwait/PROPN/NNP/1/nmod was=be/AUX/VBD/5/aux:pass "
       "presented=present/VERB/VBN/0/root by/ADP/IN/7/case Iraq/PROPN/NNP/5/obl:agent",
       {"IRQ KWT 1124"},
       {}},
      {"a thing named after a place hosts no one",
       "Iran/PROPN/NNP/2/nsubj attended=attend/VERB/VBD/0/root the/DET/DT/5/det Kuwait/PROPN/NNP/5/compound "
       "Olympics/PROPN/NNPS/2/obj",
       {"IRN KWT 042"},
       {"KWT IRN 043"}},
      {"preparing to act is acting, as scheduling is",
       "Iran/PROPN/NNP/2/nsubj prepared=prepare/VERB/VBD/0/root to/PART/TO/4/mark attend=attend/VERB/VB/2/xcomp "
       "the/DET/DT/6/det meeting/NOUN/NN/4/obj in/ADP/IN/8/case Kuwait/PROPN/NNP/4/obl",
       {"IRN KWT 042", "KWT IRN 043"},
       {"IRN KWT 036"}},
      {"a place where the object is hosts no one",
       "Iran/PROPN/NNP/2/nsubj attended=attend/VERB/VBD/0/root a/DET/DT/4/det meeting/NOUN/NN/2/obj "
       "in/ADP/IN/6/case Kuwait/PROPN/NNP/4/nmod",
       {"IRN KWT 042"},
       {"KWT IRN 043"}},
      {"an infinitive asked for, parsed as an advcl",
       "Iran/PROPN/NNP/3/nsubj is=be/AUX/VBZ/3/aux asking=ask/VERB/VBG/0/root Iraq/PROPN/NNP/3/obj "
       "to/PART/TO/6/mark help/VERB/VB/3/advcl Kuwait/PROPN/NNP/6/obj",
       {"IRN IRQ 023"},
       {"IRN IRQ 020", "IRQ KWT 070"}},
      {"of two patterns as specific, the one nearer the verb",
       "Iraq/PROPN/NNP/2/nsubj launched=launch/VERB/VBD/0/root attacks=attack/NOUN/NNS/2/obj during/ADP/IN/6/case "
       "its/PRON/PRP$/6/nmod:poss campaign/NOUN/NN/2/obl in/ADP/IN/8/case Kuwait/PROPN/NNP/2/obl",
       {"IRQ KWT 190"},
       {"IRQ KWT 020"}},
      {"with an object, a pattern word is not read deep in an adjunct behind it",
       "Iran/PROPN/NNP/2/nsubj made=make/VERB/VBD/0/root his/PRON/PRP$/4/nmod:poss remarks=remark/NOUN/NNS/2/obj "
       "in/ADP/IN/6/case Kuwait/PROPN/NNP/2/obl at/ADP/IN/9/case the/DET/DT/9/det start/NOUN/NN/2/obl "
       "of/ADP/IN/12/case a/DET/DT/12/det trip/NOUN/NN/9/nmod",
       {},
       {"IRN KWT 036"}},
      {"the pattern word in the object",
       "Iran/PROPN/NNP/2/nsubj made=make/VERB/VBD/0/root a/DET/DT/4/det trip/NOUN/NN/2/obj "
       "in/ADP/IN/6/case Kuwait/PROPN/NNP/2/obl",
       {"IRN KWT 036"},
       {}},
      {"force with no agent comes from where it was fired from, at whom it was aimed",
       "Iran/PROPN/NNP/2/nsubj said=say/VERB/VBD/0/root a/DET/DT/5/det mortar/NOUN/NN/5/compound "
       "bomb/NOUN/NN/7/nsubj:pass was=be/AUX/VBD/7/aux:pass fired=fire/VERB/VBN/2/ccomp at/ADP/IN/9/case "
       "it/PRON/PRP/7/obl from/ADP/IN/11/case Iraq/PROPN/NNP/7/obl",
       {"IRN IRQ 112"},
       {}},
      // The subject hung on an apposition: the phrase it restates is read.
      {"an apposition's head",
       "The/DET/DT/3/det Russian/ADJ/JJ/3/amod military/NOUN/NN/0/root ,/PUNCT/,/5/punct "
       "Vladimir/PROPN/NNP/3/appos Putin/PROPN/NNP/5/flat ,/PUNCT/,/8/punct attacked=attack/VERB/VBD/5/conj "
       "Kuwait/PROPN/NNP/8/obj",
       {"RUSMIL KWT 190"},
       {"RUSGOV KWT 190"}},
      {"a verb parsed as an adjective",
       "Iraqi/ADJ/JJ/2/amod rebels=rebel/NOUN/NNS/0/root attacked=attack/VERB/VBN/4/amod Kuwait/PROPN/NNP/2/obj",
       {"IRQREB KWT 190"},
       {}},
  };
  for (const Row& r : rows) Check(r, Triples(*dict, r.sentence));
}

// A word joined by a hyphen to a participle ("government-held") names no actor of its own,
// even where the parse made it the object: "Rebels bombarded a government-held part of Aleppo"
// is not an attack on a government.
TEST(Petrarch2Clauses, HyphenatedModifierIsNoActor) {
  const std::string d = SharedRoot() + "/data/petrarch/petrarch2/dictionaries/";
  auto dict = dict::Load(d + "CAMEO.2.0.txt," + d + "Phoenix.Countries.actors.txt," + d + "Phoenix.agents.txt",
                         {.read_cache = true, .write_cache = false});
  if (!dict.ok()) GTEST_SKIP() << "needs ../shared/data/petrarch/petrarch2/dictionaries";
  auto code = [&](const std::string& conllu) {
    auto doc = actors::DocumentFromConllu(conllu);
    std::vector<std::string> out;
    if (!doc.ok()) return out;
    const Date date{2015, 1, 1};
    for (const Event& e : TreeCoder(*dict).Code(*doc, actors::FindMentions(*doc, **dict, date), date))
      out.push_back(e.source.code + " " + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo);
    return out;
  };
  auto sentence = [](const char* sep) {
    return std::string("1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n") +
           "2\tbombarded\tbombard\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
           "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n" +
           "4\tgovernment\tgovernment\tNOUN\tNN\t_\t2\tobj\t_\t" + sep + "\n" +
           "5\t-\t-\tPUNCT\tHYPH\t_\t6\tpunct\t_\t" + sep + "\n" +
           "6\theld\thold\tVERB\tVBN\t_\t7\tamod\t_\t_\n" +
           "7\tpart\tpart\tNOUN\tNN\t_\t2\tparataxis\t_\t_\n\n";
  };
  const auto joined = code(sentence("SpaceAfter=No"));
  EXPECT_TRUE(std::find(joined.begin(), joined.end(), "---REB ---GOV 190") == joined.end() &&
              std::find(joined.begin(), joined.end(), "REB GOV 190") == joined.end())
      << ::testing::PrintToString(joined);
  // Written apart, "government" is the object.
  const auto apart = code(sentence("_"));
  std::string all;
  for (const std::string& t : apart) all += "[" + t + "] ";
  EXPECT_TRUE(std::find(apart.begin(), apart.end(), "REB GOV 190") != apart.end()) << all;
}

}  // namespace
}  // namespace dyad::code
