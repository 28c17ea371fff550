// The lemmatizer: "accused"/VBN -> accuse, "went"/VBD -> go, "countries"/NNS -> country.
// A lemma is produced by an edit rule applied to the form: keep its case or lower it,
// strip some bytes from the end, append a string. Words seen in training take the rule
// they took most often there (keyed by the exact form and XPOS, so "i" -> I; then the
// lower-cased form and XPOS; then that form and UPOS, so "laid"/VBN finds "laid"/VBD ->
// lay); other words get the rule an averaged perceptron predicts from
// their suffixes, shape and tags. Trained by `dyad train lemmatizer`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "tag/conllu.h"
#include "tag/perceptron.h"
#include "tag/tagger.h"

namespace dyad::tag {

// An edit rule: lemma = Apply(form).
struct LemmaRule {
  bool lower = false;   // lower-case the form (ASCII) before editing
  bool no_commas = false;  // drop commas first: "1,993,045" -> 1993045, as EWT does
  uint32_t strip = 0;   // bytes removed from the end
  std::string append;   // appended after stripping
  std::string Apply(std::string_view form) const;  // the form itself if strip is too long
  std::string Encode() const;                      // "L|2|y": a stable text key
  static LemmaRule Decode(std::string_view key);
  // The shortest rule turning `form` into `lemma`, preferring lower-case on ties.
  static LemmaRule Between(std::string_view form, std::string_view lemma);
};

class Lemmatizer {
 public:
  // Trains on the lemmas of `train` (gold tags), reporting dev lemma accuracy with gold
  // tags. Deterministic. InvalidArgument when `train` has no words.
  static Result<Lemmatizer> Train(const std::vector<ConlluSentence>& train,
                                  const std::vector<ConlluSentence>& dev,
                                  const TrainOptions& opts);
  static Result<Lemmatizer> Load(const std::string& path);  // NotFound, IoError, DataLoss
  static Result<Lemmatizer> FromBytes(std::string_view bytes);
  std::string ToBytes() const;
  Status Save(const std::string& path) const;

  // The lemma of one word given its tags. Thread-safe.
  std::string Lemmatize(std::string_view form, std::string_view upos,
                        std::string_view xpos) const;

  // Returns `doc` with lemmas appended to doc.arena for every tagged token.
  Document Lemmatize(Document doc) const;

  // Fraction of words of `gold` whose lemma comes out right given the gold tags.
  double Evaluate(const std::vector<ConlluSentence>& gold) const;

 private:
  int Classify(std::string_view form, std::string_view upos, std::string_view xpos) const;

  std::vector<LemmaRule> rules_;
  std::unordered_map<uint64_t, uint32_t> known_;  // hash(norm form, tag) -> rule index
  Weights weights_;
};

}  // namespace dyad::tag
