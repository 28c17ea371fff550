// MinHash with 128 hash functions derived from one 64-bit shingle hash by multiply-xorshift
// mixing with per-function seeds; LSH with 32 bands of 4 rows, so pairs above about 0.45
// similarity usually share a band and are then checked exactly against the threshold.
#include "dedupe/near_duplicates.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "util/hash.h"

namespace dyad::dedupe {
namespace {

constexpr int kBands = 32;
constexpr int kRows = kMinHashSize / kBands;

uint64_t Mix(uint64_t x) { return SplitMix64Finish(x); }

uint64_t HashWord(std::string_view text, size_t begin, size_t end) {
  uint64_t h = kFnv1aSeed;  // FNV-1a over the folded bytes
  for (size_t i = begin; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h = Fnv1aStep(h, c);
  }
  return h;
}

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

const std::array<uint64_t, kMinHashSize>& Seeds() {
  static const auto seeds = [] {
    std::array<uint64_t, kMinHashSize> s{};
    for (int i = 0; i < kMinHashSize; ++i) s[i] = Mix(0x9e3779b97f4a7c15ULL * (i + 1));
    return s;
  }();
  return seeds;
}

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the earliest article leads
  }
};

// sig[k] = the least Mix(s ^ seeds[k]) over the shingles: 128 independent lanes of integer
// work a shingle, which the compiler vectorises; built for processors with AVX-512 (eight
// 64-bit products an instruction), with AVX2 and for the baseline, the processor choosing
// one at the first call (the same integers either way).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "avx2", "default")))
#endif
void FoldShingles(const uint64_t* shingles, size_t n, const uint64_t* seeds, uint64_t* sig) {
  for (size_t i = 0; i < n; ++i) {
    const uint64_t s = shingles[i];
    for (int k = 0; k < kMinHashSize; ++k) sig[k] = std::min(sig[k], Mix(s ^ seeds[k]));
  }
}

}  // namespace

Signature MinHash(std::string_view text) {
  std::vector<uint64_t> words;
  for (size_t i = 0; i < text.size();) {
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsWordByte(static_cast<unsigned char>(text[j]))) ++j;
    words.push_back(HashWord(text, i, j));
    i = j;
  }
  std::vector<uint64_t> shingles;
  if (words.size() < 4) {
    shingles = words;
  } else {
    shingles.reserve(words.size() - 3);
    for (size_t i = 0; i + 4 <= words.size(); ++i)
      shingles.push_back(Mix(words[i] ^ Mix(words[i + 1] ^ Mix(words[i + 2] ^ Mix(words[i + 3])))));
  }
  Signature sig;
  sig.fill(~uint64_t{0});
  FoldShingles(shingles.data(), shingles.size(), Seeds().data(), sig.data());
  return sig;
}

double Similarity(const Signature& a, const Signature& b) {
  int same = 0;
  for (int k = 0; k < kMinHashSize; ++k) same += a[k] == b[k];
  return static_cast<double>(same) / kMinHashSize;
}

std::vector<uint32_t> GroupNearDuplicates(const std::vector<Signature>& sigs,
                                          const NearDuplicateOptions& options) {
  UnionFind groups(sigs.size());
  for (int band = 0; band < kBands; ++band) {
    std::unordered_map<uint64_t, std::vector<uint32_t>> buckets;
    for (uint32_t i = 0; i < sigs.size(); ++i) {
      if (sigs[i][0] == ~uint64_t{0}) continue;  // an empty text matches nothing
      uint64_t h = static_cast<uint64_t>(band);
      for (int r = 0; r < kRows; ++r) h = Mix(h ^ sigs[i][band * kRows + r]);
      buckets[h].push_back(i);
    }
    for (const auto& [h, members] : buckets) {
      for (size_t x = 1; x < members.size(); ++x) {
        uint32_t a = members[0], b = members[x];
        if (groups.Find(a) == groups.Find(b)) continue;
        if (Similarity(sigs[a], sigs[b]) >= options.threshold) {
          groups.Join(a, b);
        } else {
          // Compare with the rest of the bucket too: the first member may be the odd one.
          for (size_t y = 1; y < x; ++y)
            if (Similarity(sigs[members[y]], sigs[b]) >= options.threshold) groups.Join(members[y], b);
        }
      }
    }
  }
  std::vector<uint32_t> out(sigs.size());
  for (uint32_t i = 0; i < sigs.size(); ++i) out[i] = groups.Find(i);
  return out;
}

}  // namespace dyad::dedupe
