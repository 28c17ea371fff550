// DependencyTree's repairs around commas on hand-parsed sentences: a speaker parsed as an
// apposition of the noun before its comma is the subject of the verb after it; an
// adjective after a verb, parsed as an adverb of a verb past a comma, is the first verb's
// complement; a verb hung on a comma after a noun root heads the sentence (under a verbal
// root, it is a clause of the verb above the comma); a second subject past a comma is an
// apposition. And repairs of clause heads: a participle root with the main verb as its
// conjunct is a reduced relative; an auxiliary parsed as a head is its verb's; a verb read
// as a modifier between bare conjuncts, or with a conjunction of its own, is a clause's
// verb; a "by" phrase on an adverb of a passive is its agent.
#include <gtest/gtest.h>

#include <span>
#include <string_view>

#include "actors/testing.h"
#include "code/dependency_tree.h"

namespace dyad::code {
namespace {

// One word's attachment after the repairs and, where `verb` is a token, the subject that
// verb then has.
struct RepairRow {
  const char* what;
  const char* sentence;
  uint32_t word;
  int32_t head;  // -1 for the root
  std::string_view rel;
  int32_t verb = -1;
  int32_t subject = -1;
};

void ExpectRepairs(std::span<const RepairRow> rows) {
  for (const RepairRow& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.head(r.word), r.head) << r.what;
    EXPECT_EQ(tree.full_rel(r.word), r.rel) << r.what;
    if (r.verb >= 0) {
      EXPECT_EQ(tree.SubjectOf(static_cast<uint32_t>(r.verb)).token, r.subject) << r.what;
    }
  }
}

// The appositive noun (`word`) becomes the subject of the verb after its comma.
TEST(DependencyTreeRepairs, SpeakerParsedAsAnApposition) {
  const RepairRow rows[] = {
      {"after a comma, the verb without a subject",
       "crowds/NOUN/NNS/2/nsubj burned/VERB/VBD/0/root its/PRON/PRP$/4/nmod:poss embassy/NOUN/NN/2/obj ,/PUNCT/,/7/punct "
       "a/DET/DT/7/det official/NOUN/NN/4/appos said/VERB/VBD/2/parataxis ./PUNCT/./2/punct",
       6, 7, "nsubj", 7, 6},
      {"the verb has a subject of its own",
       "crowds/NOUN/NNS/8/nsubj burned/VERB/VBN/1/acl its/PRON/PRP$/4/nmod:poss embassy/NOUN/NN/2/obj ,/PUNCT/,/7/punct "
       "a/DET/DT/7/det official/NOUN/NN/4/appos said/VERB/VBD/0/root ./PUNCT/./8/punct",
       6, 3, "appos"},
      {"no comma before the apposition",
       "crowds/NOUN/NNS/2/nsubj burned/VERB/VBD/0/root the/DET/DT/4/det embassy/NOUN/NN/2/obj "
       "official/NOUN/NN/4/appos said/VERB/VBD/2/parataxis ./PUNCT/./2/punct",
       4, 3, "appos"},
      {"no finite verb after it",
       "crowds/NOUN/NNS/2/nsubj burned/VERB/VBD/0/root its/PRON/PRP$/4/nmod:poss embassy/NOUN/NN/2/obj ,/PUNCT/,/7/punct "
       "a/DET/DT/7/det symbol/NOUN/NN/4/appos saying/VERB/VBG/7/acl ./PUNCT/./2/punct",
       6, 3, "appos"},
  };
  ExpectRepairs(rows);
}

// The adjective (`word`) becomes the xcomp of the verb before it, and the verb of its own
// infinitive ("accord", token 5) takes that verb's subject.
TEST(DependencyTreeRepairs, AdjectiveParsedAsAnAdverbPastAComma) {
  const RepairRow rows[] = {
      {"past a comma, below the verb before it",
       "Arnor/PROPN/NNP/3/nsubj is/AUX/VBZ/3/aux inching/VERB/VBG/0/root nearer/ADJ/JJR/12/advmod to/PART/TO/6/mark "
       "accord/VERB/VB/4/xcomp with/ADP/IN/8/case Gondor/PROPN/NNP/6/obl ,/PUNCT/,/11/punct a/DET/DT/11/det "
       "official/NOUN/NN/12/nsubj said/VERB/VBD/3/ccomp ./PUNCT/./3/punct",
       3, 2, "xcomp", 5, 0},
      {"no comma between them",
       "Arnor/PROPN/NNP/3/nsubj is/AUX/VBZ/3/aux inching/VERB/VBG/0/root nearer/ADJ/JJR/8/advmod to/PART/TO/6/mark "
       "accord/VERB/VB/4/xcomp officials/NOUN/NNS/8/nsubj said/VERB/VBD/3/ccomp ./PUNCT/./3/punct",
       3, 7, "advmod"},
      {"no verb right before it",
       "Arnor/PROPN/NNP/3/nsubj is/AUX/VBZ/3/aux inching/VERB/VBG/0/root far/ADV/RB/3/advmod nearer/ADJ/JJR/12/advmod "
       "accord/NOUN/NN/4/obl with/ADP/IN/8/case Gondor/PROPN/NNP/6/nmod ,/PUNCT/,/11/punct a/DET/DT/11/det "
       "official/NOUN/NN/12/nsubj said/VERB/VBD/3/ccomp ./PUNCT/./3/punct",
       4, 11, "advmod"},
  };
  ExpectRepairs(rows);
}

// The verb ("urged", token 6) hung on a comma heads the sentence, the noun root its subject.
TEST(DependencyTreeRepairs, VerbHungOnPunctuation) {
  const RepairRow rows[] = {
      {"a participle with an object, the root a noun before it",
       "the/DET/DT/2/det minister/NOUN/NN/0/root ,/PUNCT/,/4/punct in/ADP/IN/5/case remarks/NOUN/NNS/2/nmod "
       ",/PUNCT/,/5/punct urged/VERB/VBN/6/acl Eriador/PROPN/NNP/7/iobj to/PART/TO/10/mark respond/VERB/VB/7/xcomp",
       6, -1, "root", 6, 1},
      {"a finite verb",
       "the/DET/DT/2/det minister/NOUN/NN/0/root ,/PUNCT/,/4/punct in/ADP/IN/5/case remarks/NOUN/NNS/2/nmod "
       ",/PUNCT/,/5/punct urged/VERB/VBD/6/acl talks/NOUN/NNS/7/obj",
       6, -1, "root", 6, 1},
      {"a participle with no object",
       "the/DET/DT/2/det minister/NOUN/NN/0/root ,/PUNCT/,/4/punct in/ADP/IN/5/case remarks/NOUN/NNS/2/nmod "
       ",/PUNCT/,/5/punct published/VERB/VBN/6/acl on/ADP/IN/9/case Monday/PROPN/NNP/7/obl",
       6, 5, "acl"},
      {"the root is a verb: a clause of the verb above the mark",
       "the/DET/DT/2/det minister/NOUN/NN/3/nsubj spoke/VERB/VBD/0/root ,/PUNCT/,/5/punct remarks/NOUN/NNS/3/obj "
       ",/PUNCT/,/5/punct urged/VERB/VBD/6/acl talks/NOUN/NNS/7/obj",
       6, 2, "advcl"},
      {"the root is a verb: a participle with an object, the mark on a noun of it",
       "minister/NOUN/NN/3/nsubj ,/PUNCT/,/1/punct published/VERB/VBD/0/root on/ADP/IN/5/case Monday/PROPN/NNP/3/obl "
       ",/PUNCT/,/5/punct urged/VERB/VBN/6/acl Eriador/PROPN/NNP/7/iobj ./PUNCT/./3/punct",
       6, 2, "advcl"},
      {"the root is a verb: a gerund stays",
       "minister/NOUN/NN/3/nsubj ,/PUNCT/,/1/punct published/VERB/VBD/0/root on/ADP/IN/5/case Monday/PROPN/NNP/3/obl "
       ",/PUNCT/,/5/punct calling/VERB/VBG/6/acl Eriador/PROPN/NNP/7/obj ./PUNCT/./3/punct",
       6, 5, "acl"},
  };
  ExpectRepairs(rows);
}

// "The civilians imprisoned for acting were released", parsed with the participle as the
// root and "released" as its conjunct: the noun is the later verb's subject, the participle a
// reduced relative on it. A real coordination ("and") or a conjunct with its own subject
// stays as parsed.
TEST(DependencyTreeRepairs, ParticipleWithAConjunctIsAReducedRelative) {
  struct Row {
    const char* what;
    const char* sentence;
    uint32_t released;
    int32_t released_head;  // after the repair
    int32_t subject;        // SubjectOf(released)
    bool passive;
  };
  const Row rows[] = {
      {"no conjunction",
       "The/DET/DT/2/det civilians/NOUN/NNS/3/nsubj imprisoned/VERB/VBN/0/root for/SCONJ/IN/5/mark "
       "acting/VERB/VBG/3/advcl were/AUX/VBD/7/aux:pass released/VERB/VBN/3/conj",
       6, -1, 1, true},
      {"a real coordination",
       "The/DET/DT/2/det civilians/NOUN/NNS/3/nsubj imprisoned/VERB/VBN/0/root and/CCONJ/CC/7/cc "
       "then/ADV/RB/7/advmod were/AUX/VBD/7/aux:pass released/VERB/VBN/3/conj",
       6, 2, 1, false},
      {"a conjunct with its own subject",
       "The/DET/DT/2/det civilians/NOUN/NNS/3/nsubj imprisoned/VERB/VBN/0/root they/PRON/PRP/6/nsubj:pass "
       "were/AUX/VBD/6/aux:pass released/VERB/VBN/3/conj",
       5, 2, 3, true},
  };
  for (const Row& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.head(r.released), r.released_head) << r.what;
    const auto sub = tree.SubjectOf(r.released);
    EXPECT_EQ(sub.token, r.subject) << r.what;
    EXPECT_EQ(sub.passive, r.passive) << r.what;
    if (r.released_head < 0) {
      EXPECT_EQ(tree.head(2), 1) << r.what;
      EXPECT_EQ(tree.rel(2), "acl") << r.what;
    }
  }
}

