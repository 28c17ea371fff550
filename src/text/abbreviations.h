// Abbreviations that keep their final period as part of the token ("Mr.", "Gen.",
// "Jan.", "etc."), as UD English EWT writes them, and the subset that almost never
// ends a sentence because a name or number follows (titles, "No.", months before a
// day). Lookups are exact on the word without its period, with a case-folded second
// try for all-capital writing ("GEN.").
#pragma once

#include <string_view>

namespace dyad::text {

// True when `word` (without the trailing period) is a known abbreviation.
bool IsKnownAbbreviation(std::string_view word);

// True when `word` (without the trailing period) is a title or other abbreviation that
// a following capitalised word continues rather than starts a new sentence ("Dr. Kim").
bool IsNonFinalAbbreviation(std::string_view word);

// True when `word` is written like an abbreviation even if unknown: one letter ("J"),
// or letters separated by periods ("U.S", "e.g", "Ph.D"), each piece at most three
// letters long.
bool LooksLikeAbbreviation(std::string_view word);

}  // namespace dyad::text
