// DependencyTree on hand-parsed sentences: the agent of a passive, where the parse puts it;
// a verb the parser hung as an adjective between two noun phrases, read as their clause; a
// noun hyphened to a participle, parsed as its phrase's head, read as its modifier; "as
// the leader prepared" parsed as a phrase, read as a clause; subjects that are none (a
// prepositional phrase, a day); more in dependency_tree_repairs_test.cc.
#include "code/dependency_tree.h"

#include <gtest/gtest.h>

#include <span>

#include "actors/conllu_document.h"
#include "actors/testing.h"

namespace dyad::code {
namespace {

TEST(DependencyTree, AgentOfAPassive) {
  struct Row {
    const char* sentence;  // form/UPOS/XPOS/HEAD/DEPREL ...
    uint32_t verb;
    int32_t agent;
  };
  const Row rows[] = {
      {"Arnor/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass opposed/VERB/VBN/0/root by/ADP/IN/5/case "
       "Gondor/PROPN/NNP/3/obl:agent",
       2, 4},
      {"Arnor/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass opposed/VERB/VBN/0/root by/ADP/IN/5/case "
       "Gondor/PROPN/NNP/3/obl",
       2, 4},
      // The agent hung on an adverb of the verb.
      {"Arnor/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass opposed/VERB/VBN/0/root earlier/ADV/RBR/3/advmod "
       "by/ADP/IN/6/case Gondor/PROPN/NNP/4/obl:agent",
       2, 5},
      // No agent.
      {"Arnor/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass opposed/VERB/VBN/0/root earlier/ADV/RBR/3/advmod", 2,
       -1},
      // The author of the strike it happened in; not the "by" of a place.
      {"Men/NOUN/NNS/3/nsubj:pass were/AUX/VBD/3/aux:pass killed/VERB/VBN/0/root in/ADP/IN/6/case "
       "an/DET/DT/6/det strike/NOUN/NN/3/obl by/ADP/IN/8/case Gondor/PROPN/NNP/6/nmod",
       2, 7},
      {"Men/NOUN/NNS/3/nsubj:pass were/AUX/VBD/3/aux:pass killed/VERB/VBN/0/root near/ADP/IN/6/case "
       "the/DET/DT/6/det road/NOUN/NN/3/obl by/ADP/IN/8/case Gondor/PROPN/NNP/6/nmod",
       2, -1},
  };
  for (const Row& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.sentence;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.AgentOf(r.verb), r.agent) << r.sentence;
  }
}

// "Not" and "never" negate a clause; a subject that is none says nothing happened.
TEST(DependencyTree, Negation) {
  struct Row {
    const char* sentence;
    uint32_t verb;
    bool negated, none;
  };
  const Row rows[] = {
      {"Arnor/PROPN/NNP/4/nsubj did/AUX/VBD/4/aux not/PART/RB/4/advmod attack/VERB/VB/0/root Gondor/PROPN/NNP/4/obj", 3,
       true, false},
      {"Arnor/PROPN/NNP/2/nsubj attacked/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj", 1, false, false},
      {"No/DET/DT/2/det soldiers/NOUN/NNS/4/nsubj:pass were/AUX/VBD/4/aux:pass killed/VERB/VBN/0/root", 3, false, true},
      {"No/DET/DT/2/det country/NOUN/NN/4/nsubj has/AUX/VBZ/4/aux recognized/VERB/VBN/0/root Arnor/PROPN/NNP/4/obj",
       3, false, true},
      // "Not only" adds.
      {"Arnor/PROPN/NNP/4/nsubj not/PART/RB/4/advmod only/ADV/RB/4/advmod supports/VERB/VBZ/0/root Gondor/PROPN/NNP/4/obj",
       3, false, false},
      // "No" elsewhere in the clause is not its subject.
      {"Arnor/PROPN/NNP/2/nsubj sent/VERB/VBD/0/root no/DET/DT/4/det troops/NOUN/NNS/2/obj", 1, false, false},
  };
  for (const Row& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.sentence;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.Negated(r.verb), r.negated) << r.sentence;
    EXPECT_EQ(tree.SubjectIsNone(r.verb), r.none) << r.sentence;
  }
}

