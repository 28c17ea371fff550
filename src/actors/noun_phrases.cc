// Noun-phrase chunking from the parse, the tags or the dictionary matches alone.
#include "actors/noun_phrases.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

namespace dyad::actors {
namespace {

bool IsPossessiveMarker(std::string_view form) {
  return form == "'s" || form == "'" || form == "\xE2\x80\x99s" || form == "\xE2\x80\x99";
}

// Relations that keep a word inside its head's noun phrase (nmod:desc: EWT's title
// before a name, "leader Kim Jong Un").
bool InsideRelation(uint8_t deprel) {
  static const uint8_t kInside[] = {
      DeprelFromName("det"),       DeprelFromName("amod"),      DeprelFromName("compound"),
      DeprelFromName("flat"),      DeprelFromName("nmod:poss"), DeprelFromName("nummod"),
      DeprelFromName("det:predet"), DeprelFromName("nmod:unmarked"), DeprelFromName("nmod:desc"),
  };
  return std::find(std::begin(kInside), std::end(kInside), deprel) != std::end(kInside);
}

bool Nominal(Upos u) { return u == Upos::kNOUN || u == Upos::kPROPN; }

// Adjacent phrases whose heads are joined directly by an apposition-like relation are
// one name: "North Korean leader" + "Kim Jong Un", "Mao Zedong's eldest son" + "Mao
// Anying". The governing head stays the head.
std::vector<Chunk> JoinAppositions(const Document& doc, std::vector<Chunk> chunks) {
  static const uint8_t kJoin[] = {DeprelFromName("appos"), DeprelFromName("flat"), DeprelFromName("compound"),
                                  DeprelFromName("dep"), DeprelFromName("list")};
  auto joined = [&](uint32_t dependent, uint32_t governor) {
    const Token& t = doc.tokens[dependent];
    return t.head == static_cast<int32_t>(governor) &&
           std::find(std::begin(kJoin), std::end(kJoin), t.deprel) != std::end(kJoin);
  };
  std::vector<Chunk> out;
  for (const Chunk& c : chunks) {
    if (!out.empty() && out.back().end == c.begin) {
      Chunk& last = out.back();
      if (joined(c.head, last.head) || joined(last.head, c.head)) {
        if (joined(last.head, c.head)) last.head = c.head;
        last.end = c.end;
        continue;
      }
    }
    out.push_back(c);
  }
  return out;
}

std::vector<Chunk> FromParse(const Document& doc, const Sentence& s) {
  const uint32_t b = s.token_begin, e = s.token_end;
  static const uint8_t kCase = DeprelFromName("case");
  static const uint8_t kConj = DeprelFromName("conj");
  // root[i]: the token whose phrase token i belongs to.
  std::vector<uint32_t> root(e - b);
  for (uint32_t i = b; i < e; ++i) {
    uint32_t t = i;
    for (int steps = 0; steps < 64; ++steps) {
      const Token& tok = doc.tokens[t];
      const bool poss_case = tok.deprel == kCase && IsPossessiveMarker(doc.Form(tok));
      if (tok.head < static_cast<int32_t>(b) || tok.head >= static_cast<int32_t>(e)) break;
      if (!InsideRelation(tok.deprel) && !poss_case) break;
      t = static_cast<uint32_t>(tok.head);
    }
    root[i - b] = t;
  }
  // A chunk is a run of tokens in one phrase. A run that the parse cut off from its head
  // (by a conjunct it hung on the run: "the Kenya Electricity Generating Company[compound of
  // scholarships] and fund[conj] scholarships") is a chunk of its own, headed by its last
  // word whose head lies outside it.
  std::vector<Chunk> out;
  for (uint32_t i = b; i < e;) {
    const uint32_t r = root[i - b];
    uint32_t j = i + 1;
    while (j < e && root[j - b] == r) ++j;
    uint32_t h = r;
    bool cut = false;  // a run before its head that a conjunct of its own cuts off from it
    if (r < i || r >= j) {
      h = j - 1;
      for (uint32_t k = j; k-- > i;) {
        const int32_t up = doc.tokens[k].head;
        if (up < static_cast<int32_t>(i) || up >= static_cast<int32_t>(j)) {
          h = k;
          break;
        }
      }
      for (uint32_t k = j; k < r && !cut; ++k)
        cut = doc.tokens[k].deprel == kConj && doc.tokens[k].head >= static_cast<int32_t>(i) &&
              doc.tokens[k].head < static_cast<int32_t>(j);
    }
    if ((h == r || cut) && Nominal(doc.tokens[h].upos)) out.push_back({i, j, h});
    i = j;
  }
  return JoinAppositions(doc, std::move(out));
}

bool InTaggedChunk(const Document& doc, const Token& t) {
  switch (t.upos) {
    case Upos::kDET: case Upos::kADJ: case Upos::kNOUN: case Upos::kPROPN: case Upos::kNUM:
      return true;
    case Upos::kPART: return IsPossessiveMarker(doc.Form(t));
    case Upos::kPRON: return XposName(t.xpos) == "PRP$";
    default: return false;
  }
}

std::vector<Chunk> FromTags(const Document& doc, const Sentence& s) {
  std::vector<Chunk> out;
  uint32_t i = s.token_begin;
  while (i < s.token_end) {
    if (!InTaggedChunk(doc, doc.tokens[i])) {
      ++i;
      continue;
    }
    uint32_t j = i;
    int64_t head = -1;
    while (j < s.token_end && InTaggedChunk(doc, doc.tokens[j])) {
      // A determiner after a noun starts a new phrase ("gave Russia the arms").
      if (head >= 0 && doc.tokens[j].upos == Upos::kDET) break;
      if (Nominal(doc.tokens[j].upos)) head = j;
      ++j;
    }
    if (head >= 0) out.push_back({i, static_cast<uint32_t>(head) + 1, static_cast<uint32_t>(head)});
    i = j;
  }
  return out;
}

std::vector<Chunk> FromMatches(const Document& doc, std::span<const Span> matches) {
  std::vector<Chunk> out;
  for (const Span& m : matches) {
    if (!out.empty()) {
      Chunk& last = out.back();
      const bool adjacent = last.end == m.begin;
      const bool possessive = last.end + 1 == m.begin && IsPossessiveMarker(doc.Form(doc.tokens[last.end]));
      if (adjacent || possessive) {
        last.end = m.end;
        last.head = m.end - 1;
        continue;
      }
    }
    out.push_back({m.begin, m.end, m.end - 1});
  }
  return out;
}

// Widens chunks so that no dictionary match is cut, merging chunks a match joins.
std::vector<Chunk> CoverMatches(const Document& doc, const Sentence& s, std::vector<Chunk> chunks,
                                std::span<const Span> matches) {
  for (const Span& m : matches) {
    auto first = std::find_if(chunks.begin(), chunks.end(), [&](const Chunk& c) { return c.end > m.begin; });
    if (first == chunks.end() || first->begin >= m.end) {
      // No chunk touches the match: it becomes its own chunk, with the determiner right
      // before it that no chunk holds ("the West" where the parse hung "the" elsewhere).
      uint32_t b = m.begin;
      if (b > s.token_begin && doc.tokens[b - 1].upos == Upos::kDET &&
          (first == chunks.begin() || (first - 1)->end < b))
        --b;
      chunks.insert(first, Chunk{b, m.end, m.end - 1});
      continue;
    }
    auto last = first;
    while (last + 1 != chunks.end() && (last + 1)->begin < m.end) ++last;
    Chunk merged{std::min(first->begin, m.begin), std::max(last->end, m.end), last->head};
    if (merged.head < m.begin || merged.head >= merged.end) merged.head = merged.end - 1;
    auto it = chunks.erase(first, last + 1);
    chunks.insert(it, merged);
  }
  return chunks;
}

// A dictionary name the tagger took for a preposition of the phrase right after it is that
// phrase's first word: no preposition is a capitalised dictionary name. The parse hangs it on
// the phrase's head ("Arnor[ADP, case] security officials") or, as a subordinator, beside
// the phrase on the phrase's own head ("Arnor[ADP, mark -> about] security officials[nsubj
// -> about] are about to").
void JoinNamesTakenForPrepositions(const Document& doc, std::span<const Span> matches, std::vector<Chunk>* chunks) {
  static const uint8_t kCase = DeprelFromName("case");
  static const uint8_t kMark = DeprelFromName("mark");
  for (const Span& m : matches) {
    bool preposition = m.end > m.begin;
    for (uint32_t t = m.begin; t < m.end && preposition; ++t) {
      const Token& tok = doc.tokens[t];
      const std::string_view form = doc.Form(tok);
      preposition = tok.upos == Upos::kADP && (tok.deprel == kCase || tok.deprel == kMark) && !form.empty() &&
                    std::isupper(static_cast<unsigned char>(form[0]));
    }
    if (!preposition) continue;
    const Token& last = doc.tokens[m.end - 1];
    for (Chunk& c : *chunks) {
      if (c.begin != m.end) continue;
      const bool on_head = last.deprel == kCase && last.head == static_cast<int32_t>(c.head);
      const bool beside = last.deprel == kMark && last.head >= 0 && last.head == doc.tokens[c.head].head;
      if (on_head || beside) c.begin = m.begin;
    }
  }
}

}  // namespace

Analysis AnalysisOf(const Document& doc, const Sentence& s) {
  Analysis a = Analysis::kNone;
  for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
    if (doc.tokens[i].deprel != 0) return Analysis::kParsed;
    if (doc.tokens[i].upos != Upos::kNone) a = Analysis::kTagged;
  }
  return a;
}

std::vector<Chunk> NounPhrases(const Document& doc, const Sentence& s, std::span<const Span> matches) {
  switch (AnalysisOf(doc, s)) {
    case Analysis::kParsed: {
      std::vector<Chunk> chunks = FromParse(doc, s);
      JoinNamesTakenForPrepositions(doc, matches, &chunks);
      return CoverMatches(doc, s, std::move(chunks), matches);
    }
    case Analysis::kTagged: return CoverMatches(doc, s, FromTags(doc, s), matches);
    case Analysis::kNone: break;
  }
  return FromMatches(doc, matches);
}

}  // namespace dyad::actors
