// The parser's feature templates, after Zhang and Nivre (2011) adapted to the arc-hybrid
// system: words and tags of the top three stack items and the first three buffer items,
// their leftmost and rightmost dependents and those dependents' labels, the distance
// between s0 and b0, dependent counts (valency) and the sets of labels already attached.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "parse/arc_hybrid.h"

namespace dyad::parse {

inline constexpr int kMaxParseFeatures = 112;

// Per-word atoms of one sentence: index 0 is the root, 1..n the words.
struct SentenceAtoms {
  std::vector<uint64_t> word, tag;
};

// Atoms of a tagged sentence: the normalised form and the UPOS+XPOS pair of each word.
SentenceAtoms ComputeSentenceAtoms(std::span<const std::string_view> forms,
                                   std::span<const std::string_view> upos,
                                   std::span<const std::string_view> xpos);

// Writes the features of `s` into f; returns their count (at most kMaxParseFeatures).
int ExtractParseFeatures(const State& s, const SentenceAtoms& atoms, uint64_t* f);

}  // namespace dyad::parse
