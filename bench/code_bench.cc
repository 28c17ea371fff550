// End-to-end coding throughput on one core: the 200 articles of
// ../shared/data/news/allsides/sample-200.jsonl (the sample TABARI's figure is quoted on)
// run through pipeline::Coder::Code (extraction, segmentation, tagging, lemmas, parse,
// mentions, events, dates, places), with dyad's own dictionaries and with the Phoenix
// dictionaries of PETRARCH 2 (CAMEO.2.0 verbs, Phoenix actors and agents). Reports
// sentences and articles per second; every iteration must code the same number of events
// (and some), so a broken dictionary cannot pass as a speed-up. Stage breakdown:
// BM_AnalyseOnly times segmentation + tagging + parsing alone; BM_CodeAfterAnalysis/N
// the rest (pipeline::Coder::CodeAnalysed: mentions, events, the article's country, dates,
// places, themes) on documents analysed beforehand, with dyad's dictionaries (N = 0) or
// Phoenix's (N = 1).
#include <benchmark/benchmark.h>

#include <optional>
#include <string>
#include <vector>

#include "news_texts.h"
#include "actors/analyser.h"
#include "extract/extract.h"
#include "parse/model_set.h"
#include "pipeline/coder.h"
#include "util/data_path.h"

namespace {

std::vector<dyad::Article> LoadSample() {
  std::vector<dyad::Article> out;
  const std::string shared = dyad::SharedRoot();
  if (shared.empty()) return out;
  for (std::string& text : dyad::bench::ReadNewsTexts(shared + "/data/news/allsides/sample-200.jsonl")) {
    dyad::Article a;
    a.id = "sample-" + std::to_string(out.size());
    a.text = std::move(text);
    a.published = dyad::Date{2023, 7, 27};
    out.push_back(std::move(a));
  }
  return out;
}

const std::vector<dyad::Article>& Sample() {
  static const std::vector<dyad::Article> sample = LoadSample();
  return sample;
}

// Every iteration must code the same number of events, and some, so that a broken
// dictionary cannot pass as a speed-up; otherwise the benchmark is skipped with an error.
bool SameEventsAsFirst(benchmark::State& state, size_t events, std::optional<size_t>* first) {
  if (!*first) *first = events;
  if (events == **first && events != 0) return true;
  state.SkipWithError("the events coded changed between iterations, or none were coded");
  return false;
}

void Run(benchmark::State& state, const std::string& dict) {
  const auto& sample = Sample();
  if (sample.empty()) {
    state.SkipWithError("needs ../shared/data/news/allsides/sample-200.jsonl");
    return;
  }
  auto coder = dyad::pipeline::Coder::Load({.dict = dict});
  if (!coder.ok()) {
    state.SkipWithError(coder.status().ToString().c_str());
    return;
  }
  size_t sentences = 0, events = 0;
  std::optional<size_t> first_events;
  for (auto _ : state) {
    sentences = events = 0;
    for (const dyad::Article& a : sample) {
      auto coded = (*coder)->Code(a);
      if (!coded.ok()) continue;
      sentences += coded->doc.sentences.size();
      events += coded->events.size();
    }
    if (!SameEventsAsFirst(state, events, &first_events)) return;
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(sample.size()), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["events"] = static_cast<double>(events);
  state.counters["sentences"] = static_cast<double>(sentences);
}

std::string DyadDictionaries() { return DYAD_SOURCE_DIR "/data/dict"; }

std::string PhoenixDictionaries() {
  const std::string d = dyad::SharedRoot() + "/data/petrarch/petrarch2/dictionaries/";
  return d + "CAMEO.2.0.txt," + d + "Phoenix.Countries.actors.txt," + d + "Phoenix.International.actors.txt," + d +
         "Phoenix.MilNonState.actors.txt," + d + "Phoenix.agents.txt";
}

void BM_CodeDyadDictionaries(benchmark::State& state) { Run(state, DyadDictionaries()); }

void BM_CodePhoenixDictionaries(benchmark::State& state) { Run(state, PhoenixDictionaries()); }

// The sample's articles after extraction, each with its text analysed once.
struct Analysed {
  dyad::Article article;
  dyad::Document doc;
};
const std::vector<Analysed>& AnalysedSample() {
  static const std::vector<Analysed> analysed = [] {
    std::vector<Analysed> out;
    auto analyser = dyad::actors::Analyser::Load(dyad::parse::DefaultModelDir());
    if (!analyser.ok()) return out;
    for (const dyad::Article& a : Sample()) {
      auto extracted = dyad::extract::Extract(a);
      if (!extracted.ok()) continue;
      dyad::Document doc = analyser->Analyse(extracted->text);
      out.push_back({std::move(extracted).value(), std::move(doc)});
    }
    return out;
  }();
  return analysed;
}

// pipeline::Coder::CodeAnalysed: every stage after the analysis, on the analysed sample
// (copied outside the timing, since the coder consumes its inputs).
void BM_CodeAfterAnalysis(benchmark::State& state) {
  const auto& analysed = AnalysedSample();
  auto coder = dyad::pipeline::Coder::Load({.dict = state.range(0) == 0 ? DyadDictionaries() : PhoenixDictionaries()});
  if (analysed.empty() || !coder.ok()) {
    state.SkipWithError("needs ../shared/data (news, Phoenix dictionaries) and the shipped models");
    return;
  }
  size_t sentences = 0, events = 0;
  std::optional<size_t> first_events;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Analysed> inputs = analysed;
    state.ResumeTiming();
    sentences = events = 0;
    for (Analysed& in : inputs) {
      sentences += in.doc.sentences.size();
      events += (*coder)->CodeAnalysed(std::move(in.article), std::move(in.doc)).events.size();
    }
    if (!SameEventsAsFirst(state, events, &first_events)) return;
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["events"] = static_cast<double>(events);
}

void BM_AnalyseOnly(benchmark::State& state) {
  const auto& sample = Sample();
  auto analyser = dyad::actors::Analyser::Load(dyad::parse::DefaultModelDir());
  if (sample.empty() || !analyser.ok()) {
    state.SkipWithError("needs ../shared/data/news and the shipped models");
    return;
  }
  size_t sentences = 0;
  for (auto _ : state) {
    sentences = 0;
    for (const dyad::Article& a : sample) sentences += analyser->Analyse(a.text).sentences.size();
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsIterationInvariantRate);
}

}  // namespace

BENCHMARK(BM_AnalyseOnly)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Iterations(2);
BENCHMARK(BM_CodeDyadDictionaries)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Iterations(2);
BENCHMARK(BM_CodePhoenixDictionaries)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Iterations(2);
BENCHMARK(BM_CodeAfterAnalysis)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Iterations(3);
BENCHMARK_MAIN();
