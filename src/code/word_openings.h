// The openings of a sentence's words (their first two letters, and their first letter
// alone) as a 256-bit set: a cheap test that a pattern cannot match a sentence. A pattern
// word matches a token's lower-cased form or lemma only when that string begins with the
// word's own first two letters (an exact word, a stem "ATTACK*", a word with endings, or
// the singular of an NNS "troops"; tree_pattern.h); words of one or two letters are
// looked for by their first letter, which a plural's "-ies" form keeps too ("ly" -> "lies"
// would not keep a second). So when a sentence's set lacks an opening that a pattern
// requires, the pattern fails there and need not be tried. Different openings can share a
// bit, so a set that covers a requirement says only that a match is possible.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace dyad::code {

class WordOpenings {
 public:
  // Adds the openings a token string `s` offers (nothing for "").
  void AddToken(std::string_view s) {
    if (s.empty()) return;
    Set(One(s[0]));
    if (s.size() >= 2) Set(Two(s[0], s[1]));
  }
  // Requires the opening a pattern word `w` needs (nothing for "").
  void RequireWord(std::string_view w) {
    if (w.empty()) return;
    Set(w.size() >= 3 ? Two(w[0], w[1]) : One(w[0]));
  }
  void Add(const WordOpenings& other) {
    for (size_t i = 0; i < bits_.size(); ++i) bits_[i] |= other.bits_[i];
  }
  // True when every opening of `required` is in this set.
  bool Covers(const WordOpenings& required) const {
    uint64_t missing = 0;
    for (size_t i = 0; i < bits_.size(); ++i) missing |= required.bits_[i] & ~bits_[i];
    return missing == 0;
  }
  // True when some opening of `other` is in this set.
  bool Intersects(const WordOpenings& other) const {
    uint64_t both = 0;
    for (size_t i = 0; i < bits_.size(); ++i) both |= other.bits_[i] & bits_[i];
    return both != 0;
  }

 private:
  static uint32_t One(char a) { return (static_cast<uint8_t>(a) * 0xC2B2AE3Du) >> 24; }
  static uint32_t Two(char a, char b) {
    return (static_cast<uint8_t>(a) * 0x9E3779B1u ^ static_cast<uint8_t>(b) * 0x85EBCA77u) >> 24;
  }
  void Set(uint32_t bit) { bits_[bit >> 6] |= uint64_t{1} << (bit & 63); }
  std::array<uint64_t, 4> bits_{};
};

}  // namespace dyad::code
