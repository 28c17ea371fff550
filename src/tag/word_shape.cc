// Word normalisation, shapes and affix hashes.
#include "tag/word_shape.h"

#include "tag/perceptron.h"
#include "util/hash.h"

namespace dyad::tag {
namespace {
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
char ShapeClass(char c) {
  return IsUpper(c) ? 'X' : IsLower(c) ? 'x' : IsDigit(c) ? 'd'
         : (static_cast<unsigned char>(c) >= 0x80) ? 'u' : c;
}
// The FNV-1a step of HashString.
uint64_t Step(uint64_t h, char c) { return Fnv1aStep(h, static_cast<unsigned char>(c)); }
}  // namespace

std::string NormalizeWord(std::string_view s) {
  std::string out = AsciiLower(s);
  for (char& c : out)
    if (IsDigit(c)) c = '0';
  return out;
}

std::string WordShape(std::string_view s) {
  std::string out;
  for (char c : s) {
    const char k = ShapeClass(c);
    if (out.empty() || out.back() != k) out.push_back(k);
    if (out.size() == 8) break;
  }
  return out;
}

uint64_t HashLower(std::string_view s) {
  uint64_t h = kFnv1aSeed;
  for (char c : s) h = Step(h, Lower(c));
  return h;
}

uint64_t HashNormalized(std::string_view s) {
  uint64_t h = kFnv1aSeed;
  for (char c : s) h = Step(h, IsDigit(c) ? '0' : Lower(c));
  return h;
}

uint64_t HashShape(std::string_view s) {
  uint64_t h = kFnv1aSeed;
  char last = 0;
  int len = 0;
  for (char c : s) {
    const char k = ShapeClass(c);
    if (len > 0 && k == last) continue;
    h = Step(h, k);
    last = k;
    if (++len == 8) break;
  }
  return h;
}

WordAtoms ComputeAtoms(std::string_view form) {
  WordAtoms a;
  // Normalising maps byte to byte, so the affixes of the normalised form are the
  // normalised affixes of the form.
  a.norm = HashNormalized(form);
  a.shape = HashShape(form);
  a.raw = Mix(77, HashString(form));
  for (size_t k = 1; k <= 4; ++k)
    a.suffix[k - 1] = Mix(k, HashNormalized(form.substr(form.size() > k ? form.size() - k : 0)));
  for (size_t k = 1; k <= 3; ++k) a.prefix[k - 1] = Mix(10 + k, HashNormalized(form.substr(0, k)));
  a.upper_initial = !form.empty() && IsUpper(form[0]);
  a.all_upper = !form.empty();
  for (char c : form) {
    if (IsLower(c)) a.all_upper = false;
    if (IsDigit(c)) a.has_digit = true;
    if (c == '-') a.has_hyphen = true;
  }
  return a;
}

}  // namespace dyad::tag
