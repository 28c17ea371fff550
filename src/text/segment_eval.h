// Evaluation of segmentation against a UD treebank, as in the CoNLL 2018 shared task:
// the raw text is rebuilt from the treebank's `# text` comments (sentences of one
// paragraph joined by a space, paragraphs and documents by a blank line, following
// `# newpar` and `# newdoc`), segmented, and the system's tokens and sentences are
// aligned with the gold ones by character offsets that ignore whitespace. A token or
// sentence counts as correct when both of its ends match. Multiword tokens count as
// one surface token ("don't", "Russia's"), so the system's clitic pieces are joined
// back to their host before matching (see JoinsPrevious in tokenizer.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::text {

// Counts for one kind of unit, and the scores they give (0 when undefined).
struct Prf {
  uint64_t gold = 0, system = 0, correct = 0;
  double Precision() const { return system ? static_cast<double>(correct) / system : 0.0; }
  double Recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
  double F1() const {
    return gold + system ? 2.0 * static_cast<double>(correct) / static_cast<double>(gold + system) : 0.0;
  }
};

// A gold unit as a span of non-whitespace byte positions in the rebuilt text.
struct Span {
  uint32_t begin = 0, end = 0;
  bool operator==(const Span&) const = default;
};

// What a treebank says: the rebuilt raw text and its gold surface tokens and sentences.
struct Treebank {
  std::string text;
  std::vector<Span> tokens;
  std::vector<Span> sentences;
  uint64_t documents = 0, paragraphs = 0;
  uint64_t mismatches = 0;  // token forms that did not match their `# text` line
};

struct SegmentScores {
  Prf tokens, sentences;
};

// Parses CoNLL-U from memory. Errors: DataLoss for a token line with fewer than ten
// columns or a sentence without a `# text` comment (line number in the message).
Result<Treebank> ParseTreebank(std::string_view conllu);

// Reads and parses a CoNLL-U file (gzip and zstd accepted). Errors: those of
// OpenInput and ParseTreebank.
Result<Treebank> ReadTreebank(const std::string& path);

// Scores `system`, a segmentation of gold.text, against the gold units.
SegmentScores Score(const Treebank& gold, const Document& system);

// ReadTreebank, Segment and Score in one call.
Result<SegmentScores> EvaluateTreebank(const std::string& path);

}  // namespace dyad::text
