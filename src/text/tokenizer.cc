// Tokenizer: whitespace chunks, then front, back and inside cuts per chunk. The common
// chunk (ASCII letters only) is emitted after one pass over its bytes; everything else
// walks code points with the few lookbehind/lookahead checks each rule needs.
#include "text/tokenizer.h"

#include <algorithm>
#include <array>

#include "text/abbreviations.h"
#include "text/char_class.h"

namespace dyad::text {
namespace {

// Prefixes after which EWT keeps a hyphenated word whole ("non-human", "co-workers").
constexpr std::string_view kHyphenPrefixes[] = {
    "anti", "bi",  "co",    "counter", "cyber", "de",    "e",     "ex",   "extra", "hyper",
    "inter", "intra", "macro", "mega", "micro", "mid", "mini", "multi", "neo", "non",
    "over", "pan", "post", "pre", "pro", "pseudo", "re", "semi", "sub", "super", "trans",
    "ultra", "un", "under",
};

bool IsHyphenPrefix(std::string_view word) {
  if (word.size() > 7) return false;
  char lower[8];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view w(lower, word.size());
  return std::find(std::begin(kHyphenPrefixes), std::end(kHyphenPrefixes), w) !=
         std::end(kHyphenPrefixes);
}

bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if ((s[i] | 0x20) != lower[i] || !IsAsciiLetter(s[i])) return false;
  return true;
}

class ChunkTokenizer {
 public:
  ChunkTokenizer(std::string_view text, std::vector<Token>* out) : text_(text), out_(out) {}

  void Run(uint32_t b, uint32_t e) {
    b = StripPrefixes(b, e);
    num_suffixes_ = 0;
    e = StripSuffixes(b, e);
    Core(b, e);
    for (size_t k = num_suffixes_; k > 0; --k) Emit(suffixes_[k - 1].first, suffixes_[k - 1].second);
  }

 private:
  CodePoint At(uint32_t i) const { return CodePointAt(text_, i); }

  void Emit(uint32_t b, uint32_t e) {
    Token t;
    t.begin = b;
    t.end = e;
    t.space_after = e >= text_.size() || IsSpace(At(e).cp);
    out_->push_back(t);
  }

  // End of the run of code point `cp` starting at i (i itself included).
  uint32_t RunEnd(uint32_t i, uint32_t e, char32_t cp) const {
    while (i < e) {
      CodePoint c = At(i);
      if (c.cp != cp) break;
      i += c.len;
    }
    return i;
  }

  uint32_t StripPrefixes(uint32_t b, uint32_t e) {
    while (b < e) {
      CodePoint c = At(b);
      uint32_t next = b + c.len;
      bool more = next < e;
      if (IsOpenBracket(c.cp) || IsDoubleQuote(c.cp) || c.cp == 0x2018 || c.cp == '`' ||
          c.cp == 0xBF || c.cp == 0xA1 || (c.cp == '\'' && more && !IsDigit(At(next).cp)) ||
          (IsCurrency(c.cp) && more)) {
        Emit(b, next);
        b = next;
      } else if (c.cp == '.' || c.cp == 0x2026 || IsDash(c.cp) ||
                 (IsHyphen(c.cp) && more && !IsDigit(At(next).cp))) {
        uint32_t r = RunEnd(b, e, c.cp);
        if (c.cp == '.' && r - b < 2) break;  // ".5" is a number
        Emit(b, r);
        b = r;
      } else {
        break;
      }
    }
    return b;
  }

  void PushSuffix(uint32_t b, uint32_t e) { suffixes_[num_suffixes_++] = {b, e}; }

  // Start of a clitic at the end of text[b, e), or e when there is none.
  uint32_t CliticStart(uint32_t b, uint32_t e) const {
    uint32_t q = e;
    while (q > b && e - q < 2 && IsAsciiLetter(text_[q - 1])) --q;
    if (q == e || q == b) return e;
    uint32_t a = static_cast<uint32_t>(PrevCodePointStart(text_, q));
    if (!IsApostrophe(At(a).cp) || a == b) return e;
    std::string_view tail = text_.substr(q, e - q);
    if (EqualsLower(tail, "t")) {
      if (a - b >= 2 && (text_[a - 1] | 0x20) == 'n' && IsLetter(At(PrevCodePointStart(text_, a - 1)).cp))
        return a - 1;
      return e;
    }
    if (!IsLetter(At(PrevCodePointStart(text_, a)).cp)) return e;
    for (std::string_view c : {"s", "re", "ve", "ll", "d", "m"})
      if (EqualsLower(tail, c)) return a;
    return e;
  }

  bool HasOpenBracketInside(uint32_t b, uint32_t e) const {
    int depth = 0;
    for (uint32_t i = b; i < e;) {
      CodePoint c = At(i);
      if (IsOpenBracket(c.cp)) ++depth;
      if (IsCloseBracket(c.cp)) --depth;
      i += c.len;
    }
    return depth > 0;
  }

  uint32_t StripSuffixes(uint32_t b, uint32_t e) {
    // A full stack leaves the rest of the chunk to Core, which still splits it.
    while (b < e && num_suffixes_ < suffixes_.size()) {
      uint32_t p = static_cast<uint32_t>(PrevCodePointStart(text_, e));
      if (p < b) p = b;
      char32_t cp = At(p).cp;
      if (IsCloseBracket(cp)) {
        if (HasOpenBracketInside(b, p)) break;
      } else if (cp == '.' || cp == '!' || cp == '?') {
        uint32_t q = p;
        while (q > b && (text_[q - 1] == '.' || text_[q - 1] == '!' || text_[q - 1] == '?')) --q;
        if (e - q == 1 && cp == '.' && q > b) {
          std::string_view w = text_.substr(b, q - b);
          if (IsKnownAbbreviation(w) || LooksLikeAbbreviation(w)) break;
        }
        p = q;
      } else if (IsDoubleQuote(cp) || IsApostrophe(cp) || cp == ',' || cp == ';' ||
                 cp == ':' || cp == '%' || cp == 0x2026 || IsDash(cp) || cp == '*') {
        if (IsApostrophe(cp) && p == b) break;
      } else {
        uint32_t k = CliticStart(b, e);
        if (k == e) break;
        p = k;
      }
      PushSuffix(p, e);
      e = p;
    }
    return e;
  }

