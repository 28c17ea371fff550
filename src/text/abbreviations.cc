// Abbreviation tables: small sorted arrays searched by binary search. The lists are
// dyad's own, built from English news and web usage.
#include "text/abbreviations.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "text/char_class.h"

namespace dyad::text {
namespace {

// Titles and words that a name or number follows; sorted (ASCII order).
constexpr std::string_view kNonFinal[] = {
    "Adm", "Apr", "Art", "Aug", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Dec", "Dep", "Det",
    "Dr", "Feb", "Fr", "Gen", "Gov", "Hon", "Insp", "Jan", "Jul", "Jun", "Lt", "Maj", "Mar",
    "Messrs", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Pres", "Prof", "Pvt",
    "Rep", "Reps", "Rev", "Sen", "Sens", "Sep", "Sept", "Sgt", "St", "Supt", "Vol",
    "cf", "pp", "v", "vol", "vs"
};

// Other abbreviations that keep their period; they may end a sentence. Sorted.
constexpr std::string_view kOther[] = {
    "Ave", "Blvd", "Bros", "Calif", "Co", "Conn", "Corp", "Dept", "Esq", "Fla", "Fri", "Ft",
    "Inc", "Jr", "Ky", "Ltd", "Mich", "Minn", "Miss", "Mon", "Nev", "Okla", "Ore", "Rd",
    "Sat", "Sr", "Sun", "Tenn", "Tex", "Thu", "Thur", "Thurs", "Tue", "Tues", "Va", "Wed",
    "Wis", "al", "approx", "dept", "est", "etc", "hrs", "yrs"
};

static_assert(std::is_sorted(std::begin(kNonFinal), std::end(kNonFinal)));
static_assert(std::is_sorted(std::begin(kOther), std::end(kOther)));

template <size_t N>
bool Contains(const std::string_view (&table)[N], std::string_view w) {
  return std::binary_search(std::begin(table), std::end(table), w);
}

// "GEN" -> "Gen": the capitalised spelling used for lookups of all-capital words.
std::string Capitalised(std::string_view w) {
  std::string s(w);
  for (size_t i = 1; i < s.size(); ++i)
    if (s[i] >= 'A' && s[i] <= 'Z') s[i] = static_cast<char>(s[i] - 'A' + 'a');
  return s;
}

bool AllUpperAscii(std::string_view w) {
  return w.size() > 1 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

bool IsNonFinalAbbreviation(std::string_view word) {
  if (Contains(kNonFinal, word)) return true;
  return AllUpperAscii(word) && Contains(kNonFinal, Capitalised(word));
}

bool IsKnownAbbreviation(std::string_view word) {
  if (Contains(kOther, word) || Contains(kNonFinal, word)) return true;
  if (!AllUpperAscii(word)) return false;
  std::string cap = Capitalised(word);
  return Contains(kOther, cap) || Contains(kNonFinal, cap);
}

bool LooksLikeAbbreviation(std::string_view word) {
  if (word.empty()) return false;
  size_t piece = 0, letters = 0;
  for (size_t i = 0; i < word.size();) {
    CodePoint c = CodePointAt(word, i);
    i += c.len;
    if (c.cp == '.') {
      if (piece == 0) return false;
      piece = 0;
    } else if (IsLetter(c.cp)) {
      if (++piece > 3) return false;
      ++letters;
    } else {
      return false;
    }
  }
  // One letter alone ("J"), or dotted pieces ("U.S", "Ph.D").
  bool dotted = word.find('.') != std::string_view::npos;
  return piece > 0 && (dotted || letters == 1);
}

}  // namespace dyad::text
