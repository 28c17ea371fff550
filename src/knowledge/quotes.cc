// Quote marks are paired per paragraph; each pair is then attributed by looking at the
// tokens right after it, right before it, and finally at the attribution just before it.
// A pair that is neither attributed nor a whole sentence is a title or a scare quote
// ("Victory Day") and is not a quotation.
#include "knowledge/quotes.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "knowledge/name_words.h"
#include "util/ascii.h"

namespace dyad::knowledge {
namespace {

enum class Mark { kNone, kOpen, kClose, kEither };

Mark QuoteMark(std::string_view f) {
  if (f == "\xE2\x80\x9C" || f == "\xC2\xAB" || f == "``") return Mark::kOpen;      // “ «
  if (f == "\xE2\x80\x9D" || f == "\xC2\xBB" || f == "''") return Mark::kClose;     // ” »
  if (f == "\"" || f == "\xE2\x80\x9E") return f == "\"" ? Mark::kEither : Mark::kOpen;  // „
  return Mark::kNone;
}

using words::In;

// Punctuation: no letter or digit (ASCII), and not a multi-byte character such as a letter
// with a diacritic; curly quotes, dashes and ellipses (multi-byte) count as punctuation.
bool IsPunct(std::string_view f) {
  if (f.empty()) return false;
  if (f == "\xE2\x80\x9C" || f == "\xE2\x80\x9D" || f == "\xE2\x80\x94" ||
      f == "\xE2\x80\x93" || f == "\xE2\x80\xA6" || f == "\xC2\xAB" || f == "\xC2\xBB")
    return true;
  for (char c : f)
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
      return false;
  return true;
}

// Words that end a speaker's name when scanning away from the speech verb.
bool StopsName(std::string_view lower) {
  return In(lower, {"in", "on", "at", "during", "after", "before", "when", "while", "who", "which",
                    "that", "according", "as", "to", "for", "with", "because", "adding", "citing",
                    "but", "and", "or", "then", "later", "also", "again", "it", "there", "this",
                    "was", "is", "has", "had", "have", "will", "would", "earlier", "today",
                    "yesterday", "told", "said", "says", "say"});
}

bool IsAuxiliary(std::string_view lower) {
  return In(lower, {"has", "have", "had", "was", "is", "also", "later", "then", "reportedly",
                    "once", "again", "further", "previously", "earlier", "had", "did", "would"});
}

class Finder {
 public:
  explicit Finder(const Document& doc) : doc_(doc) {
    sentence_of_.resize(doc.tokens.size());
    for (uint32_t s = 0; s < doc.sentences.size(); ++s)
      for (uint32_t t = doc.sentences[s].token_begin; t < doc.sentences[s].token_end; ++t)
        sentence_of_[t] = s;
  }

  std::vector<Quote> Run() {
    std::vector<Quote> out;
    FindDirect(&out);
    FindIndirect(&out);
    std::sort(out.begin(), out.end(), [](const Quote& a, const Quote& b) { return a.begin < b.begin; });
    return out;
  }

 private:
  std::string_view Form(uint32_t t) const { return doc_.Form(doc_.tokens[t]); }
  std::string LowerAt(uint32_t t) const { return AsciiLower(Form(t)); }
  // A speech verb here: the word, and, once the tagger has run, a verb.
  // A passive ("the deal was announced") reports no speaker.
  bool IsCue(uint32_t t) const {
    Upos u = doc_.tokens[t].upos;
    if (t > 0 && In(LowerAt(t - 1), {"was", "were", "been", "be", "is", "are", "being"})) return false;
    return (u == Upos::kNone || u == Upos::kVERB) && IsSpeechVerb(Form(t));
  }
  const Sentence& SentenceOf(uint32_t t) const { return doc_.sentences[sentence_of_[t]]; }
  uint32_t Paragraph(uint32_t t) const { return SentenceOf(t).paragraph; }

