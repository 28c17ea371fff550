// dyad eval-parse GOLD.conllu...: tags, lemmatizes and parses the gold words of each
// treebank with the shipped models and prints UPOS, XPOS, lemma, UAS and LAS accuracy.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "parse/evaluate.h"
#include "parse/model_set.h"
#include "tag/conllu.h"

namespace dyad::cli {
namespace {

struct EvalArgs {
  std::vector<std::string> gold;
  std::string models;
};

void RunEvalParse(const EvalArgs& a) {
  auto set = parse::ModelSet::Load(a.models.empty() ? parse::DefaultModelDir() : a.models);
  if (!set.ok()) {
    std::fprintf(stderr, "dyad eval-parse: %s\n", set.status().ToString().c_str());
    throw CLI::RuntimeError(kExitFailure);
  }
  std::printf("%-40s %8s %7s %7s %7s %7s %7s %8s\n", "treebank (gold tokenization)", "words",
              "UPOS", "XPOS", "lemma", "UAS", "LAS", "LAS+sub");
  for (const std::string& path : a.gold) {
    auto gold = tag::ReadConllu(path);
    if (!gold.ok()) {
      std::fprintf(stderr, "dyad eval-parse: %s\n", gold.status().ToString().c_str());
      throw CLI::RuntimeError(kExitFailure);
    }
    const parse::ParseScores s = parse::Evaluate((*set)->models(), *gold);
    std::string name = path.substr(path.find_last_of('/') + 1);
    std::printf("%-40s %8zu %7.2f %7.2f %7.2f %7.2f %7.2f %8.2f\n", name.c_str(), s.words,
                100 * s.upos, 100 * s.xpos, 100 * s.lemma, 100 * s.uas, 100 * s.las,
                100 * s.las_full);
  }
}

}  // namespace

void AddEvalParseCommand(CLI::App& app) {
  auto args = std::make_shared<EvalArgs>();
  auto* cmd = app.add_subcommand(
      "eval-parse", "Score the tagger, lemmatizer and parser on CoNLL-U treebanks");
  cmd->add_option("gold", args->gold, "Gold treebanks (CoNLL-U)")->required();
  cmd->add_option("--models", args->models, "Model directory (default: the shipped models)");
  cmd->callback([args] { RunEvalParse(*args); });
}

}  // namespace dyad::cli
