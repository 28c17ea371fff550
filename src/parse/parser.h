// The dependency parser: greedy arc-hybrid transitions chosen by an averaged perceptron
// over rich non-local features, trained with a dynamic oracle and error exploration
// (Goldberg and Nivre 2012, 2013), producing labelled UD trees (nsubj, obj, obl:agent,
// ...). Trained on UD English EWT by `dyad train parser`; the model is one immutable
// object that all threads share.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "parse/word_list.h"
#include "tag/conllu.h"
#include "tag/perceptron.h"
#include "tag/tagger.h"

namespace dyad::parse {

struct State;
struct SentenceAtoms;

class Parser {
 public:
  // Trains on `train`, reporting dev UAS/LAS after each epoch and keeping the best
  // epoch. With a `tagger`, the parser learns from predicted tags: dev is tagged by
  // `tagger`, train by taggers trained on the other half of train (jackknifing), so the
  // training tags have the errors real input will have. Without one, gold tags are used.
  // Deterministic for a given seed. InvalidArgument when train has no trees.
  // `checkpoint`, when not empty, is a file rewritten with the best model so far after
  // every epoch that improves dev LAS (before pruning), so a long run leaves a usable model.
  // With `beam` > 1 the parser is trained globally with that beam (parse/beam_train.h)
  // and decodes with it; 1 is the greedy parser. With `split_labels` (greedy only) the
  // parser chooses a move's kind (shift, left arc, right arc) with one model and an arc's
  // label with a second that reads the arc's own features: a three-class table scored at
  // every move and a label table scored only at arcs, where a labelled-move model scores
  // 1 + 2 * labels classes at every move.
  // With `word_dropout` p > 0 (not with `split_labels`), a word seen once in `train` is
  // read as its shape (parse::UnknownWordAtom) at each of its training positions with
  // probability p (fixed by the seed, the sentence and the position), and the model keeps
  // the list of its training words (known_words), reading every other word as its shape
  // when it parses: a word it never saw finds the weights its rarest words taught.
  // A `lean` parser (greedy and not split only) leaves out the 14 joint templates that
  // pair a word of one side of the stack and buffer with the other side
  // (parse::kJointCrossWords): it reads those pairs through their tags, a third as many
  // features and fewer weight-table probes at every move.
  static Result<Parser> Train(const std::vector<tag::ConlluSentence>& train,
                              const std::vector<tag::ConlluSentence>& dev,
                              const tag::Tagger* tagger, const tag::TrainOptions& opts,
                              const std::string& checkpoint = {}, int beam = 1,
                              bool split_labels = false, float word_dropout = 0, bool lean = false);

  static Result<Parser> Load(const std::string& path);  // NotFound, IoError, DataLoss
  static Result<Parser> FromBytes(std::string_view bytes);
  std::string ToBytes() const;
  Status Save(const std::string& path) const;

  // Parses one tagged sentence of n words. heads[i] is the head of word i+1 (0 for the
  // root, else 1-based) and labels[i] an index for LabelName. Thread-safe. Decodes with
  // the beam width of beam(): greedily when it is 1.
  void ParseSentence(std::span<const std::string_view> forms,
                     std::span<const std::string_view> upos,
                     std::span<const std::string_view> xpos, std::vector<int>* heads,
                     std::vector<int>* labels) const {
    ParseSentence(forms, upos, xpos, beam_, heads, labels);
  }
  // The same with a beam of `beam` >= 1 items (parse/beam.h).
  void ParseSentence(std::span<const std::string_view> forms,
                     std::span<const std::string_view> upos,
                     std::span<const std::string_view> xpos, int beam, std::vector<int>* heads,
                     std::vector<int>* labels) const;
  // The beam search for any `width` >= 1, 1 included (where ParseSentence is greedy and
  // this gives the same trees, slower).
  void BeamParseSentence(std::span<const std::string_view> forms,
                         std::span<const std::string_view> upos,
                         std::span<const std::string_view> xpos, int width,
                         std::vector<int>* heads, std::vector<int>* labels) const;
  std::string_view LabelName(int label) const { return labels_[label]; }

  // From now on the beam search (not the greedy decoder) adds `weight` times the move
  // scores of `companion` to this model's own: two models trained differently (a globally
  // trained beam model and the locally trained greedy one) vote on every move. `companion`
  // must outlive this parser (copies share it); nullptr or a weight of 0 ends the vote.
  // InvalidArgument when its labels differ from this model's. A split parser's move
  // scores (for the beam, and as a companion) are its kind's score plus its label's.
  Status SetCompanion(const Parser* companion, float weight);

