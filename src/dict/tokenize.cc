// A small rule-based splitter for dictionary phrases and for matching plain text, and the
// case folding shared by dictionaries and text. The rules follow UD English tokenization
// for what dictionary phrases contain: names, abbreviations, possessives, hyphenated words.
#include "dict/tokenize.h"

#include <unicode/uchar.h>

#include <array>
#include <cstring>

#include "util/utf8.h"
#if DYAD_DICT_USE_SEGMENTER
#include "text/segmenter.h"
#endif

namespace dyad::dict {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of a punctuation mark that stands alone when it opens a chunk, else 0.
size_t LeadingPunct(std::string_view s) {
  if (s.empty()) return 0;
  if (std::strchr("\"([{", s[0]) != nullptr) return 1;
  if (s.size() >= 3 && s.substr(0, 2) == "\xE2\x80" &&
      (s[2] == '\x9C' || s[2] == '\x98'))  // “ ‘
    return 3;
  if (s.size() >= 2 && s.substr(0, 2) == "\xC2\xAB") return 2;  // «
  return 0;
}

// Length of a punctuation mark that stands alone when it closes a chunk, else 0.
// Periods are handled separately.
size_t TrailingPunct(std::string_view s) {
  if (s.empty()) return 0;
  if (std::strchr("\")]},;:!?", s.back()) != nullptr) return 1;
  if (s.size() >= 3) {
    std::string_view t = s.substr(s.size() - 3);
    if (t == "\xE2\x80\x9D" || t == "\xE2\x80\x99") return 3;  // ” ’
  }
  if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xBB") return 2;  // »
  return 0;
}

constexpr std::array<std::string_view, 40> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "sgt",
    "capt", "maj", "adm", "jr", "sr", "co", "corp", "inc", "ltd", "no", "vs", "rev", "pres",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n",
    "e.g", "i.e"};

bool KeepsPeriod(std::string_view core) {
  if (core.empty()) return false;
  if (core.find('.') != std::string_view::npos) return true;  // U.S. / U.N.
  if (core.size() == 1 && ((core[0] >= 'A' && core[0] <= 'Z') || (core[0] >= 'a' && core[0] <= 'z')))
    return true;  // N. Korea, George W. Bush
  std::string lower = FoldCase(core);
  for (std::string_view a : kAbbreviations) {
    if (lower == a) return true;
  }
  return false;
}

// Length of a clitic at the end of `core` ("'s", "n't", ...), else 0.
size_t ClitLength(std::string_view core) {
  std::string lower = FoldCase(core.size() > 6 ? core.substr(core.size() - 6) : core);
  auto ends = [&](std::string_view suf) {
    return lower.size() > suf.size() && lower.compare(lower.size() - suf.size(), suf.size(), suf) == 0;
  };
  for (std::string_view c : {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}) {
    if (ends(c)) {
      // Map back to byte length in the original: FoldCase turns ’ (3 bytes) into '.
      size_t n = c.size();
      size_t apos = core.size() - n;
      if (core[apos + (c[0] == 'n' ? 1 : 0)] != '\'') n += 2;
      return n;
    }
  }
  return 0;
}

void SplitChunk(std::string_view text, uint32_t b, uint32_t e, std::vector<TextToken>* out) {
  // Peel leading marks.
  while (b < e) {
    size_t n = LeadingPunct(text.substr(b, e - b));
    if (n == 0 || n == e - b) break;
    out->push_back({b, static_cast<uint32_t>(b + n), false});
    b += static_cast<uint32_t>(n);
  }
  // Peel trailing marks (kept aside, emitted after the core in order).
  std::vector<TextToken> tail;
  while (e > b) {
    std::string_view chunk = text.substr(b, e - b);
    size_t n = TrailingPunct(chunk);
    if (n == 0 && chunk.back() == '\'' && chunk.size() > 1) n = 1;  // journalists'
    if (n == 0 && chunk.back() == '.') {
      size_t dots = 0;
      while (dots < chunk.size() && chunk[chunk.size() - 1 - dots] == '.') ++dots;
      if (dots >= 2) {
        n = dots;  // "..."
      } else if (!KeepsPeriod(chunk.substr(0, chunk.size() - 1))) {
        n = 1;
      }
    }
    if (n == 0 || n == chunk.size()) break;
    char last = text[e - 1];
    tail.push_back({static_cast<uint32_t>(e - n), e, last == '.' || last == '!' || last == '?'});
    e -= static_cast<uint32_t>(n);
  }
  if (b < e) {
    std::string_view core = text.substr(b, e - b);
    size_t c = ClitLength(core);
    if (c > 0 && c < core.size()) {
      out->push_back({b, static_cast<uint32_t>(e - c), false});
      out->push_back({static_cast<uint32_t>(e - c), e, false});
    } else {
      bool end = core.size() == 1 && (core[0] == '.' || core[0] == '!' || core[0] == '?');
      out->push_back({b, e, end});
    }
  }
  for (size_t i = tail.size(); i-- > 0;) out->push_back(tail[i]);
}

}  // namespace

std::vector<TextToken> SplitWords(std::string_view text) {
#if DYAD_DICT_USE_SEGMENTER
  // The pipeline's own segmenter, so that phrases split exactly like article text.
  std::vector<TextToken> out;
  if (text.size() >= (size_t{1} << 32)) return out;
  const Document doc = text::Segment(text);
  out.reserve(doc.tokens.size());
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      out.push_back({doc.tokens[i].begin, doc.tokens[i].end, i + 1 == s.token_end});
    }
  }
  return out;
#else
  return SplitWordsSimple(text);
#endif
}

std::vector<TextToken> SplitWordsSimple(std::string_view text) {
  std::vector<TextToken> out;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    while (i < n && IsSpace(static_cast<unsigned char>(text[i]))) ++i;
    size_t b = i;
    while (i < n && !IsSpace(static_cast<unsigned char>(text[i]))) {
      // Dashes between words stand alone: "Moscow—Pyongyang".
      if (i + 3 <= n && text[i] == '\xE2' && text[i + 1] == '\x80' &&
          (text[i + 2] == '\x94' || text[i + 2] == '\x93')) {
        if (i > b) SplitChunk(text, static_cast<uint32_t>(b), static_cast<uint32_t>(i), &out);
        out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 3), false});
        i += 3;
        b = i;
        continue;
      }
      ++i;
    }
    if (i > b) SplitChunk(text, static_cast<uint32_t>(b), static_cast<uint32_t>(i), &out);
  }
  return out;
}

void FoldCaseInto(std::string_view word, std::string* out) {
  for (size_t i = 0; i < word.size();) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = DecodeUtf8(word, &i);
    if (i == start) {  // not decodable: copy the byte
      out->push_back(word[i++]);
      continue;
    }
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
      out->push_back('\'');
    } else if (cp == 0x201C || cp == 0x201D) {
      out->push_back('"');
    } else if (cp == 0x2010 || cp == 0x2011) {
      out->push_back('-');
    } else {
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), out);
    }
  }
}

std::string FoldCase(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  FoldCaseInto(word, &out);
  return out;
}

std::vector<std::string> SplitDictWord(std::string_view word) {
  std::vector<std::string> parts;
  for (const TextToken& t : SplitWords(word)) parts.emplace_back(word.substr(t.begin, t.end - t.begin));
  return parts;
}

}  // namespace dyad::dict