  bool IsUrlOrEmail(uint32_t b, uint32_t e) const {
    std::string_view s = text_.substr(b, e - b);
    auto starts = [&](std::string_view p) {
      return s.size() > p.size() && EqualsLower(s.substr(0, p.size() - 3), p.substr(0, p.size() - 3)) &&
             s.substr(p.size() - 3, 3) == p.substr(p.size() - 3);
    };
    if (starts("http://") || starts("https://") || starts("ftp://")) return true;
    if (s.size() > 4 && EqualsLower(s.substr(0, 3), "www") && s[3] == '.') return true;
    size_t at = s.find('@');
    return at != std::string_view::npos && at > 0 && s.find('.', at) != std::string_view::npos &&
           s.find('.', at) + 1 < s.size();
  }

  void Core(uint32_t b, uint32_t e) {
    if (b >= e) return;
    if (IsUrlOrEmail(b, e)) {
      Emit(b, e);
      return;
    }
    uint32_t piece = b, segment = b;
    for (uint32_t i = b; i < e;) {
      CodePoint c = At(i);
      uint32_t next = i + c.len;
      if (c.cp < 0x80 ? IsAlnum(c.cp) : !IsPunctOrSymbol(c.cp)) {
        i = next;
        continue;
      }
      char32_t prev = i > piece ? At(static_cast<uint32_t>(PrevCodePointStart(text_, i))).cp : 0;
      char32_t after = next < e ? At(next).cp : 0;
      bool keep = false;
      if (c.cp == '.' || c.cp == ',' || c.cp == ':' || c.cp == '/' || c.cp == '&' || c.cp == '_' ||
          c.cp == '@' || IsApostrophe(c.cp)) {
        bool digits = IsDigit(prev) && IsDigit(after);
        bool alnum = IsAlnum(prev) && IsAlnum(after);
        if (c.cp == '.') {
          std::string_view word = text_.substr(piece, i - piece);
          keep = alnum || (IsLetter(prev) && (LooksLikeAbbreviation(word) || IsKnownAbbreviation(word)));
        } else if (c.cp == '/' || c.cp == '_' || c.cp == '@') {
          keep = alnum;
        } else if (c.cp == ',' || c.cp == ':') {
          keep = digits;
        } else {
          keep = IsLetter(prev) && IsLetter(after);
        }
      } else if (c.cp == '-' && i == piece && IsDigit(after)) {
        keep = true;  // a negative number
      } else if (IsHyphen(c.cp) && IsAlnum(prev) && IsAlnum(after)) {
        keep = (IsDigit(prev) && IsDigit(after)) || (i - segment == 1 && IsLetter(prev)) ||
               IsHyphenPrefix(text_.substr(segment, i - segment));
        if (!keep) {
          Emit(piece, i);
          Emit(i, next);
          piece = segment = i = next;
          continue;
        }
        segment = next;
      }
      if (keep) {
        i = next;
        continue;
      }
      if (piece < i) Emit(piece, i);
      uint32_t r = RunEnd(i, e, c.cp);
      Emit(i, r);
      piece = segment = i = r;
    }
    if (piece < e) Emit(piece, e);
  }

  std::string_view text_;
  std::vector<Token>* out_;
  std::array<std::pair<uint32_t, uint32_t>, 16> suffixes_;
  size_t num_suffixes_ = 0;
};

bool AllAsciiLetters(std::string_view text, uint32_t b, uint32_t e) {
  for (uint32_t i = b; i < e; ++i)
    if (!IsAsciiLetter(text[i])) return false;
  return true;
}

}  // namespace

void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* out) {
  ChunkTokenizer chunker(text, out);
  uint32_t i = begin;
  while (i < end) {
    CodePoint c = CodePointAt(text, i);
    if (IsSpace(c.cp)) {
      i += c.len;
      continue;
    }
    uint32_t b = i;
    while (i < end) {
      c = CodePointAt(text, i);
      if (IsSpace(c.cp)) break;
      i += c.len;
    }
    if (i > end) i = end;
    if (AllAsciiLetters(text, b, i)) {
      Token t;
      t.begin = b;
      t.end = i;
      t.space_after = i >= text.size() || IsSpace(CodePointAt(text, i).cp);
      out->push_back(t);
    } else {
      chunker.Run(b, i);
    }
  }
}

bool IsClitic(std::string_view form) {
  if (form.empty()) return false;
  if ((form[0] | 0x20) == 'n') {  // n't
    if (form.size() < 3) return false;
    CodePoint a = CodePointAt(form, 1);
    return IsApostrophe(a.cp) && EqualsLower(form.substr(1 + a.len), "t");
  }
  CodePoint a = CodePointAt(form, 0);
  if (!IsApostrophe(a.cp)) return false;
  std::string_view tail = form.substr(a.len);
  if (tail.empty()) return true;
  for (std::string_view c : {"s", "re", "ve", "ll", "d", "m"})
    if (EqualsLower(tail, c)) return true;
  return false;
}

}  // namespace dyad::text
