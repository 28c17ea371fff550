// dyad_server_fixture: fills a store for the server's browser and load tests.
//   dyad_server_fixture sample OUT.db          the hand-written sample (server/sample_store.h)
//   dyad_server_fixture generated N OUT.db     N generated articles of 10 events each
//                                              (store/generate.h, seed 1), in batches
#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>

#include "server/sample_store.h"
#include "store/generate.h"
#include "store/store.h"

namespace {

dyad::Status Generate(uint64_t n, const std::string& path) {
  ASSIGN_OR_RETURN(dyad::store::Store s, dyad::store::Store::Open(path, dyad::store::OpenMode::kReadWrite));
  dyad::store::GenerateOptions o;
  constexpr uint64_t kBatch = 2000;
  for (uint64_t first = 0; first < n; first += kBatch) {
    RETURN_IF_ERROR(s.BeginBatch());
    for (uint64_t i = first; i < n && i < first + kBatch; ++i) {
      dyad::store::GeneratedArticle g = dyad::store::GenerateArticle(o, i);
      RETURN_IF_ERROR(s.Add(g.article, g.sentences, g.events, g.mentions).status());
    }
    RETURN_IF_ERROR(s.Commit());
  }
  return dyad::Status::Ok();
}

int Usage() {
  std::fprintf(stderr, "usage: dyad_server_fixture sample OUT.db | generated N OUT.db\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string_view(argv[1]) == "sample") {
    dyad::Result<dyad::server::SampleStoreStats> r = dyad::server::WriteSampleStore(argv[2]);
    if (!r.ok()) {
      std::fprintf(stderr, "dyad_server_fixture: %s\n", r.status().ToString().c_str());
      return 1;
    }
    std::printf("%d articles, %d events\n", r->articles, r->events);
    return 0;
  }
  if (argc == 4 && std::string_view(argv[1]) == "generated") {
    uint64_t n = 0;
    std::string_view arg = argv[2];
    auto [end, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), n);
    if (ec != std::errc() || end != arg.data() + arg.size() || n == 0) return Usage();
    dyad::Status s = Generate(n, argv[3]);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad_server_fixture: %s\n", s.ToString().c_str());
      return 1;
    }
    std::printf("%llu articles, %llu events\n", static_cast<unsigned long long>(n),
                static_cast<unsigned long long>(n * 10));
    return 0;
  }
  return Usage();
}
