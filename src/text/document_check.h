// The structural promises Segment makes about a Document, checked in one place: by the
// fuzzer on arbitrary bytes, by unit tests on real text, and by anyone who builds a
// Document by other means.
#pragma once

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::text {

// Returns OK when `doc` keeps Segment's guarantees: tokens are non-empty, in order,
// non-overlapping and within the text, and hold no whitespace at either end;
// sentences are non-empty, in order and non-overlapping, their token ranges partition
// the token array in order, and each sentence's bytes run from its first token's
// begin to its last token's end; paragraph indexes never decrease; normalised forms lie
// inside the arena. Otherwise Internal, naming the first broken promise.
Status CheckSegmentation(const Document& doc);

}  // namespace dyad::text
