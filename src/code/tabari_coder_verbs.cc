// The TABARI coder's verbs (see tabari_coder.h): which tokens are verbs of the dictionary,
// and the complexity rules that count them.
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "code/tabari_coder.h"
#include "code/tabari_words.h"

namespace dyad::code {
namespace {

using tabari::IsDeterminer;

// True when `key`, a form of `block`'s verb, may begin a longer token: the root verb
// is written as a stem, one word ending in a letter ("RESTOR", unlike "DEPART_" or
// "BAN="), or `key` is a listed irregular form beyond the root's regular endings
// ("{ ... ACTUALITY }" of "ACT_").
bool IsStemVerb(const dict::VerbBlock& block, const std::string& key) {
  const std::string& n = block.name;
  if (!n.empty() && std::isalpha(static_cast<unsigned char>(n.back())) && n.find_first_of("_ \t") == std::string::npos) {
    return true;
  }
  for (const dict::VerbForm& f : block.verbs) {
    const std::string& root = f.words[f.inflected];
    if (std::find(f.forms.begin(), f.forms.end(), key) != f.forms.end() &&
        (key.compare(0, root.size(), root) != 0 || key.size() > root.size() + 3)) {
      return true;
    }
  }
  return false;
}

// True when `rest`, what follows a verb's root in a token, is one of the regular endings
// TABARI allows a root written whole ("DEPART_": departs, departes, departed, departen).
bool RegularEnding(std::string_view rest) {
  return rest == "s" || rest == "es" || rest == "d" || rest == "ed" || rest == "en" || rest == "ing";
}

}  // namespace

std::vector<TabariCoder::VerbHit> TabariCoder::VerbsAt(const TabariSentence& s, uint32_t t) const {
  std::vector<VerbHit> out;
  if (t > 0 && !s.all_caps && std::isupper(static_cast<unsigned char>(s.raw[t][0]))) return out;  // a noun
  if (t > 0 && IsDeterminer(s.lower[t - 1])) return out;                          // "the restore"
  // TABARI verbs are stems: "RESTOR" codes "restore" and "restoring". The longest
  // listed form that begins the token wins.
  std::string key = s.lower[t];
  std::span<const uint32_t> blocks = dict_->VerbBlocksFor(key);
  if (blocks.empty() && !dict_->VerbBlocksFor(key + "=").empty()) {
    key += '=';  // a root written "BAN=": that word only
    blocks = dict_->VerbBlocksFor(key);
  }
  while (blocks.empty() && key.size() > 3) {
    key.pop_back();
    blocks = dict_->VerbBlocksFor(key);
  }
  // A verb with a possessive is a noun ("donate's cash").
  if (t + 1 < s.lower.size() && s.lower[t + 1] == "'s") return out;
  for (uint32_t b : blocks) {
    const dict::VerbBlock& block = dict_->model().verbs[b];
    if (key.size() < s.lower[t].size() && !IsStemVerb(block, key) &&
        !RegularEnding(std::string_view(s.lower[t]).substr(key.size()))) {
      continue;
    }
    // The verb's span: multi-word verbs need their other words around the inflected one.
    VerbHit hit{&block, nullptr, t, t + 1};
    for (const dict::VerbForm& f : block.verbs) {
      const int k = f.inflected;
      const bool word_ok = key == f.words[k] || std::find(f.forms.begin(), f.forms.end(), key) != f.forms.end();
      if (!word_ok || t < static_cast<uint32_t>(k)) continue;
      bool rest_ok = true;
      for (int j = 0; j < k && rest_ok; ++j) rest_ok = s.lower[t - k + j] == f.words[j];
      // Words after the inflected one: next to each other, or with a few words between
      // when the root is written with blanks ("DEATH TOLL RISEN": "death toll has risen").
      const bool gapped = f.words.size() > 1 && block.name.find(' ') != std::string::npos &&
                          block.name.find('_') == std::string::npos;
      uint32_t end = t + 1;
      for (size_t j = k + 1; j < f.words.size() && rest_ok; ++j) {
        uint32_t q = end;
        const uint32_t limit = std::min<uint32_t>(static_cast<uint32_t>(s.lower.size()), end + (gapped ? 4 : 1));
        while (q < limit && s.lower[q] != f.words[j]) ++q;
        rest_ok = q < limit;
        end = q + 1;
      }
      if (!rest_ok) continue;
      if (!hit.form || f.words.size() > hit.form->words.size()) {
        hit.form = &f;
        hit.begin = t - k;
        hit.end = end;
      }
    }
    if (hit.form) out.push_back(hit);
  }
  // A block whose root is the token itself ("ATTACKED") before one that lists it as a form
  // of another root ("ATTACK").
  std::stable_partition(out.begin(), out.end(), [&](const VerbHit& h) {
    return h.form->words[h.form->inflected] == s.lower[t];
  });
  return out;
}

bool TabariCoder::IsComplex(const TabariSentence& s) const {
  // "COMPLEX: VERBS[5] CONJ[4] ...": more verbs or conjunctions than these is complex.
  const std::string spec = Option("COMPLEX");
  auto limit = [&](const std::string& key) {
    const size_t k = spec.find(key + "[");
    return k == std::string::npos ? -1 : std::atoi(spec.c_str() + k + key.size() + 1);
  };
  const int max_verbs = limit("VERBS"), max_conj = limit("CONJ");
  if (max_verbs < 0 && max_conj < 0) return false;
  int verbs = 0, conj = 0;
  for (uint32_t t = 0; t < s.lower.size(); ++t) {
    // Conjunctions count inside compound actors too; verbs only outside actors.
    if (s.lower[t] == "and" || s.lower[t] == "but" || s.lower[t] == "or") ++conj;
    if (std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorSpan& a) { return a.begin <= t && t < a.end; })) {
      continue;
    }
    std::string key = s.lower[t];
    while (dict_->VerbBlocksFor(key).empty() && key.size() > 3) key.pop_back();
    if (!dict_->VerbBlocksFor(key).empty()) ++verbs;
  }
  return (max_verbs >= 0 && verbs > max_verbs) || (max_conj >= 0 && conj > max_conj);
}

bool TabariCoder::NoActorPrior(const TabariSentence& s) const {
  if (Option("COMPLEX").find("NOACTPRIOR") == std::string::npos) return false;
  for (uint32_t t = 0; t < s.lower.size(); ++t) {
    if (std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorSpan& a) { return a.begin <= t && t < a.end; })) {
      return false;  // an actor comes first
    }
    // Null-coded verbs ("ON ACCORD") do not count.
    for (const VerbHit& hit : VerbsAt(s, t)) {
      const dict::EventCode& code = hit.form->has_code ? hit.form->code : hit.block->code;
      if (!code.code.empty() && code.code != "---") return true;
    }
  }
  return false;
}

}  // namespace dyad::code
