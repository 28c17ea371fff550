// The shipped models as one set: models/tagger.bin, models/lemmatizer.bin and
// models/parser.bin, loaded once and shared read-only by every thread. The directory is
// $DYAD_MODELS when set, else the models/ folder of the source tree dyad was built from.
// The accurate set takes models/parser-beam.bin instead of parser.bin: a globally trained
// beam parser, decoded kAccurateBeam wide, several times slower (docs/ACCURACY.md).
#pragma once

#include <memory>
#include <string>

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

class ModelSet {
 public:
  // Loads the three models from `dir`. NotFound, IoError or DataLoss naming the file.
  // A `beam` above 0 makes the parser decode with that beam width instead of its own
  // (for the accurate parser, instead of kAccurateBeam).
  static Result<std::shared_ptr<const ModelSet>> Load(const std::string& dir, int beam = 0,
                                                      ParserChoice choice = ParserChoice::kFast);

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
};

}  // namespace dyad::parse
