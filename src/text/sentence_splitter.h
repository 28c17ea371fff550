// Sentence boundaries over a paragraph's tokens. A boundary follows a token of final
// punctuation (. ! ? … and runs of them) or an abbreviation that can end a sentence
// ("U.S.", "Inc."), after any closing quotes and brackets that hug it, when the next
// token can start a sentence. Titles and initials ("Gen.", "J.") never end one; a
// lowercase continuation ("..." she said) never starts one. A dateline opening the
// paragraph ("WASHINGTON (Reuters) -", "GAZA CITY, Palestinian Territories:") is a segment
// of its own, so that the parser does not read the place as the first sentence's subject.
#pragma once

#include <cstdint>
#include <vector>

#include "dyad/document.h"

namespace dyad::text {

// Appends to doc->sentences the sentences of the paragraph whose tokens are
// doc->tokens[token_begin, token_end), each with `paragraph` set. Requires
// token_begin < token_end <= doc->tokens.size().
void SplitSentences(Document* doc, uint32_t token_begin, uint32_t token_end,
                    uint32_t paragraph);

}  // namespace dyad::text