  // Returns `doc` with head and deprel set on every token. Requires tagged tokens.
  Document Parse(Document doc) const;

  size_t num_features() const { return weights_.num_features() + label_weights_.num_features(); }
  // The words of a model trained with word dropout (Train's `word_dropout`); empty
  // otherwise, when every word is read as its own form.
  const WordList& known_words() const { return known_; }
  // Whether the parser chooses kinds and labels apart (Train's `split_labels`).
  bool split_labels() const { return split_; }
  // Whether the parser reads the lean feature set (Train's `lean`).
  bool lean() const { return lean_; }
  // The beam width the model decodes with: the one it was trained with, recorded in its
  // file (1 for the greedy parser), unless set_beam overrides it. Requires width >= 1.
  int beam() const { return beam_; }
  void set_beam(int width) { beam_ = width; }
  // A copy without the weights whose magnitude is below `min_abs` (see Weights::Pruned).
  Parser Pruned(float min_abs) const {
    Parser p = *this;
    p.weights_ = weights_.Pruned(min_abs);
    p.weights_.QuantizeDenseRows();
    if (split_) {
      p.label_weights_ = label_weights_.Pruned(min_abs);
      p.label_weights_.QuantizeDenseRows();
    }
    // The pruned table scores every move (Weights::Pruned): where the companion's sums go
    // is worked out again (a table of every move holds any companion's).
    if (companion_ != nullptr) (void)p.SetCompanion(companion_, companion_weight_);
    return p;
  }

 private:
  // The model from a reader positioned at its magic string (FromBytes, Load).
  static Result<Parser> Read(tag::ByteReader* in);
  void ParseGreedy(std::span<const std::string_view> forms,
                   std::span<const std::string_view> upos, std::span<const std::string_view> xpos,
                   std::vector<int>* heads, std::vector<int>* labels) const;

  // A titled name ("Russian Foreign Minister Sergei Lavrov") is one phrase: mends the
  // parse where it split one (parse/name_chunks.h), and a proper noun read as a second
  // subject right before the noun it modifies. Both decoders end with it.
  // The beam search's scoring with a companion: this model's sums, then the companion's
  // scaled by companion_weight_, added to the same outputs (rows of this table's classes).
  void ScoreWithCompanion(std::span<const uint64_t> keys, float* const* outs) const;

  void MendNames(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                 std::span<const std::string_view> xpos, std::vector<int>* heads,
                 std::vector<int>* labels) const;
  std::vector<std::string> labels_;
  int root_label_ = 0;
  int beam_ = 1;
  const Parser* companion_ = nullptr;  // SetCompanion
  float companion_weight_ = 0;
  // Per class of the companion's table, the index of that move in this table's rows.
  std::vector<int> companion_index_;
  // Its dense rows are scored in 16 bits (tag::Weights::QuantizeDenseRows) wherever the
  // parser comes from: training, a file or pruning. A greedy model's file loads without
  // the moves it has no weight for (tag::Weights::classes): its rows are that much
  // narrower, and every decoder spreads its sums over the moves.
  tag::Weights weights_;
  // A split parser: weights_ has three classes (shift, left arc, right arc) and
  // label_weights_ one per label, read with the features of parse::ExtractLabelFeatures.
  bool split_ = false;
  tag::Weights label_weights_;
  WordList known_;  // Train's word_dropout: the training words; empty: none read as shapes
  bool lean_ = false;  // Train's lean: the joint features of parse::kJointLean
  // The joint features this model reads (parse::JointPart bits).
  int JointParts() const;
  void ParseGreedySplit(std::span<const std::string_view> forms,
                        std::span<const std::string_view> upos,
                        std::span<const std::string_view> xpos, std::vector<int>* heads,
                        std::vector<int>* labels) const;
  // A split parser's label scores for the arc from `head` to s0 (`left`: head b0).
  void ScoreLabels(const State& s, const SentenceAtoms& atoms, bool left, float* scores) const;
  // The score of every move of `s` (legal or not) into scores[0, moves), without the
  // slot sums' reuse: a split parser's kind plus label, or the labelled moves' own.
  void MoveScores(const State& s, const SentenceAtoms& atoms, float* scores) const;
};

}  // namespace dyad::parse
