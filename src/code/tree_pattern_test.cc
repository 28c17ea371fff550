// Verb patterns matched on hand-parsed sentences: TABARI connectors ('_' joins words and
// synsets that must stand on adjacent tokens) hold when asked for, and only then; a
// compound role ('%') binds the side of the verb it stands on; exact words match the text
// as written.
#include "code/tree_pattern.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/conllu_document.h"
#include "actors/testing.h"
#include "code/tabari_pattern.h"  // ExpandAlternatives
#include "dict/pattern_parser.h"

namespace dyad::code {
namespace {

std::shared_ptr<const dict::Dictionary> Synsets() {
  dict::Model m;
  dict::Synset kinds;
  kinds.name = "TIETYPES";
  kinds.members.push_back({"ECONOMIC", {{"economic", dict::WordMatch::kExact, true}}});
  kinds.members.push_back({"CULTURAL", {{"cultural", dict::WordMatch::kExact, true}}});
  m.synsets.push_back(kinds);
  return dict::Dictionary::Builder().Add(std::move(m)).Finish();
}

struct Case {
  const char* pattern;   // PETRARCH notation
  const char* sentence;  // form/UPOS/XPOS/HEAD/DEPREL ...
  uint32_t pred;         // token index of the predicate
  bool with_connectors;  // matches when connectors hold
  bool without;          // matches when they do not
};

TEST(MatchOnTree, ConnectorsJoinAdjacentWordsAndSynsets) {
  const auto dict = Synsets();
  const Case cases[] = {
      // A word joined to a synset joined to a word.
      {"* NEW_&TIETYPES_RELATIONS",
       "Arnor/PROPN/NNP/2/nsubj abandoned/VERB/VBD/0/root new/ADJ/JJ/5/amod economic/ADJ/JJ/5/amod "
       "relations/NOUN/NNS/2/obj",
       1, true, true},
      {"* NEW_&TIETYPES_RELATIONS",
       "Arnor/PROPN/NNP/2/nsubj abandoned/VERB/VBD/0/root new/ADJ/JJ/6/amod global/ADJ/JJ/6/amod "
       "economic/ADJ/JJ/6/amod relations/NOUN/NNS/2/obj",
       1, false, true},
      // Words written apart may stand apart.
      {"* NEW &TIETYPES RELATIONS",
       "Arnor/PROPN/NNP/2/nsubj abandoned/VERB/VBD/0/root new/ADJ/JJ/6/amod global/ADJ/JJ/6/amod "
       "economic/ADJ/JJ/6/amod relations/NOUN/NNS/2/obj",
       1, true, true},
      // A synset's own connector.
      {"* &TIETYPES_MEMOS",
       "Arnor/PROPN/NNP/2/nsubj welcomed/VERB/VBD/0/root cultural/ADJ/JJ/4/amod memos/NOUN/NNS/2/obj", 1, true,
       true},
      {"* &TIETYPES_MEMOS",
       "Arnor/PROPN/NNP/2/nsubj welcomed/VERB/VBD/0/root cultural/ADJ/JJ/5/amod secret/ADJ/JJ/5/amod "
       "memos/NOUN/NNS/2/obj",
       1, false, true},
      // Before the verb: a word joined to it, and a synset joined to the word after it.
      {"NOT_*",
       "Arnor/PROPN/NNP/4/nsubj did/AUX/VBD/4/aux not/PART/RB/4/advmod restore/VERB/VB/0/root "
       "ties/NOUN/NNS/4/obj",
       3, true, true},
      {"NOT_*",
       "Arnor/PROPN/NNP/5/nsubj did/AUX/VBD/5/aux not/PART/RB/5/advmod yet/ADV/RB/5/advmod "
       "restore/VERB/VB/0/root ties/NOUN/NNS/5/obj",
       4, false, true},
      {"&TIETYPES_TALKS *",
       "economic/ADJ/JJ/2/amod talks/NOUN/NNS/3/nsubj resumed/VERB/VBD/0/root", 2, true, true},
      {"&TIETYPES_TALKS *",
       "economic/ADJ/JJ/3/amod trade/NOUN/NN/3/compound talks/NOUN/NNS/4/nsubj resumed/VERB/VBD/0/root", 3,
       false, true},
  };
  for (const Case& c : cases) {
    dict::PatternParser parser(c.pattern, false);
    const std::vector<dict::PatternItem> items = parser.Sequence(0);
    ASSERT_TRUE(parser.ok()) << c.pattern;
    const Document doc = actors::testing::Annotated({c.sentence});
    ASSERT_EQ(doc.sentences.size(), 1u);
    const DependencyTree tree(doc, doc.sentences[0]);
    const std::vector<actors::Mention> none;
    const actors::MentionIndex idx(none, doc.tokens.size());
    const std::vector<uint32_t> comp = tree.Complement(c.pred);
    TreeMatch m;
    EXPECT_EQ(MatchOnTree(items, tree, c.pred, comp, *dict, idx, &m, true), c.with_connectors)
        << c.pattern << " on " << c.sentence;
    EXPECT_EQ(MatchOnTree(items, tree, c.pred, comp, *dict, idx, &m, false), c.without)
        << c.pattern << " on " << c.sentence << " (connectors off)";
  }
}

// With exact words (PETRARCH 2), a pattern word matches the token as written, not its lemma.
TEST(MatchOnTree, ExactWordsMatchTheTextAsWritten) {
  const auto dict = Synsets();
  const struct {
    const char* pattern;
    bool by_lemma, exact;
  } cases[] = {
      {"* EFFORT", true, false},
      {"* EFFORTS", true, true},
      {"* NEW EFFORTS", true, true},
  };
  const auto doc = actors::DocumentFromConllu(
      "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tabandoned\tabandon\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tnew\tnew\tADJ\tJJ\t_\t4\tamod\t_\t_\n4\tefforts\teffort\tNOUN\tNNS\t_\t2\tobj\t_\t_\n\n");
  ASSERT_TRUE(doc.ok());
  const DependencyTree tree(*doc, doc->sentences[0]);
  const std::vector<actors::Mention> none;
  const actors::MentionIndex idx(none, doc->tokens.size());
  for (const auto& c : cases) {
    dict::PatternParser parser(c.pattern, false);
    const std::vector<dict::PatternItem> items = parser.Sequence(0);
    ASSERT_TRUE(parser.ok()) << c.pattern;
    TreeMatch m;
    EXPECT_EQ(MatchOnTree(items, tree, 1, tree.Complement(1), *dict, idx, &m, true, false), c.by_lemma) << c.pattern;
    EXPECT_EQ(MatchOnTree(items, tree, 1, tree.Complement(1), *dict, idx, &m, true, true), c.exact) << c.pattern;
  }
}

// '%' binds a compound: before the verb as both source and target (its members act on
// each other), after it as the target ("Eriador agrees with the Philippines and France"
// -> Eriador agrees with each).
TEST(MatchOnTree, CompoundRoleTakesItsSideOfTheVerb) {
  const auto dict = Synsets();
  auto mention = [](uint32_t begin, uint32_t end, std::vector<std::string> codes) {
    actors::Mention m;
    m.begin = begin, m.end = end, m.head = begin;
    m.codes = std::move(codes);
    return m;
  };
  const struct {
    const char* pattern;
    const char* sentence;
    uint32_t pred;
    std::vector<actors::Mention> mentions;
    int32_t source, target;
  } cases[] = {
      {"* WITH %",
       "Eriador/PROPN/NNP/2/nsubj agrees/VERB/VBZ/0/root with/ADP/IN/4/case Philippines/PROPN/NNP/2/obl "
       "and/CCONJ/CC/6/cc France/PROPN/NNP/4/conj",
       1, {mention(0, 1, {"ERI"}), mention(3, 6, {"PHL", "FRA"})}, -1, 3},
      {"% *",
       "Arnor/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Gondor/PROPN/NNP/1/conj met/VERB/VBD/0/root",
       3, {mention(0, 3, {"ARN", "GON"})}, 2, 2},  // the compound's token nearest the verb
  };
  for (const auto& c : cases) {
    dict::PatternParser parser(c.pattern, false);
    const std::vector<dict::PatternItem> items = parser.Sequence(0);
    ASSERT_TRUE(parser.ok()) << c.pattern;
    const Document doc = actors::testing::Annotated({c.sentence});
    const DependencyTree tree(doc, doc.sentences[0]);
    const actors::MentionIndex idx(c.mentions, doc.tokens.size());
    TreeMatch m;
    ASSERT_TRUE(MatchOnTree(items, tree, c.pred, tree.Complement(c.pred), *dict, idx, &m, true)) << c.pattern;
    EXPECT_TRUE(m.compound) << c.pattern;
    EXPECT_EQ(m.source, c.source) << c.pattern;
    EXPECT_EQ(m.target, c.target) << c.pattern;
  }
}

// A mention of `codes` over tokens [begin, end), headed at its last token.
actors::Mention MentionOf(uint32_t begin, uint32_t end, std::vector<std::string> codes) {
  actors::Mention m;
  m.begin = begin, m.end = end, m.head = end - 1;
  m.codes = std::move(codes);
  return m;
}

// Matches `pattern` (PETRARCH notation) on a hand-parsed sentence whose predicate is token 1.
bool MatchAtSecondToken(const char* pattern, const char* sentence, const std::vector<actors::Mention>& mentions,
                        TreeMatch* m) {
  dict::PatternParser parser(pattern, false);
  const std::vector<dict::PatternItem> items = parser.Sequence(0);
  EXPECT_TRUE(parser.ok()) << pattern;
  const Document doc = actors::testing::Annotated({sentence});
  const DependencyTree tree(doc, doc.sentences[0]);
  const actors::MentionIndex idx(mentions, doc.tokens.size());
  return MatchOnTree(items, tree, 1, tree.Complement(1), *Synsets(), idx, m, true);
}

// '^' skips the next actor, or a noun phrase that no actor covers right where it stands,
// up to its noun ("warned their populations about the Prince": TABARI skips the phrase).
TEST(MatchOnTree, SkipPassesANounPhraseOrAnActor) {
  const struct {
    const char* sentence;
    std::vector<actors::Mention> mentions;
    int32_t target;  // the target mention's first token; -1: no match
  } cases[] = {
      // A noun phrase with no actor: skipped up to its noun.
      {"Ithilen/PROPN/NNP/2/nsubj warned/VERB/VBD/0/root their/PRON/PRP$/5/nmod:poss local/ADJ/JJ/5/amod "
       "populations/NOUN/NNS/2/obj about/ADP/IN/8/case the/DET/DT/8/det Prince/PROPN/NNP/5/nmod",
       {MentionOf(0, 1, {"ITH"}), MentionOf(6, 8, {"DOL"})}, 6},
      // An actor inside it: the actor is what '^' skips, as before.
      {"Ithilen/PROPN/NNP/2/nsubj warned/VERB/VBD/0/root their/PRON/PRP$/5/nmod:poss Ent/PROPN/NNP/5/compound "
       "populations/NOUN/NNS/2/obj about/ADP/IN/8/case the/DET/DT/8/det Prince/PROPN/NNP/5/nmod",
       {MentionOf(0, 1, {"ITH"}), MentionOf(3, 4, {"ENT"}), MentionOf(6, 8, {"DOL"})}, 6},
      // No noun phrase and no actor to skip before "about": no match.
      {"Ithilen/PROPN/NNP/2/nsubj warned/VERB/VBD/0/root their/PRON/PRP$/4/nmod:poss "
       "friends/VERB/VBZ/2/ccomp about/ADP/IN/7/case the/DET/DT/7/det Prince/PROPN/NNP/4/obl",
       {MentionOf(0, 1, {"ITH"}), MentionOf(5, 7, {"DOL"})}, -1},
  };
  for (const auto& c : cases) {
    TreeMatch m;
    const bool matched = MatchAtSecondToken("* THEIR ^ ABOUT +", c.sentence, c.mentions, &m);
    EXPECT_EQ(matched, c.target >= 0) << c.sentence;
    if (matched) {
      EXPECT_EQ(m.target, c.target) << c.sentence;
    }
  }
}

// A pattern's "(TO +)" needs the preposition: an infinitive's "to" does not open it
// ("invited Bayramov to hold talks in Yerevan" names no one invited to Yerevan).
TEST(MatchOnTree, InfinitiveToIsNoPreposition) {
  const struct {
    const char* sentence;
    std::vector<actors::Mention> mentions;
    bool matches;
  } cases[] = {
      {"Arnor/PROPN/NNP/2/nsubj invited/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj to/PART/TO/5/mark "
       "hold/VERB/VB/2/xcomp talks/NOUN/NNS/5/obj in/ADP/IN/8/case Eriador/PROPN/NNP/5/obl",
       {MentionOf(0, 1, {"ARN"}), MentionOf(2, 3, {"GON"}), MentionOf(7, 8, {"ERI"})}, false},
      {"Arnor/PROPN/NNP/2/nsubj invited/VERB/VBD/0/root Gondor/PROPN/NNP/2/obj to/ADP/IN/5/case "
       "Eriador/PROPN/NNP/2/obl",
       {MentionOf(0, 1, {"ARN"}), MentionOf(2, 3, {"GON"}), MentionOf(4, 5, {"ERI"})}, true},
  };
  for (const auto& c : cases) {
    TreeMatch m;
    EXPECT_EQ(MatchAtSecondToken("* (TO +)", c.sentence, c.mentions, &m), c.matches) << c.sentence;
    if (c.matches) {
      EXPECT_EQ(m.target, 4) << c.sentence;
    }
  }
}

// The openings a pattern requires (RequiredOpenings) never turn away a sentence it
// matches, whatever the connectors and exact words, and do turn away one that lacks its
// words on the side of the verb they stand on.
TEST(PatternNamesBeforeVerb, ReadsTheItemsBeforeTheStar) {
  EXPECT_TRUE(PatternNamesBeforeVerb("+ hosting * may day $", "hosting"));
  EXPECT_FALSE(PatternNamesBeforeVerb("+ hosting * may day $", "day"));    // after '*'
  EXPECT_FALSE(PatternNamesBeforeVerb("+ hosting * may day $", "host"));   // a whole item only
  EXPECT_FALSE(PatternNamesBeforeVerb("* iftar in ^ +", "iftar"));
  EXPECT_FALSE(PatternNamesBeforeVerb("", "hosting"));
}

TEST(RequiredOpenings, NeverTurnAwayAMatch) {
  const auto dict = Synsets();
  const char* kSent =
      "Arnor/PROPN/NNP/2/nsubj sent/VERB/VBD/0/root new/ADJ/JJ/4/amod troops/NOUN/NNS/2/obj to/ADP/IN/6/case "
      "Gondor/PROPN/NNP/2/obl for/ADP/IN/9/case economic/ADJ/JJ/9/amod talks/NOUN/NNS/2/obl";
  const struct {
    const char* pattern;
    bool matches;   // with connectors off and lemmas
    bool possible;  // what the openings say
  } cases[] = {
      {"* TROOP", true, true},           // the singular of an NNS
      {"* NEW TROOPS", true, true},
      {"* (TO +)", true, true},
      {"* TROOPS (TO +)", true, true},
      {"* {NEW TROOPS}", true, true},
      {"* &TIETYPES TALKS", false, true},  // behind the object, in an adjunct of its own
      {"* (FOR &TIETYPES TALKS)", true, true},
      {"* {ECONOMIC | MILITARY} TALKS", false, true},
      {"* TROOPS {ECONOMIC | MILITARY} TALKS", true, true},
      {"ARNOR *", true, true},
      {"NOT_*", false, false},           // no "not" anywhere
      {"* WEAPONS", false, false},
      {"* (WITH +)", false, false},
      {"TROOPS *", false, false},        // its word stands after the verb, not before
      {"&TIETYPES *", false, false},     // so does every member of the synset
      {"* ARNOR", false, false},
      {"* TOWARD", false, false},        // "to" is a beginning of "toward", not the reverse
      {"* TO", false, true},             // possible: "to" is there, in a phrase of its own
  };
  const Document doc = actors::testing::Annotated({kSent});
  ASSERT_EQ(doc.sentences.size(), 1u);
  const DependencyTree tree(doc, doc.sentences[0]);
  const std::vector<actors::Mention> mentions = {[] {
    actors::Mention m;
    m.begin = m.head = 5, m.end = 6;
    m.codes = {"GON"};
    return m;
  }()};
  const actors::MentionIndex idx(mentions, doc.tokens.size());
  const std::vector<uint32_t> comp = tree.Complement(1);
  WordOpenings before, after;
  SideOpenings(tree, 1, comp, {}, {}, &before, &after);
  for (const auto& c : cases) {
    dict::PatternParser parser(c.pattern, false);
    const std::vector<dict::PatternItem> items = parser.Sequence(0);
    ASSERT_TRUE(parser.ok()) << c.pattern;
    const bool possible = RequiredOpenings(items, *dict).Possible(before, after);
    EXPECT_EQ(possible, c.possible) << c.pattern;
    const std::vector<std::vector<dict::PatternItem>> expansions = ExpandAlternatives(items);
    bool matched = false;
    for (const auto& flat : expansions)
      for (bool connectors : {false, true})
        for (bool exact : {false, true}) {
          TreeMatch m;
          const bool here = MatchOnTree(flat, tree, 1, comp, *dict, idx, &m, connectors, exact);
          if (here) {
            EXPECT_TRUE(possible) << c.pattern << (connectors ? " (connectors)" : "") << (exact ? " (exact)" : "");
          }
          if (!connectors && !exact) matched |= here;
        }
    EXPECT_EQ(matched, c.matches) << c.pattern;
  }
}

}  // namespace
}  // namespace dyad::code
