// The tokenizer: splits a span of text into tokens following the conventions of UD
// English EWT. Whitespace separates chunks; each chunk is then cut by hand-written
// rules over its bytes:
//   - opening punctuation and currency signs come off the front: ( [ " “ ‘ $ £ €
//   - closing punctuation comes off the back: ) ] " ” , ; : ! ? % and a final period
//     unless the word is an abbreviation (Mr., U.S., J., etc.);
//   - clitics and possessives come off the back: n't 's 're 've 'll 'd 'm and a bare
//     apostrophe after a plural ("do n't", "ca n't", "Russia 's", "countries '");
//   - inside, hyphens split compounds (search - engine) except after a short list of
//     prefixes (e-mail, non-human, co-workers) and between digits (713-853-3989);
//     dashes, quotes, brackets and most punctuation split; decimals, numbers with
//     commas, times, URLs and e-mail addresses stay whole.
// Tokens are byte offsets into the text; nothing is allocated per token beyond the
// output vector's growth.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::text {

// Appends the tokens of text[begin, end) to *out, in order, with begin/end and
// space_after set (form_* and tag fields left at their defaults). Requires
// begin <= end <= text.size() and end < 2^32. Text need not be valid UTF-8: a stray
// byte is treated as a symbol of its own.
void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* out);

// True when a token of this form is a clitic or possessive split off a word before it
// ("n't", "'s", "’re", "'"): the word and the clitic form one surface token in UD's
// multiword-token sense.
bool IsClitic(std::string_view form);

// True for the common ASCII emoticons (":)", ":-(", ";P"), which stay one token.
bool IsEmoticon(std::string_view s);

// True when tokens[i] is a clitic split from tokens[i - 1] with nothing between them,
// so that the two form one surface token ("do|n't", "parents|'"), or the "not" of
// "can|not" (the tokenizer splits "cannot" as EWT does). A bare apostrophe
// joins only a word ending in "s" and only when it is not closing a quotation that an
// apostrophe opened earlier in the same paragraph. Requires i < tokens.size().
bool JoinsPrevious(std::string_view text, const std::vector<Token>& tokens, size_t i);

}  // namespace dyad::text
