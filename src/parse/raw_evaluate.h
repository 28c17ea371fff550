// End-to-end evaluation from raw text, as in the CoNLL 2018 shared task: the treebank's
// raw text is rebuilt from its `# text` comments (text::ParseTreebank), segmented by
// dyad's own segmenter, tagged, lemmatized and parsed, and the system's words are aligned
// with the gold words by their character spans with whitespace ignored. A word counts
// only where both of its ends match a gold word's; scores are F1 over gold and system
// words, so a segmentation error costs both recall and precision. A head is right when
// the system's head word is aligned with the gold head (or both are the root).
//
// Gold multiword tokens ("don't" = do + n't) are split among their words by the lengths
// of the word forms when these add up to the token; otherwise (rare: forms that do not
// spell the token) their words take no span and cannot be matched.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "parse/model_set.h"
#include "tag/conllu.h"
#include "text/segment_eval.h"

namespace dyad::parse {

// One word of either side, located in the text with whitespace removed.
struct SpanWord {
  text::Span span;  // empty (begin == end) when the word cannot be placed
  int32_t head = -1;  // index of the head word in the same list; -1 for the root
  std::string_view upos, xpos, lemma, deprel;
};

struct RawScores {
  text::Prf tokens, sentences;  // surface tokens and sentences (text::Score)
  text::Prf words, upos, xpos, lemma, uas, las;  // over aligned words; `correct` as named
};

// The gold words of `gold` placed on the spans of `tb`'s surface tokens. `tb` and `gold`
// must come from the same CoNLL-U text; DataLoss when their token counts differ. The
// views point into `gold`.
Result<std::vector<SpanWord>> GoldWords(const std::vector<tag::ConlluSentence>& gold,
                                        const text::Treebank& tb);

// The words of an annotated document (one per token). The views point into `doc` and
// the static tag name tables.
std::vector<SpanWord> SystemWords(const Document& doc);

// Aligns system words with gold words by equal spans (both lists sorted by span, as the
// functions above return them) and counts matches. Fills all fields but tokens and
// sentences.
RawScores ScoreWords(const std::vector<SpanWord>& gold, const std::vector<SpanWord>& system);

// Segments, annotates and scores the raw text of a CoNLL-U treebank held in `conllu`.
// Errors: those of text::ParseTreebank, tag::ParseConllu and GoldWords.
Result<RawScores> EvaluateRaw(const ModelSet& models, std::string_view conllu);

}  // namespace dyad::parse
