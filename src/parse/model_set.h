// The shipped models as one set: models/tagger.bin, models/lemmatizer.bin and
// models/parser.bin, loaded once and shared read-only by every thread. The directory is
// $DYAD_MODELS when set, else the models/ folder of the source tree dyad was built from.
// The accurate set takes models/parser-beam.bin instead of parser.bin: a globally trained
// beam parser, decoded kAccurateBeam wide with the move scores of a greedy parser of its
// own, models/parser-vote.bin, added at kAccurateGreedyWeight, many times slower
// (docs/ACCURACY.md).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"
#include "parse/evaluate.h"
#include "parse/parser.h"
#include "tag/lemmatizer.h"
#include "tag/tagger.h"

namespace dyad::parse {

std::string DefaultModelDir();

// Which parser a set loads: the greedy one every stage of dyad uses, or the beam parser.
enum class ParserChoice { kFast, kAccurate };

// The beam width the accurate parser decodes with unless told otherwise (chosen on EWT dev).
inline constexpr int kAccurateBeam = 32;
// How much the greedy parser's move scores count beside the beam model's in the accurate
// parser (Parser::SetCompanion), unless told otherwise; chosen on EWT dev.
inline constexpr float kAccurateGreedyWeight = 0.4f;
// The accurate parser's voter: a full greedy model (every joint feature), where parser.bin,
// the greedy parser every stage uses, is the lean one (Parser::Train's `lean`).
inline constexpr std::string_view kVoterFile = "parser-vote.bin";

class ModelSet {
 public:
  ModelSet() = default;
  ModelSet(const ModelSet&) = delete;  // the accurate parser points at its companion
  ModelSet& operator=(const ModelSet&) = delete;

  // Loads the three models from `dir` (the accurate set: tagger.bin, lemmatizer.bin,
  // parser-beam.bin and its voter parser-vote.bin). NotFound, IoError or DataLoss naming the
  // file. A `beam` above 0 makes the parser decode with that beam width instead of its own
  // (for the accurate parser, instead of kAccurateBeam). `greedy_weight` is the accurate
  // parser's weight for its voter's scores: 0 decodes with the beam model alone, and
  // parser-vote.bin is not read.
  static Result<std::shared_ptr<const ModelSet>> Load(const std::string& dir, int beam = 0,
                                                      ParserChoice choice = ParserChoice::kFast,
                                                      float greedy_weight = kAccurateGreedyWeight);

  // Tags, lemmatizes and parses every sentence of a segmented document.
  Document Annotate(Document doc) const;

  Models models() const { return Models{&tagger_, &lemmatizer_, &parser_}; }
  const tag::Tagger& tagger() const { return tagger_; }
  const tag::Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const Parser& parser() const { return parser_; }

 private:
  tag::Tagger tagger_;
  tag::Lemmatizer lemmatizer_;
  Parser parser_;
  Parser companion_;  // the accurate set's voter (parser-vote.bin); empty otherwise
};

}  // namespace dyad::parse
