// Raw-text evaluation: gold and system words on whitespace-free character spans, aligned
// by equal spans and scored as F1.
#include "parse/raw_evaluate.h"

#include "text/char_class.h"
#include "text/segmenter.h"

namespace dyad::parse {
namespace {

std::string_view Universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

// Bytes of `s` that are not whitespace (the unit text::Span counts in).
uint32_t NonSpaceBytes(std::string_view s) {
  uint32_t n = 0;
  for (size_t i = 0; i < s.size();) {
    const text::CodePoint c = text::CodePointAt(s, i);
    if (!text::IsSpace(c.cp)) n += c.len;
    i += c.len;
  }
  return n;
}

// nonws[i]: the number of non-whitespace bytes in text[0, i).
std::vector<uint32_t> NonSpacePrefix(std::string_view text) {
  std::vector<uint32_t> nonws(text.size() + 1);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size();) {
    const text::CodePoint c = text::CodePointAt(text, i);
    const bool space = text::IsSpace(c.cp);
    for (uint32_t k = 0; k < c.len && i + k < text.size(); ++k) {
      nonws[i + k] = count;
      if (!space) ++count;
    }
    i += c.len;
  }
  nonws[text.size()] = count;
  return nonws;
}

bool Before(const text::Span& a, const text::Span& b) {
  return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
}

}  // namespace

Result<std::vector<SpanWord>> GoldWords(const std::vector<tag::ConlluSentence>& gold,
                                        const text::Treebank& tb) {
  std::vector<SpanWord> out;
  size_t token = 0;
  for (const tag::ConlluSentence& s : gold) {
    const int32_t base = static_cast<int32_t>(out.size());
    const int n = static_cast<int>(s.words.size());
    for (int i = 0; i < n; ++i) {
      const tag::Word& w = s.words[i];
      SpanWord sw;
      sw.head = w.head <= 0 ? -1 : base + w.head - 1;
      sw.upos = w.upos;
      sw.xpos = w.xpos;
      sw.lemma = w.lemma;
      sw.deprel = w.deprel;
      out.push_back(sw);
    }
    // Surface tokens in order: a multiword token covers its words, any other word is one.
    size_t mwt = 0;
    for (int i = 0; i < n;) {
      while (mwt < s.multiword.size() && s.multiword[mwt].last < i + 1) ++mwt;
      const bool multi = mwt < s.multiword.size() && s.multiword[mwt].first == i + 1;
      const int last = multi ? std::min(s.multiword[mwt].last, n) - 1 : i;
      if (token >= tb.tokens.size())
        return DataLoss("treebank text has fewer tokens than its words need");
      const text::Span span = tb.tokens[token++];
      if (!multi) {
        out[base + i].span = span;
      } else {
        uint32_t total = 0;
        for (int k = i; k <= last; ++k) total += NonSpaceBytes(s.words[k].form);
        if (total == span.end - span.begin) {
          uint32_t at = span.begin;
          for (int k = i; k <= last; ++k) {
            const uint32_t len = NonSpaceBytes(s.words[k].form);
            out[base + k].span = {at, at + len};
            at += len;
          }
        }
      }
      i = last + 1;
    }
  }
  if (token != tb.tokens.size()) return DataLoss("treebank text has more tokens than words");
  return out;
}

std::vector<SpanWord> SystemWords(const Document& doc) {
  const std::vector<uint32_t> nonws = NonSpacePrefix(doc.text);
  std::vector<SpanWord> out;
  out.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) {
    SpanWord w;
    w.span = {nonws[t.begin], nonws[t.end]};
    w.head = t.head;
    w.upos = UposName(t.upos);
    w.xpos = XposName(t.xpos);
    w.lemma = doc.Lemma(t);
    w.deprel = DeprelName(t.deprel);
    out.push_back(w);
  }
  return out;
}

RawScores ScoreWords(const std::vector<SpanWord>& gold, const std::vector<SpanWord>& system) {
  // gold_of[s]: the gold word aligned with system word s, or -1.
  std::vector<int32_t> gold_of(system.size(), -1);
  size_t placed = 0;
  for (const SpanWord& g : gold) placed += g.span.begin != g.span.end;
  std::vector<std::pair<text::Span, int32_t>> sorted;  // placed gold words by span
  sorted.reserve(placed);
  for (size_t i = 0; i < gold.size(); ++i)
    if (gold[i].span.begin != gold[i].span.end)
      sorted.emplace_back(gold[i].span, static_cast<int32_t>(i));
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return Before(a.first, b.first); });
  for (size_t gi = 0, si = 0; gi < sorted.size() && si < system.size();) {
    if (sorted[gi].first == system[si].span) {
      gold_of[si++] = sorted[gi++].second;
    } else if (Before(sorted[gi].first, system[si].span)) {
      ++gi;
    } else {
      ++si;
    }
  }
  RawScores r;
  for (text::Prf* p : {&r.words, &r.upos, &r.xpos, &r.lemma, &r.uas, &r.las}) {
    p->gold = gold.size();
    p->system = system.size();
  }
  for (size_t s = 0; s < system.size(); ++s) {
    if (gold_of[s] < 0) continue;
    const SpanWord &p = system[s], &g = gold[gold_of[s]];
    ++r.words.correct;
    r.upos.correct += p.upos == g.upos;
    r.xpos.correct += p.xpos == g.xpos;
    r.lemma.correct += p.lemma == g.lemma;
    const bool head = p.head < 0 ? g.head < 0
                                 : p.head < static_cast<int32_t>(system.size()) &&
                                       g.head >= 0 && gold_of[p.head] == g.head;
    r.uas.correct += head;
    r.las.correct += head && Universal(p.deprel) == Universal(g.deprel);
  }
  return r;
}

Result<RawScores> EvaluateRaw(const ModelSet& models, std::string_view conllu) {
  ASSIGN_OR_RETURN(text::Treebank tb, text::ParseTreebank(conllu));
  ASSIGN_OR_RETURN(std::vector<tag::ConlluSentence> gold, tag::ParseConllu(conllu));
  ASSIGN_OR_RETURN(std::vector<SpanWord> gold_words, GoldWords(gold, tb));
  const Document doc = models.Annotate(text::Segment(tb.text));
  const text::SegmentScores seg = text::Score(tb, doc);
  RawScores r = ScoreWords(gold_words, SystemWords(doc));
  r.tokens = seg.tokens;
  r.sentences = seg.sentences;
  return r;
}

}  // namespace dyad::parse