  // The name after a speech verb: "said Russian Defense Minister Sergei Shoigu".
  // An appositive names the speaker a description stands for: "said the Vatican
  // spokesman, the Rev. Federico Lombardi".
  bool NameAfter(uint32_t verb, uint32_t limit, Quote* q) const {
    uint32_t b = verb + 1, e = b;
    while (e < limit && e - b < 10 && !IsPunct(Form(e)) && !StopsName(LowerAt(e))) ++e;
    if (e == b || !Nominal(b, e - 1)) return false;
    if (Descriptive(b, e) && e + 1 < limit && Form(e) == ",") {
      uint32_t ab = e + 1, ae = ab;
      while (ae < limit && ae - ab < 8 && !IsPunct(Form(ae)) && !StopsName(LowerAt(ae))) ++ae;
      if (HasName(ab, ae)) b = ab, e = ae;
    }
    SetSpeaker(b, e, verb, q);
    return true;
  }

  // A description rather than a name: it starts with a determiner or a possessive
  // pronoun and ends in a common noun ("the Vatican spokesman", "his wife").
  bool Descriptive(uint32_t b, uint32_t e) const {
    if (!In(LowerAt(b), {"the", "a", "an", "his", "her", "its", "their"})) return false;
    return std::islower(static_cast<unsigned char>(Form(e - 1)[0]));
  }

  // Two capitalised words in a row, the shape of a person's name.
  bool HasName(uint32_t b, uint32_t e) const {
    for (uint32_t t = b; t + 1 < e; ++t)
      if (std::isupper(static_cast<unsigned char>(Form(t)[0])) && std::isupper(static_cast<unsigned char>(Form(t + 1)[0])))
        return true;
    return e == b + 1 && std::isupper(static_cast<unsigned char>(Form(b)[0]));
  }

  // The name before a speech verb: "Shoigu said", "the minister has told".
  bool NameBefore(uint32_t verb, uint32_t floor, Quote* q) const {
    uint32_t e = verb;
    while (e > floor && (IsAuxiliary(LowerAt(e - 1)) || doc_.tokens[e - 1].upos == Upos::kADV)) --e;
    uint32_t b = e;
    // A hyphen inside a word ("56-year-old") does not end the name.
    auto joined = [&](uint32_t t) { return Form(t) == "-" && t > 0 && !doc_.tokens[t - 1].space_after && !doc_.tokens[t].space_after; };
    while (b > floor && e - b < 10 && (!IsPunct(Form(b - 1)) || joined(b - 1)) && !StopsName(LowerAt(b - 1))) --b;
    if (b == e && e > floor + 2 && Form(e - 1) == ",") {
      // "Matt Blunt, president of the council, said": the name that opens the clause (the
      // sentence, or what follows a quotation in it).
      uint32_t start = floor;
      for (uint32_t k = floor; k < e; ++k)
        if (QuoteMark(Form(k)) != Mark::kNone) start = k + 1;
      if (start < e && Form(start) == ",") ++start;
      uint32_t ne = start;
      while (ne < e && std::isupper(static_cast<unsigned char>(Form(ne)[0])) && !IsPunct(Form(ne))) ++ne;
      if (ne > start && ne < e && Form(ne) == ",") b = start, e = ne;
    }
    if (b == e || !Nominal(b, e - 1)) return false;
    // "Zalmay Khalilzad, the United States' chief negotiator, told": the name before the comma.
    if (Descriptive(b, e) && b >= floor + 2 && Form(b - 1) == ",") {
      uint32_t ne = b - 1, nb = ne;
      while (nb > floor && ne - nb < 5 && !IsPunct(Form(nb - 1)) && !StopsName(LowerAt(nb - 1)) &&
             std::isupper(static_cast<unsigned char>(Form(nb - 1)[0])))
        --nb;
      if (nb < ne && HasName(nb, ne)) b = nb, e = ne;
    }
    SetSpeaker(b, e, verb, q);
    return true;
  }

