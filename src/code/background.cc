// Background clauses: "<N> years after ..." read on the sentence's words.
#include "code/background.h"

#include "code/word_sets.h"

namespace dyad::code {
namespace {

// "five years", "18 months", "a decade", "several years", "many decades".
bool LongSpanEndsAt(const DependencyTree& tree, uint32_t unit) {
  if (!IsAny(tree.lemma(unit), {"year", "month", "decade", "century"}) || unit == tree.begin()) return false;
  const uint32_t q = unit - 1;
  return tree.token(q).upos == Upos::kNUM || IsAny(tree.lower(q), {"a", "an", "several", "many", "few"});
}

}  // namespace

bool InBackgroundClause(const DependencyTree& tree, uint32_t t) {
  for (uint32_t i = tree.begin() + 1; i < t; ++i) {
    if (!IsAny(tree.lower(i), {"after", "since"}) || !LongSpanEndsAt(tree, i - 1)) continue;
    uint32_t end = i + 1;
    while (end < tree.end() && !IsAny(tree.lower(end), {",", ";"})) ++end;
    if (t > i && t < end) return true;
  }
  return false;
}

}  // namespace dyad::code
