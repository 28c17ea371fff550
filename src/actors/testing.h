// Test helpers for mentions: compact hand-annotated sentences, the shipped dictionary,
// and one-line renderings of mentions to compare against expected tables.
#pragma once

#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "actors/conllu_document.h"
#include "actors/mention.h"
#include "dict/load.h"
#include "dyad/document.h"

namespace dyad::actors::testing {

// One sentence as "form/UPOS/XPOS/HEAD/DEPREL ..." (HEAD 1-based, 0 the root); a token
// written as "form/UPOS/XPOS" is tagged but unparsed, a bare "form" is untagged.
inline std::string SentenceToConllu(std::string_view compact) {
  std::istringstream in{std::string(compact)};
  std::string item, out;
  int id = 0;
  while (in >> item) {
    std::vector<std::string> f;
    std::istringstream parts(item);
    for (std::string p; std::getline(parts, p, '/');) f.push_back(p);
    if (item.size() > 1 && item[0] == '/') f = {"/"};  // the slash itself
    f.resize(5, "_");
    out += std::to_string(++id) + "\t" + f[0] + "\t_\t" + f[1] + "\t" + f[2] + "\t_\t" + f[3] + "\t" + f[4] +
           "\t_\t_\n";
  }
  return out + "\n";
}

inline Document Annotated(const std::vector<std::string_view>& sentences) {
  std::string conllu;
  for (std::string_view s : sentences) conllu += SentenceToConllu(s);
  auto doc = DocumentFromConllu(conllu);
  return doc.ok() ? std::move(doc).value() : Document{};
}

// dyad's own dictionaries from the source tree (no cache written).
inline std::shared_ptr<const dict::Dictionary> ShippedDictionary() {
  auto d = dict::Load(std::string(DYAD_SOURCE_DIR) + "/data/dict", {.read_cache = true, .write_cache = false});
  return d.ok() ? *d : nullptr;
}

// "text|CODE+CODE|kind" for each mention.
inline std::vector<std::string> Render(const Document& doc, const std::vector<Mention>& mentions) {
  std::vector<std::string> out;
  for (const Mention& m : mentions) {
    std::string codes;
    for (const std::string& c : m.codes) codes += (codes.empty() ? "" : "+") + c;
    out.push_back(doc.text.substr(m.byte_begin, m.byte_end - m.byte_begin) + "|" + codes + "|" +
                  std::string(MentionKindName(m.kind)));
  }
  return out;
}

}  // namespace dyad::actors::testing