// What a negated verb says or thinks is disclaimed; what an affirmed one says is not.
TEST(DependencyTree, DisclaimedClauses) {
  struct Row {
    const char* sentence;
    uint32_t verb;
    bool disclaimed;
  };
  const Row rows[] = {
      {"Arnor/PROPN/NNP/4/nsubj did/AUX/VBD/4/aux n't/PART/RB/4/advmod think/VERB/VB/0/root "
       "Gondor/PROPN/NNP/7/nsubj should/AUX/MD/7/aux meet/VERB/VB/4/ccomp Rohan/PROPN/NNP/7/obj",
       6, true},
      {"Arnor/PROPN/NNP/2/nsubj thinks/VERB/VBZ/0/root Gondor/PROPN/NNP/4/nsubj met/VERB/VBD/2/ccomp "
       "Rohan/PROPN/NNP/4/obj",
       3, false},
      {"Nobody/PRON/NN/2/nsubj believes/VERB/VBZ/0/root Gondor/PROPN/NNP/4/nsubj met/VERB/VBD/2/ccomp "
       "Rohan/PROPN/NNP/4/obj",
       3, true},
      // A negated denial affirms.
      {"Let/VERB/VB/0/root 's/PRON/PRP/1/obj not/PART/RB/4/advmod forget/VERB/VB/1/xcomp Gondor/PROPN/NNP/7/nsubj "
       "was/AUX/VBD/7/aux negotiating/VERB/VBG/4/ccomp",
       6, false},
      // The negated verb itself is negated, not disclaimed.
      {"Arnor/PROPN/NNP/4/nsubj did/AUX/VBD/4/aux not/PART/RB/4/advmod attack/VERB/VB/0/root Gondor/PROPN/NNP/4/obj", 3,
       false},
  };
  for (const Row& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.sentence;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.Disclaimed(r.verb), r.disclaimed) << r.sentence;
  }
}

// A clause an adjective of doubt governs is a guess; "if" and questions as before.
TEST(DependencyTree, GuessesAreHypothetical) {
  struct Row {
    const char* sentence;
    uint32_t verb;
    bool hypothetical;
  };
  const Row rows[] = {
      {"it/PRON/PRP/3/expl is/AUX/VBZ/3/cop unlikely/ADJ/JJ/0/root Arnor/PROPN/NNP/6/nsubj would/AUX/MD/6/aux "
       "attack/VERB/VB/3/ccomp Gondor/PROPN/NNP/6/obj",
       5, true},
      {"Arnor/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop unlikely/ADJ/JJ/0/root to/PART/TO/5/mark attack/VERB/VB/3/xcomp "
       "Gondor/PROPN/NNP/5/obj",
       4, true},
      {"it/PRON/PRP/3/expl is/AUX/VBZ/3/cop possible/ADJ/JJ/0/root that/SCONJ/IN/7/mark Arnor/PROPN/NNP/7/nsubj "
       "could/AUX/MD/7/aux attack/VERB/VB/3/ccomp Gondor/PROPN/NNP/7/obj",
       6, true},
      {"Arnor/PROPN/NNP/2/nsubj attacked/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj", 1, false},
      // What one shrinks from is not done either.
      {"Arnor/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop reluctant/ADJ/JJ/0/root to/PART/TO/5/mark blame/VERB/VB/3/xcomp "
       "Gondor/PROPN/NNP/5/obj",
       4, true},
      // "likely to" reports a plan ("is likely to visit ... next year"); "ready" is no guess.
      {"Arnor/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop likely/ADJ/JJ/0/root to/PART/TO/5/mark visit/VERB/VB/3/xcomp "
       "Gondor/PROPN/NNP/5/obj",
       4, false},
      {"Arnor/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop ready/ADJ/JJ/0/root to/PART/TO/5/mark attack/VERB/VB/3/xcomp "
       "Gondor/PROPN/NNP/5/obj",
       4, false},
      {"if/SCONJ/IN/3/mark Arnor/PROPN/NNP/3/nsubj attacks/VERB/VBZ/0/root Gondor/PROPN/NNP/3/obj", 2, true},
      // A modal perfect did not, or may not, have happened; "should have" is a demand.
      {"Arnor/PROPN/NNP/4/nsubj would/AUX/MD/4/aux have/AUX/VB/4/aux rejected/VERB/VBN/0/root "
       "Gondor/PROPN/NNP/4/obj",
       3, true},
      {"Arnor/PROPN/NNP/4/nsubj may/AUX/MD/4/aux have/AUX/VB/4/aux attacked/VERB/VBN/0/root "
       "Gondor/PROPN/NNP/4/obj",
       3, true},
      {"Arnor/PROPN/NNP/4/nsubj should/AUX/MD/4/aux have/AUX/VB/4/aux attacked/VERB/VBN/0/root "
       "Gondor/PROPN/NNP/4/obj",
       3, false},
      {"Arnor/PROPN/NNP/3/nsubj has/AUX/VBZ/3/aux attacked/VERB/VBN/0/root Gondor/PROPN/NNP/3/obj", 2, false},
      // An event noun is as conditional as the verb whose object it is.
      {"Arnor/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass asked=ask/VERB/VBN/0/root if/SCONJ/IN/6/mark "
       "he/PRON/PRP/6/nsubj planned=plan/VERB/VBD/3/ccomp sanctions=sanction/NOUN/NNS/6/obj",
       6, true},
      {"Arnor/PROPN/NNP/2/nsubj imposed=impose/VERB/VBD/0/root sanctions=sanction/NOUN/NNS/2/obj", 2, false},
  };
  for (const Row& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.sentence;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.Hypothetical(r.verb), r.hypothetical) << r.sentence;
  }
}

