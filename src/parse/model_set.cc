// Loading the shipped model set and running it over a Document.
#include "parse/model_set.h"

#include <cstdlib>
#include <optional>
#include <thread>

namespace dyad::parse {

std::string DefaultModelDir() {
  if (const char* env = std::getenv("DYAD_MODELS"); env && *env) return env;
  return std::string(DYAD_SOURCE_DIR) + "/models";
}

Result<std::shared_ptr<const ModelSet>> ModelSet::Load(const std::string& dir, int beam, ParserChoice choice,
                                                     float greedy_weight) {
  auto set = std::make_shared<ModelSet>();
  // The parser, the largest file, loads on a second thread while this one loads the
  // tagger and the lemmatizer: the wall time is that of the slower half. The accurate
  // set's second parser loads on a third.
  const bool accurate = choice == ParserChoice::kAccurate;
  const bool companion = accurate && greedy_weight != 0;
  const std::string parser_file = dir + (accurate ? "/parser-beam.bin" : "/parser.bin");
  const std::string voter_file = dir + "/" + std::string(kVoterFile);
  std::optional<Result<Parser>> parser, greedy;
  std::thread parser_thread([&] { parser.emplace(Parser::Load(parser_file)); });
  std::thread greedy_thread([&] {
    if (companion) greedy.emplace(Parser::Load(voter_file));
  });
  Result<tag::Tagger> tagger = tag::Tagger::Load(dir + "/tagger.bin");
  Result<tag::Lemmatizer> lemmatizer =
      tagger.ok() ? tag::Lemmatizer::Load(dir + "/lemmatizer.bin") : tagger.status();
  parser_thread.join();
  greedy_thread.join();
  ASSIGN_OR_RETURN(set->tagger_, std::move(tagger));
  ASSIGN_OR_RETURN(set->lemmatizer_, std::move(lemmatizer));
  ASSIGN_OR_RETURN(set->parser_, std::move(*parser));
  if (companion) {
    ASSIGN_OR_RETURN(set->companion_, std::move(*greedy));
    Status st = set->parser_.SetCompanion(&set->companion_, greedy_weight);
    if (!st.ok()) return st.WithContext(voter_file);
  }
  if (beam > 0) set->parser_.set_beam(beam);
  else if (accurate) set->parser_.set_beam(kAccurateBeam);
  return std::shared_ptr<const ModelSet>(std::move(set));
}

Document ModelSet::Annotate(Document doc) const {
  return parser_.Parse(lemmatizer_.Lemmatize(tagger_.Tag(std::move(doc))));
}

}  // namespace dyad::parse
