// Segmenter throughput on the news corpus (../shared/data/news/allsides/
// allsides-political-world.jsonl.gz, 8,684 articles): bytes and sentences per second
// on one core, for the whole of Segment and for tokenization alone. The articles are
// decompressed and parsed once, before timing. Each run checks its counts: every
// iteration must produce the same totals, and the totals must look like English news
// (between 10 and 40 tokens a sentence), so a change that breaks segmentation cannot
// pass as a speed-up.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "news_texts.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"
#include "util/data_path.h"

namespace {

// Empty when ../shared (or $DYAD_SHARED) is absent; opening it then fails and the
// benchmark skips.
std::string CorpusPath() {
  std::string shared = dyad::SharedRoot();
  return shared.empty() ? std::string() : shared + "/data/news/allsides/allsides-political-world.jsonl.gz";
}

// The corpus' article texts, loaded once; empty when the corpus is absent.
const std::vector<std::string>& Articles() {
  static const std::vector<std::string> articles = dyad::bench::ReadNewsTexts(CorpusPath());
  return articles;
}

struct Totals {
  uint64_t bytes = 0, sentences = 0, tokens = 0, headings = 0, normalised = 0;
  bool operator==(const Totals&) const = default;
};

bool Plausible(const Totals& t) {
  return t.sentences > 0 && t.tokens >= 10 * t.sentences && t.tokens <= 40 * t.sentences;
}

void BM_Segment(benchmark::State& state) {
  const auto& articles = Articles();
  if (articles.empty()) return state.SkipWithError("needs ../shared/data/news/allsides");
  Totals first;
  for (auto _ : state) {
    Totals t;
    for (const std::string& a : articles) {
      dyad::Document doc = dyad::text::Segment(a);
      t.bytes += a.size();
      t.sentences += doc.sentences.size();
      t.tokens += doc.tokens.size();
      for (const dyad::Sentence& s : doc.sentences) t.headings += s.heading;
      for (const dyad::Token& k : doc.tokens) t.normalised += k.normalised;
      benchmark::DoNotOptimize(doc);
    }
    if (first.bytes == 0) first = t;
    if (!(t == first) || !Plausible(t)) return state.SkipWithError("inconsistent segmentation counts");
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * first.bytes));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * first.sentences), benchmark::Counter::kIsRate);
  state.counters["articles"] = static_cast<double>(articles.size());
  state.counters["sentences"] = static_cast<double>(first.sentences);
  state.counters["tokens"] = static_cast<double>(first.tokens);
  state.counters["headings"] = static_cast<double>(first.headings);
  state.counters["normalised"] = static_cast<double>(first.normalised);
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_Tokenize(benchmark::State& state) {
  const auto& articles = Articles();
  if (articles.empty()) return state.SkipWithError("needs ../shared/data/news/allsides");
  std::vector<dyad::Token> tokens;
  uint64_t bytes = 0, count = 0, first_count = 0;
  for (auto _ : state) {
    count = 0;
    for (const std::string& a : articles) {
      tokens.clear();
      dyad::text::Tokenize(a, 0, static_cast<uint32_t>(a.size()), &tokens);
      count += tokens.size();
      if (first_count == 0) bytes += a.size();
    }
    if (first_count == 0) first_count = count;
    if (count != first_count || count == 0) return state.SkipWithError("inconsistent token counts");
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["tokens"] = static_cast<double>(first_count);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
