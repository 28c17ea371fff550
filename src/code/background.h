// Background clauses: an act a span of months or years sets before the sentence's own
// ("almost five years after crowds burned down its embassy", "two decades since troops
// left"). The report is not news of that act, and coding it would date it to the report
// (GDELT's familiar error of old events coded as new), so the tree coder leaves it out.
#pragma once

#include <cstdint>

#include "code/dependency_tree.h"

namespace dyad::code {

// True when token `t` of `tree` stands in the clause that follows "<N> years|months|
// decades|centuries after|since" (the span runs to the next comma, semicolon or the
// sentence's end), where N is a number or a quantity word ("a", "several", "many",
// "few"). Read on the words, not the tree, so a clause the parse hung in the wrong place
// is still found. A span of days or weeks is news and is not background.
bool InBackgroundClause(const DependencyTree& tree, uint32_t t);

}  // namespace dyad::code