// "The Philippines was heavily and unjustly criticized", parsed with the noun as the root,
// "was" as its subject and the verb a conjunct of "was": the verb heads the clause, with
// the noun as its passive subject and "was" and its adverb its own. An auxiliary parsed as
// one, or one with no verb hung on it, stays as parsed.
TEST(DependencyTreeRepairs, AuxiliaryParsedAsAHeadIsTheVerbs) {
  struct Row {
    const char* what;
    const char* sentence;
    int32_t verb_head;   // of "criticized" (token 6) after the repair
    std::string_view subject_rel;  // of "Philippines" (token 1)
    int32_t adverb_head;  // of "heavily" (token 3)
  };
  const Row rows[] = {
      {"the auxiliary as the noun's subject",
       "The/DET/DT/2/det Philippines/PROPN/NNPS/0/root was/AUX/VBD/2/nsubj heavily/ADV/RB/3/advmod "
       "and/CCONJ/CC/7/cc unjustly/ADV/RB/7/advmod criticized/VERB/VBN/3/conj",
       -1, "nsubj:pass", 6},
      {"parsed right",
       "The/DET/DT/2/det Philippines/PROPN/NNPS/7/nsubj:pass was/AUX/VBD/7/aux:pass heavily/ADV/RB/7/advmod "
       "and/CCONJ/CC/6/cc unjustly/ADV/RB/4/conj criticized/VERB/VBN/0/root",
       -1, "nsubj:pass", 6},
      {"no verb on the auxiliary",
       "The/DET/DT/2/det Philippines/PROPN/NNPS/0/root was/AUX/VBD/2/nsubj heavily/ADV/RB/3/advmod "
       "and/CCONJ/CC/7/cc unjustly/ADV/RB/7/advmod critical/ADJ/JJ/3/conj",
       2, "root", 2},
  };
  for (const Row& r : rows) {
    const Document doc = actors::testing::Annotated({r.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u) << r.what;
    const DependencyTree tree(doc, doc.sentences[0]);
    EXPECT_EQ(tree.head(6), r.verb_head) << r.what;
    EXPECT_EQ(tree.full_rel(1), r.subject_rel) << r.what;
    EXPECT_EQ(tree.head(3), r.adverb_head) << r.what;
  }
  const Document doc = actors::testing::Annotated({rows[0].sentence});
  const DependencyTree tree(doc, doc.sentences[0]);
  EXPECT_EQ(tree.SubjectOf(6).token, 1);
  EXPECT_TRUE(tree.SubjectOf(6).passive);
  EXPECT_EQ(tree.full_rel(2), "aux:pass");
}

// "following" (`word`) parsed as a participle whose only dependent is its object is that
// object's case; the object hangs where the participle did.
TEST(DependencyTreeRepairs, FollowingIsAPreposition) {
  const RepairRow rows[] = {
      {"the object moves to the verb",
       "Mattis/PROPN/NNP/2/nsubj resigned/VERB/VBD/0/root following/VERB/VBG/2/xcomp the/DET/DT/5/det "
       "announcement/NOUN/NN/3/obj ./PUNCT/./2/punct",
       4, 1, "obl"},
      {"the participle is the object's case",
       "Mattis/PROPN/NNP/2/nsubj resigned/VERB/VBD/0/root following/VERB/VBG/2/xcomp the/DET/DT/5/det "
       "announcement/NOUN/NN/3/obj ./PUNCT/./2/punct",
       2, 4, "case"},
      {"under a noun, an nmod",
       "words/NOUN/NNS/0/root following/VERB/VBG/1/acl the/DET/DT/4/det attack/NOUN/NN/2/obj ./PUNCT/./1/punct",
       3, 0, "nmod"},
      {"a verb that takes a gerund keeps it",
       "troops/NOUN/NNS/2/nsubj keep/VERB/VBP/0/root following/VERB/VBG/2/xcomp the/DET/DT/5/det "
       "convoy/NOUN/NN/3/obj ./PUNCT/./2/punct",
       4, 2, "obj"},
      {"a participle with a subject of its own is a clause",
       "Mattis/PROPN/NNP/2/nsubj resigned/VERB/VBD/0/root ,/PUNCT/,/5/punct aides/NOUN/NNS/5/nsubj "
       "following/VERB/VBG/2/advcl the/DET/DT/7/det order/NOUN/NN/5/obj ./PUNCT/./2/punct",
       6, 4, "obj"},
  };
  ExpectRepairs(rows);
}

// A second subject after the verb, past the comma that closes a noun phrase of the verb,
// is that noun's apposition.
TEST(DependencyTreeRepairs, SecondSubjectAfterACommaIsAnApposition) {
  const RepairRow rows[] = {
      {"past the comma after the agent",
       "Eriador/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass opposed/VERB/VBN/0/root by/ADP/IN/5/case "
       "Osgiliath/PROPN/NNP/3/obl:agent ,/PUNCT/,/8/punct its/PRON/PRP$/8/nmod:poss foe/NOUN/NN/3/nsubj:pass "
       "./PUNCT/./3/punct",
       7, 4, "appos"},
      {"no comma before it",
       "Eriador/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass opposed/VERB/VBN/0/root by/ADP/IN/5/case "
       "Osgiliath/PROPN/NNP/3/obl:agent its/PRON/PRP$/7/nmod:poss foe/NOUN/NN/3/nsubj:pass ./PUNCT/./3/punct",
       6, 2, "nsubj:pass"},
      {"no subject before the verb",
       "was/AUX/VBD/2/aux:pass opposed/VERB/VBN/0/root by/ADP/IN/4/case Osgiliath/PROPN/NNP/2/obl:agent "
       ",/PUNCT/,/7/punct its/PRON/PRP$/7/nmod:poss foe/NOUN/NN/2/nsubj:pass ./PUNCT/./2/punct",
       6, 1, "nsubj:pass"},
  };
  ExpectRepairs(rows);
}

// A "by" phrase hung on an adverb of a passive verb with no agent is the verb's agent.
TEST(DependencyTreeRepairs, AgentOnAnAdverbIsTheVerbs) {
  const RepairRow rows[] = {
      {"a passive without an agent",
       "Eriador/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass opposed/VERB/VBN/0/root earlier/ADV/RBR/3/advmod "
       "by/ADP/IN/6/case Osgiliath/PROPN/NNP/4/nmod ./PUNCT/./3/punct",
       5, 2, "obl:agent", 2, 0},
      {"an active verb",
       "Gondor/PROPN/NNP/2/nsubj opposed/VERB/VBD/0/root it/PRON/PRP/2/obj earlier/ADV/RBR/2/advmod "
       "by/ADP/IN/6/case days/NOUN/NNS/4/nmod ./PUNCT/./2/punct",
       5, 3, "nmod"},
      {"not a 'by' phrase",
       "Eriador/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass opposed/VERB/VBN/0/root earlier/ADV/RBR/3/advmod "
       "than/ADP/IN/6/case Osgiliath/PROPN/NNP/4/nmod ./PUNCT/./3/punct",
       5, 3, "nmod"},
  };
  ExpectRepairs(rows);
}

// A verb parsed as the adjective of the noun after it is the clause's verb: between a
// subject and that noun made bare conjuncts of each other, or with a conjunction of its own
// after the object of an earlier verb that the noun was coordinated with.
TEST(DependencyTreeRepairs, VerbParsedAsAModifierBetweenConjuncts) {
  const RepairRow rows[] = {
      {"bare conjuncts: the verb heads the sentence",
       "The/DET/DT/2/det government/NOUN/NN/0/root expressed/VERB/VBN/4/amod appreciation/NOUN/NN/2/conj "
       "./PUNCT/./2/punct",
       2, -1, "root", 2, 1},
      {"bare conjuncts: the second noun is the object",
       "The/DET/DT/2/det government/NOUN/NN/0/root expressed/VERB/VBN/4/amod appreciation/NOUN/NN/2/conj "
       "./PUNCT/./2/punct",
       3, 2, "obj"},
      {"conjuncts with a conjunction stay",
       "The/DET/DT/2/det government/NOUN/NN/0/root expressed/VERB/VBN/5/amod and/CCONJ/CC/5/cc "
       "appreciation/NOUN/NN/2/conj ./PUNCT/./2/punct",
       2, 4, "amod"},
      {"its own conjunction after an earlier verb's object: that verb's conjunct",
       "government/NOUN/NN/2/nsubj condemned/VERB/VBD/0/root an/DET/DT/4/det attack/NOUN/NN/2/obj "
       "and/CCONJ/CC/6/cc promised/VERB/VBN/7/amod aid/NOUN/NN/4/conj ./PUNCT/./2/punct",
       5, 1, "conj", 5, 0},
      {"its own conjunction: the noun is its object",
       "government/NOUN/NN/2/nsubj condemned/VERB/VBD/0/root an/DET/DT/4/det attack/NOUN/NN/2/obj "
       "and/CCONJ/CC/6/cc promised/VERB/VBN/7/amod aid/NOUN/NN/4/conj ./PUNCT/./2/punct",
       6, 5, "obj"},
      {"the conjunction is the noun's: an adjective of the second conjunct",
       "government/NOUN/NN/2/nsubj condemned/VERB/VBD/0/root an/DET/DT/4/det attack/NOUN/NN/2/obj "
       "and/CCONJ/CC/8/cc the/DET/DT/8/det promised/VERB/VBN/8/amod aid/NOUN/NN/4/conj ./PUNCT/./2/punct",
       6, 7, "amod"},
  };
  ExpectRepairs(rows);
}

// A "to" infinitive parsed as the clausal subject of a predicate that has a subject of its
// own ("Stubb is due to visit[csubj]") is its complement, and takes that subject.
TEST(DependencyTreeRepairs, InfinitiveParsedAsASubject) {
  const RepairRow rows[] = {
      {"beside a subject",
       "Stubb/PROPN/NNP/3/nsubj is/AUX/VBZ/3/cop due/ADJ/JJ/0/root to/PART/TO/5/mark visit/VERB/VB/3/csubj "
       "Nairobi/PROPN/NNP/5/obj ./PUNCT/./3/punct",
       4, 2, "xcomp", 4, 0},
      {"the only subject",
       "To/PART/TO/2/mark visit/VERB/VB/4/csubj is/AUX/VBZ/4/cop due/ADJ/JJ/0/root ./PUNCT/./4/punct",
       1, 3, "csubj"},
  };
  ExpectRepairs(rows);
}

// A name parsed as a compound of a later common noun, with a lower-case common noun as its
// own conjunct in between, hangs on that noun's head instead; other coordinated compounds
// stay.
TEST(DependencyTreeRepairs, NameBeforeACommonConjunct) {
  const RepairRow rows[] = {
      {"a name and a common noun",
       "Finland/PROPN/NNP/2/nsubj provided/VERB/VBD/0/root aid/NOUN/NN/2/obj to/ADP/IN/5/case "
       "Company/PROPN/NNP/8/compound and/CCONJ/CC/7/cc fund/NOUN/NN/5/conj scholarships/NOUN/NNS/3/nmod",
       4, 2, "nmod"},
      {"two names",
       "Kenya/PROPN/NNP/4/compound and/CCONJ/CC/3/cc Uganda/PROPN/NNP/1/conj officials/NOUN/NNS/5/nsubj "
       "met/VERB/VBD/0/root",
       0, 3, "compound"},
      {"two common nouns",
       "oil/NOUN/NN/4/compound and/CCONJ/CC/3/cc gas/NOUN/NN/1/conj companies/NOUN/NNS/5/nsubj met/VERB/VBD/0/root",
       0, 3, "compound"},
  };
  ExpectRepairs(rows);
}

}  // namespace
}  // namespace dyad::code
