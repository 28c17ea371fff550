// Quotations: what was said, by whom, with offsets. Direct quotations are text between
// straight or curly double quotes; their speaker is found through a speech cue next to
// them ("...," Shoigu said / said Russian Defense Minister Sergei Shoigu / Shoigu said: "..."
// / according to ...), or, for a quotation standing alone, the speaker of the quotation or
// attributed statement just before it in the same or the previous paragraph. Indirect
// speech ("X said that ...") is a second kind whose quoted part is the clause after "that".
//
// Speakers are spans of tokens; resolving them to actors (a code, "he" -> Shoigu) is the
// mentions stage's work.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad::knowledge {

enum class QuoteKind { kDirect, kIndirect };

struct Quote {
  QuoteKind kind = QuoteKind::kDirect;
  uint32_t begin = 0, end = 0;                    // bytes of the quoted words, marks excluded
  uint32_t sentence_first = 0, sentence_last = 0;  // sentences it spans (inclusive)
  bool has_speaker = false;
  uint32_t speaker_token_begin = 0, speaker_token_end = 0;  // tokens naming the speaker
  uint32_t speaker_begin = 0, speaker_end = 0;              // bytes of that name
  uint32_t cue_token = 0;        // the speech verb or "according"; valid with has_speaker
  bool speaker_inherited = false;  // taken from the attribution just before the quote
};

// Every quotation in `doc`, in text order. Unbalanced quote marks end a quotation at the
// paragraph's end.
std::vector<Quote> FindQuotes(const Document& doc);

// True for the verbs that report speech ("said", "told", "warned", ...), any inflection.
bool IsSpeechVerb(std::string_view word);

}  // namespace dyad::knowledge
