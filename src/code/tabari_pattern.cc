// TABARI pattern matching (see tabari_pattern.h).
#include "code/tabari_pattern.h"

#include <algorithm>
#include <cctype>

namespace dyad::code {

using dict::PatternItem;
using Kind = dict::PatternItem::Kind;

bool WordMatches(const dict::Word& w, std::string_view t) {
  // Most words tried differ at their first letter: no call to compare the rest.
  if (!t.empty() && !w.text.empty() && t[0] != w.text[0]) return false;
  switch (w.match) {
    case dict::WordMatch::kExact:
    case dict::WordMatch::kCased:
      return t == w.text;
    case dict::WordMatch::kStem:
      return t.substr(0, w.text.size()) == w.text;
    case dict::WordMatch::kEndings: {
      if (t.substr(0, w.text.size()) != w.text) return false;
      const std::string_view rest = t.substr(w.text.size());
      return rest.empty() || rest == "s" || rest == "es" || rest == "'s" || rest == "ed" || rest == "ing" ||
             rest == "en" || rest == "d";
    }
  }
  return false;
}

std::vector<std::vector<PatternItem>> ExpandAlternatives(const std::vector<PatternItem>& items) {
  std::vector<std::vector<PatternItem>> out(1);
  for (const PatternItem& it : items) {
    if (it.kind != Kind::kAlternatives) {
      for (auto& v : out) v.push_back(it);
      continue;
    }
    std::vector<std::vector<PatternItem>> next;
    for (const auto& child : it.children) {
      for (const auto& tail : ExpandAlternatives(child)) {
        for (const auto& head : out) {
          next.push_back(head);
          next.back().insert(next.back().end(), tail.begin(), tail.end());
        }
      }
    }
    out = std::move(next);
    if (out.size() > 256) out.resize(256);
  }
  return out;
}

namespace {

// The member phrases of a synset with the synsets they name ("&TIETYPES_MEMOS") replaced
// by each of their own members; the reference's connector goes to the member's last word.
std::vector<dict::Phrase> ExpandedMembers(const dict::Synset& syn, const dict::Dictionary& dict, int depth = 0) {
  std::vector<dict::Phrase> out;
  for (const dict::Phrase& member : syn.members) {
    std::vector<dict::Phrase> partial(1);
    for (size_t k = 0; k < member.words.size(); ++k) {
      const dict::Word& w = member.words[k];
      // A reference is written "&NAME" (one word) or read as "&" and "NAME".
      std::string name;
      const dict::Word* ref = &w;
      if (w.text == "&" && k + 1 < member.words.size()) {
        ref = &member.words[++k];
        name = ref->text;
      } else if (w.text.size() > 1 && w.text[0] == '&') {
        name = w.text.substr(1);
      }
      const dict::Synset* nested = nullptr;
      if (!name.empty() && depth < 4) {
        nested = dict.FindSynset(name);
        for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (nested == nullptr) nested = dict.FindSynset(name);
      }
      if (nested == nullptr) {
        for (dict::Phrase& p : partial) {
          if (ref != &w) p.words.push_back(w);
          p.words.push_back(*ref);
        }
        continue;
      }
      std::vector<dict::Phrase> next;
      for (const dict::Phrase& head : partial) {
        for (const dict::Phrase& sub : ExpandedMembers(*nested, dict, depth + 1)) {
          if (sub.words.empty()) continue;
          next.push_back(head);
          next.back().words.insert(next.back().words.end(), sub.words.begin(), sub.words.end());
          next.back().words.back().gap_after = ref->gap_after;
        }
      }
      partial = std::move(next);
    }
    for (dict::Phrase& p : partial) {
      // A member written with a closing underscore ("KRONER_") matches that word only.
      if (!member.written.empty() && member.written.back() == '_' && !p.words.empty() &&
          p.words.back().match != dict::WordMatch::kCased) {
        p.words.back().match = dict::WordMatch::kExact;
      }
      p.written = member.written;
      out.push_back(std::move(p));
    }
  }
  return out;
}

struct Matcher {
  const TabariSentence& s;
  const dict::Dictionary& dict;
  int max_gap;
  PatternBinding* bind;

  // The actor starting (forward) or ending (backward) at token p, or -1.
  int ActorAt(int p, int dir) const {
    for (size_t i = 0; i < s.actors.size(); ++i) {
      const ActorSpan& a = s.actors[i];
      if (dir > 0 ? static_cast<int>(a.begin) == p : static_cast<int>(a.end) - 1 == p) return static_cast<int>(i);
    }
    return -1;
  }

