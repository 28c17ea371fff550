// TABARI verb patterns matched against a sentence: the words before the verb's '*' are
// matched backwards from the verb, those after it forwards. A word's connector says
// whether other tokens may stand between it and its neighbour towards the verb (a blank:
// yes; '_': no); the verb itself allows a gap after it. '$', '+' and '%' bind an actor,
// '^' skips one, '&NAME' matches any member phrase of the synset, '{ a | b }' any of its
// alternatives.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "dict/model.h"

namespace dyad::code {

// An actor (or compound of actors) found in the sentence: its tokens and its codes.
struct ActorSpan {
  uint32_t begin = 0, end = 0;  // token indexes, end exclusive
  std::vector<std::string> codes;
  std::string root;             // the (first) actor's own code, without agents
  bool pronoun = false;         // a pronoun standing for an earlier actor
};

// A sentence as the TABARI coder sees it.
struct TabariSentence {
  std::vector<std::string> raw;    // tokens as written
  std::vector<std::string> lower;  // tokens lower-cased
  std::vector<ActorSpan> actors;   // in order, not overlapping
  int words = 0;                   // words in the sentence before any clause is dropped
  bool all_caps = false;           // no lower-case letter anywhere: capitals mark no nouns
};

struct PatternBinding {
  int source = -1, target = -1;  // indexes into TabariSentence::actors; -1 unbound
  bool compound = false;         // '%': the source actor is also the target
  int skipped = -1;              // '^': the actor skipped (the last one), -1 if none
};

// True when dictionary word `w` matches the lower-cased token.
bool WordMatches(const dict::Word& w, std::string_view token);

// The pattern with its alternatives expanded: one flat sequence per choice.
std::vector<std::vector<dict::PatternItem>> ExpandAlternatives(const std::vector<dict::PatternItem>& items);

// Matches a flat pattern (no alternatives) around the verb at tokens [verb_begin,
// verb_end). `max_gap` bounds the tokens skipped where a gap is allowed. On success fills
// *out with the bound actors.
bool MatchFlat(const std::vector<dict::PatternItem>& items, const TabariSentence& s, uint32_t verb_begin,
               uint32_t verb_end, const dict::Dictionary& dict, PatternBinding* out, int max_gap = 12);

// Any expansion of `items` matching (first one wins).
bool MatchPattern(const std::vector<dict::PatternItem>& items, const TabariSentence& s, uint32_t verb_begin,
                  uint32_t verb_end, const dict::Dictionary& dict, PatternBinding* out);

}  // namespace dyad::code
