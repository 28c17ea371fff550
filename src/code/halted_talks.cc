// Negotiations that break down (see halted_talks.h).
#include "code/halted_talks.h"

#include <string_view>
#include <utility>

namespace dyad::code {
namespace {

bool IsNegotiation(std::string_view lemma) {
  return lemma == "talk" || lemma == "talks" || lemma == "negotiation" || lemma == "dialogue" ||
         lemma == "dialog";
}

// "break down", "break off", "collapse", "stall", "founder", "falter", and "fail" with no
// infinitive ("the talks failed", not "failed to reach a deal", which the refusal rules read).
bool IsBreakdown(const DependencyTree& tree, uint32_t t) {
  const std::string_view l = tree.lemma(t);
  if (l == "break") return tree.HasChild(t, "compound", "down") || tree.HasChild(t, "compound", "off");
  if (l == "fail") return tree.Child(t, "xcomp") < 0;
  return l == "collapse" || l == "stall" || l == "founder" || l == "falter";
}

bool IsActor(const DependencyTree& tree, const actors::MentionIndex& mentions, int32_t t) {
  if (t < 0) return false;
  const auto u = static_cast<uint32_t>(t);
  return u >= tree.begin() && u < tree.end() && mentions.Outermost(u) >= 0;
}

}  // namespace

std::optional<HaltedTalks> FindHaltedTalks(const DependencyTree& tree, uint32_t t,
                                           const actors::MentionIndex& mentions) {
  if (tree.token(t).upos != Upos::kVERB || !IsBreakdown(tree, t)) return std::nullopt;
  const DependencyTree::Subject subject = tree.SubjectOf(t);
  if (subject.token < 0 || subject.passive) return std::nullopt;
  const auto talks = static_cast<uint32_t>(subject.token);
  if (!IsNegotiation(tree.lemma(talks))) return std::nullopt;

  HaltedTalks out;
  out.talks = talks;
  // The talks' own phrase: "US-North Korea talks", "Iran's talks", "talks between A and B",
  // "talks with Iran".
  for (uint32_t c : tree.children(talks)) {
    if (!IsActor(tree, mentions, static_cast<int32_t>(c))) continue;
    const std::string_view r = tree.full_rel(c);
    const std::string_view prep = tree.CaseOf(c);
    if (out.party < 0 && (r == "nmod:poss" || r == "amod" || r == "compound" ||
                          (tree.rel(c) == "nmod" && (prep == "between" || prep == "among"))))
      out.party = static_cast<int32_t>(c);
    else if (out.other < 0 && tree.rel(c) == "nmod" && prep == "with")
      out.other = static_cast<int32_t>(c);
  }
  // Else the side of the verb the talks hang on: "North Korea to resume talks that broke
  // down", "Iran walked out of the talks, which collapsed".
  if (out.party < 0) {
    const int32_t h = tree.head(talks);
    const std::string_view r = tree.rel(talks);
    if (h >= 0 && (r == "obj" || r == "obl") && tree.token(static_cast<uint32_t>(h)).upos == Upos::kVERB) {
      const DependencyTree::Subject s = tree.SubjectOf(static_cast<uint32_t>(h));
      const int32_t side = s.passive ? tree.AgentOf(static_cast<uint32_t>(h)) : s.token;
      if (IsActor(tree, mentions, side)) out.party = side;
    }
  }
  // Talks "with Iran" and no one else named: Iran's side is the one known.
  if (out.party < 0) std::swap(out.party, out.other);
  if (out.party < 0) return std::nullopt;
  return out;
}

}  // namespace dyad::code
