// Character classes: ASCII by table, the rest by ICU's general categories.
#include "text/char_class.h"

#include <unicode/uchar.h>

#include <array>

namespace dyad::text {
namespace {

enum : uint8_t { kSpace = 1, kUpper = 2, kLower = 4, kDigit = 8, kPunct = 16, kCurrency = 32 };

constexpr std::array<uint8_t, 128> MakeAsciiTable() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') t[c] = kSpace;
    else if (c >= 'A' && c <= 'Z') t[c] = kUpper;
    else if (c >= 'a' && c <= 'z') t[c] = kLower;
    else if (c >= '0' && c <= '9') t[c] = kDigit;
    else if (c > 32 && c < 127) t[c] = kPunct;
  }
  t['$'] |= kCurrency;
  return t;
}
constexpr std::array<uint8_t, 128> kAscii = MakeAsciiTable();

uint32_t CategoryMask(char32_t cp) { return U_GET_GC_MASK(static_cast<UChar32>(cp)); }

}  // namespace

bool IsSpace(char32_t cp) {
  if (cp < 128) return kAscii[cp] & kSpace;
  return cp == 0x85 || cp == 0xA0 || cp == 0x200B ||
         cp == 0x2060 || cp == 0xFEFF || u_isUWhiteSpace(static_cast<UChar32>(cp));
}

bool IsLetter(char32_t cp) {
  if (cp < 128) return kAscii[cp] & (kUpper | kLower);
  return CategoryMask(cp) & (U_GC_L_MASK | U_GC_M_MASK);
}

bool IsUpper(char32_t cp) {
  if (cp < 128) return kAscii[cp] & kUpper;
  return CategoryMask(cp) & (U_GC_LU_MASK | U_GC_LT_MASK);
}

bool IsLower(char32_t cp) {
  if (cp < 128) return kAscii[cp] & kLower;
  return CategoryMask(cp) & U_GC_LL_MASK;
}

bool IsDigit(char32_t cp) {
  if (cp < 128) return kAscii[cp] & kDigit;
  return CategoryMask(cp) & U_GC_ND_MASK;
}

bool IsAlnum(char32_t cp) {
  if (cp < 128) return kAscii[cp] & (kUpper | kLower | kDigit);
  return CategoryMask(cp) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK);
}

bool IsSymbolExtender(char32_t cp) {
  if (cp < 0x300) return false;
  return cp == 0xFE0E || cp == 0xFE0F || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
         (CategoryMask(cp) & U_GC_M_MASK);
}

bool IsCurrency(char32_t cp) {
  if (cp < 128) return kAscii[cp] & kCurrency;
  return CategoryMask(cp) & U_GC_SC_MASK;
}

bool IsPunctOrSymbol(char32_t cp) {
  if (cp < 128) return kAscii[cp] & kPunct;
  return CategoryMask(cp) & (U_GC_P_MASK | U_GC_S_MASK);
}

}  // namespace dyad::text
