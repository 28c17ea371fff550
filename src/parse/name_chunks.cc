// Titled names found on the tagged words, and the structure EWT gives them.
#include "parse/name_chunks.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>

#include "util/ascii.h"

namespace dyad::parse {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool Upper(std::string_view f) { return !f.empty() && std::isupper(static_cast<unsigned char>(f[0])); }

// A word of a person's name ("Lavrov", "McCain"), or an initial ("W.").
bool NameWord(std::string_view f) { return NameShaped(f) || (f.size() == 2 && Upper(f) && f[1] == '.'); }

// Days and months ("May" stays out: Theresa May).
bool Calendar(std::string_view lower) {
  return In(lower, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                    "january", "february", "march", "april", "june", "july", "august",
                    "september", "october", "november", "december"});
}

// Capitalised words that are not a person's name: calendar words and the heads of the
// names of places and institutions ("Prince Edward Island", "Justice Department").
bool NotAName(std::string_view lower) {
  return Calendar(lower) ||
         In(lower, {"department", "ministry", "office", "council", "committee", "commission",
                    "court", "house", "senate", "congress", "parliament", "party", "government",
                    "administration", "army", "navy", "forces", "police", "agency", "bank",
                    "university", "college", "school", "hospital", "island", "islands", "street",
                    "avenue", "square", "river", "city", "county", "state", "states", "republic",
                    "kingdom", "union", "security", "affairs", "services", "inc.", "corp.", "co.",
                    "ltd."});
}

// Lower-case words that may stand before a title in a titled name.
bool TitleModifier(std::string_view lower) {
  return In(lower, {"foreign", "prime", "deputy", "vice", "former", "defence", "defense",
                    "interior", "finance", "acting", "home", "trade", "energy", "health",
                    "justice", "economy", "economic", "military", "top", "chief", "senior"});
}

// A word that can stand in a titled name: a noun, a proper noun or an adjective ("Foreign").
bool NamePart(std::string_view upos) { return upos == "PROPN" || upos == "NOUN" || upos == "ADJ"; }

}  // namespace

bool IsNameTitle(std::string_view lower) {
  return In(lower, {"president", "minister", "secretary", "chancellor", "premier", "senator",
                    "sen.", "rep.", "representative", "congressman", "congresswoman", "gov.",
                    "governor", "mayor", "king", "queen", "prince", "princess", "emperor",
                    "sheikh", "ambassador", "envoy", "spokesman", "spokeswoman",
                    "spokesperson", "leader", "chairman", "chairwoman", "director",
                    "commander", "general", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.",
                    "adm.", "admiral", "colonel", "captain", "lieutenant", "marshal", "judge",
                    "justice", "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam",
                    "ayatollah", "speaker", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor",
                    "rev."});
}

std::vector<NameChunk> FindNameChunks(std::span<const std::string_view> forms,
                                      std::span<const std::string_view> upos,
                                      std::span<const std::string_view> xpos) {
  std::vector<NameChunk> out;
  const size_t n = forms.size();
  size_t from = 0;  // words before this belong to an earlier phrase
  for (size_t t = 0; t < n; ++t) {
    // Every sentence is parsed through here: the cheap tests first. A title is followed by
    // a proper noun or by "of", or no name follows it.
    if (t + 1 == n || (xpos[t + 1] != "NNP" && forms[t + 1] != "of") || !NamePart(upos[t])) continue;
    const std::string lt = AsciiLower(forms[t]);
    if (!IsNameTitle(lt)) continue;
    // The last title of a run: "Secretary General Antonio Guterres" is titled by "General".
    size_t k = t + 1;
    if (k < n && IsNameTitle(AsciiLower(forms[k])) && Upper(forms[k])) continue;
    // "Secretary of State Hillary Clinton": a one-word "of" phrase, then a name of two words
    // or more ("Minister of Silly Walks" is no titled name).
    if (k + 2 < n && forms[k] == "of" && Upper(forms[k + 1]) && NamePart(upos[k + 1]) && Upper(forms[k + 2]))
      k += 2;
    size_t e = k;
    while (e < n && xpos[e] == "NNP" && NameWord(forms[e]) && !IsNameTitle(AsciiLower(forms[e])) &&
           !NotAName(AsciiLower(forms[e])))
      ++e;
    if (e == k || (k > t + 1 && e < k + 2)) continue;  // after "of State", a full name
    // The capitalised run must end with the name: "Prince Edward Island" is a place.
    if (e < n && Upper(forms[e]) && (upos[e] == "PROPN" || upos[e] == "NOUN")) continue;
    size_t b = t;
    while (b > from) {
      const std::string_view f = forms[b - 1];
      const std::string lf = AsciiLower(f);
      if (!NamePart(upos[b - 1]) || Calendar(lf) || lf == "dear" || (!Upper(f) && !TitleModifier(lf))) break;
      --b;
    }
    if (lt == "general" && b == t) continue;  // "General Motors", "General Assembly"
    if (!Upper(forms[t]) && k > t + 1) continue;  // a lower-case title takes no "of" phrase
    out.push_back(NameChunk{static_cast<uint32_t>(b), static_cast<uint32_t>(t), static_cast<uint32_t>(k),
                            static_cast<uint32_t>(e)});
    from = e;
    t = e - 1;
  }
  return out;
}

