// TABARI pattern items against token sequences: words and connectors on both sides of
// the verb, actor markers, synsets, alternatives.
#include "code/tabari_pattern.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dyad::code {
namespace {

using dict::PatternItem;
using Kind = PatternItem::Kind;

// A small pattern notation for the tests: $ + % ^ *, &NAME, WORD (stem, gap after),
// WORD_ (exact, adjacent), "a|b" alternatives of single words.
std::vector<PatternItem> P(const std::string& text) {
  std::vector<PatternItem> out;
  std::istringstream in(text);
  std::string w;
  while (in >> w) {
    PatternItem it;
    if (w == "$") it.kind = Kind::kSource;
    else if (w == "+") it.kind = Kind::kTarget;
    else if (w == "%") it.kind = Kind::kCompound;
    else if (w == "^") it.kind = Kind::kSkip;
    else if (w == "*") it.kind = Kind::kVerb;
    else if (w[0] == '&') it.kind = Kind::kSynset, it.name = w.substr(1);
    else if (w.find('|') != std::string::npos) {
      it.kind = Kind::kAlternatives;
      std::istringstream alts(w);
      std::string a;
      while (std::getline(alts, a, '|')) it.children.push_back(P(a));
    } else {
      const bool exact = w.back() == '_';
      if (exact) w.pop_back();
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      it.word = {w, exact ? dict::WordMatch::kExact : dict::WordMatch::kStem, !exact};
    }
    out.push_back(it);
  }
  return out;
}

// Tokens from a sentence; words in capitals followed by '/' and a code are actors:
// "GON/GON attacked ARN/ARN".
TabariSentence S(const std::string& text) {
  TabariSentence s;
  std::istringstream in(text);
  std::string w;
  while (in >> w) {
    const size_t slash = w.find('/');
    const uint32_t i = static_cast<uint32_t>(s.lower.size());
    if (slash != std::string::npos) {
      s.actors.push_back({i, i + 1, {w.substr(slash + 1)}, {}, false});
      w = w.substr(0, slash);
    }
    s.raw.push_back(w);
    std::string l = w;
    for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    s.lower.push_back(l);
  }
  return s;
}

std::shared_ptr<const dict::Dictionary> Synsets() {
  dict::Model m;
  dict::Synset ties;
  ties.name = "TIES";
  ties.members.push_back({"RELATIONS", {{"relations", dict::WordMatch::kStem, true}}});
  ties.members.push_back({"DIPLOMATIC_TIES",
                          {{"diplomatic", dict::WordMatch::kExact, false}, {"ties", dict::WordMatch::kStem, true}}});
  m.synsets.push_back(ties);
  // Synsets naming synsets, as the dictionary reader gives them ("&" then the name):
  // &KINDS_MEMOS (adjacent) and MEMOS_ON &KINDS (a gap before the reference).
  dict::Synset kinds;
  kinds.name = "KINDS";
  kinds.members.push_back({"ECONOMIC", {{"economic", dict::WordMatch::kExact, false}}});
  kinds.members.push_back({"CULTURAL", {{"cultural", dict::WordMatch::kExact, false}}});
  m.synsets.push_back(kinds);
  dict::Synset phrase;
  phrase.name = "KINDPHRASE";
  phrase.members.push_back({"&KINDS_MEMOS",
                            {{"&", dict::WordMatch::kExact, false},
                             {"kinds", dict::WordMatch::kExact, false},
                             {"memos", dict::WordMatch::kExact, false}}});
  phrase.members.push_back({"MEMOS_ON &KINDS",
                            {{"memos", dict::WordMatch::kExact, false},
                             {"on", dict::WordMatch::kExact, true},
                             {"&", dict::WordMatch::kExact, false},
                             {"kinds", dict::WordMatch::kExact, false}}});
  m.synsets.push_back(phrase);
  // A member written with a closing underscore matches its word exactly.
  dict::Synset money;
  money.name = "MONEY";
  money.members.push_back({"KRONER_", {{"kroner", dict::WordMatch::kStem, false}}});
  money.members.push_back({"DOLLAR", {{"dollar", dict::WordMatch::kStem, false}}});
  m.synsets.push_back(money);
  return dict::Dictionary::Builder().Add(std::move(m)).Finish();
}

TEST(MatchPattern, Table) {
  struct Case {
    const char* pattern;
    const char* sentence;
    uint32_t verb;  // token index of the verb
    bool match;
    int source, target;
  };
  const std::vector<Case> cases = {
      {"*", "A/A attacked B/B", 1, true, -1, -1},
      {"$ * +", "A/A attacked B/B", 1, true, 0, 1},
      {"$ * +", "A/A attacked the town", 1, false, -1, -1},
      {"* DIPLOMATIC", "A/A restored full diplomatic ties", 1, true, -1, -1},
      {"* DIPLOMATIC_ TIES", "A/A restored diplomatic ties", 1, true, -1, -1},
      {"* FULL_ TIES", "A/A restored full diplomatic ties", 1, false, -1, -1},
      {"* AID TO +", "A/A sent aid to B/B", 1, true, -1, 1},
      {"* AID TO +", "A/A sent aid B/B", 1, false, -1, -1},
      {"NOT_ *", "A/A did not restore ties", 3, true, -1, -1},
      {"NOT_ *", "A/A did not yet restore ties", 4, false, -1, -1},
      {"NOT *", "A/A did not yet restore ties", 4, true, -1, -1},
      {"$ WERE *", "A/A were attacked", 2, true, 0, -1},
      {"% *", "A/A and B/B met", 3, true, 1, -1},
      {"^ * +", "A/A told B/B about C/C", 1, true, -1, 1},
      {"* ^ +", "A/A told B/B about C/C", 1, true, -1, 2},
      {"* &TIES", "A/A restored relations", 1, true, -1, -1},
      {"* &TIES", "A/A restored diplomatic ties", 1, true, -1, -1},
      {"* &TIES", "A/A restored trade", 1, false, -1, -1},
      {"* TRADE|RELATIONS", "A/A restored relations", 1, true, -1, -1},
      {"* TRADE|RELATIONS", "A/A restored ties", 1, false, -1, -1},
      {"* RESTOR", "A/A wants to restoring", 1, true, -1, -1},
      {"* &KINDPHRASE FROM +", "A/A welcomed economic memos from B/B", 1, true, -1, 1},
      {"* &KINDPHRASE FROM +", "A/A welcomed cultural memos from B/B", 1, true, -1, 1},
      {"* &KINDPHRASE FROM +", "A/A welcomed cultural old memos from B/B", 1, false, -1, -1},
      {"* &KINDPHRASE FROM +", "A/A welcomed memos on the cultural front from B/B", 1, true, -1, 1},
      {"* &KINDPHRASE FROM +", "A/A welcomed memos about cultural issues from B/B", 1, false, -1, -1},
      {"* &KINDPHRASE", "A/A welcomed memos on many cultural issues", 1, true, -1, -1},
      {"* &KINDPHRASE", "A/A welcomed military memos", 1, false, -1, -1},
      {"* &MONEY", "A/A gave kroner", 1, true, -1, -1},
      {"* &MONEY", "A/A gave kroneren", 1, false, -1, -1},
      {"* &MONEY", "A/A gave dollars", 1, true, -1, -1},
  };
  const auto dict = Synsets();
  for (const Case& c : cases) {
    const TabariSentence s = S(c.sentence);
    PatternBinding b;
    const bool got = MatchPattern(P(c.pattern), s, c.verb, c.verb + 1, *dict, &b);
    EXPECT_EQ(got, c.match) << c.pattern << " / " << c.sentence;
    if (got && c.match) {
      EXPECT_EQ(b.source, c.source) << c.pattern << " / " << c.sentence;
      EXPECT_EQ(b.target, c.target) << c.pattern << " / " << c.sentence;
    }
  }
}

TEST(WordMatches, Connectors) {
  struct Case {
    dict::Word w;
    const char* token;
    bool match;
  };
  const std::vector<Case> cases = {
      {{"restor", dict::WordMatch::kStem, true}, "restored", true},
      {{"restor", dict::WordMatch::kStem, true}, "resto", false},
      {{"of", dict::WordMatch::kExact, false}, "of", true},
      {{"of", dict::WordMatch::kExact, false}, "often", false},
      {{"tie", dict::WordMatch::kEndings, false}, "ties", true},
      {{"tie", dict::WordMatch::kEndings, false}, "tiered", false},
  };
  for (const Case& c : cases) EXPECT_EQ(WordMatches(c.w, c.token), c.match) << c.w.text << " " << c.token;
}

}  // namespace
}  // namespace dyad::code
