// PhraseMatcher: every dictionary phrase found in a token sequence, in one left-to-right
// pass. Phrases are words with TABARI-style connectors (exact, regular endings, stem,
// case-sensitive; adjacent or with a gap allowed before the next word), compiled into a
// token trie whose edges are keyed by (node, match kind, gap, word id). Each token is
// folded once and looked up once in the vocabulary; tokens outside the vocabulary cost
// one hash probe, which is what makes matching fast on news text.
//
// Built once (Builder::Add..., Finish), then immutable: FindAll is const and may run from
// any number of threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dict/model.h"

namespace dyad::dict {

struct PhraseMatch {
  uint32_t begin = 0, end = 0;  // token indexes, end exclusive
  uint32_t id = 0;              // as given to Builder::Add
  auto operator<=>(const PhraseMatch&) const = default;
};

class PhraseMatcher {
 public:
  // At most this many tokens may stand between two words joined by a gap connector.
  static constexpr int kDefaultMaxGap = 3;

  class Builder {
   public:
    explicit Builder(int max_gap = kDefaultMaxGap);
    ~Builder();
    // Adds a phrase whose words are already split as tokens. Returns false (and adds
    // nothing) for a phrase with no words or an empty word.
    bool Add(std::span<const Word> words, uint32_t id);
    // Freezes what was added. The builder is empty afterwards.
    PhraseMatcher Finish();

   private:
    struct State;
    std::unique_ptr<State> s_;
  };

  PhraseMatcher();
  ~PhraseMatcher();
  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;

  // Appends to *out every distinct (begin, end, id) such that phrase `id` matches tokens
  // begin..end-1: its first word at `begin`, its last at end-1, each next word on the
  // following token or, after a gap connector, within max_gap tokens. `tokens` are the
  // tokens as written (case folding happens here). Output is sorted. A token that joins
  // words with underscores, as the dictionaries write phrases ("Dol_Amroth"), is matched as
  // those words, and only whole tokens begin and end a match.
  void FindAll(std::span<const std::string_view> tokens, std::vector<PhraseMatch>* out) const;

  // Keeps from `matches` (sorted, as FindAll returns them) the leftmost-longest ones that
  // do not overlap; among equal spans the lowest id wins.
  static std::vector<PhraseMatch> LeftmostLongest(std::span<const PhraseMatch> matches);

  size_t node_count() const;
  size_t vocabulary_size() const;
  size_t MemoryBytes() const;

 private:
  // FindAll over tokens that are each one word.
  void FindAllWords(std::span<const std::string_view> tokens, std::vector<PhraseMatch>* out) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad::dict
