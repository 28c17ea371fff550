// Test helper: where the reference data in ../shared lives ($DYAD_SHARED when set, else
// the folder beside the source tree), and a loader that says why it found nothing.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "tag/conllu.h"

namespace dyad::tag::testing {

inline std::string SharedPath(const std::string& rel) {
  const char* env = std::getenv("DYAD_SHARED");
  std::string root = env && *env ? env : std::string(DYAD_SOURCE_DIR) + "/../shared";
  return root + "/" + rel;
}

inline std::string EwtPath(const std::string& part) {
  return SharedPath("data/ud/UD_English-EWT/en_ewt-ud-" + part + ".conllu");
}

// The first `limit` sentences of a treebank, or none when the file is absent.
inline std::vector<ConlluSentence> LoadTreebank(const std::string& path, size_t limit = 0) {
  if (!std::filesystem::exists(path)) return {};
  auto r = ReadConllu(path);
  if (!r.ok()) return {};
  if (limit && r->size() > limit) r->resize(limit);
  return std::move(*r);
}

}  // namespace dyad::tag::testing
