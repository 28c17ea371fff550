// Loading whichever models exist and running them in pipeline order.
#include "actors/analyser.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <string_view>

#include "text/segmenter.h"

namespace dyad::actors {
namespace {

bool IsNameParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"al", "bin", "bint", "da", "das", "de", "del", "della", "der",
                                                    "des", "di", "dos", "du", "el", "es", "ibn", "la", "le", "van",
                                                    "von", "y"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

bool CapitalisedName(const Document& doc, const Token& t) {
  const std::string_view f = doc.Form(t);
  return t.upos == Upos::kPROPN && !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
}

}  // namespace

void TagNameParticles(Document* doc) {
  static const uint8_t kNnp = XposFromName("NNP");
  for (const Sentence& s : doc->sentences) {
    for (uint32_t t = s.token_begin + 1; t + 1 < s.token_end; ++t) {
      Token& tok = doc->tokens[t];
      if (tok.upos == Upos::kPROPN || !IsNameParticle(doc->Form(tok)) ||
          !CapitalisedName(*doc, doc->tokens[t - 1]) || !CapitalisedName(*doc, doc->tokens[t + 1]) ||
          !doc->tokens[t - 1].space_after || !tok.space_after)
        continue;
      tok.upos = Upos::kPROPN;
      tok.xpos = kNnp;
    }
  }
}

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
  TagNameParticles(&doc);
  if (lemmatizer_) doc = lemmatizer_->Lemmatize(std::move(doc));
  if (parser_) doc = parser_->Parse(std::move(doc));
  return doc;
}

std::string_view Analyser::level() const {
  return parser_ ? "parsed" : tagger_ ? "tagged" : "segmented";
}

}  // namespace dyad::actors
