// Sentence splitting: one pass over a paragraph's tokens with one token of lookahead
// past any closing quotes and brackets.
#include "text/sentence_splitter.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/tokenizer.h"

namespace dyad::text {
namespace {

// Capitalised words that usually start a sentence, so that an abbreviation before them
// ("in the U.S. The ...") ends one. Sorted.
constexpr std::string_view kStarters[] = {
    "A", "After", "All", "Also", "An", "And", "As", "At", "But", "For", "He", "Her", "His",
    "How", "I", "If", "In", "It", "Its", "Meanwhile", "Most", "Now", "On", "One", "Our",
    "She", "So", "Some", "That", "The", "Their", "There", "These", "They", "This", "Those",
    "To", "We", "What", "When", "While", "Yet", "You",
};
static_assert(std::is_sorted(std::begin(kStarters), std::end(kStarters)));

// Whether an ellipsis followed by a capital ends a sentence ("Nice people... I hear.").
constexpr bool kEllipsisEnds = true;

enum class Final { kNo, kPunct, kAbbrev, kInitial };

// What kind of sentence end the token `form` can be.
Final FinalKind(std::string_view form) {
  CodePoint last = CodePointAt(form, PrevCodePointStart(form, form.size()));
  if (!IsSentenceFinal(last.cp)) return Final::kNo;
  bool all_final = true;
  for (size_t i = 0; i < form.size();) {
    CodePoint c = CodePointAt(form, i);
    if (!IsSentenceFinal(c.cp)) all_final = false;
    i += c.len;
  }
  if (all_final) return Final::kPunct;
  if (last.cp != '.') return Final::kNo;
  std::string_view word = form.substr(0, form.size() - 1);
  if (IsNonFinalAbbreviation(word)) return Final::kInitial;
  CodePoint first = CodePointAt(word, 0);
  if (first.len == word.size() && IsUpper(first.cp)) return Final::kInitial;
  return Final::kAbbrev;
}

// Closing quotes and brackets that stay with the sentence before them.
bool IsClosing(std::string_view form, bool attached) {
  CodePoint c = CodePointAt(form, 0);
  if (c.len != form.size()) return false;
  if (c.cp == 0x201D || c.cp == 0x2019 || c.cp == 0xBB || IsCloseBracket(c.cp)) return true;
  return attached && (c.cp == '"' || c.cp == '\'');
}

// Whether a sentence ends after the final token `last`, given the token `next` that
// follows it and any closers between them.
struct Context {
  Final kind;
  bool ellipsis;  // `last` is ... or …
  bool quoted;    // a closing quote or bracket stands between ("Why?" he asked)
  bool spaced;    // whitespace separates the end from `next`
};

bool EndsBefore(std::string_view next, const Context& c) {
  CodePoint n = CodePointAt(next, 0);
  if (!c.spaced) return false;
  if (n.cp == ',' || n.cp == ';' || n.cp == ':' || n.cp == '.' || n.cp == '!' || n.cp == '?' ||
      IsCloseBracket(n.cp))
    return false;
  switch (c.kind) {
    case Final::kNo:
    case Final::kInitial:
      return false;
    case Final::kPunct:
      if (IsLower(n.cp)) return !c.quoted && !c.ellipsis;
      return !c.ellipsis || kEllipsisEnds;
    case Final::kAbbrev:
      // Only before a typical sentence opener or an opening quote.
      return IsDoubleQuote(n.cp) ||
             std::binary_search(std::begin(kStarters), std::end(kStarters), next);
  }
  return false;
}

// A rule of three or more decoration characters ("***", "=====", "____") standing
// apart stands between sentences as a segment of its own. Hyphens are left out: "---"
// is also written for a dash.
bool IsSeparatorRule(std::string_view f) {
  if (f.size() < 3) return false;
  for (char c : f)
    if (c != f[0]) return false;
  return f[0] == '*' || f[0] == '=' || f[0] == '_' || f[0] == '~' || f[0] == '#';
}

bool IsDigitsWith(std::string_view f, char sep, int min_seps) {
  int seps = 0;
  for (char c : f) {
    if (c == sep) ++seps;
    else if (c < '0' || c > '9') return false;
  }
  return seps >= min_seps && !f.empty() && f.front() != sep && f.back() != sep;
}

// A date-and-time stamp such as e-mail headers write ("08/16/2000 12:05 PM"): what
// follows it starts a new sentence.
bool EndsStamp(std::string_view date, std::string_view time, std::string_view half) {
  return (half == "AM" || half == "PM") && IsDigitsWith(time, ':', 1) && IsDigitsWith(date, '/', 2);
}

bool IsEllipsis(std::string_view f) {
  return f.find("..") != std::string_view::npos || f.find("\u2026") != std::string_view::npos;
}

// A word in capitals: two letters or more, none lowercase ("WASHINGTON", "ST.").
bool IsCapitalsWord(std::string_view f) {
  int letters = 0;
  for (size_t i = 0; i < f.size();) {
    const CodePoint c = CodePointAt(f, i);
    i += c.len;
    if (IsUpper(c.cp)) ++letters;
    else if (IsLower(c.cp)) return false;
    else if (c.cp != '.' && c.cp != '\'' && c.cp != '-' && c.cp != 0x2019) return false;
  }
  return letters >= 2;
}

// Token i as written in the text (the splitter reads the original, not the normalised form).
std::string_view TextOf(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  return std::string_view(doc.text).substr(t.begin, t.end - t.begin);
}

bool StartsUpperOrDigit(std::string_view f) {
  if (f.empty()) return false;
  const char32_t c = CodePointAt(f, 0).cp;
  return IsUpper(c) || (c >= '0' && c <= '9');
}

// The end of a dateline that opens a paragraph, or `b` when there is none: a place in
// capitals, then perhaps a comma and a region or date ("GAZA CITY, Palestinian
// Territories", "NAIROBI, March 12, 2025"), perhaps an agency in brackets ("(Reuters)"),
// then a colon or a dash that a capitalised word follows. "WASHINGTON (Reuters) - U.S.
// President ..." is two segments, so that the parser never reads the place as a subject.
uint32_t DatelineEnd(const Document& doc, uint32_t b, uint32_t e) {
  auto form = [&](uint32_t i) { return TextOf(doc, i); };
  const std::vector<Token>& tokens = doc.tokens;
  constexpr uint32_t kMaxTokens = 16;
  uint32_t i = b;
  while (i < e && i - b < 5 && IsCapitalsWord(form(i))) ++i;
  if (i == b) return b;
  // ", Region" or ", Month Day, Year": capitalised words, numbers and commas.
  if (i < e && form(i) == ",") {
    uint32_t j = i + 1;
    while (j < e && j - b < kMaxTokens && (StartsUpperOrDigit(form(j)) || form(j) == ",")) ++j;
    if (j > i + 1 && form(j - 1) != ",") i = j;
  }
  // "(Reuters)", "(AP)", "(Reuters Breakingviews)".
  if (i < e && form(i) == "(") {
    uint32_t j = i + 1;
    while (j < e && j - i <= 4 && StartsUpperOrDigit(form(j))) ++j;
    if (j == i + 1 || j >= e || form(j) != ")") return b;
    i = j + 1;
  }
  if (i + 1 >= e || i - b >= kMaxTokens) return b;
  const std::string_view sep = form(i);
  if (sep != ":" && sep != "-" && sep != "--" && sep != "\u2013" && sep != "\u2014") return b;
  if (!tokens[i].space_after || (sep != ":" && !tokens[i - 1].space_after)) return b;
  std::string_view next = form(i + 1);
  if (!next.empty() && (next[0] == '"' || next.starts_with("\u201C")) && i + 2 < e) next = form(i + 2);
  return StartsUpperOrDigit(next) ? i + 1 : b;
}

}  // namespace

void SplitSentences(Document* doc, uint32_t token_begin, uint32_t token_end,
                    uint32_t paragraph) {
  const std::vector<Token>& tokens = doc->tokens;
  auto form = [&](uint32_t i) { return TextOf(*doc, i); };
  auto emit = [&](uint32_t b, uint32_t e) {
    Sentence s;
    s.begin = tokens[b].begin;
    s.end = tokens[e - 1].end;
    s.token_begin = b;
    s.token_end = e;
    s.paragraph = paragraph;
    doc->sentences.push_back(s);
  };
  uint32_t start = token_begin;
  if (const uint32_t dateline = DatelineEnd(*doc, token_begin, token_end); dateline > token_begin) {
    emit(token_begin, dateline);
    start = dateline;
  }
  for (uint32_t i = start; i + 1 < token_end; ++i) {
    if (IsSeparatorRule(form(i)) && tokens[i].space_after && (i == 0 || tokens[i - 1].space_after)) {
      if (i > start) emit(start, i);
      emit(i, i + 1);
      start = i + 1;
      continue;
    }
    if (i >= start + 2 && EndsStamp(form(i - 2), form(i - 1), form(i)) &&
        IsUpper(CodePointAt(form(i + 1), 0).cp)) {
      emit(start, i + 1);
      start = i + 1;
      continue;
    }
    Final kind = FinalKind(form(i));
    if (kind == Final::kNo || i == start) continue;
    uint32_t j = i + 1;
    while (j < token_end && (IsClosing(form(j), !tokens[j - 1].space_after) || IsEmoticon(form(j)))) ++j;
    if (j == token_end) break;
    Context c{kind, IsEllipsis(form(i)), j > i + 1, tokens[j - 1].space_after};
    if (!EndsBefore(form(j), c)) continue;
    emit(start, j);
    start = j;
    i = j - 1;
  }
  emit(start, token_end);
}

}  // namespace dyad::text
