// What article knowledge adds to the analysis it builds on: the first 200 articles of
// ../shared/data/news/allsides/allsides-political-world.jsonl.gz, timed three ways on
// one core — analysis (segmenter, tagger, lemmatizer, parser as installed) plus
// FindMentions; the same plus knowledge::Analyse (persons, organisations, places,
// themes, quotations); and knowledge::Analyse alone on documents analysed beforehand.
// Each iteration must find the same knowledge (a checksum of counts and offsets), with
// some persons and quotations, so a broken finder cannot pass as a speed-up.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "news_texts.h"
#include "actors/analyser.h"
#include "actors/find_mentions.h"
#include "dict/load.h"
#include "knowledge/knowledge.h"
#include "parse/model_set.h"
#include "util/data_path.h"

namespace {

using dyad::Document;

struct Setup {
  std::vector<std::string> texts;
  std::optional<dyad::actors::Analyser> analyser;
  std::shared_ptr<const dyad::dict::Dictionary> dict;
  std::optional<dyad::resolve::Gazetteer> gazetteer;
  std::optional<dyad::knowledge::Themes> themes;
  size_t sentences = 0;
};

// Loaded once; `texts` is empty when the corpus or a model, dictionary or table is absent.
const Setup& Load() {
  static const Setup setup = [] {
    Setup s;
    const std::string shared = dyad::SharedRoot();
    auto analyser = dyad::actors::Analyser::Load(dyad::parse::DefaultModelDir());
    auto dict = dyad::dict::Load(DYAD_SOURCE_DIR "/data/dict", {.read_cache = true, .write_cache = false});
    auto gazetteer = dyad::resolve::Gazetteer::Load();
    auto themes = dyad::knowledge::Themes::Load("");
    if (shared.empty() || !analyser.ok() || !dict.ok() || !gazetteer.ok() || !themes.ok()) return s;
    s.texts = dyad::bench::ReadNewsTexts(shared + "/data/news/allsides/allsides-political-world.jsonl.gz", 200);
    if (s.texts.empty()) return s;
    s.analyser = std::move(*analyser);
    s.dict = *dict;
    s.gazetteer = std::move(*gazetteer);
    s.themes = std::move(*themes);
    for (const std::string& t : s.texts) s.sentences += s.analyser->Analyse(t).sentences.size();
    return s;
  }();
  return setup;
}

const dyad::Date kDate{2020, 1, 1};

uint64_t Checksum(const dyad::knowledge::ArticleKnowledge& k, size_t* persons, size_t* quotes) {
  uint64_t sum = k.persons.size() * 7 + k.organisations.size() * 11 + k.locations.size() * 13 + k.themes.size();
  for (const auto& q : k.quotations) sum = sum * 1000003 + q.quote.begin * 31 + q.quote.end;
  *persons += k.persons.size();
  *quotes += k.quotations.size();
  return sum;
}

// mode 0: analysis + mentions; 1: analysis + mentions + knowledge.
void Run(benchmark::State& state, int mode) {
  const Setup& s = Load();
  if (s.texts.empty()) {
    state.SkipWithError("needs ../shared/data/news, the models, data/dict, the gazetteer and data/themes");
    return;
  }
  uint64_t first = 0;
  size_t persons = 0, quotes = 0;
  for (auto _ : state) {
    uint64_t sum = 0;
    persons = quotes = 0;
    for (const std::string& text : s.texts) {
      const Document doc = s.analyser->Analyse(text);
      const auto mentions = dyad::actors::FindMentions(doc, *s.dict, kDate);
      sum = sum * 31 + mentions.size();
      if (mode == 1) {
        const auto k = dyad::knowledge::Analyse(doc, mentions, *s.dict, kDate, &*s.themes, &*s.gazetteer);
        sum = sum * 1000003 + Checksum(k, &persons, &quotes);
      }
    }
    if (first == 0) first = sum;
    if (sum != first || (mode == 1 && (persons == 0 || quotes == 0))) {
      state.SkipWithError("results differ between iterations, or no persons or quotations");
      return;
    }
  }
  state.counters["sentences_per_s"] =
      benchmark::Counter(static_cast<double>(s.sentences), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["docs"] = static_cast<double>(s.texts.size());
  if (mode == 1) {
    state.counters["persons"] = static_cast<double>(persons);
    state.counters["quotations"] = static_cast<double>(quotes);
  }
  state.SetLabel(std::string(s.analyser->level()));
}

void BM_AnalyseMentions(benchmark::State& state) { Run(state, 0); }
void BM_AnalyseMentionsKnowledge(benchmark::State& state) { Run(state, 1); }

// knowledge::Analyse alone, on documents and mentions prepared outside the timing.
void BM_KnowledgeOnly(benchmark::State& state) {
  const Setup& s = Load();
  if (s.texts.empty()) {
    state.SkipWithError("needs ../shared/data/news, the models, data/dict, the gazetteer and data/themes");
    return;
  }
  std::vector<Document> docs;
  std::vector<std::vector<dyad::actors::Mention>> mentions;
  for (const std::string& text : s.texts) {
    docs.push_back(s.analyser->Analyse(text));
    mentions.push_back(dyad::actors::FindMentions(docs.back(), *s.dict, kDate));
  }
  uint64_t first = 0;
  for (auto _ : state) {
    uint64_t sum = 0;
    size_t persons = 0, quotes = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      const auto k = dyad::knowledge::Analyse(docs[i], mentions[i], *s.dict, kDate, &*s.themes, &*s.gazetteer);
      sum = sum * 1000003 + Checksum(k, &persons, &quotes);
    }
    if (first == 0) first = sum;
    if (sum != first || persons == 0) {
      state.SkipWithError("results differ between iterations, or no persons");
      return;
    }
  }
  state.counters["sentences_per_s"] =
      benchmark::Counter(static_cast<double>(s.sentences), benchmark::Counter::kIsIterationInvariantRate);
}

BENCHMARK(BM_AnalyseMentions)->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(BM_AnalyseMentionsKnowledge)->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(BM_KnowledgeOnly)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace

BENCHMARK_MAIN();
