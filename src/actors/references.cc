// Reference resolution by recency, number, gender and type.
#include "actors/references.h"
#include "util/ascii.h"

#include <algorithm>
#include <string>

namespace dyad::actors {
namespace {

bool IsState(const Mention& m) {
  return m.kind == MentionKind::kState && m.codes.size() == 1 && m.number != Number::kPlural;
}

// A person, directly or by an earlier reference.
bool IsPerson(const Mention& m) { return m.kind == MentionKind::kPerson || m.gender == Gender::kMale || m.gender == Gender::kFemale; }

bool Plural(const Mention& m) { return m.number == Number::kPlural || m.codes.size() > 1; }

// The sector of a code after its country: "RUSMIL" -> "MIL"; "" when there is none.
std::string_view Sector(std::string_view code) { return code.size() > 3 ? code.substr(3) : std::string_view(); }

// Makes mentions[i] stand for the mentions `found` (their codes, the first one's country).
void Bind(std::vector<Mention>& mentions, size_t i, std::vector<uint32_t> found, RefType type) {
  Mention& ref = mentions[i];
  ref.codes.clear();
  for (uint32_t a : found) ref.codes.insert(ref.codes.end(), mentions[a].codes.begin(), mentions[a].codes.end());
  ref.country = mentions[found[0]].country;
  ref.how = Resolution::kReference;
  if (ref.codes.size() > 1) ref.number = Number::kPlural;
  if (found.size() == 1 && IsPerson(mentions[found[0]])) {
    ref.gender = mentions[found[0]].gender == Gender::kUnknown
                     ? (type == RefType::kFeminine ? Gender::kFemale : Gender::kMale)
                     : mentions[found[0]].gender;
  }
  ref.antecedents = std::move(found);
}

}  // namespace

RefType PronounType(std::string_view lower) {
  static const std::pair<std::string_view, RefType> kPronouns[] = {
      {"he", RefType::kMasculine},   {"him", RefType::kMasculine},    {"his", RefType::kMasculine},
      {"himself", RefType::kMasculine}, {"she", RefType::kFeminine},  {"her", RefType::kFeminine},
      {"hers", RefType::kFeminine},  {"herself", RefType::kFeminine}, {"it", RefType::kNeuter},
      {"its", RefType::kNeuter},     {"itself", RefType::kNeuter},    {"they", RefType::kPlural},
      {"them", RefType::kPlural},    {"their", RefType::kPlural},     {"theirs", RefType::kPlural},
      {"themselves", RefType::kPlural},
  };
  for (const auto& [word, type] : kPronouns) {
    if (word == lower) return type;
  }
  return RefType::kNone;
}

bool ExpletiveIt(const Document& doc, const Sentence& sentence, uint32_t t) {
  static const uint8_t kExpl = DeprelFromName("expl"), kSubj = DeprelFromName("nsubj"), kCop = DeprelFromName("cop"),
                       kMark = DeprelFromName("mark"), kPrt = DeprelFromName("compound:prt");
  const Token& tok = doc.tokens[t];
  if (AsciiLower(doc.Form(tok)) != "it") return false;
  if (tok.deprel == kExpl) return true;
  if (tok.deprel != kSubj || tok.head < 0) return false;
  const uint32_t h = static_cast<uint32_t>(tok.head);
  const std::string_view verb = doc.Lemma(doc.tokens[h]);
  bool cop = false, particle_out = false, clause_after = false;
  for (uint32_t c = sentence.token_begin; c < sentence.token_end; ++c) {
    const Token& d = doc.tokens[c];
    if (d.head != static_cast<int32_t>(h)) continue;
    if (d.deprel == kCop) cop = true;
    if (d.deprel == kPrt && AsciiLower(doc.Form(d)) == "out") particle_out = true;
    // A clause after the predicate that opens with "to" or "that": what "it" stands for.
    if (c > h && (d.upos == Upos::kVERB || d.upos == Upos::kAUX || d.upos == Upos::kADJ)) {
      for (uint32_t m = sentence.token_begin; m < c; ++m) {
        const Token& mk = doc.tokens[m];
        if (mk.head == static_cast<int32_t>(c) && mk.deprel == kMark) {
          const std::string lower = AsciiLower(doc.Form(mk));
          if (lower == "to" || lower == "that") clause_after = true;
        }
      }
    }
  }
  if (verb == "seem" || verb == "appear" || verb == "happen" || verb == "matter") return true;
  if (verb == "turn" && particle_out) return true;
  return cop && clause_after;
}

RefType ChunkReference(const Document& doc, const Chunk& chunk) {
  std::vector<std::string> words;
  for (uint32_t t = chunk.begin; t < chunk.end; ++t) words.push_back(AsciiLower(doc.Form(doc.tokens[t])));
  if (words.size() < 2) return RefType::kNone;
  static const std::string_view kPairNouns[] = {"countries", "nations", "states", "sides", "governments",
                                                "neighbors", "neighbours", "parties", "powers"};
  const std::string& last = words.back();
  const bool pair_noun = std::find(std::begin(kPairNouns), std::end(kPairNouns), last) != std::end(kPairNouns);
  const std::string& before = words[words.size() - 2];
  if (pair_noun && (before == "two" || before == "both")) return RefType::kPair;
  if (words.size() == 2 && words[0] == "the" && (last == "country" || last == "nation")) return RefType::kCountry;
  return RefType::kNone;
}

bool ResolveReference(std::vector<Mention>& mentions, size_t i, RefType type, int window,
                      const std::function<int(const Mention&)>& depth) {
  Mention& ref = mentions[i];
  auto usable = [&](size_t j) {
    const Mention& m = mentions[j];
    return m.coded() && m.end <= ref.begin && m.kind != MentionKind::kUnknown &&
           static_cast<int64_t>(ref.sentence) - static_cast<int64_t>(m.sentence) <= window;
  };
  // The mentions a reference stands for: a reference's own antecedents, else itself.
  auto roots = [&](size_t j) {
    return mentions[j].how == Resolution::kReference ? mentions[j].antecedents
                                                     : std::vector<uint32_t>{static_cast<uint32_t>(j)};
  };
  std::vector<uint32_t> found;
  // A personal pronoun looks back through its own sentence nearest first, then through each
  // sentence before for the mention nearest that sentence's root (`depth`), the first of
  // those: what a sentence's main clause is about, its subject mostly, is what the next
  // one goes on about ("Mr Pompeo warned there would be no aid for areas controlled by
  // Bashar al-Assad ... He also criticised Obama" is Pompeo).
  const bool personal = type == RefType::kMasculine || type == RefType::kFeminine || type == RefType::kNeuter ||
                        type == RefType::kPlural;
  if (personal) {
    size_t j = i;
    while (j > 0 && found.empty() && mentions[j - 1].sentence == ref.sentence) {
      --j;
      if (usable(j) && SuitsPronoun(mentions[j], type)) found = roots(j);
    }
    while (j > 0 && found.empty()) {
      const uint32_t s = mentions[j - 1].sentence;
      if (static_cast<int64_t>(ref.sentence) - static_cast<int64_t>(s) > window) break;
      size_t k = j;
      while (k > 0 && mentions[k - 1].sentence == s) --k;
      int best = -1, best_depth = 0;
      for (size_t x = k; x < j; ++x) {
        if (!usable(x) || !SuitsPronoun(mentions[x], type)) continue;
        const int d = depth ? depth(mentions[x]) : 0;
        if (best < 0 || d < best_depth) best = static_cast<int>(x), best_depth = d;
      }
      if (best >= 0) found = roots(static_cast<size_t>(best));
      j = k;
    }
  }
  for (size_t j = i; !personal && j-- > 0 && found.empty();) {
    if (!usable(j)) {
      if (static_cast<int64_t>(ref.sentence) - static_cast<int64_t>(mentions[j].sentence) > window) break;
      continue;
    }
    const Mention& m = mentions[j];
    switch (type) {
      case RefType::kMasculine:
      case RefType::kFeminine:
      case RefType::kNeuter:
      case RefType::kPlural:
        if (SuitsPronoun(m, type)) found = roots(j);
        break;
      case RefType::kCountry:
        if (IsState(m) && m.codes[0].size() == 3) found = roots(j);
        break;
      case RefType::kDefinite:
        if (m.kind != MentionKind::kAgentOnly && !Plural(m) && !ref.codes.empty() &&
            Sector(m.codes[0]) == ref.codes[0])
          found = roots(j);
        break;
      case RefType::kPair:
        if (m.kind == MentionKind::kCompound && m.parts.size() == 2 &&
            std::all_of(m.parts.begin(), m.parts.end(), [&](uint32_t p) { return IsState(mentions[p]); })) {
          found = {static_cast<uint32_t>(j)};
        }
        break;
      case RefType::kNone:
        return false;
    }
  }
  // "they" with no plural antecedent: a state or organisation named earlier in the same
  // sentence, the nearest first ("The US claimed that they had attacked Iraq").
  if (found.empty() && type == RefType::kPlural) {
    for (size_t j = i; j-- > 0 && found.empty();) {
      const Mention& m = mentions[j];
      if (m.sentence != ref.sentence) break;
      const bool collective = m.kind == MentionKind::kState || m.kind == MentionKind::kIgo ||
                              m.kind == MentionKind::kGroup;
      if (usable(j) && collective && !IsPerson(m) && m.codes.size() == 1) found = roots(j);
    }
  }
  if (found.empty() && type == RefType::kPair) {
    // No two-state compound: the two most recent distinct states.
    for (size_t j = i; j-- > 0 && found.size() < 2;) {
      if (!usable(j) || !IsState(mentions[j]) || mentions[j].codes[0].size() != 3) continue;
      if (found.empty() || mentions[found[0]].codes[0] != mentions[j].codes[0]) found.push_back(static_cast<uint32_t>(j));
    }
    if (found.size() < 2) found.clear();
    std::reverse(found.begin(), found.end());
  }
  if (found.empty()) return false;
  Bind(mentions, i, found, type);
  return true;
}

bool SuitsPronoun(const Mention& m, RefType type) {
  switch (type) {
    case RefType::kMasculine: return IsPerson(m) && m.gender != Gender::kFemale && !Plural(m);
    case RefType::kFeminine: return IsPerson(m) && m.gender != Gender::kMale && !Plural(m);
    case RefType::kNeuter: return !IsPerson(m) && !Plural(m) && m.kind != MentionKind::kAgentOnly;
    case RefType::kPlural: return Plural(m);
    default: return false;
  }
}

void BindReference(std::vector<Mention>& mentions, size_t i, size_t a, RefType type) {
  const Mention& to = mentions[a];
  Bind(mentions, i,
       to.how == Resolution::kReference && !to.antecedents.empty() ? to.antecedents
                                                                   : std::vector<uint32_t>{static_cast<uint32_t>(a)},
       type);
}

}  // namespace dyad::actors
