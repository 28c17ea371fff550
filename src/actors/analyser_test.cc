// TagNameParticles on hand-tagged sentences: a lower-case particle between two capitalised
// proper nouns is a word of the name, whatever the tagger made of it.
#include "actors/analyser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/testing.h"

namespace dyad::actors {
namespace {

TEST(TagNameParticles, ParticleBetweenTwoNames) {
  const struct {
    const char* sentence;  // form/UPOS/XPOS ...
    std::vector<std::string> want;  // the UPOS of each token afterwards
  } kCases[] = {
      {"to/ADP/IN Dar/PROPN/NNP es/VERB/VBZ Salaam/PROPN/NNP", {"ADP", "PROPN", "PROPN", "PROPN"}},
      {"Osama/PROPN/NNP bin/NOUN/NN Laden/PROPN/NNP", {"PROPN", "PROPN", "PROPN"}},
      // A verb between two names is no particle.
      {"Russia/PROPN/NNP attacks/VERB/VBZ Ukraine/PROPN/NNP", {"PROPN", "VERB", "PROPN"}},
      // Not between two capitalised proper nouns.
      {"the/DET/DT es/VERB/VBZ Salaam/PROPN/NNP", {"DET", "VERB", "PROPN"}},
      {"Dar/PROPN/NNP es/VERB/VBZ salaam/NOUN/NN", {"PROPN", "VERB", "NOUN"}},
  };
  for (const auto& c : kCases) {
    Document doc = testing::Annotated({c.sentence});
    TagNameParticles(&doc);
    std::vector<std::string> got;
    for (const Token& t : doc.tokens) got.emplace_back(UposName(t.upos));
    EXPECT_EQ(got, c.want) << c.sentence;
  }
}

}  // namespace
}  // namespace dyad::actors
