// The default target of a predicate (default_target.h).
#include "code/default_target.h"

#include <algorithm>
#include <string>
#include <vector>

#include "code/clause_rules.h"
#include "code/word_sets.h"

namespace dyad::code {

using actors::Mention;
using actors::MentionIndex;

bool HyphenedToParticiple(const DependencyTree& tree, uint32_t u) {
  return u + 2 < tree.end() && tree.lower(u + 1) == "-" && !tree.token(u).space_after &&
         !tree.token(u + 1).space_after &&
         (tree.token(u + 2).upos == Upos::kVERB || tree.token(u + 2).upos == Upos::kADJ);
}

// Verbs of fighting or quarrelling, whose "over" phrase says what about, not with whom.
bool IsDisputeVerb(std::string_view lemma) {
  return IsAny(lemma, {"fight", "clash", "battle", "argue", "quarrel", "feud", "spar", "wrangle", "bicker", "squabble",
                       "dispute", "compete", "vie", "split", "disagree"});
}

bool IsTimeSpan(std::string_view lemma) {
  return IsAny(lemma, {"minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "year", "decade",
                       "century"});
}

int32_t DefaultTarget(const DependencyTree& tree, uint32_t pred, const MentionIndex& idx,
                      std::span<const Mention> mentions, int32_t source_mention,
                      std::span<const uint32_t> coded) {
  auto actor = [&](uint32_t c) { return idx.Outermost(c) >= 0; };
  const bool dispute = IsDisputeVerb(tree.lemma(pred));
  for (std::string_view r : {"obj", "iobj"}) {
    const int32_t c = tree.Child(pred, r);
    if (c >= 0 && actor(static_cast<uint32_t>(c))) return c;
  }
  auto preferred = [](std::string_view p) {
    return p == "to" || p == "with" || p == "against" || p == "on" || p == "at" || p == "for" || p == "toward" ||
           p == "towards" || p == "into" || p == "upon" || p == "over";
  };
  // An agent alone with a possessive pronoun ("to his government", "on his first official
  // visit") names no one in particular: any named actor comes first.
  auto vague = [&](uint32_t c) {
    const Mention& m = mentions[static_cast<size_t>(idx.Outermost(c))];
    if (m.kind != actors::MentionKind::kAgentOnly) return false;
    for (uint32_t t = m.begin; t < m.end; ++t)
      if (tree.token(t).upos == Upos::kPRON) return true;
    return false;
  };
  int32_t other = -1, weak = -1;
  // With an "against" phrase too, a "with" phrase names an ally: "the Kurdish forces that
  // fought with the U.S. against the Islamic State".
  for (uint32_t c : tree.children(pred))
    if (tree.rel(c) == "obl" && tree.CaseOf(c) == "against" && actor(c) && !vague(c)) return static_cast<int32_t>(c);
  for (uint32_t c : tree.children(pred)) {
    if (tree.rel(c) != "obl" || tree.full_rel(c) == "obl:agent" || !actor(c)) continue;
    const std::string_view p = tree.CaseOf(c);
    if (dispute && p == "over") continue;
    // (Nor the capacity an actor acts in: "resigning as a shadow housing minister".)
    if (p == "by" || p == "according" || p == "despite" || p == "since" || p == "during" || p == "like" || p == "as")
      continue;
    if (vague(c)) {
      if (weak < 0) weak = static_cast<int32_t>(c);
      continue;
    }
    if (preferred(p)) return static_cast<int32_t>(c);
    if (other < 0) other = static_cast<int32_t>(c);
  }
  // A speech verb speaks to its object or a "to" phrase, not to what its words are about.
  if (IsReportingVerb(tree.lemma(pred))) return -1;
  // An actor attached to the object: "restore ties with Gondor", "condemned an attack by
  // Osgiliath soldiers".
  const int32_t obj = tree.Child(pred, "obj");
  // What follows a noun measuring time in its phrase, an object or an adjunct of the
  // predicate ("comes a day[obj] before Sarkozy heads to Beijing"), is when, not whom.
  auto anchor = [&](uint32_t t) {
    for (uint32_t c : tree.children(pred))
      if ((tree.rel(c) == "obj" || tree.rel(c) == "obl") && c < t && IsTimeSpan(tree.lemma(c)) && tree.Dominates(c, t))
        return true;
    return false;
  };
  // Whom the sentence is attributed to, wherever the parse hung the phrase ("endorsing two
  // bills[obj], according to lawmakers[nmod of bills]"), is no party; nor is what a fight or
  // quarrel is over ("continue to fight over the future of Syria").
  auto attributed = [&](uint32_t t) {
    for (int32_t u = static_cast<int32_t>(t), hops = 0; u >= 0 && u != static_cast<int32_t>(pred) && hops < 64;
         u = tree.head(static_cast<uint32_t>(u)), ++hops) {
      const std::string_view c = tree.CaseOf(static_cast<uint32_t>(u));
      if (c == "according" || (dispute && c == "over")) return true;
    }
    return false;
  };
  if (obj >= 0) {
    for (uint32_t c : tree.children(static_cast<uint32_t>(obj)))
      if (tree.rel(c) == "nmod" && tree.full_rel(c) != "nmod:poss" && actor(c) && !anchor(c) && !attributed(c))
        return static_cast<int32_t>(c);
  }
  // The first actor inside the object's or an obl's phrase, as PETRARCH reads a verb
  // phrase ("welcomed their resumption of ties with Osgiliath", "cordoned off the roads
  // leading into Mordor"), passing over references back to the source ("their").
  const std::vector<std::string>* source_codes =
      source_mention >= 0 ? &mentions[static_cast<size_t>(source_mention)].codes : nullptr;
  auto first_inside = [&](uint32_t root) -> int32_t {
    for (uint32_t t : tree.Clause(root)) {
      const int32_t m = idx.Outermost(t);
      if (m < 0 || anchor(t) || attributed(t) || HyphenedToParticiple(tree, mentions[static_cast<size_t>(m)].end - 1))
        continue;
      if (source_codes != nullptr && mentions[static_cast<size_t>(m)].codes == *source_codes) continue;
      return static_cast<int32_t>(t);
    }
    return -1;
  };
  if (obj >= 0) {
    const int32_t inside = first_inside(static_cast<uint32_t>(obj));
    if (inside >= 0) return inside;
  }
  if (other >= 0) return other;
  if (weak >= 0) return weak;
  // A nominal xcomp that a comma sets off from the predicate is a speaker the parser hung
  // there ("backing the plan, Gondor's envoy Faramir said").
  auto set_off = [&](uint32_t c) {
    for (uint32_t t = pred + 1; t < c; ++t)
      if (tree.token(t).upos == Upos::kPUNCT) return true;
    return false;
  };
  for (uint32_t c : tree.children(pred)) {
    const Upos u = tree.token(c).upos;
    if (tree.rel(c) == "xcomp" && (u == Upos::kPROPN || u == Upos::kNOUN || u == Upos::kPRON) && actor(c) &&
        !set_off(c))
      return static_cast<int32_t>(c);
  }
  // A speech verb's adjuncts say what its words are about ("announced bans on travel to
  // Canada"), not whom they address.
  const bool speech = IsSpeechVerb(tree.lemma(pred));
  // Nor does the occasion it happened on or the picture that shows it ("In a surprise trip
  // to Iraq, Trump defended his decision", "salutes during a visit to ..., in this photo
  // released by KCNA").
  auto occasion = [&](uint32_t c) {
    return IsAny(tree.CaseOf(c), {"in", "during", "at", "on"}) &&
           IsAny(tree.lemma(c), {"trip", "visit", "tour", "interview", "speech", "address", "remark", "statement",
                                 "conference", "tweet", "letter", "briefing", "hearing", "appearance", "op-ed",
                                 "photo", "photograph", "image", "picture", "video", "footage", "handout"});
  };
  for (uint32_t c : tree.children(pred)) {
    if (speech || tree.rel(c) != "obl" || IsAny(tree.CaseOf(c), {"by", "according", "as", "including"}) || occasion(c))
      continue;
    const int32_t inside = first_inside(c);
    if (inside >= 0) return inside;
  }
  // A place or party a clause on the object leads to or comes from: "cordoned off the
  // roads leading into Mordor", "welcomed memos sent by Bree".
  for (uint32_t c : tree.children(pred)) {
    if (speech || (tree.rel(c) != "obj" && tree.rel(c) != "obl") || occasion(c)) continue;
    for (uint32_t t : tree.Complement(c)) {
      const int32_t m = idx.Outermost(t);
      if (m < 0 || t == c || tree.rel(t) == "nmod:poss" || anchor(t)) continue;
      const std::string_view p = tree.CaseOf(t);
      if (p == "into" || p == "to" || p == "toward" || p == "towards" || p == "by" || p == "from") return static_cast<int32_t>(t);
    }
  }
  // Last, the first actor of a clausal complement that is not coded itself ("allowed
  // that Mordor isn't a pleasant place").
  for (uint32_t c : tree.children(pred)) {
    if (tree.rel(c) != "ccomp") continue;
    const int32_t inside = first_inside(c);
    if (inside >= 0) return inside;
  }
  // Else, as PETRARCH reads a verb phrase, the first actor after the predicate anywhere in
  // its complement before a comma ("vowed to wage war on the Rohans", "marched very close
  // to the border with Mordor", "expressed hopes that Osgiliath could be drawn in"), again
  // passing over references back to the source; what a comma sets off ("attacked, Ukraine
  // said") is not the verb's, nor what a coded predicate below it governs (`coded`: the
  // predicates still standing), nor what a speech verb's words are about.
  if (speech) return -1;
  const std::vector<uint32_t> comp = tree.Complement(pred);
  for (uint32_t t = pred + 1; t < tree.end(); ++t) {
    if (tree.lower(t) == ",") break;
    if (!std::binary_search(comp.begin(), comp.end(), t) || anchor(t) || attributed(t)) continue;
    // Inside an "as" phrase of the predicate, its occasion, or an example of something else
    // ("fought in the war – including the grave of Mao's son").
    bool capacity = false;
    for (uint32_t c : tree.children(pred))
      if (tree.rel(c) == "obl" && (IsAny(tree.CaseOf(c), {"as", "including"}) || occasion(c)) && tree.Dominates(c, t))
        capacity = true;
    if (capacity) continue;
    bool own = true;
    for (int32_t u = tree.head(t); u >= 0 && u != static_cast<int32_t>(pred) && own; u = tree.head(static_cast<uint32_t>(u)))
      own = std::find(coded.begin(), coded.end(), static_cast<uint32_t>(u)) == coded.end();
    if (!own) continue;
    const int32_t m = idx.Outermost(t);
    if (m < 0 || HyphenedToParticiple(tree, mentions[static_cast<size_t>(m)].end - 1) ||
        (source_codes != nullptr && mentions[static_cast<size_t>(m)].codes == *source_codes))
      continue;
    return static_cast<int32_t>(t);
  }
  return -1;
}

}  // namespace dyad::code
