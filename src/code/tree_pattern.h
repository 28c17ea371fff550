// Verb patterns (TABARI, PETRARCH and dyad's own, as dict::VerbPattern) matched on a
// dependency tree: the words after the pattern's '*' must appear, in order, among the
// tokens of the predicate's complement that follow it (DependencyTree::Complement); the
// words before '*' among the sentence's tokens before the predicate, nearest first. A
// prepositional phrase "(TO +)" matches a preposition whose noun then fills the role;
// '+' and '$' alone bind the next token that an actor mention covers. A token matches a
// dictionary word by its lower-cased form or by its lemma. With `connectors` (TABARI and
// PETRARCH patterns), words and synsets joined by '_' ("NEW_&TIETYPES_RELATIONS",
// "MOST_CERTAINLY_&NEGATVAUXVRB_EVER *") must stand on adjacent tokens; a space allows
// other tokens between them. With `exact_words` as well, a pattern word written without a
// stem or endings marker matches only the token as written, as PETRARCH 2 reads its
// patterns ("* EFFORT" does not match "efforts"). When the predicate has an object, the
// first word after '*' may not lie deep inside an obl behind the object ("made remarks at
// the start of a trip" is no "* TRIP").
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "actors/mention.h"
#include "code/dependency_tree.h"
#include "code/word_openings.h"
#include "dict/dictionary.h"
#include "dict/model.h"

namespace dyad::code {

struct TreeMatch {
  int words = 0;            // dictionary words matched: the pattern's specificity
  int32_t source = -1;      // tokens bound by '$' / '+' (or the noun of a "(PREP +)")
  int32_t target = -1;
  bool compound = false;    // '%': a compound bound: source and target before the verb, target after it
  bool negation = false;    // the pattern itself matched a negation ("not", &NEGATVAUXVRB)
  // How far into the complement after the predicate the words after '*' reached (tokens
  // read; 0 when the pattern has none): of two patterns as specific, the nearer one is
  // the verb's own ("launched attacks during its campaign": ATTACK, not CAMPAIGN).
  int reach = 0;
};

// Matches `items` (one expansion, no alternatives) around predicate `pred`, whose
// complement (tree.Complement(pred), computed once by the caller for all its patterns) is
// `complement`. `object_first`, when given, are tokens read before the complement by the
// words after '*': a passive's subject, its logical object ("Evidence against Russia was
// presented" matches "* EVIDENCE"). `agent_first`, likewise, are tokens read first by the
// words before '*': a passive's "by" agent, its logical subject ("The building was
// demolished by a protestor" matches "PROTESTOR *"). Returns false when any item fails.
// Whether `word` is one of the items of `pattern`, written as the coder's notes write a
// pattern (items apart by spaces: "+ hosting * may day $"), before its '*'.
bool PatternNamesBeforeVerb(std::string_view pattern, std::string_view word);

bool MatchOnTree(std::span<const dict::PatternItem> items, const DependencyTree& tree, uint32_t pred,
                 std::span<const uint32_t> complement, const dict::Dictionary& dict,
                 const actors::MentionIndex& mentions, TreeMatch* out, bool connectors = false,
                 bool exact_words = false, std::span<const uint32_t> object_first = {},
                 std::span<const uint32_t> agent_first = {});

// The openings of the words that every match of a pattern reads (its words, those of its
// noun and prepositional phrases, and one member of each synset; not the words of one
// alternative), on each side of its '*': MatchOnTree fails where the tokens it reads on
// a side (SideOpenings) do not hold them.
struct PatternOpenings {
  OpeningNeeds before, after;
  // For each synset the pattern reads, the beginnings of its members' first words, one of
  // which a match needs on that side.
  struct OneOf {
    OpeningChoices words;
    bool after = true;
  };
  std::vector<OneOf> one_of;
  // False when an alternative before the '*' could move it (one of its expansions holds
  // a '*' of its own): the words of both sides are then looked for on either.
  bool sides = true;
  bool Possible(const WordOpenings& before_words, const WordOpenings& after_words) const {
    if (sides) {
      if (!before_words.Covers(before) || !after_words.Covers(after)) return false;
      for (const OneOf& o : one_of)
        if (!(o.after ? after_words : before_words).Intersects(o.words)) return false;
      return true;
    }
    auto either = [&](uint16_t b) { return before_words.Has(b) || after_words.Has(b); };
    for (const OpeningNeeds* need : {&before, &after})
      if (!std::all_of(need->bits().begin(), need->bits().end(), either)) return false;
    for (const OneOf& o : one_of)
      if (!std::any_of(o.words.bits().begin(), o.words.bits().end(), either)) return false;
    return true;
  }
};
PatternOpenings RequiredOpenings(std::span<const dict::PatternItem> items, const dict::Dictionary& dict);

// The openings of the tokens MatchOnTree reads for the words before '*' and for those
// after it, with the same arguments.
void SideOpenings(const DependencyTree& tree, uint32_t pred, std::span<const uint32_t> complement,
                  std::span<const uint32_t> object_first, std::span<const uint32_t> agent_first,
                  WordOpenings* before, WordOpenings* after);

// A pattern written back in PETRARCH notation, for explanations: "* (TO +)".
std::string DescribePattern(std::span<const dict::PatternItem> items);

}  // namespace dyad::code