ChunkArc NameChunkArc(const NameChunk& c, uint32_t i, std::span<const std::string_view> upos) {
  if (i > c.name) return {c.name, "flat"};
  if (i == c.title) return {c.name, "nmod:desc"};
  if (i > c.title) {  // "of State"
    if (i + 1 == c.name) return {c.title, "nmod"};
    return {c.name - 1, "case"};
  }
  return {c.title, upos[i] == "ADJ" ? "amod" : "compound"};
}

bool RepairNameChunk(const NameChunk& c, std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                     std::span<const std::string> label_names, std::vector<int>* heads,
                     std::vector<int>* labels) {
  auto id = [&](std::string_view name) {
    return static_cast<int>(std::find(label_names.begin(), label_names.end(), name) - label_names.begin());
  };
  auto name_of = [&](int label) {
    return label >= 0 && label < static_cast<int>(label_names.size()) ? std::string_view(label_names[label])
                                                                       : std::string_view();
  };
  // How well a relation suits a noun phrase: a core argument, another nominal one (a
  // title's `nmod:desc` is none), any other.
  auto rank = [&](int label) {
    const std::string_view r = name_of(label);
    const std::string_view u = r.substr(0, r.find(':'));
    if (r == "nmod:desc") return 0;
    if (In(u, {"nsubj", "obj", "iobj", "obl", "root"})) return 2;
    return In(u, {"nmod", "appos", "conj", "vocative", "dislocated", "list"}) ? 1 : 0;
  };
  auto inside = [&](int head) { return head > static_cast<int>(c.begin) && head <= static_cast<int>(c.end); };
  std::vector<int>& h = *heads;
  std::vector<int>& l = *labels;
  // The word of the phrase hung outside it whose place the phrase takes: the best relation,
  // the name's own on a tie.
  int ext = -1;
  for (uint32_t i = c.begin; i < c.end; ++i) {
    if (inside(h[i])) continue;
    if (ext < 0 || rank(l[i]) > rank(l[ext]) || (rank(l[i]) == rank(l[ext]) && i == c.name))
      ext = static_cast<int>(i);
  }
  if (ext < 0) return false;  // a cycle within the phrase: leave it to the parse
  const std::vector<int> old_h = h, old_l = l;
  int rel = l[ext];
  if (rank(rel) == 0 && inside(h[c.name]) && rank(l[c.name]) > 0) rel = l[c.name];
  const int new_head = h[ext];
  // Another word of the phrase hung outside it (the root first): the word that the phrase
  // now hangs on takes its place when it hung on the phrase itself ("Russian" read as the
  // root, "met" under it, "Sergei" the subject of "met": "met" becomes the root).
  int other = -1;
  for (uint32_t i = c.begin; i < c.end; ++i)
    if (static_cast<int>(i) != ext && !inside(h[i]) && (other < 0 || h[i] == 0)) other = static_cast<int>(i);
  for (size_t w = 0; w < h.size(); ++w) {
    if ((w >= c.begin && w < c.end) || !inside(h[w])) continue;
    if (static_cast<int>(w) + 1 == new_head && other >= 0) {
      h[w] = old_h[other];
      l[w] = old_l[other];
    } else {
      h[w] = static_cast<int>(c.name) + 1;
    }
  }
  h[c.name] = new_head;
  l[c.name] = rel;
  for (uint32_t i = c.begin; i < c.end; ++i) {
    if (i == c.name) continue;
    const ChunkArc arc = i > c.name ? ChunkArc{c.name, "flat"} : NameChunkArc(c, i, upos);
    const int label = id(arc.rel);
    if (label >= static_cast<int>(label_names.size())) {
      h = old_h;
      l = old_l;
      return false;
    }
    h[i] = static_cast<int>(arc.head) + 1;
    l[i] = label;
  }
  // "Syria's Information Minister ...": the possessor of the phrase.
  if (c.begin >= 2 && upos[c.begin - 1] == "PART" && In(forms[c.begin - 1], {"'s", "\u2019s", "'", "\u2019"}) &&
      h[c.begin - 1] == static_cast<int>(c.begin - 1) && id("nmod:poss") < static_cast<int>(label_names.size())) {
    h[c.begin - 2] = static_cast<int>(c.name) + 1;
    l[c.begin - 2] = id("nmod:poss");
  }
  // Still a tree: every word reaches the root.
  for (size_t w = 0; w < h.size(); ++w) {
    int cur = static_cast<int>(w) + 1;
    size_t steps = 0;
    while (cur != 0 && steps++ <= h.size()) cur = h[cur - 1];
    if (cur != 0) {
      h = old_h;
      l = old_l;
      return false;
    }
  }
  return true;
}

void RepairSubjectPair(std::span<const std::string_view> upos, std::span<const std::string> label_names,
                       std::vector<int>* heads, std::vector<int>* labels) {
  const auto nsubj = std::find(label_names.begin(), label_names.end(), "nsubj");
  const auto compound = std::find(label_names.begin(), label_names.end(), "compound");
  if (nsubj == label_names.end() || compound == label_names.end()) return;
  const int subj = static_cast<int>(nsubj - label_names.begin());
  const int comp = static_cast<int>(compound - label_names.begin());
  for (size_t i = 0; i + 1 < heads->size() && i + 1 < upos.size(); ++i)
    if ((*labels)[i] == subj && (*labels)[i + 1] == subj && (*heads)[i] == (*heads)[i + 1] && upos[i] == "PROPN" &&
        upos[i + 1] == "NOUN") {
      (*heads)[i] = static_cast<int>(i) + 2;  // word i + 1, 1-based
      (*labels)[i] = comp;
    }
}

}  // namespace dyad::parse
