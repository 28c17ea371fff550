// How the dictionary engine sees words: the splitter that turns a phrase (and, for
// `dyad dict match`, running text) into tokens, and the case folding that both sides of a
// match go through. Dictionary phrases and article text must be split the same way, so
// SplitWords is the single place to switch to the pipeline's segmenter.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::dict {

struct TextToken {
  uint32_t begin = 0, end = 0;  // bytes in the text passed to SplitWords
  bool sentence_end = false;    // a sentence ends after this token ('.', '!', '?')
};

// Splits `text` into tokens the way UD English does for the cases dictionaries meet:
// whitespace separates; leading and trailing punctuation ("(", quotes, ",", ";", ":")
// are tokens of their own; clitics 's 're 've 'll 'd 'm n't are split off; a final '.'
// stays on abbreviations ("U.S.", "N.", "Mr.") and is split off otherwise; hyphenated
// words stay whole. Offsets are into `text`; the result is valid as long as `text`.
// With the pipeline's segmenter built in (DYAD_DICT_USE_SEGMENTER, the default when
// dyad_text exists), this is text::Segment's tokens and sentence ends; otherwise
// SplitWordsSimple.
std::vector<TextToken> SplitWords(std::string_view text);
std::vector<TextToken> SplitWordsSimple(std::string_view text);

// Lower-cases `word` (full Unicode simple case mapping) and maps typographic apostrophes
// and quotes to ASCII, appending to *out. Returns *out's new suffix length.
void FoldCaseInto(std::string_view word, std::string* out);
std::string FoldCase(std::string_view word);

// Splits one dictionary word (already cut at TABARI/PETRARCH connectors) into the tokens
// SplitWords would make of it: "JOURNALISTS'" -> {"JOURNALISTS", "'"}.
std::vector<std::string> SplitDictWord(std::string_view word);

}  // namespace dyad::dict
