#include "code/tree_pattern.h"

#include <algorithm>

#include "code/tabari_pattern.h"  // WordMatches
#include "code/word_sets.h"

namespace dyad::code {
namespace {

using Kind = dict::PatternItem::Kind;

bool TokenMatches(const dict::Word& w, const DependencyTree& tree, uint32_t t) {
  if (WordMatches(w, tree.lower(t)) || WordMatches(w, tree.lemma(t))) return true;
  // EWT keeps a few plurals as their own lemma ("troops", "supplies", "goods"): a plural
  // noun still matches the singular a pattern names ("send troop [to]").
  static const uint8_t kPluralNoun = XposFromName("NNS");
  if (w.match != dict::WordMatch::kExact || w.text.empty() || tree.token(t).xpos != kPluralNoun) return false;
  const std::string_view form = tree.lower(t), sing = w.text;
  if (form.size() == sing.size() + 1) return form.starts_with(sing) && form.back() == 's';
  if (form.size() == sing.size() + 2 && sing.back() == 'y')
    return form.starts_with(sing.substr(0, sing.size() - 1)) && form.ends_with("ies");
  return false;
}

// Matching state over one side of the predicate: `seq` holds the candidate tokens in the
// order they are consumed (forwards after the predicate, backwards before it).
struct Cursor {
  const std::vector<uint32_t>& seq;
  size_t pos = 0;
  int32_t pred = -1;  // the predicate: a prepositional role must attach to it or its object
  bool backward = false;  // seq runs from the predicate towards the sentence start
  bool connectors = false;  // TABARI connectors: '_' joins words that must be adjacent
  int32_t adjacent = -1;  // forwards: the token the next word or synset must start at
  int32_t last = -1;      // backwards: the last token matched (the predicate at first)
  bool exact = false;     // exact words match the token as written, not its lemma
  int32_t first = -1;     // the first token a word or synset matched
};

// The token the word or synset `it` must start at (in walking order), or -1 for any:
// forwards, the one after a word joined to it by '_'; backwards, the one before the
// last token matched when `it` itself is joined by '_' to what follows it.
int32_t RequiredStart(const dict::PatternItem& it, const Cursor& cur) {
  if (!cur.connectors) return -1;
  if (!cur.backward) return cur.adjacent;
  return !it.word.gap_after && cur.last > 0 ? cur.last - 1 : -1;
}

// Records that `it` matched up to token `end` (its last token in walking order).
void Matched(const dict::PatternItem& it, Cursor& cur, uint32_t end) {
  if (cur.first < 0) cur.first = static_cast<int32_t>(end);
  cur.last = static_cast<int32_t>(end);
  cur.adjacent = cur.connectors && !cur.backward && !it.word.gap_after ? static_cast<int32_t>(end) + 1 : -1;
}

// True when a prepositional phrase on noun `noun` belongs to the predicate itself ("sent
// X to Pyongyang", "imposed sanctions on Y") rather than to something deeper in its
// complement ("accused X of ... in its war against Ukraine").
bool NearPredicate(const DependencyTree& tree, int32_t noun, int32_t pred) {
  if (noun < 0 || pred < 0) return true;
  int32_t h = tree.head(static_cast<uint32_t>(noun));
  // "sent, among others, Li Hongzhong to Pyongyang": through appositions and names.
  while (h >= 0 && h != pred && (tree.rel(static_cast<uint32_t>(h)) == "appos" || tree.rel(static_cast<uint32_t>(h)) == "flat"))
    h = tree.head(static_cast<uint32_t>(h));
  if (h == pred) return true;
  if (h < 0 || tree.head(static_cast<uint32_t>(h)) != pred) return false;
  const std::string_view r = tree.rel(static_cast<uint32_t>(h));
  return r == "obj" || r == "xcomp" || r == "obl" || r == "compound";
}

// Matches `items` in order, or from the last to the first when `reversed` (the words
// before the predicate, read from it towards the sentence start).
bool MatchSeq(std::span<const dict::PatternItem> items, bool reversed, Cursor& cur, const DependencyTree& tree,
              const dict::Dictionary& dict, const actors::MentionIndex& mentions, TreeMatch* m);

// Finds `w` at or after cur.pos (at token `at` when it is not -1); moves past it.
bool FindWord(const dict::Word& w, Cursor& cur, const DependencyTree& tree, uint32_t* where = nullptr,
              int32_t at = -1) {
  for (size_t i = cur.pos; i < cur.seq.size(); ++i) {
    if (at >= 0 && cur.seq[i] != static_cast<uint32_t>(at)) continue;
    if (cur.exact && w.match == dict::WordMatch::kExact ? WordMatches(w, tree.lower(cur.seq[i]))
                                                         : TokenMatches(w, tree, cur.seq[i])) {
      cur.pos = i + 1;
      if (where) *where = cur.seq[i];
      return true;
    }
  }
  return false;
}

bool FindSynset(const std::string& name, Cursor& cur, const DependencyTree& tree, const dict::Dictionary& dict,
                int32_t at = -1, uint32_t* end = nullptr) {
  const dict::Synset* set = dict.FindSynset(name);
  if (set == nullptr) return false;
  // A member whose word read first (its last before the predicate) opens with neither
  // the form's letter nor the lemma's cannot match at this token: the members that can,
  // in member order, are those two buckets merged.
  auto bucket = [&](std::string_view s) { return dict.SynsetMembersOpening(*set, s.empty() ? 256 : static_cast<uint8_t>(s[0]), cur.backward); };
  for (size_t i = cur.pos; i < cur.seq.size(); ++i) {
    if (at >= 0 && cur.seq[i] != static_cast<uint32_t>(at)) continue;
    const std::string_view lower = tree.lower(cur.seq[i]), lemma = tree.lemma(cur.seq[i]);
    const std::span<const uint32_t> a = bucket(lower);
    const bool same = lower.empty() ? lemma.empty() : !lemma.empty() && lemma[0] == lower[0];
    const std::span<const uint32_t> b = same ? std::span<const uint32_t>() : bucket(lemma);
    for (size_t x = 0, y = 0; x < a.size() || y < b.size();) {
      uint32_t m;
      if (y == b.size() || (x < a.size() && a[x] < b[y])) {
        m = a[x++];
      } else {
        if (x < a.size() && a[x] == b[y]) ++x;
        m = b[y++];
      }
      const dict::Phrase& p = set->members[m];
      if (i + p.words.size() > cur.seq.size()) continue;
      bool ok = true;
      const size_t n = p.words.size();
      for (size_t k = 0; k < n && ok; ++k)
        ok = TokenMatches(p.words[cur.backward ? n - 1 - k : k], tree, cur.seq[i + k]);
      if (ok) {
        cur.pos = i + p.words.size();
        if (end) *end = cur.seq[cur.pos - 1];
        return true;
      }
    }
  }
  return false;
}

// The next token at or after cur.pos that a coded mention covers; moves past the mention.
int32_t NextActor(Cursor& cur, const actors::MentionIndex& mentions) {
  for (size_t i = cur.pos; i < cur.seq.size(); ++i) {
    const int32_t m = mentions.Outermost(cur.seq[i]);
    if (m < 0) continue;
    const uint32_t tok = cur.seq[i];
    while (i + 1 < cur.seq.size() && mentions.Outermost(cur.seq[i + 1]) == m) ++i;
    cur.pos = i + 1;
    return static_cast<int32_t>(tok);
  }
  return -1;
}

// A '^' right before a noun phrase that no actor covers skips that phrase, up to its noun
// ("warned their[THEIR] populations[^] about[ABOUT] the Prince[+]"); before anything else it
// skips the next actor (NextActor).
bool SkipNounPhrase(Cursor& cur, const DependencyTree& tree, const actors::MentionIndex& mentions) {
  if (cur.backward || cur.pos >= cur.seq.size()) return false;
  const uint32_t first = cur.seq[cur.pos];
  uint32_t noun = first;
  while (IsAny(tree.full_rel(noun), {"amod", "compound", "det", "nummod", "nmod:poss"})) {
    const int32_t h = tree.head(noun);
    if (h <= static_cast<int32_t>(noun)) break;
    noun = static_cast<uint32_t>(h);
  }
  if (tree.token(noun).upos != Upos::kNOUN) return false;
  size_t i = cur.pos;
  for (; i < cur.seq.size() && cur.seq[i] <= noun; ++i)
    if (cur.seq[i] < first || mentions.Outermost(cur.seq[i]) >= 0) return false;
  if (i == cur.pos || cur.seq[i - 1] != noun) return false;
  cur.pos = i;
  return true;
}

bool MatchItem(const dict::PatternItem& it, Cursor& cur, const DependencyTree& tree, const dict::Dictionary& dict,
               const actors::MentionIndex& mentions, TreeMatch* m) {
  switch (it.kind) {
    case Kind::kWord: {
      uint32_t end = 0;
      if (!FindWord(it.word, cur, tree, &end, RequiredStart(it, cur))) return false;
      Matched(it, cur, end);
      ++m->words;
      if (it.word.text == "not" || it.word.text == "n't" || it.word.text == "never") m->negation = true;
      return true;
    }
    case Kind::kSynset: {
      uint32_t end = 0;
      if (!FindSynset(it.name, cur, tree, dict, RequiredStart(it, cur), &end)) return false;
      Matched(it, cur, end);
      ++m->words;
      if (it.name.find("NEG") != std::string::npos) m->negation = true;
      return true;
    }
    case Kind::kSource:
      return (m->source = NextActor(cur, mentions)) >= 0;
    case Kind::kTarget:
      return (m->target = NextActor(cur, mentions)) >= 0;
    case Kind::kCompound:
      // Before the verb, a compound acting on itself ("% * MET", "% HAVE DELAYED *": each
      // with the others); after it, a compound object ("* WITH %": the subject agrees with
      // each of them).
      m->compound = true;
      if (!cur.backward) return (m->target = NextActor(cur, mentions)) >= 0;
      return (m->source = m->target = NextActor(cur, mentions)) >= 0;
    case Kind::kSkip:
      return SkipNounPhrase(cur, tree, mentions) || NextActor(cur, mentions) >= 0;
    case Kind::kNounPhrase:
      return it.children.empty() || MatchSeq(it.children[0], false, cur, tree, dict, mentions, m);
    case Kind::kPrepPhrase: {
      if (it.children.empty() || it.children[0].empty()) return true;
      const auto& inner = it.children[0];
      // The preposition, then the rest; a role inside is the preposition's noun.
      if (inner[0].kind != Kind::kWord) return MatchSeq(inner, false, cur, tree, dict, mentions, m);
      for (size_t start = cur.pos; start < cur.seq.size(); ++start) {
        Cursor c{cur.seq, start, cur.pred, cur.backward};
        uint32_t prep = 0;
        if (!FindWord(inner[0].word, c, tree, &prep)) return false;
        // An infinitive's "to" is no preposition: "invited Bayramov to[mark] hold talks in
        // Yerevan" has no "to" phrase.
        if (tree.token(prep).upos == Upos::kPART && tree.rel(prep) == "mark") {
          start = c.pos - 1;
          continue;
        }
        const int32_t noun = tree.head(prep);
        TreeMatch local = *m;
        ++local.words;
        bool ok = true;
        for (size_t k = 1; k < inner.size() && ok; ++k) {
          const dict::PatternItem& sub = inner[k];
          if (sub.kind == Kind::kTarget || sub.kind == Kind::kSource) {
            // The role is the noun the preposition attaches to, when an actor covers it.
            int32_t actor = noun >= 0 && mentions.Outermost(static_cast<uint32_t>(noun)) >= 0 ? noun : NextActor(c, mentions);
            // Else an actor after it, not in an adjunct of its own that says with whom, where
            // or when ("traveled to Calexico with the president", "sent troops to St. Croix in
            // the U.S. Virgin Islands", "arrive at the World Cup before the final match
            // between Netherlands and Spain").
            if (actor >= 0 && actor != noun && noun >= 0 &&
                !tree.Dominates(static_cast<uint32_t>(noun), static_cast<uint32_t>(actor))) {
              int32_t top = actor;
              for (int hops = 0; top >= 0 && hops < 8; ++hops) {
                const int32_t h = tree.head(static_cast<uint32_t>(top));
                if (h < 0 || h == cur.pred || h == tree.head(static_cast<uint32_t>(noun)) ||
                    tree.Dominates(static_cast<uint32_t>(h), static_cast<uint32_t>(noun)))
                  break;
                top = h;
              }
              if (top >= 0 && IsAny(tree.CaseOf(static_cast<uint32_t>(top)),
                                    {"with", "in", "at", "during", "for", "from", "after", "before", "since", "amid",
                                     "near", "over", "under"}))
                actor = -1;
            }
            if (actor < 0 || !NearPredicate(tree, noun, cur.pred)) ok = false;
            (sub.kind == Kind::kTarget ? local.target : local.source) = actor;
          } else {
            ok = MatchItem(sub, c, tree, dict, mentions, &local);
          }
        }
        if (ok) {
          *m = local;
          cur.pos = c.pos;
          return true;
        }
        start = c.pos - 1;  // try the next occurrence of the preposition
      }
      return false;
    }
    case Kind::kAlternatives:
      for (const auto& alt : it.children) {
        Cursor c = cur;
        TreeMatch local = *m;
        if (MatchSeq(alt, false, c, tree, dict, mentions, &local)) {
          *m = local;
          cur.pos = c.pos;
          return true;
        }
      }
      return false;
    case Kind::kVerb:
      return true;
  }
  return false;
}

bool MatchSeq(std::span<const dict::PatternItem> items, bool reversed, Cursor& cur, const DependencyTree& tree,
              const dict::Dictionary& dict, const actors::MentionIndex& mentions, TreeMatch* m) {
  for (size_t k = 0; k < items.size(); ++k) {
    const dict::PatternItem& it = items[reversed ? items.size() - 1 - k : k];
    if (!MatchItem(it, cur, tree, dict, mentions, m)) return false;
    // Connectors join words and synsets only: after anything else any token may follow.
    if (it.kind != Kind::kWord && it.kind != Kind::kSynset) cur.adjacent = cur.last = -1;
  }
  return true;
}

}  // namespace

bool MatchOnTree(std::span<const dict::PatternItem> items, const DependencyTree& tree, uint32_t pred,
                 std::span<const uint32_t> complement, const dict::Dictionary& dict,
                 const actors::MentionIndex& mentions, TreeMatch* out, bool connectors, bool exact_words,
                 std::span<const uint32_t> object_first, std::span<const uint32_t> agent_first) {
  auto verb = std::find_if(items.begin(), items.end(), [](const dict::PatternItem& it) { return it.kind == Kind::kVerb; });
  const std::span<const dict::PatternItem> before(items.begin(), verb),
      after = verb == items.end() ? std::span<const dict::PatternItem>() : std::span<const dict::PatternItem>(verb + 1, items.end());

  // The tokens each side reads, built only for a side with items (most patterns tried fail
  // on the words after '*' before those before it are needed), in arrays the thread keeps.
  thread_local std::vector<uint32_t> fwd, back;
  fwd.clear();
  back.clear();
  if (!after.empty()) {
    fwd.assign(object_first.begin(), object_first.end());
    for (uint32_t t : complement)
      if (t > pred) fwd.push_back(t);
  }

  TreeMatch m;
  Cursor f{fwd, 0, static_cast<int32_t>(pred), false, connectors, -1, -1, connectors && exact_words};
  Cursor b{back, 0, static_cast<int32_t>(pred), true, connectors, -1, static_cast<int32_t>(pred), connectors && exact_words};
  if (!MatchSeq(after, false, f, tree, dict, mentions, &m)) return false;
  // With an object, a word right after '*' is read in it, not in an adjunct behind it:
  // "made his remarks in Doha at the start of a regional trip" is no "* TRIP".
  const int32_t obj = tree.Child(pred, "obj");
  if (obj >= 0 && !after.empty() && (after[0].kind == Kind::kWord || after[0].kind == Kind::kSynset) && f.first >= 0 &&
      !tree.Dominates(static_cast<uint32_t>(obj), static_cast<uint32_t>(f.first))) {
    for (int32_t u = f.first; u >= 0 && u != static_cast<int32_t>(pred); u = tree.head(static_cast<uint32_t>(u)))
      if (tree.rel(static_cast<uint32_t>(u)) == "obl" && static_cast<uint32_t>(u) > static_cast<uint32_t>(obj) &&
          tree.head(static_cast<uint32_t>(u)) == static_cast<int32_t>(pred) && u != f.first)
        return false;
  }
  m.reach = after.empty() ? 0 : static_cast<int>(f.pos);
  if (!before.empty()) {
    // The agent's words nearest first, as the words before the verb are read.
    back.assign(agent_first.rbegin(), agent_first.rend());
    for (uint32_t t = pred; t-- > tree.begin();) back.push_back(t);
  }
  if (!MatchSeq(before, true, b, tree, dict, mentions, &m)) return false;
  *out = m;
  return true;
}

namespace {

void AddRequired(std::span<const dict::PatternItem> items, bool after, const dict::Dictionary& dict,
                 PatternOpenings* out) {
  for (const dict::PatternItem& it : items) {
    if (it.kind == Kind::kWord) (after ? out->after : out->before).RequireWord(it.word.text);
    // Every item of a phrase must match (MatchItem), the preposition first.
    if ((it.kind == Kind::kNounPhrase || it.kind == Kind::kPrepPhrase) && !it.children.empty())
      AddRequired(it.children[0], after, dict, out);
    if (it.kind != Kind::kSynset) continue;
    // One of the members, every word of which must match (FindSynset); an unknown synset
    // matches nothing (an empty set), a member with a word of no letters anything.
    PatternOpenings::OneOf one{{}, after};
    bool any = false;
    if (const dict::Synset* set = dict.FindSynset(it.name))
      for (const dict::Phrase& m : set->members) {
        if (m.words.empty()) continue;
        if (OpeningBit(m.words[0].text) < 0) any = true;  // "" or "y": any token may do
        one.words.AllowWord(m.words[0].text);
      }
    if (!any) out->one_of.push_back(std::move(one));
  }
}

}  // namespace

PatternOpenings RequiredOpenings(std::span<const dict::PatternItem> items, const dict::Dictionary& dict) {
  PatternOpenings out;
  const auto verb = std::find_if(items.begin(), items.end(), [](const dict::PatternItem& it) { return it.kind == Kind::kVerb; });
  out.sides = std::none_of(items.begin(), verb, [](const dict::PatternItem& it) { return it.kind == Kind::kAlternatives; });
  if (!out.sides) {
    AddRequired(items, true, dict, &out);
    return out;
  }
  AddRequired(std::span<const dict::PatternItem>(items.begin(), verb), false, dict, &out);
  if (verb != items.end()) AddRequired(std::span<const dict::PatternItem>(verb + 1, items.end()), true, dict, &out);
  return out;
}

void SideOpenings(const DependencyTree& tree, uint32_t pred, std::span<const uint32_t> complement,
                  std::span<const uint32_t> object_first, std::span<const uint32_t> agent_first,
                  WordOpenings* before, WordOpenings* after) {
  auto add = [&tree](uint32_t t, WordOpenings* to) {
    const std::string_view lower = tree.lower(t), lemma = tree.lemma(t);
    to->AddToken(lower);
    if (lemma != lower) to->AddToken(lemma);
  };
  for (uint32_t t : object_first) add(t, after);
  for (uint32_t t : complement)
    if (t > pred) add(t, after);
  for (uint32_t t : agent_first) add(t, before);
  for (uint32_t t = tree.begin(); t < pred; ++t) add(t, before);
}

std::string DescribePattern(std::span<const dict::PatternItem> items) {
  std::string out;
  auto add = [&out](std::string_view s) {
    if (!out.empty() && out.back() != '(' && out.back() != '{') out += ' ';
    out += s;
  };
  for (const dict::PatternItem& it : items) {
    switch (it.kind) {
      case Kind::kWord: add(it.word.text); break;
      case Kind::kSynset: add("&" + it.name); break;
      case Kind::kVerb: add("*"); break;
      case Kind::kSource: add("$"); break;
      case Kind::kTarget: add("+"); break;
      case Kind::kCompound: add("%"); break;
      case Kind::kSkip: add("^"); break;
      case Kind::kNounPhrase:
        add("{" + (it.children.empty() ? std::string() : DescribePattern(it.children[0])) + "}");
        break;
      case Kind::kPrepPhrase:
        add("(" + (it.children.empty() ? std::string() : DescribePattern(it.children[0])) + ")");
        break;
      case Kind::kAlternatives: {
        std::string alt;
        for (const auto& c : it.children) alt += (alt.empty() ? "" : " | ") + DescribePattern(c);
        add("{" + alt + "}");
        break;
      }
    }
  }
  return out;
}

bool PatternNamesBeforeVerb(std::string_view pattern, std::string_view word) {
  size_t at = 0;
  while (at < pattern.size()) {
    const size_t end = std::min(pattern.find(' ', at), pattern.size());
    const std::string_view item = pattern.substr(at, end - at);
    if (item == "*") return false;
    if (item == word) return true;
    at = end + 1;
  }
  return false;
}

}  // namespace dyad::code
