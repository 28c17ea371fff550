// NFC normalisation of token forms without moving offsets. Tokens keep their byte
// offsets into the original text; only a token whose NFC form differs from its bytes
// gets the normalised form appended to Document::arena. ASCII text, and text ICU finds
// already in NFC, cost one pass over the bytes and nothing else.
#pragma once

#include <string_view>

#include "dyad/document.h"

namespace dyad::text {

// True when every byte of `s` is ASCII.
bool IsAscii(std::string_view s);

// Sets form_begin/form_end/normalised on each token of *doc whose text is not in NFC.
void NormalizeForms(Document* doc);

}  // namespace dyad::text