// "Georgian demonstrators launched missiles at ...", parsed as a noun phrase with the verb
// an adjective of its object, is the clause it reads as; a participle that modifies its
// noun ("the armed groups", "a Gondor led coalition") stays as parsed.
TEST(DependencyTree, VerbParsedAsAModifierHeadsItsClause) {
  struct Row {
    const char* sentence;
    uint32_t verb;
    int32_t subject, object, head;  // after the repair; -1 for none (the root's head)
  };
  const Row rows[] = {
      // A noun with an object: the verb takes the noun's place.
      {"Georgian/ADJ/JJ/2/amod demonstrators/NOUN/NNS/0/root launched/VERB/VBN/4/amod missiles/NOUN/NNS/2/obj",
       2, 1, 3, -1},
      // The noun before the verb a subject beside the phrase the verb modifies.
      {"Syrian/ADJ/JJ/2/amod rebels/NOUN/NNS/6/nsubj engaged/VERB/VBN/4/amod peacekeepers/NOUN/NNS/6/ccomp "
       "officials/NOUN/NNS/6/nsubj said/VERB/VBD/0/root",
       2, 1, 3, 5},
      // A participle on its noun: no repair.
      {"the/DET/DT/3/det armed/VERB/VBN/3/amod groups/NOUN/NNS/4/nsubj fought/VERB/VBD/0/root", 1, -1, -1, 2},
      {"a/DET/DT/4/det Gondor/PROPN/NNP/4/compound led/VERB/VBN/4/amod coalition/NOUN/NN/5/nsubj "
       "attacked/VERB/VBD/0/root",
       2, -1, -1, 3},
  };
  for (const Row& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.sentence;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.head(r.verb), r.head) << r.sentence;
    EXPECT_EQ(tree.Child(r.verb, "nsubj"), r.subject) << r.sentence;
    EXPECT_EQ(tree.Child(r.verb, "obj"), r.object) << r.sentence;
    if (r.subject >= 0) {
      EXPECT_EQ(tree.SubjectOf(r.verb).token, r.subject) << r.sentence;
    }
  }
}

