// Shared body of the dictionary fuzzers: after a reader has filled a model, compile it,
// match the input's own words against it, and round-trip it through the cache format.
// Any crash, sanitizer report or a cache that does not read back is a bug.
#pragma once

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dict/cache.h"
#include "dict/dictionary.h"
#include "dict/tokenize.h"
#include "util/utf8.h"

namespace dyad::dict::fuzz {

inline void Exercise(Model model, std::string_view input) {
  const std::string bytes = SerializeModel(model, 1);
  if (!DeserializeModel(bytes, 1).ok()) std::abort();
  Dictionary::Builder builder;
  builder.Add(std::move(model));
  auto dict = builder.Finish();
  const std::string text = RepairUtf8(input);
  std::vector<std::string_view> forms;
  for (const TextToken& t : SplitWords(text)) forms.push_back(std::string_view(text).substr(t.begin, t.end - t.begin));
  std::vector<PhraseMatch> all = dict->FindAll(forms);
  for (const Mention& m : dict->FindMentions(forms)) {
    if (m.begin >= m.end || m.end > forms.size()) std::abort();
    (void)dict->MentionCode(m, all, Date{2023, 7, 27});
    (void)dict->PhraseOf(dict->entry(m.entry));
  }
  (void)dict->FindDiscards(forms);
  (void)dict->FindIssues(forms);
}

}  // namespace dyad::dict::fuzz
