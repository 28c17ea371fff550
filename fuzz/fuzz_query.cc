// Fuzzes the store's query entry points with arbitrary filter values: actor, country and
// dyad codes, CAMEO code and root, dates, the FTS5 text query and the page cursor, taken
// as newline-separated fields. Every call must return a value or a clean Status; the
// store is an in-memory one holding a few generated articles.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/generate.h"
#include "store/query.h"
#include "store/store.h"

namespace {

dyad::store::Store* TheStore() {
  static std::optional<dyad::store::Store> store = [] {
    std::optional<dyad::store::Store> s;
    auto opened = dyad::store::Store::Open(":memory:", dyad::store::OpenMode::kReadWrite);
    if (!opened.ok()) return s;
    s.emplace(std::move(opened).value());
    dyad::store::GenerateOptions o;
    o.events_per_article = 5;
    for (uint64_t i = 0; i < 20; ++i) {
      dyad::store::GeneratedArticle g = dyad::store::GenerateArticle(o, i);
      if (!s->Add(g.article, g.sentences, g.events, g.mentions).ok()) abort();
    }
    return s;
  }();
  return store ? &*store : nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::store::Store* s = TheStore();
  if (s == nullptr) abort();
  std::vector<std::string> f;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  while (f.size() < 9) {
    size_t nl = in.find('\n');
    f.emplace_back(in.substr(0, nl));
    if (nl == std::string_view::npos) break;
    in.remove_prefix(nl + 1);
  }
  f.resize(9);
  dyad::store::EventFilter filter;
  filter.actor = f[0];
  filter.country = f[1];
  size_t comma = f[2].find(',');
  if (comma != std::string::npos) {
    filter.dyad_a = f[2].substr(0, comma);
    filter.dyad_b = f[2].substr(comma + 1);
  }
  filter.cameo = f[3];
  filter.root = f[4];
  filter.from = dyad::Date::Parse(f[5]);
  filter.to = dyad::Date::Parse(f[6]);
  filter.text = f[7];
  filter.quad_class = size > 0 ? data[0] % 6 : 0;
  dyad::store::Page page{.limit = 5, .cursor = f[8]};
  (void)dyad::store::QueryEvents(*s, filter, page);
  (void)dyad::store::Timeline(*s, filter, dyad::store::Bucket::kWeek, true);
  (void)dyad::store::TopActors(*s, filter, 3);
  return 0;
}