  // Once tagged, a speaker's last word is a noun, a proper noun, a pronoun, an adjective
  // used as one ("the official", "the 56-year-old") or a number: "angrily" or "could" is
  // not someone.
  // An adverb ends a longer name only through a tagging slip ("a top Trump ally").
  bool Nominal(uint32_t first, uint32_t last) const {
    const Upos u = doc_.tokens[last].upos;
    return u == Upos::kNone || u == Upos::kNOUN || u == Upos::kPROPN || u == Upos::kPRON || u == Upos::kNUM ||
           u == Upos::kADJ || u == Upos::kX || (u == Upos::kADV && last > first);
  }

  void SetSpeaker(uint32_t b, uint32_t e, uint32_t cue, Quote* q) const {
    q->has_speaker = true;
    q->speaker_token_begin = b;
    q->speaker_token_end = e;
    q->speaker_begin = doc_.tokens[b].begin;
    q->speaker_end = doc_.tokens[e - 1].end;
    q->cue_token = cue;
  }

  // "...," Shoigu said / "...," said Shoigu / "...," according to Shoigu
  bool AttributeAfter(uint32_t open, uint32_t close, Quote* q) const {
    const Sentence& s = SentenceOf(close);
    uint32_t k = close + 1;
    uint32_t limit = s.token_end;
    if (k < limit && Form(k) == ",") ++k;
    if (k >= limit) return AttributeNextSentence(open, close, q);
    if (IsCue((k))) return NameAfter(k, limit, q);
    if (LowerAt(k) == "according" && k + 1 < limit && LowerAt(k + 1) == "to")
      return NameAfter(k + 1, limit, q) && (q->cue_token = k, true);
    for (uint32_t v = k; v < limit && v < k + 30; ++v) {
      // A clause of its own ("after the deal was announced") holds no attribution.
      if (QuoteMark(Form(v)) != Mark::kNone || Form(v) == "." ||
          In(LowerAt(v), {"after", "before", "when", "because", "while", "since", "if", "although", "until"}))
        break;
      if (!IsCue(v) || v == k) continue;
      // Far from the quotation only a name with an apposition ('," Matt Blunt, president
      // of ..., said') reaches back to it.
      Quote tried = *q;
      if (!NameBefore(v, k, &tried)) return false;
      if (v >= k + 10 && tried.speaker_token_begin != k) return false;
      *q = tried;
      return true;
    }
    return false;
  }

  // '"... ." Trump wrote on Twitter.': the segmenter ends the sentence with the quotation,
  // and the attribution opens the next one in the same paragraph.
  bool AttributeNextSentence(uint32_t open, uint32_t close, Quote* q) const {
    const uint32_t si = sentence_of_[close];
    if (SentenceOf(open).token_begin != open) return false;  // a quotation inside a sentence
    if (si + 1 >= doc_.sentences.size()) return false;
    const Sentence& next = doc_.sentences[si + 1];
    if (next.paragraph != SentenceOf(close).paragraph || next.token_begin != close + 1) return false;
    for (uint32_t v = next.token_begin + 1; v < next.token_end && v < next.token_begin + 6; ++v) {
      if (QuoteMark(Form(v)) != Mark::kNone || IsPunct(Form(v))) return false;
      if (IsCue(v)) {
        Quote tried = *q;
        if (!NameBefore(v, next.token_begin, &tried) || tried.speaker_token_begin != next.token_begin) return false;
        *q = tried;
        return true;
      }
    }
    return false;
  }

