// Parser training: label inventory from the training trees, tags for the training words
// (jackknifed when a tagger is given), then epochs of greedy parsing in which the
// perceptron learns from the dynamic oracle's cheapest moves while following its own
// predictions (error exploration) after the first epoch; or, with a beam, epochs of
// global training (parse/beam_train.h).
#include <algorithm>
#include <map>
#include <optional>
#include <random>

#include "parse/arc_hybrid.h"
#include "parse/beam_train.h"
#include "parse/parser.h"
#include "parse/parser_features.h"

namespace dyad::parse {
namespace {

struct Tagged {  // one training or dev sentence with the tags the parser will see
  std::vector<std::string_view> forms, upos, xpos;
  std::vector<int> head, label;  // gold, index 0 unused
};

std::string Percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f %%", 100 * x);
  return buf;
}

// Predicted tags for `sents` (views into `store`, which must outlive the result).
void TagWith(const tag::Tagger& tagger, const tag::ConlluSentence& s, Tagged* t,
             std::vector<tag::TagResult>* tags) {
  tagger.TagSentenceFully(t->forms, tags);
  for (size_t i = 0; i < tags->size(); ++i) {
    t->upos[i] = (*tags)[i].upos_name;
    t->xpos[i] = (*tags)[i].xpos_name;
  }
}

// The dynamic oracle's choice among n classes: the best-scoring allowed class (the guess)
// and the best-scoring allowed class of least cost (the gold one); `ok` when the guess
// is of least cost.
struct OracleChoice {
  int guess, gold;
  bool ok;
};
OracleChoice ChooseWithOracle(const float* scores, const int* cost, const bool* allowed, int n) {
  int min_cost = 1 << 30;
  for (int c = 0; c < n; ++c)
    if (allowed[c]) min_cost = std::min(min_cost, cost[c]);
  int guess = -1, gold = -1;
  for (int c = 0; c < n; ++c) {
    if (!allowed[c]) continue;
    if (guess < 0 || scores[c] > scores[guess]) guess = c;
    if (cost[c] == min_cost && (gold < 0 || scores[c] > scores[gold])) gold = c;
  }
  return {guess, gold, cost[guess] == min_cost};
}

}  // namespace

