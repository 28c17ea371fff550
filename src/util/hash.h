// Small integer hashing shared by the places that build their own tables: FNV-1a, which can
// be extended a byte at a time (a word's prefixes), and the splitmix64 finaliser, which
// mixes every input bit into the low and the high bits alike.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad {

inline constexpr uint64_t kFnv1aSeed = 0xcbf29ce484222325ULL;

inline uint64_t Fnv1aStep(uint64_t h, unsigned char c) { return (h ^ c) * 0x100000001b3ULL; }

// FNV-1a over the bytes of `s`.
inline uint64_t Fnv1a(std::string_view s) {
  uint64_t h = kFnv1aSeed;
  for (char c : s) h = Fnv1aStep(h, static_cast<unsigned char>(c));
  return h;
}

inline uint64_t SplitMix64Finish(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace dyad
