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
    "anti", "bi", "co", "counter", "cross", "e", "ex", "inter", "intra", "macro", "mega",
    "micro", "mid", "mini", "multi", "neo", "non", "over", "post", "pre", "pro", "pseudo",
    "psycho", "re", "semi", "sub", "super", "trans", "tri", "ultra", "un", "under",
};

bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (!IsAsciiLetter(s[i]) || (s[i] | 0x20) != lower[i]) return false;
  return true;
}

bool IsHyphenPrefix(std::string_view word) {
  return std::any_of(std::begin(kHyphenPrefixes), std::end(kHyphenPrefixes),
                     [&](std::string_view p) { return EqualsLower(word, p); });
}

// Letters that stay on a number: ordinals, decades, and single capitals ("5G", "4H")
// other than the K/M/B of amounts, which EWT splits ("70 k", "39 K").
bool IsNumberSuffix(std::string_view s) {
  for (std::string_view ok : {"st", "nd", "rd", "th", "s"})
    if (EqualsLower(s, ok)) return true;
  return s.size() == 1 && s[0] >= 'A' && s[0] <= 'Z' && s[0] != 'K' && s[0] != 'M' && s[0] != 'B';
}

// Characters that rules and decorations repeat ("==----", "*****", ">>").
bool IsDecoration(char32_t cp) {
  return cp == '-' || cp == '=' || cp == '*' || cp == '~' || cp == '_' || cp == '+' ||
         cp == '<' || cp == '>' || cp == '|' || cp == '#';
}

// Characters of an e-mail address's local part and domain.
bool IsEmailLocal(char c) {
  return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-' || c == '\'';
}
bool IsEmailDomain(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '.' || c == '-'; }

}  // namespace

bool IsEmoticon(std::string_view s) {
  if (s.size() < 2 || s.size() > 3 || (s[0] != ':' && s[0] != ';' && s[0] != '=')) return false;
  size_t k = (s.size() == 3 && (s[1] == '-' || s[1] == '\'')) ? 2 : 1;
  if (k + 1 != s.size()) return false;
  std::string_view mouths = ")(]DPpOo/\\|*3";
  return mouths.find(s[k]) != std::string_view::npos;
}

namespace {

class ChunkTokenizer {
 public:
  ChunkTokenizer(std::string_view text, std::vector<Token>* out) : text_(text), out_(out) {}

  void Run(uint32_t b, uint32_t e) {
    if (IsEmoticon(text_.substr(b, e - b))) return Emit(b, e);
    b = StripPrefixes(b, e);
    num_suffixes_ = 0;
    e = StripSuffixes(b, e);
    Core(b, e);
    for (size_t k = num_suffixes_; k > 0; --k) Emit(suffixes_[k - 1].first, suffixes_[k - 1].second);
  }

 private:
  CodePoint At(uint32_t i) const { return CodePointAt(text_, i); }
  char32_t Before(uint32_t i, uint32_t floor) const {
    return i > floor ? At(static_cast<uint32_t>(PrevCodePointStart(text_, i))).cp : 0;
  }

  void Emit(uint32_t b, uint32_t e) {
    Token t;
    t.begin = b;
    t.end = e;
    t.space_after = e >= text_.size() || IsSpace(At(e).cp);
    out_->push_back(t);
  }

  // Emits a word, splitting a unit off a number ("70k" -> 70 k, "375mm" -> 375 mm).
  void EmitWord(uint32_t b, uint32_t e) {
    if (IsAsciiDigit(text_[b])) {
      uint32_t i = b;
      while (i < e && (IsAsciiDigit(text_[i]) || text_[i] == '.' || text_[i] == ',')) ++i;
      uint32_t letters = i;
      while (i < e && IsAsciiLetter(text_[i])) ++i;
      if (i == e && letters < e && IsAsciiDigit(text_[letters - 1]) &&
          !IsNumberSuffix(text_.substr(letters, e - letters))) {
        Emit(b, letters);
        return Emit(letters, e);
      }
    }
    Emit(b, e);
  }