Result<Parser> Parser::Train(const std::vector<tag::ConlluSentence>& train,
                             const std::vector<tag::ConlluSentence>& dev,
                             const tag::Tagger* tagger, const tag::TrainOptions& opts,
                             const std::string& checkpoint, int beam, bool split_labels,
                             float word_dropout, bool lean) {
  std::map<std::string, int> label_ids;
  for (const auto& s : train)
    for (const auto& w : s.words) label_ids[w.deprel] = 0;
  label_ids["root"] = 0;
  if (beam < 1) return InvalidArgument("parser beam width below 1");
  if (split_labels && beam > 1)
    return InvalidArgument("a parser that chooses its labels apart is trained greedily (beam 1)");
  if (word_dropout < 0 || word_dropout > 1) return InvalidArgument("word dropout outside [0, 1]");
  if (word_dropout > 0 && split_labels)
    return InvalidArgument("word dropout is for parsers of labelled moves, not split ones");
  if (lean && (split_labels || beam > 1))
    return InvalidArgument("a lean parser is a greedy parser of labelled moves (beam 1, labels not apart)");
  if (train.empty() || 1 + 2 * label_ids.size() > 256)
    return InvalidArgument("parser training data has no trees or too many labels");
  Parser parser;
  parser.beam_ = beam;
  parser.split_ = split_labels;
  parser.lean_ = lean;
  const int parts = parser.JointParts();
  for (auto& [name, id] : label_ids) {
    id = static_cast<int>(parser.labels_.size());
    parser.labels_.push_back(name);
  }
  parser.root_label_ = label_ids["root"];

  auto prepare = [&](const std::vector<tag::ConlluSentence>& sents) {
    std::vector<Tagged> out(sents.size());
    for (size_t si = 0; si < sents.size(); ++si) {
      Tagged& t = out[si];
      t.head.push_back(-1);
      t.label.push_back(-1);
      for (const auto& w : sents[si].words) {
        t.forms.push_back(w.form);
        t.upos.push_back(w.upos);
        t.xpos.push_back(w.xpos);
        t.head.push_back(w.head);
        auto it = label_ids.find(w.deprel);
        t.label.push_back(it == label_ids.end() ? -1 : it->second);
      }
    }
    return out;
  };
  std::vector<Tagged> train_t = prepare(train), dev_t = prepare(dev);
  std::vector<tag::Tagger> fold_taggers;
  if (tagger) {
    std::vector<tag::TagResult> tags;
    for (size_t si = 0; si < dev.size(); ++si) TagWith(*tagger, dev[si], &dev_t[si], &tags);
    tag::TrainOptions topts = opts;
    topts.epochs = std::min(opts.epochs, 5);
    topts.progress = nullptr;
    // The parser's --prune is the parser's: the fold taggers keep all their weights, as
    // they do in a run with --dev (where nothing is pruned until dev has chosen).
    topts.prune = 0;
    for (int fold = 0; fold < 2; ++fold) {
      std::vector<tag::ConlluSentence> rest;
      for (size_t si = 0; si < train.size(); ++si)
        if (static_cast<int>(si % 2) != fold) rest.push_back(train[si]);
      ASSIGN_OR_RETURN(tag::Tagger t, tag::Tagger::Train(rest, {}, topts));
      fold_taggers.push_back(std::move(t));
      for (size_t si = fold; si < train.size(); si += 2)
        TagWith(fold_taggers.back(), train[si], &train_t[si], &tags);
      if (opts.progress)
        opts.progress("tagged training half " + std::to_string(fold + 1) + "/2 by jackknifing");
    }
  }

  const int num_labels = static_cast<int>(parser.labels_.size());
  const ArcHybrid system(num_labels, parser.root_label_);
  const int moves = system.num_moves();
  // A split parser's trainer learns the three kinds of move; label_trainer its labels.
  tag::WeightsTrainer trainer(split_labels ? 3 : moves), label_trainer(num_labels);
  std::mt19937_64 rng(opts.seed);
  std::vector<size_t> order(train_t.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<SentenceAtoms> atoms;
  for (const Tagged& t : train_t) atoms.push_back(ComputeSentenceAtoms(t.forms, t.upos, t.xpos));
  if (word_dropout > 0) {  // the model then reads every word it never saw as its shape
    std::vector<std::span<const std::string_view>> forms;
    for (const Tagged& t : train_t) forms.emplace_back(t.forms);
    parser.known_ = DropRareWords(atoms, forms, word_dropout, opts.seed);
  }
  std::vector<BeamTrainSentence> beam_data;
  for (size_t si = 0; si < train_t.size(); ++si)
    beam_data.push_back({&atoms[si], train_t[si].head, train_t[si].label});

  auto evaluate = [&](const std::vector<Tagged>& data, double* uas, double* las) {
    size_t u = 0, l = 0, total = 0;
    std::vector<int> heads, labels;
    for (const Tagged& t : data) {
      parser.ParseSentence(t.forms, t.upos, t.xpos, &heads, &labels);
      for (size_t i = 0; i < heads.size(); ++i) {
        const bool head_ok = heads[i] == t.head[i + 1];
        u += head_ok;
        l += head_ok && labels[i] == t.label[i + 1];
      }
      total += heads.size();
    }
    *uas = total ? static_cast<double>(u) / total : 0;
    *las = total ? static_cast<double>(l) / total : 0;
  };

  uint64_t f[kMaxParseFeatures], lf[kMaxLabelFeatures];
  float scores[256];
  bool allowed[256];
  int cost[256];
  // One move of a split parser's training: the kind by the cost of its cheapest label,
  // then, for an arc, its label (learnt where the arc is right). Returns whether the
  // kind guessed was one of the cheapest.
  auto split_step = [&](const Tagged& t, const SentenceAtoms& a, State& s, bool explore) {
    system.Allowed(s, std::span<bool>(allowed, moves));
    // s0, the dependent of either arc, and the head each arc would give it.
    const int dep = s.S(0), heads[3] = {-1, s.B(0), s.S(1)};
    int kind_cost[3] = {1 << 30, 1 << 30, 1 << 30};
    bool kind_ok[3] = {false, false, false};
    for (int m = 0; m < moves; ++m) {
      if (!allowed[m]) continue;
      const int k = static_cast<int>(system.Kind(m));
      int c = system.Cost(s, m, t.head, t.label);
      // A wrong label costs its point on the label's side, not the kind's.
      if (k != 0 && t.head[dep] == heads[k] && system.Label(m) != t.label[dep]) --c;
      kind_ok[k] = true;
      kind_cost[k] = std::min(kind_cost[k], c);
    }
    const int nf = ExtractParseFeatures(s, a, f, parts);
    float ks[3] = {0, 0, 0};
    trainer.Score(std::span<const uint64_t>(f, nf), ks);
    const OracleChoice choice = ChooseWithOracle(ks, kind_cost, kind_ok, 3);
    if (!choice.ok) trainer.Update(std::span<const uint64_t>(f, nf), choice.gold, choice.guess);
    trainer.Tick();
    const int kind = choice.ok || explore ? choice.guess : choice.gold;
    if (kind == 0) {
      system.Apply(s, 0);
      return choice.ok;
    }
    const bool left = kind == 1;
    const int head = heads[kind];
    const int nl = ExtractLabelFeatures(s, a, head, dep, left, lf);
    std::fill(scores, scores + num_labels, 0.0f);
    label_trainer.Score(std::span<const uint64_t>(lf, nl), scores);
    const bool* legal = allowed + (left ? 1 : 1 + num_labels);
    int label = tag::ArgMax(std::span<const float>(scores, num_labels), std::span<const bool>(legal, num_labels));
    const int truth = t.head[dep] == head ? t.label[dep] : -1;
    if (truth >= 0 && legal[truth]) {
      if (label != truth) label_trainer.Update(std::span<const uint64_t>(lf, nl), truth, label);
      if (!explore) label = truth;
    }
    label_trainer.Tick();
    system.Apply(s, system.Move(left ? MoveKind::kLeft : MoveKind::kRight, label));
    return choice.ok;
  };
  // The model's tables from the trainers (a split parser's two), weights below `prune` dropped.
  auto freeze = [&](const tag::WeightsTrainer& kinds, const tag::WeightsTrainer& labels, float prune) {
    parser.weights_ = kinds.Freeze(prune);
    parser.weights_.QuantizeDenseRows();  // scored as a loaded model is
    if (!split_labels) return;
    parser.label_weights_ = labels.Freeze(prune);
    parser.label_weights_.QuantizeDenseRows();
  };
  double best_las = -1;
  Parser best;
  // The trainers as of the best epoch.
  std::optional<tag::WeightsTrainer> best_trainer, best_label_trainer;
  for (int epoch = 1; epoch <= opts.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t right = 0, total = 0;
    std::string what = "moves";
    if (beam > 1) {  // whole sentences, globally
      const BeamEpochStats st = TrainBeamEpoch(system, beam_data, order, beam, &trainer);
      right = st.right;
      total = st.sentences;
      what = "sentences";
    }
    if (split_labels) {
      what = "moves (kinds)";
      for (size_t si : order) {
        State s(static_cast<int>(train_t[si].forms.size()));
        while (!s.Terminal()) {
          right += split_step(train_t[si], atoms[si], s, epoch > 1 && (rng() % 10) < 9);
          ++total;
        }
      }
    }
    for (size_t si : beam > 1 || split_labels ? std::span<const size_t>() : std::span<const size_t>(order)) {
      const Tagged& t = train_t[si];
      State s(static_cast<int>(t.forms.size()));
      while (!s.Terminal()) {
        const int nf = ExtractParseFeatures(s, atoms[si], f, parts);
        std::fill(scores, scores + moves, 0.0f);
        trainer.Score(std::span<const uint64_t>(f, nf), scores);
        system.Allowed(s, std::span<bool>(allowed, moves));
        for (int m = 0; m < moves; ++m)
          if (allowed[m]) cost[m] = system.Cost(s, m, t.head, t.label);
        const OracleChoice choice = ChooseWithOracle(scores, cost, allowed, moves);
        if (!choice.ok) trainer.Update(std::span<const uint64_t>(f, nf), choice.gold, choice.guess);
        trainer.Tick();
        right += choice.ok;
        ++total;
        const bool explore = epoch > 1 && (rng() % 10) < 9;
        system.Apply(s, choice.ok || explore ? choice.guess : choice.gold);
      }
    }
    freeze(trainer, label_trainer, 0.0f);
    double uas = 0, las = 0;
    evaluate(dev_t, &uas, &las);
    if (opts.progress)
      opts.progress("epoch " + std::to_string(epoch) + ": train " + what + " " +
                    Percent(static_cast<double>(right) / std::max<size_t>(total, 1)) +
                    ", dev UAS " + Percent(uas) + " LAS " + Percent(las) + ", " +
                    std::to_string(parser.num_features()) + " features");
    if (dev_t.empty() || las > best_las) {
      best_las = las;
      best = parser;
      best_trainer = trainer;
      best_label_trainer = label_trainer;
      if (!checkpoint.empty()) RETURN_IF_ERROR(parser.Save(checkpoint));
    }
  }
  parser = best;
  // Drop small weights: a smaller model file and fewer cache misses. Of the thresholds
  // tried (in rising order, stopping once dev LAS falls more than 0.1 points below the
  // unpruned model's), the one with the best dev LAS is kept; ties go to the smaller model.
  Parser kept = parser;
  double uas = 0, las = 0;
  evaluate(dev_t, &uas, &las);
  const double full_las = las;
  double kept_las = las;
  for (float prune : {0.25f, 0.5f, 0.75f, 1.0f, 1.5f}) {
    if (dev_t.empty()) break;
    freeze(*best_trainer, *best_label_trainer, prune);
    evaluate(dev_t, &uas, &las);
    if (opts.progress)
      opts.progress("pruning weights below " + std::to_string(prune) + ": dev LAS " +
                    Percent(las) + ", " + std::to_string(parser.num_features()) + " features");
    if (las < full_las - 0.001) break;
    if (las >= kept_las) {
      kept_las = las;
      kept = parser;
    }
  }
  if (dev_t.empty() && opts.prune > 0) {  // a final model trained on train and dev together
    freeze(*best_trainer, *best_label_trainer, opts.prune);
    kept = parser;
  }
  return kept;
}

}  // namespace dyad::parse
