// Noun-phrase chunks of a sentence: the spans in which a dictionary match grows into a
// mention. Three sources, best first: the dependency parse (a nominal head and its
// determiners, adjectives, compounds, flat names, possessors and numbers), the
// part-of-speech tags (runs of determiners, adjectives, nouns, numbers and possessive
// markers), and, for untagged text, the dictionary matches themselves (adjacent matches
// joined, with "'s" between them). Coordination ("and") and prepositional phrases
// always end a chunk: compounds and "president of Gondor" are built from chunks later.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "dyad/document.h"

namespace dyad::actors {

struct Chunk {
  uint32_t begin = 0, end = 0;  // absolute token indexes, end exclusive
  uint32_t head = 0;
};

enum class Analysis : uint8_t { kNone, kTagged, kParsed };

// What a sentence's tokens carry: kParsed when any token has a dependency relation,
// kTagged when any has a part of speech.
Analysis AnalysisOf(const Document& doc, const Sentence& s);

// A token range found by the dictionary (absolute indexes), used by the untagged mode.
struct Span {
  uint32_t begin = 0, end = 0;
};

// The chunks of `s`, in order and disjoint, each with a nominal head. `matches` are the
// dictionary matches of the sentence in order; chunks from tags or the parse that cut a
// match are widened to cover it; a match that no chunk touches is a chunk of its own, with
// the determiner right before it that no chunk holds ("the West" with "the" hung elsewhere).
std::vector<Chunk> NounPhrases(const Document& doc, const Sentence& s, std::span<const Span> matches);

}  // namespace dyad::actors
