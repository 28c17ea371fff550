// Mention detection throughput on news text: the first 1,000 articles of
// ../shared/data/news/allsides/allsides-political-world.jsonl.gz, segmented and analysed
// (tagger, lemmatizer and parser as installed) once before timing, with dyad's own
// dictionaries. Times actors::FindMentions alone and reports tokens per second on one
// core. Each iteration must find the same mentions (count and checksum of spans and
// codes), and at least some coded ones, so a broken dictionary cannot pass as a
// speed-up.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "news_texts.h"
#include "actors/analyser.h"
#include "actors/find_mentions.h"
#include "dict/load.h"
#include "parse/model_set.h"
#include "util/data_path.h"

namespace {

using dyad::Document;

// Empty when ../shared (or $DYAD_SHARED) is absent; opening it then fails and the
// benchmark skips.
std::string CorpusPath() {
  std::string shared = dyad::SharedRoot();
  return shared.empty() ? std::string() : shared + "/data/news/allsides/allsides-political-world.jsonl.gz";
}

struct Corpus {
  std::vector<Document> docs;
  std::string level;
  size_t tokens = 0;
};

// Analysed documents, loaded once; empty when the corpus is absent.
const Corpus& Load() {
  static const Corpus corpus = [] {
    Corpus c;
    auto analyser = dyad::actors::Analyser::Load(dyad::parse::DefaultModelDir());
    if (!analyser.ok()) return c;
    c.level = analyser->level();
    for (const std::string& text : dyad::bench::ReadNewsTexts(CorpusPath(), 1000)) {
      c.docs.push_back(analyser->Analyse(text));
      c.tokens += c.docs.back().tokens.size();
    }
    return c;
  }();
  return corpus;
}

const dyad::dict::Dictionary* Dict() {
  static const auto d = dyad::dict::Load(DYAD_SOURCE_DIR "/data/dict", {.read_cache = true, .write_cache = false});
  return d.ok() ? d->get() : nullptr;
}

void BM_FindMentions(benchmark::State& state) {
  const Corpus& corpus = Load();
  const dyad::dict::Dictionary* dict = Dict();
  if (corpus.docs.empty() || dict == nullptr) {
    state.SkipWithError("needs ../shared/data/news and data/dict");
    return;
  }
  const dyad::Date date{2023, 7, 27};
  uint64_t first = 0;
  size_t mentions = 0, coded = 0;
  for (auto _ : state) {
    uint64_t sum = 0;
    mentions = coded = 0;
    for (const Document& doc : corpus.docs) {
      const auto found = dyad::actors::FindMentions(doc, *dict, date);
      mentions += found.size();
      for (const auto& m : found) {
        sum = sum * 1000003 + m.begin * 31 + m.end;
        for (const std::string& c : m.codes) sum = sum * 131 + std::hash<std::string>()(c);
        coded += m.coded();
      }
      benchmark::DoNotOptimize(found.data());
    }
    if (first == 0) first = sum;
    if (sum != first || coded == 0) {
      state.SkipWithError("mentions differ between iterations, or none coded");
      return;
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.tokens));
  state.counters["tokens_per_s"] = benchmark::Counter(static_cast<double>(corpus.tokens),
                                                      benchmark::Counter::kIsIterationInvariantRate);
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["coded"] = static_cast<double>(coded);
  state.counters["docs"] = static_cast<double>(corpus.docs.size());
  state.SetLabel(corpus.level);
}
BENCHMARK(BM_FindMentions)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
