// FindMentions: from an analysed Document and a dictionary to the document's actor
// mentions, in text order. Per sentence: dictionary phrases grow into noun-phrase chunks
// (noun_phrases.h) and compose there the CAMEO way (actor + agent: "Russian Defense
// Minister" -> RUSMIL; a person by the office held on the date; "former" -> ELI);
// "AGENT of/in ACTOR" composes across the preposition ("president of Gondor" -> GONGOV);
// coordinated mentions become a compound; then pronouns and definite references ("the
// two countries", "the country", "the minister", a later surname) are resolved against
// the mentions before them (references.h).
#pragma once

#include <vector>

#include "actors/mention.h"
#include "dict/dictionary.h"
#include "dyad/date.h"
#include "dyad/document.h"

namespace dyad::actors {

struct MentionOptions {
  // Also report noun phrases that behave like actors (proper-noun heads; with a parse,
  // subjects and objects of verbs) but match no dictionary entry, as kUnknown mentions.
  bool unknown = false;
  // How many sentences back a reference may look.
  int window = 6;
};

// The mentions of `doc` on `date` (the article's date decides dated codes). `doc` may be
// parsed, only tagged or only segmented; the less analysis, the coarser the noun
// phrases. Never fails; the result indexes into doc.tokens and doc.text and holds no
// pointers into `doc` or `dict`.
std::vector<Mention> FindMentions(const Document& doc, const dict::Dictionary& dict, Date date,
                                  const MentionOptions& options = {});

}  // namespace dyad::actors
