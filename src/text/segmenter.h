// Segmentation: article text -> paragraphs -> sentences -> tokens, the first stage
// after reading and extraction. Every later stage works on the Document it returns.
//
// Paragraphs are separated by blank lines; where most lines of a block end a sentence,
// each line is a paragraph (text written with single line breaks), and where blank
// lines keep falling inside sentences (hard-wrapped text with blank lines) the blocks
// are joined again. A paragraph of one line with no final punctuation (a headline or
// subheading) is one segment marked `heading`. Other
// paragraphs are tokenized (see tokenizer.h: UD English EWT conventions) and split
// into sentences at final punctuation, with abbreviations, initials, closing quotes
// and attributions ("...," Shoigu said.) handled (see sentence_splitter.h). Token
// forms are normalised to NFC in Document::arena only where NFC differs from the text.
#pragma once

#include <string_view>

#include "dyad/document.h"

namespace dyad::text {

// Segments `text` into a Document holding a copy of it. Never fails: any bytes are
// accepted (invalid UTF-8 is tokenized byte by byte, so readers should validate or
// repair first). Requires text.size() < 2^32.
//
// Guarantees: sentences are in order, non-overlapping, within the text, and their
// token ranges partition the token array; every token lies inside its sentence;
// no token or sentence is empty; whitespace never belongs to a token.
Document Segment(std::string_view text);

}  // namespace dyad::text
