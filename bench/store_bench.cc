// Event store benchmarks over generated events (deterministic seed): ingest rate, and
// query latency over a store of one million events: dyad and actor timelines, a
// filtered page of 100 events, a keyset-paged page, top dyads. The million-event store is
// built once per process (the 1M ingest run builds it) in the temp directory. Each
// benchmark checks its result against a count computed another way.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>

#include "store/generate.h"
#include "store/query.h"
#include "store/store.h"

namespace dyad::store {
namespace {

constexpr int kEventsPerArticle = 10;
constexpr int kArticlesPerBatch = 500;  // 5,000 events per transaction
constexpr int64_t kMillion = 1000000;

std::string BenchPath(const std::string& name) {
  std::string path = (std::filesystem::temp_directory_path() / ("dyad_store_bench_" + name + ".db")).string();
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
  return path;
}

// Ingests `events` generated events into a new store at `path`; generation time is
// excluded when `state` is given. `bulk`: as a bulk load (query indexes built at the end,
// inside the timing).
Status Ingest(const std::string& path, int64_t events, bool bulk, benchmark::State* state) {
  StoreOptions o;
  o.dictionary_version = "bench";
  o.bulk_load = bulk;
  ASSIGN_OR_RETURN(Store s, Store::Open(path, OpenMode::kReadWrite, o));
  GenerateOptions gen;
  gen.seed = 42;
  gen.events_per_article = kEventsPerArticle;
  const int64_t articles = events / kEventsPerArticle;
  std::vector<GeneratedArticle> batch;
  for (int64_t first = 0; first < articles; first += kArticlesPerBatch) {
    if (state) state->PauseTiming();
    batch.clear();
    for (int64_t i = first; i < std::min(articles, first + kArticlesPerBatch); ++i)
      batch.push_back(GenerateArticle(gen, static_cast<uint64_t>(i)));
    if (state) state->ResumeTiming();
    RETURN_IF_ERROR(s.BeginBatch());
    for (const GeneratedArticle& g : batch) {
      Result<AddOutcome> r = s.Add(g.article, g.sentences, g.events, g.mentions);
      if (!r.ok()) return r.status();
    }
    RETURN_IF_ERROR(s.Commit());
  }
  return s.FinishBulkLoad();
}

std::string& MillionPath() {
  static std::string path;
  return path;
}

Store* MillionStore() {
  static std::optional<Store> store;
  if (store) return &*store;
  if (MillionPath().empty()) {
    std::string path = BenchPath("1m");
    Status s = Ingest(path, kMillion, /*bulk=*/true, nullptr);
    if (!s.ok()) {
      std::fprintf(stderr, "building the 1M store failed: %s\n", s.ToString().c_str());
      return nullptr;
    }
    MillionPath() = path;
  }
  Result<Store> s = Store::Open(MillionPath(), OpenMode::kReadOnly);
  if (!s.ok()) return nullptr;
  store.emplace(std::move(s).value());
  return &*store;
}

// Arguments: events, then 1 for a bulk load. The 1M runs leave the store the query
// benchmarks read (the last one run wins; both hold the same rows).
void BM_Ingest(benchmark::State& state) {
  const int64_t events = state.range(0);
  const bool bulk = state.range(1) != 0;
  std::string path;
  for (auto _ : state) {
    state.PauseTiming();
    path = BenchPath(events == kMillion ? "1m" : "ingest");
    state.ResumeTiming();
    Status s = Ingest(path, events, bulk, &state);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
  Result<Store> check = Store::Open(path, OpenMode::kReadOnly);
  if (!check.ok() || *check->db().QueryInt("SELECT count(*) FROM events") != events) {
    state.SkipWithError("event count after ingest is wrong");
  }
  if (events == kMillion) MillionPath() = path;
  state.SetItemsProcessed(state.iterations() * events);
}
BENCHMARK(BM_Ingest)
    ->ArgNames({"events", "bulk"})
    ->Args({20000, 0})
    ->Args({20000, 1})
    ->Args({kMillion, 0})
    ->Args({kMillion, 1})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

int64_t Total(const std::vector<TimelinePoint>& t) {
  int64_t n = 0;
  for (const TimelinePoint& p : t) n += p.events;
  return n;
}

// Timeline for `f`; checks that its counts add up to the number of matching events.
void RunTimeline(benchmark::State& state, const EventFilter& f, Bucket bucket, bool by_quad) {
  Store* s = MillionStore();
  if (!s) return state.SkipWithError("no 1M store");
  int64_t want = 0;
  if (!ScanEvents(*s, f, [&](const Event&) { ++want; return Status::Ok(); }).ok()) {
    return state.SkipWithError("scan failed");
  }
  int64_t got = 0;
  for (auto _ : state) {
    Result<std::vector<TimelinePoint>> t = Timeline(*s, f, bucket, by_quad);
    if (!t.ok()) return state.SkipWithError(t.status().ToString().c_str());
    got = Total(*t);
    benchmark::DoNotOptimize(got);
  }
  if (got != want || want == 0) state.SkipWithError("timeline counts do not add up");
  state.counters["events"] = static_cast<double>(want);
}

void BM_DyadTimelineMonth(benchmark::State& state) {
  RunTimeline(state, {.dyad_a = "USA", .dyad_b = "RUS"}, Bucket::kMonth, false);
}
BENCHMARK(BM_DyadTimelineMonth)->Unit(benchmark::kMillisecond);

void BM_DyadTimelineDayByQuad(benchmark::State& state) {
  RunTimeline(state, {.dyad_a = "USAGOV", .dyad_b = "RUSGOV"}, Bucket::kDay, true);
}
BENCHMARK(BM_DyadTimelineDayByQuad)->Unit(benchmark::kMillisecond);

void BM_ActorTimelineWeek(benchmark::State& state) {
  RunTimeline(state, {.actor = "USA"}, Bucket::kWeek, false);
}
BENCHMARK(BM_ActorTimelineWeek)->Unit(benchmark::kMillisecond);

// A page of 100 events; checks it against the same filter's full scan.
void RunPage(benchmark::State& state, const EventFilter& f) {
  Store* s = MillionStore();
  if (!s) return state.SkipWithError("no 1M store");
  std::vector<std::string> want;
  if (!ScanEvents(*s, f, [&](const Event& e) {
         if (want.size() < 100) want.push_back(e.event_id);
         return Status::Ok();
       }).ok()) {
    return state.SkipWithError("scan failed");
  }
  size_t got = 0;
  bool same = true;
  for (auto _ : state) {
    Result<EventPage> page = QueryEvents(*s, f, Page{.limit = 100});
    if (!page.ok()) return state.SkipWithError(page.status().ToString().c_str());
    got = page->events.size();
    for (size_t i = 0; i < got && i < want.size(); ++i) same = same && page->events[i].event_id == want[i];
  }
  if (!same || got != want.size() || got == 0) state.SkipWithError("page differs from the scan");
}

void BM_EventsPageActorRootYear(benchmark::State& state) {
  RunPage(state, {.actor = "USA", .root = "19", .from = Date{2020, 1, 1}, .to = Date{2020, 12, 31}});
}
BENCHMARK(BM_EventsPageActorRootYear)->Unit(benchmark::kMillisecond);

void BM_EventsPageDyadQuad(benchmark::State& state) {
  RunPage(state, {.dyad_a = "CHN", .dyad_b = "IND", .quad_class = 4});
}
BENCHMARK(BM_EventsPageDyadQuad)->Unit(benchmark::kMillisecond);

void BM_EventsPageText(benchmark::State& state) {
  RunPage(state, {.country = "UKR", .from = Date{2018, 1, 1}, .text = "attacked"});
}
BENCHMARK(BM_EventsPageText)->Unit(benchmark::kMillisecond);

void BM_TopDyadsYear(benchmark::State& state) {
  Store* s = MillionStore();
  if (!s) return state.SkipWithError("no 1M store");
  EventFilter f{.from = Date{2022, 1, 1}, .to = Date{2022, 12, 31}};
  int64_t first = 0;
  for (auto _ : state) {
    Result<std::vector<DyadCount>> d = TopDyads(*s, f, 20);
    if (!d.ok() || d->size() != 20) return state.SkipWithError("top dyads failed");
    first = (*d)[0].events;
  }
  // The top dyad's count must equal a directed-dyad query's count.
  Result<std::vector<DyadCount>> d = TopDyads(*s, f, 1);
  EventFilter check = f;
  check.dyad_a = (*d)[0].source;
  check.dyad_b = (*d)[0].target;
  check.dyad_directed = true;
  int64_t n = 0;
  (void)ScanEvents(*s, check, [&](const Event& e) {
    n += e.source.code == check.dyad_a && e.target.code == check.dyad_b;
    return Status::Ok();
  });
  if (n != first) state.SkipWithError("top dyad count differs from its events");
}
BENCHMARK(BM_TopDyadsYear)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::store

BENCHMARK_MAIN();
