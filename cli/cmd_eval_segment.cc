// dyad eval-segment TREEBANK.conllu...: token and sentence-boundary F1 of the segmenter
// against UD treebanks (CoNLL 2018 alignment; see src/text/segment_eval.h).
#include <fmt/core.h>

#include <string>
#include <vector>

#include "cli/commands.h"
#include "text/segment_eval.h"
#include "text/segmenter.h"

namespace dyad::cli {
namespace {

void PrintRow(std::string_view name, const text::Prf& p) {
  fmt::print("  {:<10} {:>8} {:>8} {:>8}   P {:6.2f}  R {:6.2f}  F1 {:6.2f}\n", name, p.gold,
             p.system, p.correct, 100 * p.Precision(), 100 * p.Recall(), 100 * p.F1());
}

}  // namespace

void AddEvalSegmentCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "eval-segment",
      "Score the segmenter on UD treebanks: token and sentence F1 (CoNLL 2018 alignment)");
  auto files = std::make_shared<std::vector<std::string>>();
  cmd->add_option("treebanks", *files, "CoNLL-U files (gzip or zstd accepted)")->required();
  cmd->callback([files] {
    bool failed = false;
    for (const std::string& path : *files) {
      Result<text::Treebank> tb = text::ReadTreebank(path);
      if (!tb.ok()) {
        fmt::print(stderr, "dyad eval-segment: {}\n", tb.status().ToString());
        failed = true;
        continue;
      }
      text::SegmentScores s = text::Score(*tb, text::Segment(tb->text));
      fmt::print("{}: {} documents, {} paragraphs, {} bytes\n", path, tb->documents,
                 tb->paragraphs, tb->text.size());
      if (tb->mismatches > 0)
        fmt::print("  note: {} token forms differ from their # text line\n", tb->mismatches);
      fmt::print("  {:<10} {:>8} {:>8} {:>8}\n", "", "gold", "system", "correct");
      PrintRow("tokens", s.tokens);
      PrintRow("sentences", s.sentences);
    }
    if (failed) throw CLI::RuntimeError(kExitFailure);
  });
}

}  // namespace dyad::cli
