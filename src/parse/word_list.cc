#include "parse/word_list.h"

#include <algorithm>
#include <functional>

#include "tag/perceptron.h"
#include "tag/word_shape.h"

namespace dyad::parse {

WordList::WordList(std::vector<uint64_t> hashes) : hashes_(std::move(hashes)) {
  std::sort(hashes_.begin(), hashes_.end());
  hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
}

bool WordList::Contains(uint64_t norm_hash) const {
  return std::binary_search(hashes_.begin(), hashes_.end(), norm_hash);
}

void WordList::Save(tag::ByteWriter* out) const { out->PutVector(hashes_); }

Result<WordList> WordList::Load(tag::ByteReader* in) {
  WordList list;
  RETURN_IF_ERROR(in->GetVector(&list.hashes_));
  if (std::adjacent_find(list.hashes_.begin(), list.hashes_.end(), std::greater_equal<uint64_t>()) !=
      list.hashes_.end())
    return DataLoss("parser model: its word list is not sorted");
  return list;
}

uint64_t UnknownWordAtom(std::string_view form) {
  // The shape's hash mixed with a constant of its own, apart from the forms' atoms.
  return tag::Mix(0x756e6b6e6f776eULL, tag::HashShape(form));
}

}  // namespace dyad::parse