  // A quotation opening its paragraph after a lead-in that ends with a colon: "NPR's John
  // Burnett gives an overview:" / "From the Military Times:".
  bool LeadIn(uint32_t open, Quote* q) const {
    const uint32_t si = sentence_of_[open];
    if (si == 0 || doc_.sentences[si].token_begin != open) return false;
    const Sentence& prev = doc_.sentences[si - 1];
    if (prev.paragraph + 1 != Paragraph(open) || prev.token_end - prev.token_begin < 3 ||
        Form(prev.token_end - 1) != ":")
      return false;
    const uint32_t first = prev.token_begin, colon = prev.token_end - 1;
    if (LowerAt(first) == "from" && colon > first + 1 && Nominal(first + 1, colon - 1)) {
      SetSpeaker(first + 1, colon, first, q);
      return true;
    }
    for (uint32_t v = first + 1; v < colon; ++v) {
      const Upos u = doc_.tokens[v].upos;
      if (u == Upos::kVERB || u == Upos::kAUX) return NameBefore(v, first, q) && q->speaker_token_begin == first;
    }
    return false;
  }

  // A quotation filling its paragraph, followed by a by-line paragraph: "Max Boot,
  // Washington Post" or "— Donald Trump" (no verb, a comma or a leading dash).
  bool ByLine(uint32_t close, Quote* q) const {
    const uint32_t si = sentence_of_[close];
    if (si + 1 >= doc_.sentences.size()) return false;
    const Sentence& next = doc_.sentences[si + 1];
    if (next.paragraph != SentenceOf(close).paragraph + 1 || next.token_end - next.token_begin > 10) return false;
    uint32_t b = next.token_begin;
    const bool dash = In(Form(b), {"-", "\xE2\x80\x94", "\xE2\x80\x93"});
    if (dash) ++b;
    uint32_t e = b;
    bool comma = false;
    for (uint32_t t = b; t < next.token_end; ++t) {
      const Upos u = doc_.tokens[t].upos;
      if (u == Upos::kVERB || u == Upos::kAUX || QuoteMark(Form(t)) != Mark::kNone) return false;
      if (Form(t) == ",") comma = true;
      if (!comma && !IsPunct(Form(t))) e = t + 1;
    }
    if (!(dash || comma) || e == b || !std::isupper(static_cast<unsigned char>(Form(b)[0]))) return false;
    SetSpeaker(b, e, next.token_begin, q);
    return true;
  }

  // Shoigu said: "..." / Shoigu told reporters, "..."
  bool AttributeBefore(uint32_t open, Quote* q) const {
    const Sentence& s = SentenceOf(open);
    if (open == s.token_begin) return false;
    uint32_t k = open;
    if (k > s.token_begin && (Form(k - 1) == ":" || Form(k - 1) == ",")) --k;
    // The speech verb is the last one within a few tokens before the quote.
    for (uint32_t v = k; v > s.token_begin && k - v < 6;) {
      --v;
      if (IsCue((v))) return NameBefore(v, s.token_begin, q);
    }
    return false;
  }

  // The speaker of the last attribution in sentence `s` (a speech verb with a name).
  bool AttributionIn(uint32_t s, Quote* q) const {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t v = sent.token_end; v > sent.token_begin;) {
      --v;
      if (!IsCue((v))) continue;
      if (NameBefore(v, sent.token_begin, q) || NameAfter(v, sent.token_end, q)) return true;
    }
    return false;
  }

