// Fuzzes the readers of dyad's model files (tag/tagger.h, tag/lemmatizer.h,
// parse/parser.h): the first byte picks the kind, the rest are the file's decoded bytes.
// Any bytes must either fail with DataLoss or give a model whose tables stay in range when
// it tags, lemmatizes or parses a fixed sentence.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "parse/parser.h"
#include "tag/lemmatizer.h"
#include "tag/tagger.h"

namespace {

const std::vector<std::string_view> kForms = {"Russia", "accused", "the", "rebels", "of", "shelling", "Kyiv", "."};
const std::vector<std::string_view> kUpos = {"PROPN", "VERB", "DET", "NOUN", "ADP", "VERB", "PROPN", "PUNCT"};
const std::vector<std::string_view> kXpos = {"NNP", "VBD", "DT", "NNS", "IN", "VBG", "NNP", "."};

template <class R>
bool Failed(const R& r) {
  if (r.ok()) return false;
  if (r.status().code() != dyad::StatusCode::kDataLoss) __builtin_trap();
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 3) {
    case 0: {
      auto t = dyad::tag::Tagger::FromBytes(bytes);
      if (Failed(t)) return 0;
      std::vector<dyad::tag::TagResult> tags;
      t->TagSentence(kForms, &tags);
      if (tags.size() != kForms.size()) __builtin_trap();
      break;
    }
    case 1: {
      auto l = dyad::tag::Lemmatizer::FromBytes(bytes);
      if (Failed(l)) return 0;
      for (size_t i = 0; i < kForms.size(); ++i) (void)l->Lemmatize(kForms[i], kUpos[i], kXpos[i]);
      break;
    }
    default: {
      auto p = dyad::parse::Parser::FromBytes(bytes);
      if (Failed(p)) return 0;
      std::vector<int> heads, labels;
      p->ParseSentence(kForms, kUpos, kXpos, 1, &heads, &labels);
      if (heads.size() != kForms.size() || labels.size() != kForms.size()) __builtin_trap();
      for (size_t i = 0; i < heads.size(); ++i) {
        if (heads[i] < 0 || heads[i] > static_cast<int>(kForms.size())) __builtin_trap();
        (void)p->LabelName(labels[i]);
      }
      break;
    }
  }
  return 0;
}
