// ASCII case folding, for the English words, markup and file names dyad compares without
// case. Bytes outside A-Z are kept, so UTF-8 text passes through unchanged.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace dyad {

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// True when `s` holds a letter A-Z (AsciiLower would change it).
inline bool HasAsciiUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Capitalised, with a lower-case letter and no digit: the shape of a word of a name
// ("Lavrov", "McCain"; not "NATO", "A4" or "the").
inline bool NameShaped(std::string_view f) {
  if (f.empty() || f[0] < 'A' || f[0] > 'Z') return false;
  bool lower = false;
  for (char c : f) {
    if (c >= '0' && c <= '9') return false;
    lower = lower || (c >= 'a' && c <= 'z');
  }
  return lower;
}

}  // namespace dyad
