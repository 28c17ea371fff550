// English inflection of the lemmas that dyad's own verb dictionary names: a verb's
// third person, past, past participle and -ing forms, a noun's plural. Regular rules
// (-s/-es, consonant y -> ies/ied, silent e dropped, final consonant doubled after one
// stressed short vowel) plus a table of the irregular verbs news reports use ("met",
// "held", "fought", "struck"). The dictionary compiler indexes every form, so a verb
// block is found from the token as it stands in the text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad::dict {

// The forms of verb `lemma` (lower-case ASCII letters, as written in a .dict file):
// the lemma first, then -s, past, past participle and -ing, each once. An empty lemma
// gives an empty list.
std::vector<std::string> VerbInflections(std::string_view lemma);

// The forms of noun `lemma`: the lemma, then its plural ("talk" -> "talks",
// "veto" -> "vetoes", "casualty" -> "casualties"). An empty lemma gives an empty list.
std::vector<std::string> NounInflections(std::string_view lemma);

// True when `lemma` is in the irregular verb table (tests, lint).
bool IsIrregularVerb(std::string_view lemma);

}  // namespace dyad::dict