  // End of the run starting at i of code points that `same` accepts.
  template <typename Pred>
  uint32_t RunEnd(uint32_t i, uint32_t e, Pred same) const {
    while (i < e) {
      CodePoint c = At(i);
      if (!same(c.cp)) break;
      i += c.len;
    }
    return i;
  }
  uint32_t RunOf(uint32_t i, uint32_t e, char32_t cp) const {
    return RunEnd(i, e, [cp](char32_t c) { return c == cp; });
  }

  uint32_t StripPrefixes(uint32_t b, uint32_t e) {
    while (b < e) {
      CodePoint c = At(b);
      uint32_t next = b + c.len;
      bool more = next < e;
      uint32_t r = b;
      if (IsOpenBracket(c.cp) || IsDoubleQuote(c.cp) || c.cp == 0x2018 || c.cp == 0xBF ||
          c.cp == 0xA1) {
        r = next;
      } else if (c.cp == '<' && more) {
        r = RunOf(b, e, c.cp);
      } else if ((c.cp == '\'' || c.cp == '`' || c.cp == 0x2019) && more && !IsDigit(At(next).cp)) {
        r = RunOf(b, e, c.cp);
      } else if (IsCurrency(c.cp) && more) {
        r = RunOf(b, e, c.cp);
      } else if (c.cp == '.' || c.cp == 0x2026 || IsDash(c.cp) || c.cp == '*') {
        r = RunOf(b, e, c.cp);
        if (c.cp == '.' && r - b < 2 && more && IsDigit(At(next).cp)) break;  // ".5"
      } else if (IsHyphen(c.cp) && more) {
        r = RunEnd(b, e, [](char32_t x) { return IsHyphen(x) || x == '='; });
      }
      if (r == b || r == e) break;
      Emit(b, r);
      b = r;
    }
    return b;
  }

  void PushSuffix(uint32_t b, uint32_t e) { suffixes_[num_suffixes_++] = {b, e}; }

  // Start of a clitic at the end of text[b, e), or e when there is none.
  uint32_t CliticStart(uint32_t b, uint32_t e) const {
    uint32_t q = e;
    while (q > b && e - q < 2 && IsAsciiLetter(text_[q - 1])) --q;
    if (q == e || q == b) return e;
    auto a = static_cast<uint32_t>(PrevCodePointStart(text_, q));
    if (a <= b || !IsApostrophe(At(a).cp)) return e;
    std::string_view tail = text_.substr(q, e - q);
    if (EqualsLower(tail, "t")) {
      if (a - b >= 2 && (text_[a - 1] | 0x20) == 'n' && IsLetter(Before(a - 1, b))) return a - 1;
      return e;
    }
    if (!IsLetter(Before(a, b))) return e;
    for (std::string_view c : {"s", "re", "ve", "ll", "d", "m"})
      if (EqualsLower(tail, c)) return a;
    return e;
  }

  bool HasOpenBracketInside(uint32_t b, uint32_t e) const {
    int depth = 0;
    for (uint32_t i = b; i < e; ++i) {
      char c = text_[i];
      depth += (c == '(' || c == '[' || c == '{') - (c == ')' || c == ']' || c == '}');
    }
    return depth > 0;
  }

