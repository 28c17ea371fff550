// The default target of a predicate, when no pattern binds one: who a verb is aimed at,
// read from its object, its prepositional phrases and, as PETRARCH reads a verb phrase, the
// first actor of its complement; with the word tests the tree coder shares with it.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "actors/mention.h"
#include "code/dependency_tree.h"

namespace dyad::code {

// True when `u` is a word joined by a hyphen to the participle after it ("a
// government-held part", "Moscow-based"): it modifies the noun after them and names no
// actor of the phrase, whatever the parse made of it.
bool HyphenedToParticiple(const DependencyTree& tree, uint32_t u);

// True for a noun measuring time ("comes a day before Sarkozy heads to Beijing"): parsed as
// an object, it is an adjunct of time, and what follows it in its phrase (the act it is
// measured from) is no party to the predicate's act.
bool IsTimeSpan(std::string_view lemma);

// The default target of a verb: its object or indirect object; else an obl whose noun an
// actor covers, a preposition of direction or opposition first; else an actor attached
// to the object ("restore ties with Gondor", "fired shells at New Zealand"); else any
// other obl ("in Michel Delving"); else a nominal xcomp that no comma sets off (a parser's
// reading of "accused X of ..."); else an actor deeper in those phrases or the complement,
// passing over what a speech verb's adjuncts are about and what follows a noun measuring
// time. `source_mention` is the source's mention (references back to it are passed over), -1 for
// none; `coded` the predicates still standing, whose own arguments are not this one's. -1
// when no actor is found.
int32_t DefaultTarget(const DependencyTree& tree, uint32_t pred, const actors::MentionIndex& idx,
                      std::span<const actors::Mention> mentions, int32_t source_mention,
                      std::span<const uint32_t> coded = {});

}  // namespace dyad::code
