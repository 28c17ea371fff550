// DependencyTree on hand-parsed sentences: the agent of a passive, where the parse puts it.
#include "code/dependency_tree.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace dyad::code
