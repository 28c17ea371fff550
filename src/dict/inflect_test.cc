// Verb and noun inflection: one lemma a line with every form it must give.
#include "dict/inflect.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

using Forms = std::vector<std::string>;

TEST(VerbInflections, RegularAndIrregular) {
  const struct {
    const char* lemma;
    Forms forms;
  } kCases[] = {
      {"visit", {"visit", "visits", "visited", "visiting"}},             // unstressed: no doubling
      {"accuse", {"accuse", "accuses", "accused", "accusing"}},          // silent e
      {"deny", {"deny", "denies", "denied", "denying"}},                 // consonant y
      {"pray", {"pray", "prays", "prayed", "praying"}},                  // vowel y
      {"ban", {"ban", "bans", "banned", "banning"}},                     // one syllable CVC
      {"commit", {"commit", "commits", "committed", "committing"}},      // listed stress
      {"shell", {"shell", "shells", "shelled", "shelling"}},
      {"travel", {"travel", "travels", "traveled", "traveling", "travelled", "travelling"}},  // both spellings
      {"cancel", {"cancel", "cancels", "canceled", "canceling", "cancelled", "cancelling"}},
      {"control", {"control", "controls", "controlled", "controlling"}},  // stressed: doubled only
      {"appeal", {"appeal", "appeals", "appealed", "appealing"}},
      {"veto", {"veto", "vetoes", "vetoed", "vetoing"}},                 // consonant o
      {"agree", {"agree", "agrees", "agreed", "agreeing"}},              // ee keeps its e
      {"tie", {"tie", "ties", "tied", "tying"}},                         // ie -> ying
      {"attack", {"attack", "attacks", "attacked", "attacking"}},
      {"bomb", {"bomb", "bombs", "bombed", "bombing"}},
      {"fix", {"fix", "fixes", "fixed", "fixing"}},                      // x never doubles
      {"push", {"push", "pushes", "pushed", "pushing"}},
      {"meet", {"meet", "meets", "met", "meeting"}},                     // irregular
      {"hold", {"hold", "holds", "held", "holding"}},
      {"fight", {"fight", "fights", "fought", "fighting"}},
      {"strike", {"strike", "strikes", "struck", "striking"}},
      {"withdraw", {"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"}},
      {"fly", {"fly", "flies", "flew", "flown", "flying"}},
      {"shoot", {"shoot", "shoots", "shot", "shooting"}},
      {"win", {"win", "wins", "won", "winning"}},
      {"wind", {"wind", "winds", "wound", "winding"}},
      {"arise", {"arise", "arises", "arose", "arisen", "arising"}},
      {"write", {"write", "writes", "wrote", "written", "writing"}},
      {"", {}},
  };
  for (const auto& c : kCases) EXPECT_EQ(VerbInflections(c.lemma), c.forms) << c.lemma;
}

TEST(VerbInflections, IrregularTableIsSearchable) {
  // The table is binary-searched: a lemma out of order would not be found.
  for (const char* lemma : {"arise", "bear", "become", "catch", "do", "flee", "go", "lay", "lead", "meet",
                            "oversee", "quit", "seek", "sell", "shut", "speak", "take", "undertake", "win",
                            "wind", "withdraw", "withhold", "withstand", "write"}) {
    EXPECT_TRUE(IsIrregularVerb(lemma)) << lemma;
  }
  for (const char* lemma : {"visit", "attack", "burn", "wage", "wit", "zzz", ""}) EXPECT_FALSE(IsIrregularVerb(lemma)) << lemma;
}

TEST(NounInflections, Plurals) {
  const struct {
    const char* lemma;
    Forms forms;
  } kCases[] = {
      {"visit", {"visit", "visits"}},       {"talk", {"talk", "talks"}},
      {"veto", {"veto", "vetoes"}},         {"embargo", {"embargo", "embargoes"}},
      {"casualty", {"casualty", "casualties"}}, {"attorney", {"attorney", "attorneys"}},
      {"crisis", {"crisis", "crises"}},     {"crash", {"crash", "crashes"}},
      {"ceasefire", {"ceasefire", "ceasefires"}}, {"", {}},
  };
  for (const auto& c : kCases) EXPECT_EQ(NounInflections(c.lemma), c.forms) << c.lemma;
}

}  // namespace
}  // namespace dyad::dict
