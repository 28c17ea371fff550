// The openings of a sentence's words as a 4096-bit set: a cheap test that a pattern cannot
// match a sentence. A pattern word matches a token's lower-cased form or lemma only when
// that string begins with the word itself (an exact word, a stem "ATTACK*", a word with
// endings), or, for the singular of an NNS ("troop" for "troops", "party" for "parties"),
// with the word less a final 'y' (tree_pattern.h). So a token adds every beginning of its
// strings (up to kMaxOpening letters), a pattern word requires its own (less a final 'y',
// at most kMaxOpening letters), and when a sentence's set lacks a beginning that a pattern
// requires, the pattern fails there and need not be tried. Different beginnings can share
// a bit, so a set that covers a requirement says only that a match is possible.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "util/hash.h"

namespace dyad::code {

// The bit of a pattern word's beginning (WordOpenings::BitOf), or -1 for a word that
// requires none.
int OpeningBit(std::string_view w);

// The bits of words that a match needs all of (WordOpenings::Covers). Past kMax words the
// rest are left out: a test of fewer words still turns away only patterns that cannot
// match.
class OpeningNeeds {
 public:
  static constexpr size_t kMax = 6;
  void RequireWord(std::string_view w) {
    const int bit = OpeningBit(w);
    if (bit < 0 || size_ == kMax || std::find(bits_.begin(), bits_.begin() + size_, bit) != bits_.begin() + size_) return;
    bits_[size_++] = static_cast<uint16_t>(bit);
  }
  std::span<const uint16_t> bits() const { return {bits_.data(), size_}; }

 private:
  std::array<uint16_t, kMax> bits_{};
  uint8_t size_ = 0;
};

// The bits of words one of which a match needs (WordOpenings::Intersects): every one
// counts, however many.
class OpeningChoices {
 public:
  void AllowWord(std::string_view w) {
    const int bit = OpeningBit(w);
    if (bit >= 0 && std::find(bits_.begin(), bits_.end(), bit) == bits_.end()) bits_.push_back(static_cast<uint16_t>(bit));
  }
  std::span<const uint16_t> bits() const { return bits_; }

 private:
  std::vector<uint16_t> bits_;
};

class WordOpenings {
 public:
  static constexpr size_t kBits = 4096;
  static constexpr size_t kMaxOpening = 12;

  // Adds the beginnings a token string `s` offers (nothing for "").
  void AddToken(std::string_view s) {
    uint64_t h = kFnv1aSeed;
    const size_t n = std::min(s.size(), kMaxOpening);
    for (size_t i = 0; i < n; ++i) {
      h = Fnv1aStep(h, static_cast<unsigned char>(s[i]));
      Set(Bit(h));
    }
  }
  bool Has(uint16_t bit) const { return (bits_[bit >> 6] >> (bit & 63)) & 1; }
  // True when every bit of `required` is in this set.
  bool Covers(std::span<const uint16_t> required) const {
    for (uint16_t b : required)
      if (!Has(b)) return false;
    return true;
  }
  bool Covers(const OpeningNeeds& required) const { return Covers(required.bits()); }
  // True when some bit of `choices` is in this set.
  bool Intersects(std::span<const uint16_t> choices) const {
    for (uint16_t b : choices)
      if (Has(b)) return true;
    return false;
  }
  bool Intersects(const OpeningChoices& choices) const { return Intersects(choices.bits()); }

  // The bit of the beginning of `s` of length min(n, kMaxOpening) (n <= s.size(), n > 0).
  static uint16_t BitOf(std::string_view s, size_t n) {
    uint64_t h = kFnv1aSeed;
    for (size_t i = 0; i < std::min(n, kMaxOpening); ++i) h = Fnv1aStep(h, static_cast<unsigned char>(s[i]));
    return Bit(h);
  }

 private:
  static uint16_t Bit(uint64_t h) { return static_cast<uint16_t>(h * 0x9e3779b97f4a7c15ULL >> 52); }
  void Set(uint16_t bit) { bits_[bit >> 6] |= uint64_t{1} << (bit & 63); }
  std::array<uint64_t, kBits / 64> bits_{};
};

inline int OpeningBit(std::string_view w) {
  // "party" matches the plural "parties" (TokenMatches), which begins with "part" alone;
  // "y" would match "ies", which begins with nothing of it.
  const size_t n = !w.empty() && w.back() == 'y' ? w.size() - 1 : w.size();
  if (n == 0) return -1;
  return WordOpenings::BitOf(w, n);
}

}  // namespace dyad::code
