// TABARI's sentence filters that work on the words alone, before any dictionary
// lookup: the minimum sentence length ("SET: MINIMUM WORDS = n") and the elimination of
// comma-delimited subordinate clauses ("COMMA: MIN = a MAX = b EMIN = .. EMAX = ..
// BMIN = .. BMAX = .."). A clause between two commas is dropped when it has MIN..MAX
// words, the clause after the last comma when it has EMIN..EMAX words and the one before
// the first comma when it has BMIN..BMAX words; "COMMA: OFF" keeps every clause. Dropped
// clauses take their actors and verbs with them, which is how TABARI keeps appositions
// ("Osgiliath, the state's fiercest foe,") and attributions (", a senior official said")
// out of the coding.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::code {

struct CommaLimits {
  bool off = false;
  int min = 2, max = 10;    // internal clauses
  int emin = 2, emax = 10;  // the clause after the last comma
  int bmin = 255, bmax = 0; // the clause before the first comma (never, by default)
};

// Parses the value of a COMMA: option ("MIN = 4 MAX = 6 ...", "OFF"); limits not named
// keep their value in `base`.
CommaLimits ParseCommaLimits(std::string_view spec, CommaLimits base = {});

// True when the token counts as a word: it has a letter or digit and is not a clitic
// ("'s").
bool IsWordToken(std::string_view token);

// The number of words among `tokens`.
int CountWords(const std::vector<std::string>& tokens);

// Which tokens survive comma-clause elimination: keep[i] is false for the words of a
// dropped clause and for the comma that opens it (the one that closes it stays, so the
// clause is replaced by a single comma). A clause that opens with a conjunction stays,
// and so does one closed by a comma before a conjunction when all its words are
// `list_word`s (a member of a list of names: "A, the awful B, and C"); without
// `list_word`, every such clause stays.
std::vector<bool> CommaClauseMask(const std::vector<std::string>& tokens, const CommaLimits& limits,
                                  const std::function<bool(std::string_view)>& list_word = nullptr);

}  // namespace dyad::code