  uint32_t StripSuffixes(uint32_t b, uint32_t e) {
    // A full stack leaves the rest of the chunk to Core, which still splits it.
    while (b < e && num_suffixes_ < suffixes_.size()) {
      auto p = static_cast<uint32_t>(PrevCodePointStart(text_, e));
      if (p < b) p = b;
      char32_t cp = At(p).cp;
      auto back_run = [&](auto same) {
        uint32_t q = p;
        while (q > b && same(Before(q, b))) q = static_cast<uint32_t>(PrevCodePointStart(text_, q));
        return q;
      };
      if (IsCloseBracket(cp)) {
        if (HasOpenBracketInside(b, p)) break;
      } else if (cp == '.' || cp == '!' || cp == '?') {
        p = back_run([](char32_t x) { return x == '.' || x == '!' || x == '?'; });
        if (e - p == 1 && cp == '.' && p > b) {
          std::string_view w = text_.substr(b, p - b);
          w = w.substr(w.find_last_of("-/") + 1);  // "(D-N.Y.)": the part after the hyphen
          if (IsKnownAbbreviation(w) || LooksLikeAbbreviation(w)) break;
        }
      } else if (IsApostrophe(cp) || IsDoubleQuote(cp) || cp == '*' || cp == '>' || IsDash(cp) ||
                 cp == 0x2026) {
        p = back_run([cp](char32_t x) { return x == cp; });
        if (p == b) break;
      } else if (cp == ',' || cp == ';' || cp == ':' || cp == '%') {
        // one character each
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

  // Finds a URL or e-mail address inside text[b, e); returns false when there is none.
  bool FindAddress(uint32_t b, uint32_t e, uint32_t* ab, uint32_t* ae) const {
    std::string_view s = text_.substr(b, e - b);
    size_t scheme = s.find("://");
    if (scheme != std::string_view::npos && scheme > 0 && IsAsciiLetter(s[scheme - 1])) {
      size_t k = scheme;
      while (k > 0 && IsAsciiLetter(s[k - 1])) --k;
      *ab = b + static_cast<uint32_t>(k);
      *ae = e;
      return true;
    }
    for (size_t w = s.find("www."); w != std::string_view::npos; w = s.find("www.", w + 1)) {
      if ((w == 0 || !IsAsciiLetter(s[w - 1])) && w + 4 < s.size() && IsAsciiLetter(s[w + 4])) {
        *ab = b + static_cast<uint32_t>(w);
        *ae = e;
        return true;
      }
    }
    size_t at = s.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 >= s.size()) return false;
    size_t l = at, r = at + 1;
    while (l > 0 && IsEmailLocal(s[l - 1])) --l;
    while (r < s.size() && IsEmailDomain(s[r])) ++r;
    while (r > at + 1 && (s[r - 1] == '.' || s[r - 1] == '-')) --r;
    std::string_view domain = s.substr(at + 1, r - at - 1);
    if (l == at || domain.find('.') == std::string_view::npos) return false;
    *ab = b + static_cast<uint32_t>(l);
    *ae = b + static_cast<uint32_t>(r);
    return true;
  }

  void Core(uint32_t b, uint32_t e) {
    if (b >= e) return;
    uint32_t ab, ae;
    if (FindAddress(b, e, &ab, &ae)) {
      Words(b, ab);
      Emit(ab, ae);
      return Core(ae, e);
    }
    Words(b, e);
  }

  // Decides whether the punctuation at i, inside a word, stays in it.
  bool KeepsInside(char32_t cp, uint32_t piece, uint32_t segment, uint32_t i, uint32_t next,
                   uint32_t e) const {
    char32_t prev = Before(i, piece);
    char32_t after = next < e ? At(next).cp : 0;
    bool alnum = IsAlnum(prev) && IsAlnum(after);
    bool digits = IsDigit(prev) && IsDigit(after);
    switch (cp) {
      case '.': {
        std::string_view word = text_.substr(piece, i - piece);
        return alnum || (IsLetter(prev) && (LooksLikeAbbreviation(word) || IsKnownAbbreviation(word)));
      }
      case ',': case ':': return digits;
      case '/': return digits || (i - piece == 1 && IsLower(prev));  // 9/11, b/c, w/o
      case '_': case '@': return alnum;
      case '&': return IsLetter(prev) && IsLetter(after);
      case '#': return i == piece && IsLetter(after);  // hashtags; "# 1" splits
      case '+': return i == piece && IsDigit(after);
      default: break;
    }
    if (IsApostrophe(cp)) return IsAlnum(prev) && IsLetter(after);
    if (IsHyphen(cp) && alnum) {
      if (digits) return DigitGroupsKeepHyphen(piece, i, next, e);
      return IsHyphenPrefix(text_.substr(segment, i - segment));
    }
    return false;
  }

  // Phone numbers stay whole (713-853-3989, 646-8420); ranges split (13 - 17, 1998 - 30).
  bool DigitGroupsKeepHyphen(uint32_t piece, uint32_t i, uint32_t next, uint32_t e) const {
    uint32_t l = i, r = next;
    while (l > piece && IsAsciiDigit(text_[l - 1])) --l;
    while (r < e && IsAsciiDigit(text_[r])) ++r;
    uint32_t left = i - l, right = r - next;
    if (l > piece && IsHyphen(Before(l, piece))) return true;  // third group of a number
    bool year = left == 4 && (text_.substr(l, 2) == "19" || text_.substr(l, 2) == "20");
    return left >= 3 && right >= 3 && !year;
  }

  void Words(uint32_t b, uint32_t e) {
    uint32_t piece = b, segment = b;
    for (uint32_t i = b; i < e;) {
      CodePoint c = At(i);
      uint32_t next = i + c.len;
      if (c.cp < 0x80 ? IsAlnum(c.cp) : !IsPunctOrSymbol(c.cp)) {
        i = next;
        continue;
      }
      if (c.cp == '(' && i > piece && e - i >= 3 && text_.substr(i, 3) == "(s)" &&
          IsLetter(Before(i, piece)) && (i + 3 == e || !IsAlnum(At(i + 3).cp))) {
        i += 3;  // "friend(s)"
        continue;
      }
      if (KeepsInside(c.cp, piece, segment, i, next, e)) {
        if (IsHyphen(c.cp)) segment = next;
        i = next;
        continue;
      }
      if (piece < i) EmitWord(piece, i);
      uint32_t r;
      if (IsDecoration(c.cp)) r = RunEnd(i, e, IsDecoration);
      else if (c.cp == '.' || c.cp == '!' || c.cp == '?')
        r = RunEnd(i, e, [](char32_t x) { return x == '.' || x == '!' || x == '?'; });
      else r = RunOf(i, e, c.cp);
      // An emoji keeps its modifiers and the symbols it is joined to ("✌🏼", "👩‍💻").
      while (r < e && IsSymbolExtender(At(r).cp)) {
        bool zwj = At(r).cp == 0x200D;
        r += At(r).len;
        if (zwj && r < e && IsPunctOrSymbol(At(r).cp)) r += At(r).len;
      }
      Emit(i, r);
      piece = segment = i = r;
    }
    if (piece < e) EmitWord(piece, e);
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
      // "cannot" is two words, as EWT writes it: "can" and "not".
      if (i - b == 6 && EqualsLower(text.substr(b, 6), "cannot")) {
        Token can = t;
        can.end = b + 3;
        can.space_after = false;
        out->push_back(can);
        t.begin = b + 3;
      }
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

bool JoinsPrevious(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  if (i == 0) return false;
  const Token& prev = tokens[i - 1];
  const Token& t = tokens[i];
  if (prev.space_after || prev.end != t.begin) return false;
  std::string_view form = text.substr(t.begin, t.end - t.begin);
  // The two words of "cannot".
  if (EqualsLower(form, "not") && EqualsLower(text.substr(prev.begin, prev.end - prev.begin), "can")) return true;
  if (!IsClitic(form)) return false;
  if (CodePointAt(form, 0).len != form.size()) return true;
  // A bare apostrophe: possessive after a plural, unless a single quote was opened before.
  if ((text[prev.end - 1] | 0x20) != 's') return false;
  constexpr size_t kQuoteLookback = 60;
  for (size_t k = i - 1; k > 0 && i - k < kQuoteLookback; --k) {
    const Token& q = tokens[k - 1];
    CodePoint c = CodePointAt(text, q.begin);
    bool opens = c.len == q.end - q.begin && (c.cp == '\'' || c.cp == 0x2018) && !q.space_after &&
                 (k == 1 || tokens[k - 2].space_after);
    if (opens) return false;
  }
  return true;
}

}  // namespace dyad::text
