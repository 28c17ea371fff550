// Character classes for segmentation. The scanner works on bytes: ASCII is classified
// by one table lookup, and only non-ASCII bytes pay for decoding a code point and
// asking ICU for its general category. Invalid UTF-8 is read byte by byte, each
// malformed byte as U+FFFD, so scanning never stalls.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyad::text {

// One decoded code point and its length in bytes (>= 1).
struct CodePoint {
  char32_t cp;
  uint32_t len;
};

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at text[i]; requires i < text.size(). A malformed byte
// decodes as U+FFFD of length 1, so that scanning always advances.
inline CodePoint CodePointAt(std::string_view text, size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {c, 1};
  uint32_t len = c >= 0xF8 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || i + len > text.size()) return {kReplacement, 1};
  char32_t cp = c & (0x7F >> len);
  for (uint32_t k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) return {kReplacement, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, len};
}

// Start of the code point that ends just before byte i, as CodePointAt would read
// it going forward (a malformed byte stands alone); requires 0 < i <= text.size().
inline size_t PrevCodePointStart(std::string_view text, size_t i) {
  size_t j = i - 1;
  while (j > 0 && i - j < 4 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
  return CodePointAt(text, j).len == i - j ? j : i - 1;
}

bool IsSpace(char32_t cp);      // whitespace, including no-break and zero-width spaces
                                // (not the joiners U+200C/U+200D, which are parts of words)
bool IsLetter(char32_t cp);     // letters and combining marks (Unicode L*, M*)
bool IsUpper(char32_t cp);      // uppercase or titlecase letters
bool IsLower(char32_t cp);
bool IsDigit(char32_t cp);      // decimal digits of any script
bool IsAlnum(char32_t cp);      // IsLetter || IsDigit

// Apostrophes that form clitics and possessives: ' ’ ‘ ` and the modifier letter ʼ.
inline bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == '`' || cp == 0x02BC;
}
// Double quotes and guillemets, either direction.
inline bool IsDoubleQuote(char32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F ||
         cp == 0x00AB || cp == 0x00BB || cp == 0x2039 || cp == 0x203A || cp == 0x300C ||
         cp == 0x300D;
}
inline bool IsOpenBracket(char32_t cp) {
  return cp == '(' || cp == '[' || cp == '{' || cp == 0xFF08 || cp == 0x3010;
}
inline bool IsCloseBracket(char32_t cp) {
  return cp == ')' || cp == ']' || cp == '}' || cp == 0xFF09 || cp == 0x3011;
}
// Dashes that separate words: en dash, em dash, horizontal bar, minus sign.
inline bool IsDash(char32_t cp) {
  return cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2212 || cp == 0x2012;
}
// Hyphens that join words: ASCII hyphen-minus, Unicode hyphen and non-breaking hyphen.
inline bool IsHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
// Characters that end a sentence by themselves.
inline bool IsSentenceFinal(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x203C ||
         cp == 0x2047 || cp == 0x2048 || cp == 0x2049 || cp == 0x3002 || cp == 0xFF01 ||
         cp == 0xFF1F;
}
// Code points that attach to the symbol before them: combining marks, variation
// selectors, emoji skin tones and the zero-width joiner of emoji sequences.
bool IsSymbolExtender(char32_t cp);
// Currency signs that EWT splits from the amount: $ £ € ¥ and the rest of Sc.
bool IsCurrency(char32_t cp);
// Any punctuation or symbol (Unicode P* and S*).
bool IsPunctOrSymbol(char32_t cp);

}  // namespace dyad::text
