// Word-level atoms that the tagger, lemmatizer and parser build their features from:
// the normalised form (ASCII lower case, digits folded to 0), the word shape ("Xxxx",
// "dd-dd"), and affixes. Computed once per token and hashed, so feature extraction later
// only mixes integers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "util/ascii.h"

namespace dyad::tag {

// AsciiLower (util/ascii.h) with every ASCII digit turned into '0': "1,200" and "3,500"
// look alike.
std::string NormalizeWord(std::string_view s);
// Character classes with runs collapsed: "McCain" -> "XxXx", "1990s" -> "dx", "U.S." ->
// "X.X.". At most 8 bytes long.
std::string WordShape(std::string_view s);

// HashString (perceptron.h) of AsciiLower(s), of NormalizeWord(s) and of WordShape(s),
// computed without building the strings: the per-token paths call these.
uint64_t HashLower(std::string_view s);
uint64_t HashNormalized(std::string_view s);
uint64_t HashShape(std::string_view s);

struct WordAtoms {
  uint64_t norm = 0, shape = 0, raw = 0;  // raw: the form as written
  uint64_t suffix[4] = {};  // last 1..4 bytes of the normalised form
  uint64_t prefix[3] = {};  // first 1..3 bytes
  bool upper_initial = false, all_upper = false, has_digit = false, has_hyphen = false;
};
WordAtoms ComputeAtoms(std::string_view form);

}  // namespace dyad::tag
