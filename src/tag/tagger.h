// The part-of-speech tagger: greedy left-to-right averaged perceptrons over joint
// UPOS+XPOS classes ("VERB VBD", "AUX VBZ", ...), with word, affix, shape and context
// features, the tags already chosen to the left, and the ambiguity classes (the tags a
// word took in training) of the words around. Two passes: the second also sees the
// first pass's tags to the right, which it learns from jackknifed first-pass output. Trained on UD English EWT by
// `dyad train tagger`; the model is one immutable object shared by all threads.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "tag/conllu.h"
#include "tag/perceptron.h"

namespace dyad::tag {
namespace internal {
class Window;
}

// One token's predicted tags. The names are views into the Tagger and stay valid while
// it lives.
struct TagResult {
  Upos upos = Upos::kNone;
  uint8_t xpos = 0;  // index into the XposName table; 0 when the treebank tag is unknown
  std::string_view upos_name, xpos_name;
};

struct TrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  // Training without dev data (a final model trained on train and dev together, with the
  // settings a run with dev chose): the tagger drops weights whose magnitude is below
  // `prune` (0 keeps them all), and the lemmatizer's lexicon uses `lexicon_margin`. With
  // dev data both are chosen on dev and these are ignored.
  float prune = 0;
  float lexicon_margin = 0;
  // Called with a line of progress ("epoch 3: train 96.1 % dev 94.8 %").
  std::function<void(const std::string&)> progress;
};

class Tagger {
 public:
  // Trains on `train`, reporting accuracy on `dev` after each epoch; the returned model
  // holds the averaged weights of the epoch with the best dev accuracy. Deterministic for
  // a given seed and input. InvalidArgument when `train` has no words.
  static Result<Tagger> Train(const std::vector<ConlluSentence>& train,
                              const std::vector<ConlluSentence>& dev, const TrainOptions& opts);

  // Loads a model file written by Save. NotFound, IoError or DataLoss.
  static Result<Tagger> Load(const std::string& path);
  static Result<Tagger> FromBytes(std::string_view bytes);
  std::string ToBytes() const;
  Status Save(const std::string& path) const;

  // Tags one sentence: out[i] for forms[i]. Any number of threads may call this at once.
  // The second pass scores only the words the first pass was unsure of: a word whose
  // first-pass class leads every other by kSureMargin or more keeps that class. On EWT
  // test and GUM test the second pass overrules no such class (at 38 it overrules one);
  // of 3.4 million news words, 68 % are that sure and the second pass would overrule 91
  // of them (docs/PERFORMANCE.md).
  void TagSentence(std::span<const std::string_view> forms, std::vector<TagResult>* out) const;
  // Both passes at every word, as training reads its tags, so that models stay
  // reproducible whatever the margin.
  void TagSentenceFully(std::span<const std::string_view> forms, std::vector<TagResult>* out) const;
  static constexpr float kSureMargin = 40.0f;

  // Returns `doc` with upos and xpos set on every token of every sentence.
  Document Tag(Document doc) const;

  // Accuracy (fraction of words) of UPOS and XPOS on a treebank, with gold tokenization.
  struct Accuracy {
    double upos = 0, xpos = 0;
    size_t words = 0;
  };
  // `fully`: with TagSentenceFully (training's choice of epoch and pruning).
  Accuracy Evaluate(const std::vector<ConlluSentence>& gold, bool fully = false) const;

  size_t num_features() const { return first_.num_features() + second_.num_features(); }

 private:
  // The model from a reader positioned at its magic string (FromBytes, Load).
  static Result<Tagger> Read(ByteReader* in);
  struct Class {
    std::string upos_name, xpos_name;
    Upos upos;
    uint8_t xpos;
  };
  void SetClasses(std::vector<std::pair<std::string, std::string>> names);
  uint64_t AmbiguityClass(uint64_t norm_hash) const;
  // Greedy left-to-right decoding of `win` with `w`; `right` is empty in the first pass
  // and holds the first pass's classes in the second.
  // With `keep`, a word i with (*keep)[i] is not scored and takes right[i]. With `sure`,
  // (*sure)[i] is set for the words whose class leads every other by `sure_margin`.
  void Decode(const Weights& w, const internal::Window& win, std::span<const int> right,
              std::vector<int>* out, const std::vector<uint8_t>* keep = nullptr,
              float sure_margin = 0, std::vector<uint8_t>* sure = nullptr) const;
  // TagSentence with the margin above which the first pass's class stands (infinity:
  // both passes everywhere).
  void TagSentence(std::span<const std::string_view> forms, std::vector<TagResult>* out, float sure_margin) const;

  std::vector<Class> classes_;
  std::unordered_map<uint64_t, uint64_t> ambiguity_;  // normalised form hash -> class-set hash
  Weights first_, second_;  // the two passes
};

}  // namespace dyad::tag
