// Segment: finds paragraphs (runs of non-blank lines), marks one-line paragraphs
// without final punctuation as headings, tokenizes, splits sentences, normalises.
#include "text/segmenter.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "text/char_class.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dyad::text {
namespace {

// Headings are short; a long unpunctuated paragraph is prose that lost its period.
constexpr uint32_t kMaxHeadingBytes = 200;

bool IsBlank(std::string_view text, uint32_t b, uint32_t e) {
  for (uint32_t i = b; i < e;) {
    CodePoint c = CodePointAt(text, i);
    if (!IsSpace(c.cp)) return false;
    i += c.len;
  }
  return true;
}

// True when the paragraph's last non-space character is not final punctuation (or a
// quote or bracket closing after it).
bool LacksFinalPunctuation(const Document& doc, uint32_t token_begin, uint32_t token_end) {
  for (uint32_t i = token_end; i > token_begin; --i) {
    const Token& t = doc.tokens[i - 1];
    std::string_view form = std::string_view(doc.text).substr(t.begin, t.end - t.begin);
    CodePoint c = CodePointAt(form, PrevCodePointStart(form, form.size()));
    if (IsDoubleQuote(c.cp) || IsApostrophe(c.cp) || IsCloseBracket(c.cp)) continue;
    return !(IsSentenceFinal(c.cp) || c.cp == ':' || c.cp == ';' || c.cp == ',');
  }
  return false;
}

void AddParagraph(Document* doc, uint32_t b, uint32_t e, bool one_line, uint32_t paragraph) {
  auto token_begin = static_cast<uint32_t>(doc->tokens.size());
  Tokenize(doc->text, b, e, &doc->tokens);
  auto token_end = static_cast<uint32_t>(doc->tokens.size());
  if (token_begin == token_end) return;
  size_t first = doc->sentences.size();
  SplitSentences(doc, token_begin, token_end, paragraph);
  // A heading is one line that reads as one unpunctuated segment.
  if (one_line && e - b <= kMaxHeadingBytes && doc->sentences.size() == first + 1 &&
      LacksFinalPunctuation(*doc, token_begin, token_end))
    doc->sentences.back().heading = true;
}

// True when text[b, e) ends a sentence: its last character, before any closing quotes
// and brackets, is final punctuation.
bool EndsSentence(std::string_view text, uint32_t b, uint32_t e) {
  while (e > b) {
    auto p = static_cast<uint32_t>(PrevCodePointStart(text, e));
    char32_t c = CodePointAt(text, p).cp;
    if (!IsSpace(c) && !IsDoubleQuote(c) && !IsApostrophe(c) && !IsCloseBracket(c))
      return IsSentenceFinal(c);
    e = p;
  }
  return false;
}

// How many blank-line breaks inside sentences make a text count as wrapped.
constexpr size_t kMinWrapJoints = 3;

// A run of non-blank lines.
struct Block {
  uint32_t begin, end, lines;
};

// True when consecutive lines are paragraphs of their own, written with single line
// breaks between them: at least half of the lines before the last end a sentence.
// Hard-wrapped prose, whose lines end mid-sentence, stays one block.
bool LinesAreParagraphs(std::string_view text, const std::vector<Block>& lines) {
  if (lines.size() < 2) return false;
  size_t ends = 0;
  for (size_t k = 0; k + 1 < lines.size(); ++k) ends += EndsSentence(text, lines[k].begin, lines[k].end);
  return ends > 0 && 2 * ends >= lines.size() - 1;
}

// Words that cannot end a paragraph, so a blank line after them is a wrapping artefact.
constexpr std::string_view kJoiners[] = {"a",   "an",   "and", "at", "by",  "for", "from", "in",
                                         "of",  "on",   "or",  "the", "to", "with"};

// True when `next` continues the sentence that `prev` leaves open: text hard-wrapped
// with blank lines ("engagement and\n\ntoothless diplomacy"). `prev` must end without
// final punctuation, in a comma or a word, and `next` start in lowercase, or `prev` end
// in a word that cannot end a sentence.
bool Continues(std::string_view text, const Block& prev, const Block& next) {
  uint32_t e = prev.end;
  while (e > prev.begin && IsSpace(CodePointAt(text, PrevCodePointStart(text, e)).cp))
    e = static_cast<uint32_t>(PrevCodePointStart(text, e));
  if (e == prev.begin) return false;
  char32_t last = CodePointAt(text, PrevCodePointStart(text, e)).cp;
  uint32_t b = next.begin;
  while (b < next.end && IsSpace(CodePointAt(text, b).cp)) b += CodePointAt(text, b).len;
  if (b == next.end) return false;
  char32_t first = CodePointAt(text, b).cp;
  if (last == ',') return IsLower(first);
  if (!IsLetter(last)) return false;
  if (IsLower(first)) return true;
  uint32_t w = e;
  while (w > prev.begin && IsLetter(text[w - 1])) --w;
  std::string_view word = text.substr(w, e - w);
  return std::find(std::begin(kJoiners), std::end(kJoiners), word) != std::end(kJoiners);
}

}  // namespace

Document Segment(std::string_view text) {
  Document doc;
  doc.text.assign(text);
  doc.tokens.reserve(text.size() / 5 + 1);
  const auto n = static_cast<uint32_t>(text.size());
  std::vector<Block> blocks;
  std::vector<Block> lines;  // the current block's lines
  auto close_block = [&] {
    if (lines.empty()) return;
    if (LinesAreParagraphs(text, lines)) {
      blocks.insert(blocks.end(), lines.begin(), lines.end());
    } else {
      blocks.push_back({lines.front().begin, lines.back().end, static_cast<uint32_t>(lines.size())});
    }
    lines.clear();
  };
  for (uint32_t line = 0; line < n;) {
    uint32_t eol = line;
    while (eol < n && text[eol] != '\n') ++eol;
    if (IsBlank(text, line, eol)) close_block();
    else lines.push_back({line, std::min(eol + 1, n), 1});
    line = eol + 1;
  }
  close_block();
  // Join blocks only in text that shows the wrapping habit more than by chance.
  size_t joints = 0;
  for (size_t k = 1; k < blocks.size(); ++k) joints += Continues(text, blocks[k - 1], blocks[k]);
  const bool wrapped = joints >= kMinWrapJoints && joints * 5 >= blocks.size();
  uint32_t paragraph = 0;
  for (size_t k = 0; k < blocks.size();) {
    Block b = blocks[k++];
    for (; wrapped && k < blocks.size() && Continues(text, blocks[k - 1], blocks[k]); ++k) {
      b.end = blocks[k].end;
      b.lines += blocks[k].lines;
    }
    AddParagraph(&doc, b.begin, b.end, b.lines == 1, paragraph++);
  }
  NormalizeForms(&doc);
  return doc;
}

}  // namespace dyad::text
