// Loading whichever models exist and running them in pipeline order.
#include "actors/analyser.h"

#include <filesystem>

#include "text/segmenter.h"

namespace dyad::actors {

Result<Analyser> Analyser::Load(const std::string& model_dir) {
  Analyser a;
  std::error_code ec;
  auto exists = [&](const char* name) { return std::filesystem::exists(model_dir + "/" + name, ec); };
  if (exists("tagger.bin")) {
    ASSIGN_OR_RETURN(a.tagger_, tag::Tagger::Load(model_dir + "/tagger.bin"));
    if (exists("lemmatizer.bin")) {
      ASSIGN_OR_RETURN(a.lemmatizer_, tag::Lemmatizer::Load(model_dir + "/lemmatizer.bin"));
    }
    if (exists("parser.bin")) {
      ASSIGN_OR_RETURN(a.parser_, parse::Parser::Load(model_dir + "/parser.bin"));
    }
  }
  return a;
}

Document Analyser::Analyse(std::string_view text) const {
  Document doc = text::Segment(text);
  if (!tagger_) return doc;
  doc = tagger_->Tag(std::move(doc));
  if (lemmatizer_) doc = lemmatizer_->Lemmatize(std::move(doc));
  if (parser_) doc = parser_->Parse(std::move(doc));
  return doc;
}

std::string_view Analyser::level() const {
  return parser_ ? "parsed" : tagger_ ? "tagged" : "segmented";
}

}  // namespace dyad::actors
