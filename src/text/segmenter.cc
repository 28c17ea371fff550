// Segment: finds paragraphs (runs of non-blank lines), marks one-line paragraphs
// without final punctuation as headings, tokenizes, splits sentences, normalises.
#include "text/segmenter.h"

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

}  // namespace

Document Segment(std::string_view text) {
  Document doc;
  doc.text.assign(text);
  doc.tokens.reserve(text.size() / 5 + 1);
  const auto n = static_cast<uint32_t>(text.size());
  uint32_t paragraph = 0, par_begin = 0, lines = 0;
  bool in_paragraph = false;
  for (uint32_t line = 0; line < n;) {
    uint32_t eol = line;
    while (eol < n && text[eol] != '\n') ++eol;
    bool blank = IsBlank(text, line, eol);
    if (!blank && !in_paragraph) {
      in_paragraph = true;
      par_begin = line;
      lines = 0;
    }
    if (!blank) ++lines;
    if (blank && in_paragraph) {
      AddParagraph(&doc, par_begin, line, lines == 1, paragraph++);
      in_paragraph = false;
    }
    line = eol + 1;
  }
  if (in_paragraph) AddParagraph(&doc, par_begin, n, lines == 1, paragraph);
  NormalizeForms(&doc);
  return doc;
}

}  // namespace dyad::text
