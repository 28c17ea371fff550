// Dictionary engine benchmarks: loading the full Phoenix set with CAMEO 2.0 verbs from
// source and from the compiled cache (with the process's peak RSS), and matching every
// actor and agent phrase over the news corpus, in bytes of article text per second.
// They read ../shared (or $DYAD_SHARED) and skip with a message where it is absent; each
// checks what it computed so that a broken engine cannot post a fast time.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "news_texts.h"
#include "dict/load.h"
#include "dict/testing.h"
#include "dict/tokenize.h"

namespace dyad::dict {
namespace {

const char kPhoenix[] = "data/petrarch/petrarch2/config/PETR_config.ini";
const char kNews[] = "data/news/allsides/allsides-political-world.jsonl.gz";

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

void Check(benchmark::State& state, bool ok, const char* what) {
  if (!ok) state.SkipWithError(what);
}

void BM_LoadPhoenixFromSource(benchmark::State& state) {
  if (!testing::HaveShared(kPhoenix)) return state.SkipWithError("needs ../shared/data/petrarch");
  const std::string spec = testing::SharedDir() + "/" + kPhoenix;
  size_t phrases = 0;
  for (auto _ : state) {
    auto d = Load(spec, {.read_cache = false, .write_cache = false});
    Check(state, d.ok(), "load failed");
    if (!d.ok()) return;
    phrases = (*d)->Stats().actor_phrases;
  }
  Check(state, phrases > 30000, "too few actor phrases");
  state.counters["actor_phrases"] = static_cast<double>(phrases);
  state.counters["peak_rss_mb"] = PeakRssMb();
}

void BM_LoadPhoenixFromCache(benchmark::State& state) {
  if (!testing::HaveShared(kPhoenix)) return state.SkipWithError("needs ../shared/data/petrarch");
  const std::string spec = testing::SharedDir() + "/" + kPhoenix;
  const std::string dir = std::filesystem::temp_directory_path() / "dyad-dict-bench-cache";
  setenv("XDG_CACHE_HOME", dir.c_str(), 1);
  LoadInfo first;
  Check(state, Load(spec, {.read_cache = false, .write_cache = true}, &first).ok(), "compile failed");
  size_t phrases = 0;
  bool cached = true;
  for (auto _ : state) {
    LoadInfo info;
    auto d = Load(spec, {}, &info);
    cached &= info.from_cache;
    if (d.ok()) phrases = (*d)->Stats().actor_phrases;
  }
  Check(state, cached, "the cache was not used");
  Check(state, phrases > 30000, "too few actor phrases");
  state.counters["peak_rss_mb"] = PeakRssMb();
  std::filesystem::remove_all(dir);
}

// Article texts of the news corpus, read once.
const std::vector<std::string>& NewsTexts() {
  static const std::vector<std::string> texts = bench::ReadNewsTexts(testing::SharedDir() + "/" + kNews);
  return texts;
}

std::shared_ptr<const Dictionary> DictFor(int which) {
  static std::shared_ptr<const Dictionary> phoenix, own;
  auto& slot = which == 0 ? phoenix : own;
  if (!slot) {
    std::string spec = which == 0 ? testing::SharedDir() + "/" + kPhoenix : DefaultDictSpec();
    auto d = Load(spec, {.read_cache = false, .write_cache = false});
    if (d.ok()) slot = *d;
  }
  return slot;
}

// Arg 0: the Phoenix set, 1: dyad's own data/dict. Arg 1: 0 = match pre-split tokens,
// 1 = split and match.
void BM_MatchNews(benchmark::State& state) {
  if (!testing::HaveShared(kNews)) return state.SkipWithError("needs ../shared/data/news");
  auto dict = DictFor(static_cast<int>(state.range(0)));
  if (!dict) return state.SkipWithError("dictionary did not load");
  const bool split = state.range(1) != 0;
  const std::vector<std::string>& texts = NewsTexts();
  std::vector<std::vector<std::string_view>> tokens;
  size_t bytes = 0;
  for (const std::string& t : texts) {
    bytes += t.size();
    std::vector<std::string_view> forms;
    for (const TextToken& k : SplitWords(t)) forms.push_back(std::string_view(t).substr(k.begin, k.end - k.begin));
    tokens.push_back(std::move(forms));
  }
  size_t mentions = 0;
  for (auto _ : state) {
    mentions = 0;
    for (size_t i = 0; i < texts.size(); ++i) {
      if (split) {
        std::vector<std::string_view> forms;
        for (const TextToken& k : SplitWords(texts[i]))
          forms.push_back(std::string_view(texts[i]).substr(k.begin, k.end - k.begin));
        mentions += dict->FindAll(forms).size();
      } else {
        mentions += dict->FindAll(tokens[i]).size();
      }
    }
    benchmark::DoNotOptimize(mentions);
  }
  Check(state, mentions > texts.size(), "too few mentions found");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["articles"] = static_cast<double>(texts.size());
  state.counters["mentions"] = static_cast<double>(mentions);
}

BENCHMARK(BM_LoadPhoenixFromSource)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_LoadPhoenixFromCache)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_MatchNews)->Args({0, 0})->Args({0, 1})->Args({1, 0})->Args({1, 1})->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
}  // namespace dyad::dict

BENCHMARK_MAIN();