  void FindDirect(std::vector<Quote>* out) {
    const auto& toks = doc_.tokens;
    int64_t open = -1;
    int64_t last_attributed = -1;  // index into *out
    for (uint32_t t = 0; t < toks.size(); ++t) {
      if (open >= 0 && Paragraph(t) != Paragraph(static_cast<uint32_t>(open))) open = -1;
      Mark m = QuoteMark(Form(t));
      if (m == Mark::kNone) continue;
      if (open < 0 && (m == Mark::kOpen || m == Mark::kEither)) {
        open = t;
        continue;
      }
      if (open < 0 || m == Mark::kOpen) continue;
      uint32_t o = static_cast<uint32_t>(open);
      open = -1;
      if (t == o + 1) continue;
      // A comma before the closing mark belongs to the attribution, not to the words.
      uint32_t last = t - 1;
      if (last > o + 1 && (Form(last) == "," || Form(last) == ";" || Form(last) == ":")) --last;
      Quote q;
      q.begin = toks[o + 1].begin;
      q.end = toks[last].end;
      q.sentence_first = sentence_of_[o];
      q.sentence_last = sentence_of_[t];
      // A whole sentence (or run of sentences) in quotes is a quotation even alone.
      bool whole = o == doc_.sentences[q.sentence_first].token_begin &&
                   t + 1 >= doc_.sentences[q.sentence_last].token_end - 1 && t - o >= 4;
      bool attributed = AttributeAfter(o, t, &q) || AttributeBefore(o, &q) ||
                        (whole && (LeadIn(o, &q) || ByLine(t, &q)));
      if (!attributed && !whole) continue;
      if (!attributed) {
        const Quote* last = last_attributed >= 0 ? &(*out)[static_cast<size_t>(last_attributed)] : nullptr;
        if (last != nullptr && Paragraph(o) <= doc_.sentences[last->sentence_last].paragraph + 1) {
          q.has_speaker = true;
          q.speaker_inherited = true;
          q.speaker_token_begin = last->speaker_token_begin;
          q.speaker_token_end = last->speaker_token_end;
          q.speaker_begin = last->speaker_begin;
          q.speaker_end = last->speaker_end;
          q.cue_token = last->cue_token;
        } else if (q.sentence_first > 0 && AttributionIn(q.sentence_first - 1, &q)) {
          q.speaker_inherited = true;
        }
      }
      out->push_back(q);
      if (q.has_speaker) last_attributed = static_cast<int64_t>(out->size()) - 1;
    }
  }

  // X said that ...  (outside direct quotations)
  void FindIndirect(std::vector<Quote>* out) {
    size_t direct = out->size();
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      for (uint32_t v = sent.token_begin; v + 2 < sent.token_end; ++v) {
        if (!IsCue((v)) || LowerAt(v + 1) != "that") continue;
        uint32_t b = v + 2, e = sent.token_end;
        while (e > b && IsPunct(Form(e - 1))) --e;
        if (e <= b) continue;
        Quote q;
        q.kind = QuoteKind::kIndirect;
        q.begin = doc_.tokens[b].begin;
        q.end = doc_.tokens[e - 1].end;
        bool inside = false;
        for (size_t i = 0; i < direct; ++i)
          if ((*out)[i].begin <= q.begin && q.begin < (*out)[i].end) inside = true;
        if (inside || !NameBefore(v, sent.token_begin, &q)) continue;
        q.sentence_first = q.sentence_last = s;
        out->push_back(q);
        break;
      }
    }
  }

  const Document& doc_;
  std::vector<uint32_t> sentence_of_;
};

}  // namespace

bool IsSpeechVerb(std::string_view word) {
  std::string w = AsciiLower(word);
  static constexpr std::string_view kStems[] = {
      "say",      "said",    "tell",    "told",     "add",      "state",   "declar",  "announc",
      "insist",   "warn",    "note",    "stress",   "explain",  "wrote",   "write",   "tweet",
      "repl",     "claim",   "argu",    "emphasi",  "comment",  "remark",  "respond", "assert",
      "acknowledg", "admit", "admitt",  "conced",   "recall",   "ask",     "answer",  "agre",
      "suggest",  "observ",  "predict", "promis",   "vow",      "urg",     "testif",  "testifi",
      "confirm",  "deni",    "deny",    "recount",  "remind",   "quipp",   "continu", "complain"};
  for (std::string_view stem : kStems) {
    if (!w.starts_with(stem)) continue;
    std::string_view rest = std::string_view(w).substr(stem.size());
    if (In(rest, {"", "s", "ed", "d", "ing", "es", "ied", "ies", "y", "e", "ze", "zed", "se",
                  "sed", "ing"}))
      return !In(w, {"states", "notes", "emphasis", "claims", "comments", "remarks"});
  }
  return false;
}

std::vector<Quote> FindQuotes(const Document& doc) { return Finder(doc).Run(); }

}  // namespace dyad::knowledge
