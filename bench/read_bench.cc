// Reading throughput over the allsides news sample (8,684 articles, 57 MB of JSON
// Lines, gzip-compressed): the whole ReadAll path from the .gz file, and the JSON
// Lines reader alone over the decompressed bytes in memory. Each run checks the
// article count; MB/s counts uncompressed bytes.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "read/jsonl_reader.h"
#include "read/read_testing.h"
#include "read/reader.h"

namespace dyad::read {
namespace {

constexpr size_t kAllsidesArticles = 8684;

std::string AllsidesPath() { return testing::SharedPath("data/news/allsides/allsides-political-world.jsonl.gz"); }

// The decompressed file, read once.
const std::string* Decompressed() {
  static const std::string* bytes = [] {
    auto in = OpenInput(AllsidesPath());
    if (!in.ok()) return static_cast<std::string*>(nullptr);
    auto all = dyad::ReadAll(**in);
    return all.ok() ? new std::string(std::move(all).value()) : nullptr;
  }();
  return bytes;
}

void Report(benchmark::State& state, size_t articles, size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(articles) * state.iterations(), benchmark::Counter::kIsRate);
}

void BM_ReadAllGzipFile(benchmark::State& state) {
  if (!std::filesystem::exists(AllsidesPath()) || Decompressed() == nullptr) {
    state.SkipWithError("needs ../shared/data/news/allsides/allsides-political-world.jsonl.gz");
    return;
  }
  size_t articles = 0;
  for (auto _ : state) {
    articles = 0;
    size_t errors = 0;
    Status s = ReadAll(
        {AllsidesPath()}, [&](Article&& a) { articles += !a.text.empty(); }, [&](const RecordError&) { ++errors; });
    if (!s.ok() || articles != kAllsidesArticles || errors != 0) {
      state.SkipWithError("wrong article count");
      return;
    }
  }
  Report(state, articles, Decompressed()->size());
}
BENCHMARK(BM_ReadAllGzipFile)->Unit(benchmark::kMillisecond);

void BM_JsonlFromMemory(benchmark::State& state) {
  const std::string* bytes = Decompressed();
  if (bytes == nullptr) {
    state.SkipWithError("needs ../shared/data/news/allsides/allsides-political-world.jsonl.gz");
    return;
  }
  size_t articles = 0;
  for (auto _ : state) {
    auto reader = OpenJsonl(OpenMemory(*bytes), "allsides.jsonl");
    Article a;
    articles = 0;
    for (;;) {
      auto more = reader->Next(&a);
      if (!more.ok() || !*more) break;
      ++articles;
    }
    if (articles != kAllsidesArticles) {
      state.SkipWithError("wrong article count");
      return;
    }
  }
  Report(state, articles, bytes->size());
}
BENCHMARK(BM_JsonlFromMemory)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::read

BENCHMARK_MAIN();
