// Analyser: article text -> the Document that FindMentions wants, with as much analysis
// as the installed models allow: segmentation always, then the tagger and lemmatizer,
// then the dependency parser, each used when its model file loads. Commands that need
// "read and analyse articles" (mentions, and later code and explain) share it. Loaded
// once; Analyse may be called from any number of threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"
#include "parse/parser.h"
#include "tag/lemmatizer.h"
#include "tag/tagger.h"

namespace dyad::actors {

// A lower-case particle of a name between two capitalised proper nouns ("Dar es Salaam",
// "Osama bin Laden", "Vincent van Gogh"), whatever the tagger made of it, is tagged a proper
// noun (PROPN, NNP), so that the parser reads one name. Analyse applies it after tagging.
void TagNameParticles(Document* doc);

class Analyser {
 public:
  // Loads tagger.bin, lemmatizer.bin and parser.bin from `model_dir` (see
  // parse::DefaultModelDir), each optional: a missing file lowers the analysis level.
  // A file that exists but cannot be read is an error (IoError, DataLoss).
  static Result<Analyser> Load(const std::string& model_dir);
  // Segmentation only.
  Analyser() = default;

  Document Analyse(std::string_view text) const;

  // "parsed", "tagged" or "segmented": what Analyse produces.
  std::string_view level() const;

 private:
  std::optional<tag::Tagger> tagger_;
  std::optional<tag::Lemmatizer> lemmatizer_;
  std::optional<parse::Parser> parser_;
};

}  // namespace dyad::actors
