// Loading the shipped model set and running it over a Document.
#include "parse/model_set.h"

#include <cstdlib>

namespace dyad::parse {

std::string DefaultModelDir() {
  if (const char* env = std::getenv("DYAD_MODELS"); env && *env) return env;
  return std::string(DYAD_SOURCE_DIR) + "/models";
}

Result<std::shared_ptr<const ModelSet>> ModelSet::Load(const std::string& dir) {
  auto set = std::make_shared<ModelSet>();
  ASSIGN_OR_RETURN(set->tagger_, tag::Tagger::Load(dir + "/tagger.bin"));
  ASSIGN_OR_RETURN(set->lemmatizer_, tag::Lemmatizer::Load(dir + "/lemmatizer.bin"));
  ASSIGN_OR_RETURN(set->parser_, Parser::Load(dir + "/parser.bin"));
  return std::shared_ptr<const ModelSet>(std::move(set));
}

Document ModelSet::Annotate(Document doc) const {
  return parser_.Parse(lemmatizer_.Lemmatize(tagger_.Tag(std::move(doc))));
}

}  // namespace dyad::parse
