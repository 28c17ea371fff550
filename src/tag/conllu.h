// CoNLL-U treebanks: the format of Universal Dependencies, one token a line with ten
// tab-separated columns, sentences separated by blank lines. dyad reads it to train and
// evaluate the tagger and parser, and writes it as the output of `dyad parse`.
//
// Only syntactic words (integer ids) become Words. Multiword token lines ("1-2 don't")
// are kept as ranges so the surface tokens can be rebuilt; empty nodes ("8.1") belong to
// the enhanced graph and are skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::tag {

// One syntactic word (an integer-id line).
struct Word {
  std::string form, lemma, upos, xpos, feats, deprel, misc;
  int head = -1;  // 0 for the root, 1-based word index otherwise; -1 when unannotated
};

// A multiword token covering words [first, last] (1-based, inclusive).
struct MultiwordToken {
  int first = 0, last = 0;
  std::string form, misc;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // without the leading "# "
  std::vector<Word> words;
  std::vector<MultiwordToken> multiword;
  std::string Text() const;  // the "text = " comment, or the forms joined by spaces
};

// Parses a whole CoNLL-U text. Fails with DataLoss naming the line when a word line does
// not have ten columns, has a non-numeric head, or its ids are not 1, 2, 3, ...
Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text);

// Reads a CoNLL-U file (plain or compressed). Errors as ParseConllu, or NotFound/IoError.
Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path);

// Appends `s` in CoNLL-U (comments, multiword lines, word lines, a blank line).
void WriteConllu(const ConlluSentence& s, std::string* out);

}  // namespace dyad::tag
