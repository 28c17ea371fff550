// Near-duplicate articles: wire copies, syndicated reprints and updated versions of one
// story. Each article's text becomes a MinHash signature over word 4-shingles; signatures
// are banded (locality-sensitive hashing) to find candidate pairs without comparing every
// pair, and candidates whose estimated Jaccard similarity reaches the threshold are joined
// into groups (union-find). Deterministic: the same inputs give the same groups.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::dedupe {

inline constexpr int kMinHashSize = 128;
using Signature = std::array<uint64_t, kMinHashSize>;

// The MinHash signature of `text`: words are runs of letters and digits, compared
// case-insensitively (ASCII); texts of fewer than four words use the words themselves.
Signature MinHash(std::string_view text);

// Estimated Jaccard similarity of the shingle sets behind two signatures.
double Similarity(const Signature& a, const Signature& b);

struct NearDuplicateOptions {
  double threshold = 0.8;  // estimated Jaccard similarity that makes two articles one story
};

// Groups articles by near-duplication. Returns, for each input signature, the index of
// its group's first member (so an article alone in its group maps to itself).
std::vector<uint32_t> GroupNearDuplicates(const std::vector<Signature>& signatures,
                                          const NearDuplicateOptions& options = {});

}  // namespace dyad::dedupe
