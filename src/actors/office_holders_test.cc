// People in TABARI and PETRARCH actor files, which have no person entries: a name whose
// codes are offices held between dates is a person, so that "he" and "she" find it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/find_mentions.h"
#include "actors/testing.h"
#include "dict/dictionary.h"
#include "dict/readers.h"

namespace dyad::actors {
namespace {

using testing::Annotated;
using testing::Render;

std::shared_ptr<const dict::Dictionary> PetrarchActors() {
  dict::Model model;
  dict::ReadActors(
      "ELESSAR\n"
      "+KING_ELESSAR\n"
      "\t[ARNELI 780101-000101]\n"
      "\t[ARNGOV >000102]\n"
      "GONDOR [GON]\n"
      "OLD_ARNOR\n"
      "\t[ARN <000101]\n"
      "\t[ARZ >000102]\n",
      "people.txt", dict::Notation::kPetrarch, &model);
  return dict::Dictionary::Builder().Add(std::move(model)).Finish();
}

struct Row {
  const char* what;
  const char* sentence;
  std::vector<std::string> mentions;  // "text|CODE|kind"
};

TEST(OfficeHolders, DatedOfficesMakeAPerson) {
  const auto dict = PetrarchActors();
  const Date date{2015, 6, 1};
  const Row rows[] = {
      {"the office holder is a person, and 'he' finds him",
       "Elessar/PROPN/NNP/2/nsubj said/VERB/VBD/0/root he/PRON/PRP/4/nsubj left/VERB/VBD/2/ccomp "
       "Gondor/PROPN/NNP/4/obj",
       {"Elessar|ARNGOV|person", "he|ARNGOV|pronoun", "Gondor|GON|state"}},
      {"an undated code is a state, and 'he' finds nothing",
       "Gondor/PROPN/NNP/2/nsubj said/VERB/VBD/0/root he/PRON/PRP/4/nsubj left/VERB/VBD/2/ccomp",
       {"Gondor|GON|state", "he||pronoun"}},
      {"a bare country code that changed is no person",
       "Old/PROPN/NNP/2/compound Arnor/PROPN/NNP/3/nsubj said/VERB/VBD/0/root it/PRON/PRP/5/nsubj "
       "left/VERB/VBD/3/ccomp",
       {"Old Arnor|ARZ|state", "it|ARZ|pronoun"}},
  };
  for (const Row& r : rows) {
    const Document doc = Annotated({r.sentence});
    EXPECT_EQ(Render(doc, FindMentions(doc, *dict, date)), r.mentions) << r.what;
  }
}

}  // namespace
}  // namespace dyad::actors