  // Matches the words of a phrase from p in direction dir (words k..), honouring each
  // word's connector; calls Run for the rest of the pattern after it.
  bool Phrase(const dict::Phrase& ph, size_t k, int p, int dir, bool gap,
              const std::vector<const PatternItem*>& items, size_t i) const {
    const int n = static_cast<int>(ph.words.size());
    if (static_cast<int>(k) == n) return Run(items, i + 1, p, dir, true);
    const dict::Word& w = ph.words[dir > 0 ? k : n - 1 - k];
    if (dir < 0 && k > 0) gap = w.gap_after;
    const int reach = gap ? max_gap : 0;
    for (int q = p, m = 0; q >= 0 && q < static_cast<int>(s.lower.size()) && m <= reach; q += dir, ++m) {
      if (WordMatches(w, s.lower[q]) && Phrase(ph, k + 1, q + dir, dir, dir > 0 ? w.gap_after : true, items, i)) {
        return true;
      }
    }
    return false;
  }

  // Matches items[i..] (in walking order) starting at p; `gap` allows skipping tokens.
  bool Run(const std::vector<const PatternItem*>& items, size_t i, int p, int dir, bool gap) const {
    if (i == items.size()) return true;
    const PatternItem& it = *items[i];
    const int size = static_cast<int>(s.lower.size());
    // Backwards, a word's own connector says whether it may stand apart from what
    // follows it (already matched, towards the verb).
    if (dir < 0 && it.kind == Kind::kWord) gap = it.word.gap_after;
    const int reach = gap ? max_gap : 0;
    for (int q = p, n = 0; q >= 0 && q < size && n <= reach; q += dir, ++n) {
      switch (it.kind) {
        case Kind::kWord: {
          if (!WordMatches(it.word, s.lower[q])) break;
          if (Run(items, i + 1, q + dir, dir, dir > 0 ? it.word.gap_after : true)) return true;
          break;
        }
        case Kind::kSynset: {
          const dict::Synset* syn = dict.FindSynset(it.name);
          if (!syn) return false;
          for (const dict::Phrase& ph : ExpandedMembers(*syn, dict)) {
            if (Phrase(ph, 0, q, dir, false, items, i)) return true;
          }
          break;
        }
        case Kind::kSource:
        case Kind::kTarget:
        case Kind::kCompound:
        case Kind::kSkip: {
          const int a = ActorAt(q, dir);
          if (a < 0) break;
          const PatternBinding saved = *bind;
          if (it.kind == Kind::kSource) bind->source = a;
          if (it.kind == Kind::kTarget) bind->target = a;
          if (it.kind == Kind::kCompound) bind->source = a, bind->compound = true;
          if (it.kind == Kind::kSkip) bind->skipped = a;
          const ActorSpan& span = s.actors[a];
          const int next = dir > 0 ? static_cast<int>(span.end) : static_cast<int>(span.begin) - 1;
          if (Run(items, i + 1, next, dir, true)) return true;
          *bind = saved;
          break;
        }
        default:
          return false;  // PETRARCH-only items never match in TABARI coding
      }
    }
    return false;
  }
};

}  // namespace

bool MatchFlat(const std::vector<PatternItem>& items, const TabariSentence& s, uint32_t verb_begin,
               uint32_t verb_end, const dict::Dictionary& dict, PatternBinding* out, int max_gap) {
  auto star = std::find_if(items.begin(), items.end(), [](const PatternItem& it) { return it.kind == Kind::kVerb; });
  if (star == items.end()) return false;
  std::vector<const PatternItem*> before, after;
  for (auto it = star; it != items.begin();) before.push_back(&*--it);
  for (auto it = star + 1; it != items.end(); ++it) after.push_back(&*it);
  PatternBinding bind;
  Matcher m{s, dict, max_gap, &bind};
  if (!m.Run(before, 0, static_cast<int>(verb_begin) - 1, -1, true)) return false;
  if (!m.Run(after, 0, static_cast<int>(verb_end), 1, true)) return false;
  *out = bind;
  return true;
}

bool MatchPattern(const std::vector<PatternItem>& items, const TabariSentence& s, uint32_t verb_begin,
                  uint32_t verb_end, const dict::Dictionary& dict, PatternBinding* out) {
  for (const auto& flat : ExpandAlternatives(items)) {
    if (MatchFlat(flat, s, verb_begin, verb_end, dict, out)) return true;
  }
  return false;
}

}  // namespace dyad::code
