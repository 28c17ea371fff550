// dyad eval-parse GOLD.conllu...: tags, lemmatizes and parses the gold words of each
// treebank with the shipped models and prints UPOS, XPOS, lemma, UAS and LAS accuracy.
// With --raw it also segments each treebank's raw text with dyad's segmenter and prints
// CoNLL 2018 style F1 scores over system words aligned with the gold words.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "parse/evaluate.h"
#include "parse/model_set.h"
#include "parse/raw_evaluate.h"
#include "tag/conllu.h"
#include "util/input.h"

namespace dyad::cli {
namespace {

struct EvalArgs {
  std::vector<std::string> gold;
  std::string models;
  int beam = 0;
  bool accurate = false;
  float greedy_weight = parse::kAccurateGreedyWeight;
  bool raw = false;
};

[[noreturn]] void Fail(const Status& s) {
  std::fprintf(stderr, "dyad eval-parse: %s\n", s.ToString().c_str());
  throw CLI::RuntimeError(kExitFailure);
}

std::string BaseName(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

// The end-to-end table: F1 of tokens, sentences and words, and of each annotation over
// the words aligned with gold words.
void PrintRaw(const parse::ModelSet& set, const std::vector<std::string>& paths) {
  std::printf("\n%-40s %8s %7s %7s %7s %7s %7s %7s %7s %7s\n", "treebank (raw text, F1)",
              "words", "tokens", "sents", "words", "UPOS", "XPOS", "lemma", "UAS", "LAS");
  for (const std::string& path : paths) {
    auto in = OpenInput(path);
    if (!in.ok()) Fail(in.status());
    auto text = ReadAll(**in);
    if (!text.ok()) Fail(text.status());
    auto r = parse::EvaluateRaw(set, *text);
    if (!r.ok()) Fail(r.status().WithContext(path));
    std::printf("%-40s %8llu %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f\n",
                BaseName(path).c_str(), static_cast<unsigned long long>(r->words.gold),
                100 * r->tokens.F1(), 100 * r->sentences.F1(), 100 * r->words.F1(),
                100 * r->upos.F1(), 100 * r->xpos.F1(), 100 * r->lemma.F1(), 100 * r->uas.F1(),
                100 * r->las.F1());
  }
}

void RunEvalParse(const EvalArgs& a) {
  auto set = parse::ModelSet::Load(a.models.empty() ? parse::DefaultModelDir() : a.models, a.beam,
                                     a.accurate ? parse::ParserChoice::kAccurate : parse::ParserChoice::kFast,
                                     a.greedy_weight);
  if (!set.ok()) Fail(set.status());
  std::printf("%-40s %8s %7s %7s %7s %7s %7s %8s\n", "treebank (gold tokenization)", "words",
              "UPOS", "XPOS", "lemma", "UAS", "LAS", "LAS+sub");
  for (const std::string& path : a.gold) {
    auto gold = tag::ReadConllu(path);
    if (!gold.ok()) Fail(gold.status());
    const parse::ParseScores s = parse::Evaluate((*set)->models(), *gold);
    const std::string name = BaseName(path);
    std::printf("%-40s %8zu %7.2f %7.2f %7.2f %7.2f %7.2f %8.2f\n", name.c_str(), s.words,
                100 * s.upos, 100 * s.xpos, 100 * s.lemma, 100 * s.uas, 100 * s.las,
                100 * s.las_full);
  }
  if (a.raw) PrintRaw(**set, a.gold);
}

}  // namespace

void AddEvalParseCommand(CLI::App& app) {
  auto args = std::make_shared<EvalArgs>();
  auto* cmd = app.add_subcommand(
      "eval-parse", "Score the tagger, lemmatizer and parser on CoNLL-U treebanks");
  cmd->add_option("gold", args->gold, "Gold treebanks (CoNLL-U)")->required();
  cmd->add_option("--models", args->models, "Model directory (default: the shipped models)");
  cmd->add_option("--beam", args->beam, "Parser beam width (default: the model's own)")
      ->check(CLI::Range(1, 1024));
  AddAccurateOptions(cmd, &args->accurate, &args->greedy_weight);
  cmd->add_flag("--raw", args->raw,
                 "Also segment each treebank's raw text and score words aligned to gold (F1)");
  cmd->callback([args] { RunEvalParse(*args); });
}

}  // namespace dyad::cli
