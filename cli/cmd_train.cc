// dyad train tagger|lemmatizer|parser --train X.conllu [Y.conllu ...] --dev D.conllu --out
// FILE: trains one model from UD treebanks (several training files are read as one) and
// writes it. Training is deterministic: the same inputs and
// seed give the same model bytes. Progress (epoch, dev accuracy) goes to standard error.
#include <cstdio>
#include <memory>
#include <iterator>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "parse/parser.h"
#include "tag/conllu.h"
#include "tag/lemmatizer.h"
#include "tag/tagger.h"

namespace dyad::cli {
namespace {

struct TrainArgs {
  std::string what, dev, out, tagger;
  std::vector<std::string> train;
  int epochs = 0;
  int beam = 1;
  bool split_labels = false, lean = false;
  float word_dropout = 0;
  float prune = 0, lexicon_margin = 0;
  uint64_t seed = 1;
};

void Fail(const Status& s) {
  std::fprintf(stderr, "dyad train: %s\n", s.ToString().c_str());
  throw CLI::RuntimeError(kExitFailure);
}

void RunTrain(const TrainArgs& a) {
  std::vector<tag::ConlluSentence> train;
  for (const std::string& path : a.train) {
    auto t = tag::ReadConllu(path);
    if (!t.ok()) Fail(t.status());
    train.insert(train.end(), std::make_move_iterator(t->begin()), std::make_move_iterator(t->end()));
  }
  std::vector<tag::ConlluSentence> dev;
  if (!a.dev.empty()) {
    auto d = tag::ReadConllu(a.dev);
    if (!d.ok()) Fail(d.status());
    dev = std::move(*d);
  }
  tag::TrainOptions opts;
  if (a.epochs > 0) opts.epochs = a.epochs;
  opts.seed = a.seed;
  opts.prune = a.prune;
  opts.lexicon_margin = a.lexicon_margin;
  opts.progress = [&](const std::string& line) {
    std::fprintf(stderr, "%s: %s\n", a.what.c_str(), line.c_str());
  };
  Status saved;
  if (a.what == "tagger") {
    auto model = tag::Tagger::Train(train, dev, opts);
    if (!model.ok()) Fail(model.status());
    saved = model->Save(a.out);
  } else if (a.what == "lemmatizer") {
    auto model = tag::Lemmatizer::Train(train, dev, opts);
    if (!model.ok()) Fail(model.status());
    saved = model->Save(a.out);
  } else if (a.what == "parser") {
    std::unique_ptr<tag::Tagger> tagger;
    if (!a.tagger.empty()) {
      auto t = tag::Tagger::Load(a.tagger);
      if (!t.ok()) Fail(t.status());
      tagger = std::make_unique<tag::Tagger>(std::move(*t));
    }
    const std::string partial = a.out + ".partial";
    auto model = parse::Parser::Train(train, dev, tagger.get(), opts, partial, a.beam,
                                      a.split_labels, a.word_dropout, a.lean);
    if (!model.ok()) Fail(model.status());
    saved = model->Save(a.out);
    if (saved.ok()) std::remove(partial.c_str());
  } else {
    Fail(InvalidArgument("unknown model kind " + a.what));
  }
  if (!saved.ok()) Fail(saved);
  std::fprintf(stderr, "%s: wrote %s\n", a.what.c_str(), a.out.c_str());
}

}  // namespace

void AddTrainCommand(CLI::App& app) {
  auto args = std::make_shared<TrainArgs>();
  auto* cmd = app.add_subcommand("train", "Train the tagger, lemmatizer or parser on CoNLL-U");
  cmd->add_option("model", args->what, "What to train")
      ->required()
      ->check(CLI::IsMember({"tagger", "lemmatizer", "parser"}));
  cmd->add_option("--train", args->train, "Training treebanks (CoNLL-U), read as one")->required();
  cmd->add_option("--dev", args->dev, "Development treebank for per-epoch accuracy");
  cmd->add_option("--out", args->out, "Model file to write")->required();
  cmd->add_option("--tagger", args->tagger,
                  "Parser only: tagger model for dev tags; training tags are then jackknifed");
  cmd->add_option("--epochs", args->epochs, "Training epochs (default: the model's own)");
  cmd->add_option("--beam", args->beam,
                  "Parser only: beam width; above 1, trained globally and decoded with it")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  cmd->add_flag("--split-labels", args->split_labels,
               "Parser only (greedy): choose each move's kind and each arc's label with two "
               "models; about 1.2 times faster to parse, about half a LAS point lower");
  cmd->add_option("--word-dropout", args->word_dropout,
                  "Parser only (not with --split-labels): read a word seen once in training as its "
                  "shape this fraction of the time, and every word never seen as its shape "
                  "(0.5: better on EWT test, even on GUM; docs/ACCURACY.md)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("--lean", args->lean,
               "Parser only (greedy, not with --split-labels): leave out the joint features that "
               "pair a word of the stack or the buffer with the other side, reading those pairs "
               "by their tags (a third of the features; docs/PERFORMANCE.md)");
  cmd->add_option("--seed", args->seed, "Shuffling seed")->capture_default_str();
  cmd->add_option("--prune", args->prune,
                  "Tagger or parser without --dev: drop weights below this magnitude (default: keep all)");
  cmd->add_option("--lexicon-margin", args->lexicon_margin,
                  "Lemmatizer without --dev: the lemma lexicon's margin (default 0: none)");
  cmd->callback([args] { RunTrain(*args); });
}

}  // namespace dyad::cli
