// Pieces every dictionary reader shares: lines with numbers, comments, code groups with
// date restrictions ("[USAGOV 010120-090120]"), and the two phrase notations (TABARI's
// connectors, PETRARCH's underscores). Readers never fail on content: a bad entry is a
// warning with file and line, and reading goes on.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/model.h"

namespace dyad::dict {

// Iterates over the lines of a text ('\n' separated, a trailing '\r' dropped).
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}
  // Sets *line to the next line; returns false at the end.
  bool Next(std::string_view* line);
  uint32_t number() const { return number_; }  // 1-based number of the last line returned

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t number_ = 0;
};

std::string_view Trim(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
// Upper-case ASCII comparison helper for keywords.
bool EqualsNoCase(std::string_view a, std::string_view b);

// Returns `bytes` as valid UTF-8. Invalid bytes are taken as Latin-1 (older TABARI files
// are), with one warning per file naming the first such line.
std::string ToUtf8(std::string_view bytes, uint32_t file, Model* model);

// Cuts a comment starting at `marker` (";" for TABARI, " #" for PETRARCH) off `line`.
std::string_view CutComment(std::string_view line, std::string_view marker);

// Removes comments from a TABARI-family line, keeping leading whitespace (it matters):
// whole-line comments ('#', and '/' in TABARI files), trailing comments (';' in TABARI,
// " #" in PETRARCH) and XML comments "<!-- ... -->", which may span lines (*in_xml
// carries that state between calls).
std::string_view StripLine(std::string_view line, bool tabari, bool* in_xml);

// True for an actor or agent code: letters and digits, '/' between the members of a
// coded compound ("GON/ARN"), and the special codes ---, ###, +++.
bool IsActorCode(std::string_view code);

// Parses one code group's inside ("USAGOV 010120-090120", "HOB < 950601", "---").
// Returns false (with a warning) when it is malformed.
bool ParseDatedCode(std::string_view inside, SourceRef where, Model* model, DatedCode* out);

// Parses every "[...]" group in `text` into *codes (bad ones are warned and skipped).
// Returns the text before the first '['.
std::string_view ParseCodeGroups(std::string_view text, SourceRef where, Model* model,
                                 std::vector<DatedCode>* codes);

// Parses an event code group's inside: "032:033", "023?", "031!", "---".
bool ParseEventCode(std::string_view inside, EventCode* out);

// TABARI phrase notation: '_' joins adjacent exact words, a blank lets words intervene
// and makes the word before it a stem, "~_" a stem with the next word adjacent, '='
// an exact word without endings. The last exact word takes regular endings. Each word is
// further split like text ("JOURNALISTS'" -> journalists ').
Phrase TabariPhrase(std::string_view written);

// PETRARCH notation: words joined by '_' or blanks, all exact and adjacent; the last word
// matches as `last` (regular endings for actors and agents).
Phrase PlainPhrase(std::string_view written, WordMatch last);

// dyad notation: running text split like the article text; '=' at the start makes the
// phrase case-sensitive. The last word matches as `last` unless case-sensitive.
Phrase TextPhrase(std::string_view written, WordMatch last);

// Regular English plural of a lower- or upper-case noun: +S, Y -> IES, S/X/Z/CH/SH -> +ES.
std::string Plural(std::string_view noun);

}  // namespace dyad::dict
