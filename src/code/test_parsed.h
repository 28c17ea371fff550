// Test helper: a one-sentence Document from hand-written words, each "form/lemma/UPOS/
// HEAD/DEPREL" with HEAD 1-based (0 for the root), for the tree coder's rule tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "actors/conllu_document.h"
#include "dyad/document.h"

namespace dyad::code::testing {

// An empty Document when the words do not make a valid CoNLL-U sentence.
inline Document Parsed(const std::vector<std::string>& words) {
  std::string conllu;
  int id = 0;
  for (const std::string& w : words) {
    std::vector<std::string> f;
    size_t p = 0;
    for (size_t q; (q = w.find('/', p)) != std::string::npos; p = q + 1) f.push_back(w.substr(p, q - p));
    f.push_back(w.substr(p));
    conllu += std::to_string(++id) + "\t" + f[0] + "\t" + f[1] + "\t" + f[2] + "\t_\t_\t" + f[3] + "\t" + f[4] +
              "\t_\t_\n";
  }
  auto doc = actors::DocumentFromConllu(conllu + "\n");
  return doc.ok() ? std::move(doc).value() : Document{};
}

}  // namespace dyad::code::testing