// A noun hyphened to a participle before a noun ("a government-held part"), parsed as the
// head of the phrase: the noun after them heads it, in the modifier's place, with its
// determiner; written apart, or parsed as a modifier already, the parse stands.
TEST(DependencyTree, HyphenedModifierIsNoHead) {
  struct Row {
    const char* sentence;
    bool glued;                      // "government-held" written without spaces
    int32_t part_head;               // the head of "part" (token 6) after the repair
    std::string_view part_rel;
    int32_t government_head, a_head;  // of tokens 3 and 2
  };
  const Row rows[] = {
      {"Insurgents/NOUN/NNS/2/nsubj bombarded/VERB/VBD/0/root a/DET/DT/4/det government/NOUN/NN/2/obj "
       "-/PUNCT/HYPH/6/punct held/VERB/VBN/7/amod part/NOUN/NN/2/parataxis",
       true, 1, "obj", 5, 6},
      {"Insurgents/NOUN/NNS/2/nsubj bombarded/VERB/VBD/0/root a/DET/DT/4/det government/NOUN/NN/2/obj "
       "-/PUNCT/HYPH/6/punct held/VERB/VBN/7/amod part/NOUN/NN/2/parataxis",
       false, 1, "parataxis", 1, 3},
      {"Insurgents/NOUN/NNS/2/nsubj bombarded/VERB/VBD/0/root a/DET/DT/7/det government/NOUN/NN/6/obl:unmarked "
       "-/PUNCT/HYPH/6/punct held/VERB/VBN/7/amod part/NOUN/NN/2/obj",
       true, 1, "obj", 5, 6},
  };
  for (const Row& r : rows) {
    std::string conllu = actors::testing::SentenceToConllu(r.sentence);
    if (r.glued) {
      // No space after "government" and "-" (lines 4 and 5).
      for (int line = 0, pos = 0; line < 5; ++line) {
        const size_t eol = conllu.find('\n', pos);
        if (line >= 3) conllu.replace(eol - 1, 1, "SpaceAfter=No");
        pos = static_cast<int>(conllu.find('\n', pos)) + 1;
      }
    }
    auto doc = actors::DocumentFromConllu(conllu);
    ASSERT_TRUE(doc.ok()) << r.sentence;
    const DependencyTree tree(*doc, doc->sentences[0]);
    EXPECT_EQ(tree.head(6), r.part_head) << r.sentence << " glued " << r.glued;
    EXPECT_EQ(tree.full_rel(6), r.part_rel) << r.sentence << " glued " << r.glued;
    EXPECT_EQ(tree.head(3), r.government_head) << r.sentence << " glued " << r.glued;
    EXPECT_EQ(tree.head(2), r.a_head) << r.sentence << " glued " << r.glued;
  }
}

// "The civilians imprisoned for acting were released", with the participle parsed as the
// subject of "released" and "civilians" as its own subject: the noun is the subject, the
// participle a reduced relative on it (a passive: the civilians were imprisoned).
TEST(DependencyTree, ParticipleParsedAsASubjectIsAReducedRelative) {
  const Document doc = actors::testing::Annotated(
      {"The/DET/DT/2/det civilians/NOUN/NNS/3/nsubj imprisoned/VERB/VBN/6/nsubj:pass for/SCONJ/IN/5/mark "
       "acting/VERB/VBG/3/advcl were/AUX/VBD/6/aux:pass released/VERB/VBN/0/root"});
  const DependencyTree tree(doc, doc.sentences[0]);
  EXPECT_EQ(tree.head(1), 5);
  EXPECT_EQ(tree.full_rel(1), "nsubj:pass");
  EXPECT_EQ(tree.head(2), 1);
  EXPECT_EQ(tree.rel(2), "acl");
  EXPECT_EQ(tree.SubjectOf(5).token, 1);
  EXPECT_TRUE(tree.SubjectOf(2).passive);
  // A finite verb's own clause is left alone.
  const Document other = actors::testing::Annotated(
      {"Gondor/PROPN/NNP/2/nsubj attacked/VERB/VBD/0/root Arnor/PROPN/NNP/2/obj"});
  const DependencyTree kept(other, other.sentences[0]);
  EXPECT_EQ(kept.head(0), 1);
  EXPECT_EQ(kept.rel(0), "nsubj");
}

