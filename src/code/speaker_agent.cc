// Agents anywhere in a speaker's noun phrase (speaker_agent.h).
#include "code/speaker_agent.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dict/model.h"

namespace dyad::code {
namespace {

// The relations that keep a word inside its noun's phrase.
bool InPhrase(std::string_view rel) {
  return rel == "det" || rel == "amod" || rel == "compound" || rel == "nummod" || rel == "flat" || rel == "advmod";
}

void Collect(const DependencyTree& tree, uint32_t t, std::vector<uint32_t>* out) {
  out->push_back(t);
  for (uint32_t c : tree.children(t))
    if (InPhrase(tree.rel(c))) Collect(tree, c, out);
}

}  // namespace

int32_t SpeakerHead(const DependencyTree& tree, uint32_t verb, int32_t subject) {
  if (subject < 0) return -1;
  const auto s = static_cast<uint32_t>(subject);
  const int32_t noun = tree.head(verb);
  if (tree.full_rel(verb) == "acl:relcl" && noun >= 0 && static_cast<uint32_t>(noun) + 1 == s &&
      tree.token(s).upos == Upos::kPROPN && tree.token(static_cast<uint32_t>(noun)).upos == Upos::kNOUN)
    return noun;
  return subject;
}

std::optional<EventActor> PhraseAgent(const Document& doc, const DependencyTree& tree, const dict::Dictionary& dict,
                                      uint32_t head) {
  std::vector<uint32_t> words;
  Collect(tree, head, &words);
  // The name the parse hung on the noun as a relative clause's subject is part of it.
  for (uint32_t c : tree.children(head))
    if (tree.full_rel(c) == "acl:relcl") {
      const int32_t s = tree.Child(c, "nsubj");
      if (s >= 0 && static_cast<uint32_t>(s) == head + 1) Collect(tree, static_cast<uint32_t>(s), &words);
    }
  const auto [lo, hi] = std::minmax_element(words.begin(), words.end());
  const uint32_t first = *lo, last = *hi;
  std::vector<std::string_view> forms;
  for (uint32_t t = first; t <= last; ++t) forms.push_back(doc.Form(doc.tokens[t]));
  std::string code;
  bool agent = false;
  for (const dict::Mention& m : dict.FindMentions(forms)) {
    const dict::Entry& e = dict.entry(m.entry);
    if (e.kind != dict::Entry::Kind::kAgent) return std::nullopt;  // an actor: the mention's business
    code = dict::ComposeAgent(code, dict.model().agents[e.index]);
    agent = true;
  }
  if (!agent || code.empty()) return std::nullopt;
  const uint32_t b = doc.tokens[first].begin, e = doc.tokens[last].end;
  return EventActor{code, "", doc.text.substr(b, e - b), b, e};
}

int32_t TrailingAttributionStart(const DependencyTree& tree, uint32_t verb) {
  const int32_t subject = tree.Child(verb, "nsubj");
  if (subject < 0 || subject > static_cast<int32_t>(verb)) return -1;
  // The attribution runs from its subject's phrase to the sentence's end, all of it the
  // verb's (a clause the parse hung on the verb before its subject is not part of it).
  uint32_t lo = static_cast<uint32_t>(subject);
  for (uint32_t t = tree.begin(); t < lo; ++t)
    if (tree.token(t).upos != Upos::kPUNCT && tree.Dominates(static_cast<uint32_t>(subject), t)) lo = t;
  for (uint32_t t = lo; t < tree.end(); ++t)
    if (tree.token(t).upos != Upos::kPUNCT && !tree.Dominates(verb, t)) return -1;
  if (lo == tree.begin() || tree.lower(lo - 1) != ",") return -1;
  return static_cast<int32_t>(lo);
}

}  // namespace dyad::code
