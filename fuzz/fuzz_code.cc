// Fuzzes the whole coding of a text: any bytes, as an article's text, go through the
// pipeline (segmentation, tagging, parsing, mentions, the tree coder, dates and places)
// with dyad's own dictionaries and the shipped models. Nothing may crash, and every event
// must point inside the text: its sentence exists, its verb and actors' byte spans lie in
// the article, its code is in the ontology.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "code/ontology.h"
#include "pipeline/coder.h"

namespace {

const dyad::pipeline::Coder* Shipped() {
  static const std::shared_ptr<const dyad::pipeline::Coder> coder = [] {
    auto c = dyad::pipeline::Coder::Load({.dict = DYAD_SOURCE_DIR "/data/dict"});
    return c.ok() ? *c : nullptr;
  }();
  return coder.get();
}

bool Within(uint32_t begin, uint32_t end, size_t size) { return begin <= end && end <= size; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const dyad::pipeline::Coder* coder = Shipped();
  if (coder == nullptr) __builtin_trap();  // the shipped dictionaries and models must load
  auto coded = coder->CodeText(std::string(reinterpret_cast<const char*>(data), size), dyad::Date{2023, 7, 27});
  if (!coded.ok()) return 0;
  const size_t n = coded->article.text.size();
  for (const dyad::Event& e : coded->events) {
    if (e.sentence_index >= coded->doc.sentences.size()) __builtin_trap();
    if (!Within(e.verb.begin, e.verb.end, n) || !Within(e.source.begin, e.source.end, n)) __builtin_trap();
    if (!e.target.code.empty() && !Within(e.target.begin, e.target.end, n)) __builtin_trap();
    if (dyad::code::Ontology::Default().Find(e.cameo) == nullptr) __builtin_trap();
    if (e.source.code.empty()) __builtin_trap();
  }
  return 0;
}
