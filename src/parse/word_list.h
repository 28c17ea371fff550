// The words a parser trained with word dropout saw in training, held as hashes of their
// normalised forms (tag::HashNormalized). Such a parser reads every other word as its
// shape (UnknownWordAtom), the atom that training gave to its rarest words part of the
// time, so that a word it never saw still finds weights instead of none. Parser::Train's
// `word_dropout`; docs/ACCURACY.md has the figures.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "tag/model_io.h"

namespace dyad::parse {

class WordList {
 public:
  WordList() = default;
  // Any order, repeats allowed.
  explicit WordList(std::vector<uint64_t> hashes);

  bool empty() const { return hashes_.empty(); }
  size_t size() const { return hashes_.size(); }
  // Whether the word whose normalised form hashes to `norm_hash` is in the list.
  bool Contains(uint64_t norm_hash) const;

  // A count, then the sorted hashes. Load: DataLoss when they are not sorted and distinct,
  // or cut short.
  void Save(tag::ByteWriter* out) const;
  static Result<WordList> Load(tag::ByteReader* in);

  bool operator==(const WordList&) const = default;

 private:
  std::vector<uint64_t> hashes_;  // sorted, distinct
};

// The parser's atom for a word read as its shape: the same for every word of one shape
// ("Xx": "Zorblax", "Quintar"), and never the atom of a word's own form.
uint64_t UnknownWordAtom(std::string_view form);

}  // namespace dyad::parse