// "The stopover came as the leader prepared to attend", parsed as "as the leader" a phrase
// with "prepared" hung beside it or on it: the verb heads a clause in the noun's place, the
// noun its subject, "as" its mark. A participle, a verb with a subject of its own or a
// phrase with no verb after it stays as parsed.
TEST(DependencyTree, SubordinateClauseParsedAsAPhrase) {
  struct Row {
    const char* what;
    const char* sentence;
    int32_t verb_head;  // of "prepared" (token 5) after the repair; -1 for the root
    std::string_view verb_rel;
    int32_t subject;  // SubjectOf(5)
  };
  const Row rows[] = {
      {"beside the noun (parataxis)",
       "stopover/NOUN/NN/2/nsubj came/VERB/VBD/0/root as/ADP/IN/5/case the/DET/DT/5/det leader/NOUN/NN/2/obl "
       "prepared/VERB/VBD/2/parataxis to/PART/TO/8/mark attend/VERB/VB/6/xcomp",
       1, "advcl", 4},
      {"beside the noun (advcl)",
       "stopover/NOUN/NN/2/nsubj came/VERB/VBD/0/root as/ADP/IN/5/case the/DET/DT/5/det leader/NOUN/NN/2/obl "
       "prepared/VERB/VBD/2/advcl to/PART/TO/8/mark attend/VERB/VB/6/xcomp",
       1, "advcl", 4},
      {"on the noun (acl), finite",
       "stopover/NOUN/NN/2/nsubj came/VERB/VBD/0/root after/ADP/IN/5/case the/DET/DT/5/det leader/NOUN/NN/2/obl "
       "prepared/VERB/VBD/5/acl to/PART/TO/8/mark attend/VERB/VB/6/xcomp",
       1, "advcl", 4},
      {"a participle on the noun is a reduced relative",
       "stopover/NOUN/NN/2/nsubj came/VERB/VBD/0/root as/ADP/IN/5/case the/DET/DT/5/det leader/NOUN/NN/2/obl "
       "prepared/VERB/VBN/5/acl to/PART/TO/8/mark attend/VERB/VB/6/xcomp",
       4, "acl", 4},
      {"a participle on the noun with an object of its own is a past tense",
       "stopover/NOUN/NN/2/nsubj came/VERB/VBD/0/root after/SCONJ/IN/5/case the/DET/DT/5/det crowds/NOUN/NNS/2/obl "
       "burned/VERB/VBN/5/acl its/PRON/PRP$/8/nmod:poss embassy/NOUN/NN/6/obj",
       1, "advcl", 4},
      {"a verb with its own subject",
       "stopover/NOUN/NN/2/nsubj came/VERB/VBD/0/root as/ADP/IN/5/case the/DET/DT/5/det leader/NOUN/NN/2/obl "
       "prepared/VERB/VBD/2/parataxis they/PRON/PRP/6/nsubj attend/VERB/VB/6/xcomp",
       1, "parataxis", 6},
      {"another preposition",
       "stopover/NOUN/NN/2/nsubj came/VERB/VBD/0/root with/ADP/IN/5/case the/DET/DT/5/det leader/NOUN/NN/2/obl "
       "prepared/VERB/VBD/2/parataxis to/PART/TO/8/mark attend/VERB/VB/6/xcomp",
       1, "parataxis", -1},
  };
  for (const Row& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.head(5), r.verb_head) << r.what;
    EXPECT_EQ(tree.full_rel(5), r.verb_rel) << r.what;
    EXPECT_EQ(tree.SubjectOf(5).token, r.subject) << r.what;
    if (r.verb_rel == "advcl") {
      EXPECT_EQ(tree.head(2), 5) << r.what;
      EXPECT_EQ(tree.rel(2), "mark") << r.what;
    }
  }
}

// Rows of hand-parsed sentences and the subject SubjectOf must find for one verb.
struct SubjectRow {
  const char* what;
  const char* sentence;
  uint32_t verb;
  int32_t subject;
};

void ExpectSubjects(std::span<const SubjectRow> rows) {
  for (const SubjectRow& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.SubjectOf(r.verb).token, r.subject) << r.what;
  }
}

// A subject with a preposition is a misparse ("the minister, in remarks[nsubj] published
// on Monday, urged ..."), as is a day ("lawmakers Tuesday[nsubj] endorsed[acl:relcl]"): the
// subject is the other one, or the one the clause inherits.
TEST(DependencyTree, PrepositionalPhraseIsNoSubject) {
  const SubjectRow rows[] = {
      {"two subjects, the later with a preposition",
       "minister/NOUN/NN/4/nsubj in/ADP/IN/3/case remarks/NOUN/NNS/4/nsubj published/VERB/VBN/0/root "
       "urged/VERB/VBD/4/advcl Gondor/PROPN/NNP/5/obj",
       4, 0},
      {"the only subject has a preposition", "in/ADP/IN/2/case remarks/NOUN/NNS/3/nsubj urged/VERB/VBD/0/root", 2, -1},
      {"a day is no subject: a relative clause without its own takes its noun",
       "lawmakers/NOUN/NNS/0/root Tuesday/PROPN/NNP/3/nsubj endorsed/VERB/VBD/1/acl:relcl "
       "agreement/NOUN/NN/3/obj",
       2, 0},
      {"a name the tagger took for a preposition is none",
       "Arnor/ADP/IN/3/case security/NOUN/NN/3/compound officials/NOUN/NNS/4/nsubj met/VERB/VBD/0/root", 3, 2},
      {"a possessive is no preposition",
       "Arnor/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case minister/NOUN/NN/4/nsubj urged/VERB/VBD/0/root", 3, 2},
  };
  ExpectSubjects(rows);
}

