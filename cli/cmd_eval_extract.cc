// dyad eval-extract: scores HTML extraction on the reference benchmarks in ../shared
// (the Zyte article-extraction benchmark and the MSV Big9+Chaos pages); a thin wrapper
// over extract/eval.h, which the accuracy ratchet test also uses.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "extract/eval.h"

namespace dyad::cli {
namespace {

struct EvalOptions {
  std::string corpus = "all";
  std::string baseline;
  std::string shared;
  bool per_page = false;
};

void Print(const extract::CorpusEval& e, bool per_page) {
  if (per_page) {
    for (const auto& p : e.pages) {
      double f = 2 * p.body.tp / (2 * p.body.tp + p.body.fp + p.body.fn + 1e-12);
      std::printf("%-70s P=%.3f R=%.3f F1=%.3f%s%s\n", p.id.c_str(), p.body.tp / (p.body.tp + p.body.fp + 1e-12),
                  p.body.tp / (p.body.tp + p.body.fn + 1e-12), f,
                  p.title_ok ? (*p.title_ok ? " title=ok" : " title=WRONG") : "",
                  p.date_ok ? (*p.date_ok ? " date=ok" : " date=WRONG") : "");
    }
  }
  std::printf("%s: %zu pages  precision %.4f  recall %.4f  F1 %.4f\n", e.name.c_str(),
              e.pages.size(), e.precision, e.recall, e.f1);
  if (e.titles_judged > 0) {
    std::printf("  headline right on %zu of %zu pages that have one (%.1f %%)\n", e.titles_ok,
                e.titles_judged, 100.0 * e.titles_ok / e.titles_judged);
  }
  if (e.dates_judged > 0) {
    std::printf("  date right on %zu of %zu pages whose URL carries one (%.1f %%)\n", e.dates_ok,
                e.dates_judged, 100.0 * e.dates_ok / e.dates_judged);
  }
}

void Run(const EvalOptions& o) {
  std::string shared = o.shared.empty() ? extract::SharedDir() : o.shared;
  std::string dir = shared + "/data/extraction/";
  if (o.corpus == "zyte" || o.corpus == "all") {
    auto e = extract::EvalZyteBenchmark(dir + "scrapinghub-aeb", o.baseline);
    if (!e.ok()) throw CLI::RuntimeError("eval-extract: " + e.status().ToString(), kExitFailure);
    Print(*e, o.per_page);
  }
  if ((o.corpus == "msv" || o.corpus == "all") && o.baseline.empty()) {
    auto e = extract::EvalMsvCorpus(dir + "msv-big9-chaos");
    if (!e.ok()) throw CLI::RuntimeError("eval-extract: " + e.status().ToString(), kExitFailure);
    Print(*e, o.per_page);
  }
}

}  // namespace

void AddEvalExtractCommand(CLI::App& app) {
  auto opts = std::make_shared<EvalOptions>();
  auto* cmd = app.add_subcommand("eval-extract",
                                 "Score HTML extraction on the reference benchmarks (shingle F1)");
  cmd->add_option("--corpus", opts->corpus, "zyte, msv or all")
      ->check(CLI::IsMember({"zyte", "msv", "all"}));
  cmd->add_option("--baseline", opts->baseline,
                  "score this JSON of extracted texts (ground-truth.json layout) instead of dyad");
  cmd->add_option("--shared", opts->shared, "reference folder (default: $DYAD_SHARED or ../shared)");
  cmd->add_flag("--per-page", opts->per_page, "print each page's scores");
  cmd->callback([opts] { Run(*opts); });
}

}  // namespace dyad::cli
