// Name tables for the tag and relation sets a Document uses.
#include "dyad/document.h"

#include <array>

namespace dyad {
namespace {

constexpr std::string_view kUpos[] = {"_",    "ADJ",   "ADP",   "ADV",  "AUX",   "CCONJ",
                                      "DET",  "INTJ",  "NOUN",  "NUM",  "PART",  "PRON",
                                      "PROPN", "PUNCT", "SCONJ", "SYM", "VERB",  "X"};
constexpr std::string_view kXpos[] = {"_", "NN", "IN", "DT", "NNP", "PRP", "JJ", "RB", ".", "VB", "NNS", ",", "CC", "VBD", "VBP", "VBZ", "CD", "VBN", "VBG", "MD", "TO", "PRP$", "-RRB-", "-LRB-", "WDT", ":", "WRB", "``", "''", "WP", "RP", "UH", "POS", "HYPH", "NNPS", "JJR", "JJS", "EX", "NFP", "RBR", "ADD", "GW", "$", "SYM", "PDT", "LS", "FW", "RBS", "AFX", "WP$", "XX"};
constexpr std::string_view kDeprels[] = {"_", "root", "punct", "case", "nsubj", "det", "advmod", "obj", "amod", "obl", "conj", "compound", "mark", "nmod", "cc", "aux", "cop", "advcl", "nmod:poss", "xcomp", "ccomp", "flat", "acl:relcl", "parataxis", "appos", "nummod", "acl", "aux:pass", "nsubj:pass", "obl:unmarked", "nmod:unmarked", "discourse", "list", "compound:prt", "iobj", "expl", "fixed", "nmod:desc", "obl:agent", "csubj", "nsubj:outer", "det:predet", "vocative", "goeswith", "advcl:relcl", "cc:preconj", "reparandum", "orphan", "csubj:pass", "dislocated", "dep", "csubj:outer"};

static_assert(std::size(kUpos) == kNumUpos);
static_assert(std::size(kXpos) == kNumXpos);
static_assert(std::size(kDeprels) == kNumDeprels);

template <size_t N>
int IndexOf(const std::string_view (&table)[N], std::string_view name) {
  for (size_t i = 1; i < N; ++i)
    if (table[i] == name) return static_cast<int>(i);
  return 0;
}

}  // namespace

std::string_view UposName(Upos u) {
  auto i = static_cast<size_t>(u);
  return i < std::size(kUpos) ? kUpos[i] : kUpos[0];
}
Upos UposFromName(std::string_view name) { return static_cast<Upos>(IndexOf(kUpos, name)); }

std::string_view XposName(uint8_t x) { return x < std::size(kXpos) ? kXpos[x] : kXpos[0]; }
uint8_t XposFromName(std::string_view name) { return static_cast<uint8_t>(IndexOf(kXpos, name)); }

std::string_view DeprelName(uint8_t d) { return d < std::size(kDeprels) ? kDeprels[d] : kDeprels[0]; }
uint8_t DeprelFromName(std::string_view name) {
  return static_cast<uint8_t>(IndexOf(kDeprels, name));
}

}  // namespace dyad
