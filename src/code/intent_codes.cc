// Intent codes from a PICO file (intent_codes.h).
#include "code/intent_codes.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "dict/reader_common.h"

namespace dyad::code {
namespace {

using dict::Trim;

// "0841:0x020C#comment" -> code and category; false for anything else.
bool ParseLine(std::string_view line, std::string* code, uint32_t* category) {
  line = line.substr(0, line.find('#'));
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string_view c = Trim(line.substr(0, colon)), v = Trim(line.substr(colon + 1));
  if (c.size() < 2 || c.size() > 4 || !std::all_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
    return false;
  if (v.size() < 3 || v.size() > 6 || v[0] != '0' || (v[1] != 'x' && v[1] != 'X')) return false;
  uint32_t x = 0;
  const std::string_view digits = v.substr(2);
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), x, 16);
  if (ec != std::errc() || end != digits.data() + digits.size()) return false;
  *code = std::string(c);
  *category = x;
  return true;
}

}  // namespace

IntentCodes ReadIntentCodes(std::string_view pico_text) {
  std::map<std::string, uint32_t> category;  // code -> category
  std::map<uint32_t, std::string> first;     // category -> first code written with it
  size_t pos = 0;
  while (pos <= pico_text.size()) {
    const size_t eol = std::min(pico_text.find('\n', pos), pico_text.size());
    std::string code;
    uint32_t x = 0;
    if (ParseLine(pico_text.substr(pos, eol - pos), &code, &x)) {
      category.emplace(code, x);
      first.emplace(x, code);
    }
    pos = eol + 1;
  }
  IntentCodes out;
  for (const auto& [code, x] : category) {
    if ((x >> 12) != 0 || x == 0) continue;  // only acts themselves have an intent
    auto it = first.find(0x3000u | (x & 0x0FFFu));
    if (it != first.end()) out.emplace(code, it->second);
  }
  return out;
}

}  // namespace dyad::code
