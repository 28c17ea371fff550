// A Document from CoNLL-U text: what tests (and tools that read treebanks) use to build
// tagged and parsed input by hand. The text is the forms joined by single spaces
// (none where MISC says SpaceAfter=No), one paragraph per sentence; UPOS, XPOS, lemma,
// head and relation are copied, unknown tags as kNone / 0.
#pragma once

#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::actors {

// Errors: DataLoss from the CoNLL-U reader (tag/conllu.h).
Result<Document> DocumentFromConllu(std::string_view conllu);

}  // namespace dyad::actors