// An infinitive the parse hung as an acl on an adjective ("Arnor is inching nearer to
// accord with Gondor") takes the adjective's subject; on a noun, the noun.
TEST(DependencyTree, InfinitiveOnAnAdjectiveTakesItsSubject) {
  const SubjectRow rows[] = {
      {"on an adjective under the verb",
       "Arnor/PROPN/NNP/3/nsubj is/AUX/VBZ/3/aux inching/VERB/VBG/0/root nearer/ADJ/JJR/3/xcomp to/PART/TO/6/mark "
       "accord/VERB/VB/4/acl with/ADP/IN/8/case Gondor/PROPN/NNP/6/obl",
       5, 0},
      {"on a noun",
       "Arnor/PROPN/NNP/2/nsubj sent/VERB/VBD/0/root troops/NOUN/NNS/2/obj to/PART/TO/5/mark fight/VERB/VB/3/acl", 4,
       2},
  };
  ExpectSubjects(rows);
}

// A past participle clause before its clause, with or without its own "by" agent, takes that
// clause's subject as its logical object ("Rebuked by Eriador, Osgiliath is drawn ...",
// "Pressed on whether ..., Pompeo said").
TEST(DependencyTree, FrontedParticipleIsPassive) {
  struct Row {
    const char* what;
    const char* sentence;
    bool passive;  // SubjectOf(0), whose token is 4 ("Osgiliath")
  };
  const Row rows[] = {
      {"with a by agent",
       "Rebuked/VERB/VBN/7/advcl by/ADP/IN/3/case Eriador/PROPN/NNP/1/obl:agent ,/PUNCT/,/7/punct "
       "Osgiliath/PROPN/NNP/7/nsubj:pass is/AUX/VBZ/7/aux:pass drawn/VERB/VBN/0/root",
       true},
      {"without an agent",
       "Rebuked/VERB/VBN/7/advcl in/ADP/IN/3/case public/NOUN/NN/1/obl ,/PUNCT/,/7/punct "
       "Osgiliath/PROPN/NNP/7/nsubj is/AUX/VBZ/7/aux turning/VERB/VBG/0/root",
       true},
      {"with an object of its own",
       "Rebuked/VERB/VBN/7/advcl Eriador/PROPN/NNP/1/obj ,/PUNCT/,/7/punct it/PRON/PRP/7/expl "
       "Osgiliath/PROPN/NNP/7/nsubj is/AUX/VBZ/7/aux turning/VERB/VBG/0/root",
       false},
      {"a present participle",
       "Backed/VERB/VBG/7/advcl by/ADP/IN/3/case Eriador/PROPN/NNP/1/obl ,/PUNCT/,/7/punct "
       "Osgiliath/PROPN/NNP/7/nsubj is/AUX/VBZ/7/aux turning/VERB/VBG/0/root",
       false},
  };
  for (const Row& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.SubjectOf(0).token, 4) << r.what;
    EXPECT_EQ(tree.SubjectOf(0).passive, r.passive) << r.what;
  }
}

// An adverbial clause the parse hung on a noun is that noun's clause ("accused North
// Korea[obj] of supplying[advcl of Korea]"); hung on a verb it takes the verb's subject or
// object as before.
TEST(DependencyTree, AdverbialClauseOnANounIsItsClause) {
  struct Row {
    const char* what;
    const char* sentence;
    int32_t subject;  // SubjectOf(5), "supplying" / "want"
  };
  const Row rows[] = {
      {"a relative clause hung on the verb: the noun before the comma",
       "He/PRON/PRP/2/nsubj emphasized/VERB/VBD/0/root ties/NOUN/NNS/2/obj ,/PUNCT/,/6/punct "
       "which/PRON/WDT/6/nsubj want/VERB/VBP/2/advcl:relcl",
       2},
      {"on the noun",
       "States/PROPN/NNP/3/nsubj has/AUX/VBZ/3/aux accused/VERB/VBN/0/root Korea/PROPN/NNP/3/obj "
       "of/SCONJ/IN/6/mark supplying/VERB/VBG/4/advcl arms/NOUN/NNS/6/obj",
       3},
      {"on the verb, a subject-control reading",
       "States/PROPN/NNP/3/nsubj has/AUX/VBZ/3/aux left/VERB/VBN/0/root Korea/PROPN/NNP/3/obj "
       "after/SCONJ/IN/6/mark supplying/VERB/VBG/3/advcl arms/NOUN/NNS/6/obj",
       0},
  };
  for (const Row& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.SubjectOf(5).token, r.subject) << r.what;
  }
}

}  // namespace
}  // namespace dyad::code
