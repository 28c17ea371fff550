// Evaluation of the tagger, lemmatizer and parser against a gold treebank with gold
// tokenization: each sentence's gold words are tagged, lemmatized and parsed from their
// forms alone, and the predictions are compared word by word. LAS follows the CoNLL 2018
// shared task (universal relation only, "nsubj:pass" counts as "nsubj"); LAS with the
// full relation, subtypes included, is reported as well.
#pragma once

#include <cstddef>
#include <vector>

#include "parse/parser.h"
#include "tag/conllu.h"
#include "tag/lemmatizer.h"
#include "tag/tagger.h"

namespace dyad::parse {

struct ParseScores {
  size_t words = 0;
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;  // fractions
};

// The three models an annotation uses. Any may be null; its columns are then left as they
// are (and scored as such), except that parsing needs tags.
struct Models {
  const tag::Tagger* tagger = nullptr;
  const tag::Lemmatizer* lemmatizer = nullptr;
  const Parser* parser = nullptr;
};

// Replaces the predicted columns of `s` (UPOS, XPOS, lemma, head, deprel) with the models'
// output for its word forms.
void Annotate(const Models& models, tag::ConlluSentence* s);

// Annotates a copy of every sentence of `gold` and scores it against `gold`.
ParseScores Evaluate(const Models& models, const std::vector<tag::ConlluSentence>& gold);

}  // namespace dyad::parse
