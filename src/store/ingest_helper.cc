// dyad_store_ingest_helper DB N [BATCH] [SEED] [bulk]: adds generated articles 0..N-1 to
// the store at DB, committing every BATCH articles; "bulk" makes it a bulk load
// (StoreOptions::bulk_load). Running it again over a partial store
// completes it (Add skips articles already stored). The crash-safety test kills this
// program at random moments and reruns it.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "store/generate.h"
#include "store/store.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s DB N [BATCH] [SEED] [bulk]\n", argv[0]);
    return 2;
  }
  const std::string path = argv[1];
  const uint64_t n = std::strtoull(argv[2], nullptr, 10);
  const uint64_t batch = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 100;
  dyad::store::GenerateOptions gen;
  gen.seed = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 1;
  gen.events_per_article = 5;

  dyad::store::StoreOptions options;
  options.bulk_load = argc > 5 && std::string(argv[5]) == "bulk";
  auto store = dyad::store::Store::Open(path, dyad::store::OpenMode::kReadWrite, options);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  uint64_t added = 0;
  for (uint64_t i = 0; i < n; i += batch) {
    if (auto s = store->BeginBatch(); !s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      return 1;
    }
    for (uint64_t k = i; k < n && k < i + batch; ++k) {
      dyad::store::GeneratedArticle g = dyad::store::GenerateArticle(gen, k);
      auto r = store->Add(g.article, g.sentences, g.events, g.mentions);
      if (!r.ok()) {
        std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
        return 1;
      }
      if (*r != dyad::store::AddOutcome::kUnchanged) ++added;
    }
    if (auto s = store->Commit(); !s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      return 1;
    }
  }
  if (auto s = store->FinishBulkLoad(); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  std::printf("added %llu articles\n", static_cast<unsigned long long>(added));
  return 0;
}
